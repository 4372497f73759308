#!/usr/bin/env bash
# Gateway overhead: the same GET loaded directly on partnerships-service and through the gateway,
# side by side in one run. Needs wrk (apt-get install wrk) and a running platform with the demo data
# and the per-client rate limit lifted: TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up
#
#   bench/gateway-overhead.sh [duration-seconds] [fixed-rate-per-second]
#
# 1. Saturation: wrk with 32 connections for the duration, direct then through the gateway;
#    throughput (requests/s) compared.
# 2. Fixed rate: a wrk Lua script paces each connection so that the total stays near the given rate;
#    p50/p99 latency compared (wrk measures from request send to response).
# The results go to bench/results/gateway-overhead-<date>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${1:-20}"
RATE="${2:-400}"
DIRECT="http://127.0.0.1:${PARTNERSHIPS_PORT:-8081}"
GATEWAY="http://127.0.0.1:${GATEWAY_PORT:-8080}"
# A cheap, indexed read (Jena by its AGS, from the demo data), so the gateway's share is visible.
PATH_UNDER_TEST="${BENCH_PATH:-/api/v1/municipalities/by-ags/16053000}"
OUT="$ROOT/bench/results/gateway-overhead-$(date -u +%Y-%m-%d).txt"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
curl -fs -o /dev/null "$GATEWAY/q/health/ready" || { echo "the platform is not running (bin/platform up)" >&2; exit 1; }
# The per-client rate limit would answer most of a load test with 429: start the platform with it lifted
# (the limiter still runs, so its cost is part of what is measured).
limit="$(curl -fs -D - -o /dev/null "$GATEWAY$PATH_UNDER_TEST" | tr -d '\r' | awk -F': ' 'tolower($1)=="ratelimit-limit" {print $2}')"
if [ "${limit:-0}" -lt 100000000 ]; then
  echo "start the platform with TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up (the limit is ${limit:-unknown})" >&2
  exit 1
fi

LUA="$(mktemp --suffix=.lua)"
trap 'rm -f "$LUA"' EXIT
CONNECTIONS=8
# Each connection waits so that CONNECTIONS connections together send about RATE requests/s.
cat > "$LUA" <<LUA
local delay_ms = math.floor(1000 * ${CONNECTIONS} / ${RATE})
function delay() return delay_ms end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d\\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

saturate() { wrk -t2 -c32 -d"${DURATION}s" --latency "$1$PATH_UNDER_TEST" | awk '/Requests\/sec/ {print $2}'; }
paced() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$LUA" "$1$PATH_UNDER_TEST" | grep '^p50_ms'; }

# Warm up both paths (JIT, connection pools) before measuring.
wrk -t1 -c4 -d5s "$DIRECT$PATH_UNDER_TEST" >/dev/null
wrk -t1 -c4 -d5s "$GATEWAY$PATH_UNDER_TEST" >/dev/null

direct_rps="$(saturate "$DIRECT")"
gateway_rps="$(saturate "$GATEWAY")"
direct_paced="$(paced "$DIRECT")"
gateway_paced="$(paced "$GATEWAY")"
p() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
ratio="$(awk -v g="$gateway_rps" -v d="$direct_rps" 'BEGIN {printf "%.1f", 100 * g / d}')"
added_p50="$(awk -v g="$(p p50_ms "$gateway_paced")" -v d="$(p p50_ms "$direct_paced")" 'BEGIN {printf "%.2f", g - d}')"
added_p99="$(awk -v g="$(p p99_ms "$gateway_paced")" -v d="$(p p99_ms "$direct_paced")" 'BEGIN {printf "%.2f", g - d}')"

{
  echo "gateway overhead, $(date -u +%FT%TZ), $(nproc) cores; GET $PATH_UNDER_TEST"
  echo "saturation (32 connections, ${DURATION}s): direct ${direct_rps} req/s, gateway ${gateway_rps} req/s -> ${ratio}% of direct"
  echo "fixed rate (~${RATE} req/s, ${CONNECTIONS} connections, ${DURATION}s):"
  echo "  direct : $direct_paced"
  echo "  gateway: $gateway_paced"
  echo "  added by the gateway: p50 ${added_p50} ms, p99 ${added_p99} ms"
} | tee "$OUT"
