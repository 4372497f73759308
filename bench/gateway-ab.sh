#!/usr/bin/env bash
# An earlier build of the gateway against this one, side by side in one run, in front of the platform's
# partnerships-service: the cheap read of gateway-overhead.sh at saturation, directly and through each
# gateway, in alternating rounds; each gateway's share of direct and the after/before ratio.
#
#   bench/gateway-ab.sh BEFORE_QUARKUS_APP [seconds-per-measurement] [rounds]
#
#   e.g. cp -r gateway/target/quarkus-app /tmp/gw-before     (before changing the gateway)
#        ./mvnw -pl gateway package -DskipTests
#        bench/gateway-ab.sh /tmp/gw-before 8 6
#
# Needs wrk and the running platform (TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up). Both builds
# are started here, alike, with the environment and JVM options bin/platform gives the gateway: "before"
# from BEFORE_QUARKUS_APP on port 9080, "after" from this checkout's gateway/target/quarkus-app on port
# 10080 (a copy, so that a rebuild during the run changes nothing). Both are warmed up (BENCH_WARMUP
# seconds each, default 60), then measured in ROUNDS rounds (direct, then the two gateways in an
# order that flips each round). Medians over the rounds, of requests/s and of each gateway's own CPU per
# request (user and system time from /proc, over the requests wrk counted: less swayed by what else the
# shared cores do than throughput is). Appended to bench/results/gateway-ab-<date>.txt.
#
# BENCH_BEFORE_OPTS and BENCH_AFTER_OPTS add JVM options to one side, after bin/platform's: to weigh a
# setting, give both sides the same build (BEFORE_QUARKUS_APP = gateway/target/quarkus-app) and the
# setting to one, e.g. BENCH_AFTER_OPTS=-Dvertx.disableHttpHeadersValidation=true.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BEFORE="$(cd "${1:?BEFORE_QUARKUS_APP}" && pwd)"
SECONDS_EACH="${2:-8}"
ROUNDS="${3:-6}"
WARMUP="${BENCH_WARMUP:-60}"
OUT="$ROOT/bench/results/gateway-ab-$(date -u +%Y-%m-%d).txt"
PATH_UNDER_TEST="${BENCH_PATH:-/api/v1/municipalities/by-ags/16053000}"
source "$ROOT/bench/lib.sh"
needs wrk
source "$ROOT/bin/platform" --source-only
DIRECT="http://127.0.0.1:$(port_of partnerships)"
BEFORE_URL="http://127.0.0.1:9080"
AFTER_URL="http://127.0.0.1:10080"
[ -f "$BEFORE/quarkus-run.jar" ] || { echo "no quarkus-run.jar in $BEFORE" >&2; exit 1; }
[ -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ] || { echo "no packaged gateway in this checkout" >&2; exit 1; }
curl -fs -o /dev/null "$DIRECT/q/health/ready" || { echo "the platform is not running (bin/platform up)" >&2; exit 1; }

AFTER="$(mktemp -d)"
cp -r "$ROOT/gateway/target/quarkus-app/." "$AFTER"
LOGS=()
PIDS=()
# The copy goes only once its gateway has stopped: a JVM whose jars vanish while it shuts down may hang.
trap 'kill "${PIDS[@]}" 2>/dev/null; wait "${PIDS[@]}" 2>/dev/null; rm -rf "${LOGS[@]}" "$AFTER"' EXIT
# start QUARKUS_APP URL [JVM-OPTIONS]: that build of the gateway, as bin/platform runs it, on the URL's port.
start() {
  # shellcheck disable=SC2046
  launch_app "$1" "$2$PATH_UNDER_TEST" env GATEWAY_PORT="${2##*:}" TT_RATE_LIMIT_ANONYMOUS=100000000 \
    QUARKUS_PROFILE="${QUARKUS_PROFILE:-local}" TT_JWT_ISSUER="${TT_JWT_ISSUER:-https://dev-only.twintowns.invalid}" \
    $TT_JAVA $(jvm_options gateway) ${3:-} -jar quarkus-run.jar
}
start "$BEFORE" "$BEFORE_URL" "${BENCH_BEFORE_OPTS:-}"
start "$AFTER" "$AFTER_URL" "${BENCH_AFTER_OPTS:-}"
rps() { wrk -t2 -c32 -d"${2}s" "$1$PATH_UNDER_TEST" | awk '/Requests\/sec/ {print $2}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# measure URL PID: "requests/s CPU-microseconds-per-request" of the gateway with that PID.
measure() {
  local t0 out
  t0="$(ticks "$2")"
  out="$(wrk -t2 -c32 -d"${SECONDS_EACH}s" "$1$PATH_UNDER_TEST")"
  awk -v t0="$t0" -v t1="$(ticks "$2")" -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.1f\n", r, (t1 - t0) / hz * 1e6 / n}' <<<"$out"
}
echo "warming up: ${WARMUP}s per gateway" >&2
rps "$BEFORE_URL" "$WARMUP" > /dev/null
rps "$AFTER_URL" "$WARMUP" > /dev/null
rounds=""
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r of $ROUNDS" >&2
  d="$(rps "$DIRECT" "$SECONDS_EACH")"
  if [ $((r % 2)) -eq 1 ]; then
    b="$(measure "$BEFORE_URL" "${PIDS[0]}")"; a="$(measure "$AFTER_URL" "${PIDS[1]}")"
  else
    a="$(measure "$AFTER_URL" "${PIDS[1]}")"; b="$(measure "$BEFORE_URL" "${PIDS[0]}")"
  fi
  rounds="$rounds$d ${b% *} ${a% *} ${b#* } ${a#* }"$'\n'
done
med() { awk -v c="$1" 'NF {print $c}' <<<"$rounds" | median; }
share() { awk -v c="$1" 'NF {print 100 * $c / $1}' <<<"$rounds" | median | awk '{printf "%.1f", $1}'; }
{
  echo "gateway-ab, $(date -u +%FT%TZ), $(nproc) cores; after $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- gateway api-commons || echo +changes)," \
    "before $BEFORE${BENCH_BEFORE_OPTS:+ with $BENCH_BEFORE_OPTS}${BENCH_AFTER_OPTS:+, after with $BENCH_AFTER_OPTS}; GET $PATH_UNDER_TEST, 32 connections, $ROUNDS rounds of ${SECONDS_EACH}s after ${WARMUP}s of warm-up"
  echo "  direct $(med 1) req/s; before $(med 2) req/s ($(share 2)% of direct); after $(med 3) req/s ($(share 3)% of direct);" \
    "after/before $(awk 'NF {print $3 / $2}' <<<"$rounds" | median | awk '{printf "%.3f", $1}') (medians of the rounds)"
  echo "  gateway CPU per request: before $(med 4) us, after $(med 5) us; after/before" \
    "$(awk 'NF {print $5 / $4}' <<<"$rounds" | median | awk '{printf "%.3f", $1}')"
  awk 'NF {printf "  round %d: direct %s, before %s (%s us), after %s (%s us)\n", NR, $1, $2, $4, $3, $5}' <<<"$rounds"
  echo
} | tee -a "$OUT"
