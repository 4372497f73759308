#!/usr/bin/env bash
# Start-up and memory of each application, alone on the machine: the time from launching the JVM to
# the first answered request, and the resident memory (RSS) after a minute of load, for each JVM
# setting given, in alternating rounds so that both see the same machine.
#
#   bench/startup.sh [rounds] [load-seconds]
#
# Needs wrk and the databases that `bin/platform up` made (with its demo data), and the platform
# stopped (bin/platform down): each application is started here alone, on its usual port, exactly as
# bin/platform starts it (from its quarkus-app directory, with the same environment).
#
# Variants (BENCH_VARIANTS, separated by ';'; each a name and JVM options after '='):
#   plain : the JVM's defaults (a quarter of the machine's memory as the heap ceiling, no archive)
#   tuned : what bin/platform and the container image use (bin/platform's jvm_options: the AppCDS
#           archive the build made, the heap settings)
# A variant's options may begin with java=PATH: the Java that runs it (default: TT_JAVA, or java), and
# with tree=PATH: the checkout whose build it runs (default: this one), to weigh two builds against each
# other in the same rounds (a worktree of the commit before, built with bin/platform's options). On
# Java 25 and later @platform means the AOT cache: a training run (start, one request of each of
# bin/platform's training reads, stop) records it first, as bin/platform's first 'up' after a build does. Options after
# @platform are added to bin/platform's (a later -Xmx wins). For example
#   BENCH_VARIANTS="jdk17=@platform;jdk25=java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java @platform"
#   BENCH_APPS=partnerships BENCH_VARIANTS="heap256=@platform;heap192=@platform -Xmx192m"
# The first answer is a real read that touches the database (a list of size 1), or for the gateway
# and webhooks-service their liveness; it is polled every 10 ms. RSS is read from /proc after LOAD
# seconds of wrk (8 connections) on the application's lists and GET by id, as the load ends and again
# STARTUP_SETTLE seconds later (default 10; "settled"). The results are appended to
# bench/results/startup-<date>.txt with the commit measured.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
LOAD="${2:-30}"
SETTLE="${STARTUP_SETTLE:-10}"
OUT="$ROOT/bench/results/startup-$(date -u +%Y-%m-%d).txt"
source "$ROOT/bench/lib.sh"
needs wrk
if curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${GATEWAY_PORT:-8080}/q/health/live" \
    || curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:${PARTNERSHIPS_PORT:-8081}/q/health/live"; then
  echo "stop the platform first (bin/platform down): each application is measured alone" >&2
  exit 1
fi
# bin/platform's environment and JVM options, so that what is measured is what it runs. A variant's Java is its
# own choice (java=), by default TT_JAVA or the java on the PATH, not the Java 25 bin/platform would prefer: a
# variant says which Java it measures.
DEFAULT_JAVA="${TT_JAVA:-java}"
source "$ROOT/bin/platform" --source-only
VARIANTS="${BENCH_VARIANTS:-plain=;tuned=@platform}"
read -r -a APPS <<< "${BENCH_APPS:-partnerships events news webhooks gateway}"
# The first answer: the first of bin/platform's training reads (a list of size 1, or the liveness).
first_read() { training_reads "$1" | cut -d' ' -f1; }
load_paths() {
  case "$1" in
    partnerships) echo "/api/v1/municipalities?size=20 /api/v1/partnerships?size=20 /api/v1/municipalities/by-ags/16053000" ;;
    events) echo "/api/v1/events?size=20 /api/v1/events/calendar.ics" ;;
    news) echo "/api/v1/news?size=20 /api/v1/news/feed.rss" ;;
    webhooks) echo "/q/health/live" ;;
    gateway) echo "/q/health/live" ;;
  esac
}
now_ms() { date +%s%3N; }
RAW="$(mktemp)"
trap 'rm -f "$RAW"; [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null || true' EXIT

word_of() { # key variant-options -> the value of a leading key=VALUE word (java=, tree=)
  local w
  for w in $2; do
    case "$w" in "$1"=*) echo "${w#*=}"; return ;; java=*|tree=*) ;; *) return ;; esac
  done
}
java_of() { local j; j="$(word_of java "$1")"; echo "${j:-$DEFAULT_JAVA}"; }
tree_of() { local t; t="$(word_of tree "$1")"; echo "${t:-$ROOT}"; }
options_of() { # app options -> the JVM options (java= and tree= taken off, @platform resolved for them)
  local opts="$2"
  while :; do
    case "$opts" in
      java=*|tree=*) if [[ "$opts" == *" "* ]]; then opts="${opts#* }"; else opts=""; fi ;;
      *) break ;;
    esac
  done
  # @platform, then options of its own after it (a later -Xmx wins over bin/platform's).
  case "$opts" in
    @platform*) opts="$(ROOT="$(tree_of "$2")" TT_JAVA="$(java_of "$2")" jvm_options "$1")${opts#@platform}" ;;
  esac
  echo "$opts"
}

platform_of() { case "$1" in *@platform*) echo platform ;; esac; }

