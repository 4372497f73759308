#!/usr/bin/env bash
# What an AOT cache's training does to a service's start (Java 25 or later): records one cache per
# training, then starts the service from each in alternating rounds and measures the time from launching
# the JVM to its first answer (the first of bin/platform's training reads), the CPU its start's thread and
# the JIT compilers had spent by then, and what it served in its first 5 s of load.
#
#   bench/aot-training.sh [app] [rounds]        (app: partnerships, events or news; default partnerships, 6)
#
# Trainings: reads, bin/platform's (the start and one request of each of its training reads); load, the
# same and then 3 s of load on each of them (what bench/startup.sh trained with until 2026-12-07). A cache
# made elsewhere joins the rounds with AOT_EXTRA="name=/path/to/app.aot" (it must have been recorded with
# the jar as it is now: the JVM refuses a cache whose jars changed, and the service then starts without one).
# Needs the platform stopped, its databases (bin/platform up, then down) and wrk. Results are appended to
# bench/results/aot-training-<date>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="${1:-partnerships}"
ROUNDS="${2:-6}"
source "$ROOT/bench/lib.sh"
needs wrk
source "$ROOT/bin/platform" --source-only
[ "$(java_major)" -ge 25 ] 2>/dev/null || { echo "needs Java 25 or later (TT_JAVA)" >&2; exit 1; }
PORT="$(port_of "$APP")"
DIR="$(dirname "$(jar_of "$APP")")"
if curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/q/health/live"; then
  echo "stop the platform first (bin/platform down)" >&2
  exit 1
fi
WORK="$(mktemp -d)"
OUT="$ROOT/bench/results/aot-training-$(date -u +%Y-%m-%d).txt"
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
# bin/platform's options without its cache option: each run names its own cache.
OPTIONS="$(jvm_options "$APP" | sed 's/ -XX:AOTCache[A-Za-z]*=app.aot//')"
FIRST="$(training_reads "$APP" | cut -d' ' -f1)"

launch() { # cache-option
  # shellcheck disable=SC2086
  (cd "$DIR" && exec env TT_DB_NAME="$APP" QUARKUS_PROFILE="$APP_PROFILE" "${FOOTPRINT_ENV[@]}" "$TT_JAVA" $OPTIONS "$1" \
    -jar quarkus-run.jar) > "$WORK/$APP.log" 2>&1 < /dev/null &
  PID=$!
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
# CPU (ms) of the start's thread and of the compilers, as "main/jit" (bench/lib.sh's thread_cpu).
cpu() { thread_cpu "$PID" | awk '{print $1 "/" $2}'; }

declare -A CACHE
for training in reads load; do
  CACHE[$training]="$WORK/$training.aot"
  launch "-XX:AOTCacheOutput=${CACHE[$training]}"
  send_training_reads "$APP" "$PID" || { tail -20 "$WORK/$APP.log"; exit 1; }
  if [ "$training" = load ]; then
    for path in $(training_reads "$APP"); do wrk -t1 -c4 -d3s "http://127.0.0.1:$PORT$path" > /dev/null; done
  fi
  stop
  [ -f "${CACHE[$training]}" ] || { echo "no cache written for $training" >&2; tail -20 "$WORK/$APP.log"; exit 1; }
done
NAMES=(reads load)
if [ -n "${AOT_EXTRA:-}" ]; then
  CACHE[${AOT_EXTRA%%=*}]="${AOT_EXTRA#*=}"
  NAMES+=("${AOT_EXTRA%%=*}")
fi

{
  echo
  echo "aot-training, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD), $APP on $("$TT_JAVA" -version 2>&1 | head -1)"
  echo "  options: $OPTIONS; caches: $(for n in "${NAMES[@]}"; do printf '%s %s MB; ' "$n" $(( $(stat -c %s "${CACHE[$n]}") / 1048576 )); done)"
  echo "  per round: first answer ms, CPU main/JIT ms by then, req/s of $FIRST in the first 5 s (wrk -c8)"
} >> "$OUT"
for r in $(seq 1 "$ROUNDS"); do
  order=("${NAMES[@]}")
  [ $((r % 2)) -eq 0 ] && mapfile -t order < <(printf '%s\n' "${NAMES[@]}" | tac)
  for n in "${order[@]}"; do
    start="$(date +%s%3N)"
    launch "-XX:AOTCache=${CACHE[$n]}"
    until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$PORT$FIRST"; do
      kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/$APP.log"; exit 1; }
      sleep 0.01
    done
    ms=$(( $(date +%s%3N) - start ))
    used="$(cpu)"
    served="$(wrk -t1 -c8 -d5s "http://127.0.0.1:$PORT$FIRST" | awk '/Requests\/sec/ {print $2}')"
    stop
    echo "  round $r $n: $ms ms, $used, $served req/s" | tee -a "$OUT"
  done
done