launch() { # app variant-name java options platform tree: starts it, PID set
  local app="$1" dir db_env=()
  dir="$(dirname "$(ROOT="${6:-$ROOT}" jar_of "$app")")"
  [ "$app" != gateway ] && db_env=(TT_DB_NAME="$app")
  # bin/platform's environment for the footprint (malloc arenas) goes with its options.
  [ "${5:-}" = platform ] && db_env+=("${FOOTPRINT_ENV[@]}")
  # shellcheck disable=SC2086
  (cd "$dir" && exec env "${db_env[@]}" QUARKUS_PROFILE="$APP_PROFILE" "$3" $4 -jar quarkus-run.jar) \
    > "/tmp/startup-$app-$2.log" 2>&1 < /dev/null &
  PID=$!
}

train() { # app variant-options: an AOT training run when the variant would record its cache
  local app="$1" java opts
  java="$(java_of "$2")"; opts="$(options_of "$app" "$2")"
  case "$opts" in *AOTCacheOutput*) ;; *) return 0 ;; esac
  echo "training the AOT cache of $app" >&2
  launch "$app" train "$java" "$opts" "$(platform_of "$2")" "$(tree_of "$2")"
  # bin/platform's training: the start and one request of each of its training reads.
  send_training_reads "$app" "$PID" || { echo "$app (training) failed; see /tmp/startup-$app-train.log" >&2; exit 1; }
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

measure() { # app variant-name options -> "ms rss_kb settled_rss_kb cpu_ms_per_request main_ms jit_ms other_ms"
  local app="$1" name="$2" opts port start ms path rss settled
  port="$(port_of "$app")"
  opts="$(options_of "$app" "$3")"
  start="$(now_ms)"
  launch "$app" "$name" "$(java_of "$3")" "$opts" "$(platform_of "$3")" "$(tree_of "$3")"
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port$(first_read "$app")"; do
    kill -0 "$PID" 2>/dev/null || { echo "$app ($name) stopped; see /tmp/startup-$app-$name.log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "$app ($name) not up in 120 s" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( $(now_ms) - start ))
  local started
  started="$(thread_cpu "$PID")"
  local ticks requests=0 served
  ticks="$(awk '{print $14 + $15}' "/proc/$PID/stat")"
  for path in $(load_paths "$app"); do
    served="$(wrk -t1 -c8 -d"$(( LOAD / $(load_paths "$app" | wc -w) + 1 ))s" "http://127.0.0.1:$port$path" \
      | awk '/requests in/ {print $1}')"
    requests=$(( requests + ${served:-0} ))
  done
  # CPU time the application spent per request of the load (user + system, from /proc), for sizing.
  ticks=$(( $(awk '{print $14 + $15}' "/proc/$PID/stat") - ticks ))
  rss="$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")"
  # Again once the load has stopped for SETTLE seconds: the JIT compilers go on for a few seconds after a
  # load and hold arenas of 20-25 MB meanwhile (NMT's "Arena Chunk"), which the JVM then gives back.
  sleep "$SETTLE"
  settled="$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status")"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "$ms $rss $settled $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.3f", n ? t * 1000 / hz / n : 0 }') $started"
}


IFS=';' read -r -a variants <<< "$VARIANTS"
for app in "${APPS[@]}"; do
  for v in "${variants[@]}"; do train "$app" "${v#*=}"; done
done
for r in $(seq 1 "$ROUNDS"); do
  order=("${variants[@]}")
  [ $((r % 2)) -eq 0 ] && mapfile -t order < <(printf "%s\n" "${variants[@]}" | tac)
  for app in "${APPS[@]}"; do
    for v in "${order[@]}"; do
      echo "round $r: $app ${v%%=*}" >&2
      echo "$r $app ${v%%=*} $(measure "$app" "${v%%=*}" "${v#*=}")" >> "$RAW"
    done
  done
done

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
{
  echo "startup, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $commit, java $(java -version 2>&1 | awk -F'"' 'NR==1 {print $2}'); $ROUNDS alternating rounds, RSS after ${LOAD}s of load and ${SETTLE}s after it"
  for v in "${variants[@]}"; do
    opts="${v#*=}"
    case "$opts" in *@platform) opts="${opts%@platform}bin/platform's: $(options_of partnerships "${v#*=}" | sed "s|$ROOT/||g")" ;; esac
    echo "  ${v%%=*}: ${opts:-JVM defaults} (java $("$(java_of "${v#*=}")" -version 2>&1 | awk -F'"' 'NR==1 {print $2}'))"
  done
  printf '%-13s %-8s %22s %22s %16s %16s %18s\n' app variant 'first answer ms' 'RSS after load MB' 'settled MB' 'CPU ms/request' 'CPU main/JIT ms'
  for app in "${APPS[@]}"; do
    for v in "${variants[@]}"; do
      awk -v app="$app" -v v="${v%%=*}" '
        $2 == app && $3 == v { ms[++n] = $4; rss[n] = $5; settled[n] = $6; cpu[n] = $7; main[n] = $8; jit[n] = $9 }
        function median(a, n,   i, j, x) { for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j > 0 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
                                           return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        END { line = ""; for (i = 1; i <= n; i++) line = line sprintf(" %d/%d/%d", ms[i], rss[i] / 1024, settled[i] / 1024)
              printf "%-13s %-8s %22d %22d %16d %16.3f %18s   (rounds ms/MB/MB:%s)\n", app, v, median(ms, n), median(rss, n) / 1024, median(settled, n) / 1024, median(cpu, n),
                     median(main, n) "/" median(jit, n), line }' "$RAW"
    done
  done
  echo
} | tee -a "$OUT"
