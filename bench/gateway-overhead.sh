#!/usr/bin/env bash
# Gateway overhead: the same GET loaded directly on partnerships-service and through the gateway,
# side by side in one run. Needs wrk (apt-get install wrk) and a running platform with the demo data
# and the per-client rate limit lifted: TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up
#
#   bench/gateway-overhead.sh [duration-seconds] [fixed-rate-per-second]
#
# 1. Saturation: wrk with 32 connections, direct and through the gateway in alternation (ROUNDS
#    rounds of a fifth of the duration each, so that both see the same machine: on shared cores one
#    long run after the other differs by more than the gateway costs); throughput (requests/s) of
#    each is the median over the rounds, and the ratio is the median of the rounds' ratios.
# 2. Fixed rate: a wrk Lua script paces each connection so that the total stays near the given rate;
#    p50/p99 latency compared (wrk measures from request send to response), again in alternating
#    rounds; the added latency is the median of the rounds' differences.
# 3. Two yardsticks, in the same rounds: the same read through proxies that do nothing but proxy, to the
#    same service. nginx, where it is installed (apt-get install nginx-light; BENCH_NGINX=0 leaves it
#    out), set up here with its workers one per core, kept-alive connections to the service, no log and
#    no limits: what a lean proxy written in C keeps of direct on this machine, where the proxy, the
#    service, PostgreSQL and wrk share the cores. And bench/MinimalProxy.java, when the gateway is
#    packaged (BENCH_VERTX=0 leaves it out): the least a proxy on the gateway's own Vert.x and Netty does.
#    The gateway does more per request than either (tokens, rate limits, CORS, circuit breakers,
#    metrics, forwarding and security headers, compression).
# The results are appended to bench/results/gateway-overhead-<date>.txt, with the commit measured.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${1:-20}"
RATE="${2:-400}"
DIRECT="http://127.0.0.1:${PARTNERSHIPS_PORT:-8081}"
GATEWAY="http://127.0.0.1:${GATEWAY_PORT:-8080}"
# A cheap, indexed read (Jena by its AGS, from the demo data), so the gateway's share is visible.
PATH_UNDER_TEST="${BENCH_PATH:-/api/v1/municipalities/by-ags/16053000}"
OUT="$ROOT/bench/results/gateway-overhead-$(date -u +%Y-%m-%d).txt"
source "$ROOT/bench/lib.sh"
needs wrk
curl -fs -o /dev/null "$GATEWAY/q/health/ready" || { echo "the platform is not running (bin/platform up)" >&2; exit 1; }
# The per-client rate limit would answer most of a load test with 429: start the platform with it lifted
# (the limiter still runs, so its cost is part of what is measured).
limit="$(curl -fs -D - -o /dev/null "$GATEWAY$PATH_UNDER_TEST" | tr -d '\r' | awk -F': ' 'tolower($1)=="ratelimit-limit" {print $2}')"
if [ "${limit:-0}" -lt 100000000 ]; then
  echo "start the platform with TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up (the limit is ${limit:-unknown})" >&2
  exit 1
fi

LUA="$(mktemp --suffix=.lua)"
NGINX_DIR="$(mktemp -d)"
VERTX_PID=""
trap 'rm -f "$LUA"; [ -f "$NGINX_DIR/nginx.pid" ] && kill "$(cat "$NGINX_DIR/nginx.pid")"; rm -rf "$NGINX_DIR";
  [ -z "$VERTX_PID" ] || kill "$VERTX_PID"' EXIT
# The yardsticks measured, as "name url" lines.
YARDSTICKS=""
# ready NAME URL LOG: waits until the yardstick answers the read.
ready() {
  for _ in $(seq 1 100); do curl -fs -o /dev/null "$2$PATH_UNDER_TEST" && return; sleep 0.2; done
  cat "$3" >&2
  echo "$1 does not answer $2$PATH_UNDER_TEST" >&2
  exit 1
}
if [ "${BENCH_NGINX:-1}" != 0 ] && command -v nginx >/dev/null; then
  url="http://127.0.0.1:${BENCH_NGINX_PORT:-8079}"
  cat > "$NGINX_DIR/nginx.conf" <<CONF
user $(id -un);
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGINX_DIR/body;
  proxy_temp_path $NGINX_DIR/proxy;
  fastcgi_temp_path $NGINX_DIR/fastcgi;
  uwsgi_temp_path $NGINX_DIR/uwsgi;
  scgi_temp_path $NGINX_DIR/scgi;
  upstream service { server ${DIRECT#http://}; keepalive 64; }
  server {
    listen ${url#http://};
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
CONF
  nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" \
    || { echo "nginx did not start ($NGINX_DIR/error.log); BENCH_NGINX=0 leaves it out" >&2; exit 1; }
  ready nginx "$url" "$NGINX_DIR/error.log"
  YARDSTICKS="${YARDSTICKS}nginx-$(nginx -v 2>&1 | sed 's/.*nginx\///') $url"$'\n'
fi
LIBS="$ROOT/gateway/target/quarkus-app/lib/main"
if [ "${BENCH_VERTX:-1}" != 0 ] && [ -d "$LIBS" ]; then
  url="http://127.0.0.1:${BENCH_VERTX_PORT:-8078}"
  direct_address="${DIRECT#http://}"
  # Like the gateway: as bin/platform runs it (SerialGC, the heap bin/platform gives the gateway), one
  # event loop per core.
  HEAP="$(source "$ROOT/bin/platform" --source-only && jvm_options gateway | sed -n 's/.*\(-Xmx[0-9]*[mg]\).*/\1/p')"
  java -XX:+UseSerialGC $HEAP -cp "$LIBS/*" "$ROOT/bench/MinimalProxy.java" "${url##*:}" \
    "${direct_address%:*}" "${direct_address##*:}" > "$NGINX_DIR/vertx.log" 2>&1 &
  VERTX_PID=$!
  ready "the minimal Vert.x proxy" "$url" "$NGINX_DIR/vertx.log"
  YARDSTICKS="${YARDSTICKS}minimal-vertx-proxy $url"$'\n'
fi
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

ROUNDS="${BENCH_ROUNDS:-5}"
ROUND_SECONDS=$(( DURATION / 5 > 1 ? DURATION / 5 : 1 ))
saturate() { wrk -t2 -c32 -d"${ROUND_SECONDS}s" "$1$PATH_UNDER_TEST" | awk '/Requests\/sec/ {print $2}'; }
# shellcheck source=bench/lib.sh
paced() { wrk -t2 -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" -s "$LUA" "$1$PATH_UNDER_TEST" | grep '^p50_ms'; }

# Warm up both paths (JIT, connection pools) before measuring: BENCH_WARMUP seconds of load each,
# then 10 s on each in turn until both are within 3% of their previous 10 s (at most 5 minutes).
# Both at once, since both load the service. A JVM started just now settled within 20 s on one day;
# on another, slower one, with the JIT compilers short of CPU under load, it still gained 5% every
# 5 s two minutes after the start, and direct alone looked settled before the gateway's warm-up
# made the service faster still.
WARMUP="${BENCH_WARMUP:-20}"
warm_up() {
  wrk -t2 -c32 -d"${WARMUP}s" "$DIRECT$PATH_UNDER_TEST" >/dev/null
  wrk -t2 -c32 -d"${WARMUP}s" "$GATEWAY$PATH_UNDER_TEST" >/dev/null
  while read -r _ url; do [ -z "$url" ] || wrk -t2 -c32 -d"${WARMUP}s" "$url$PATH_UNDER_TEST" >/dev/null; done <<<"$YARDSTICKS"
  local d0=0 g0=0 d g waited=0
  while [ "$waited" -lt 300 ]; do
    d="$(wrk -t2 -c32 -d10s "$DIRECT$PATH_UNDER_TEST" | awk '/Requests\/sec/ {print $2}')"
    g="$(wrk -t2 -c32 -d10s "$GATEWAY$PATH_UNDER_TEST" | awk '/Requests\/sec/ {print $2}')"
    waited=$((waited + 20))
    if awk -v d0="$d0" -v d="$d" -v g0="$g0" -v g="$g" \
        'BEGIN {exit !(d0 > 0 && g0 > 0 && d / d0 > 0.97 && d / d0 < 1.03 && g / g0 > 0.97 && g / g0 < 1.03)}'; then
      echo "settled after $((2 * WARMUP + waited)) s (direct $d, gateway $g req/s)"
      return
    fi
    d0="$d"
    g0="$g"
  done
  echo "NOT settled after $((2 * WARMUP + waited)) s (direct $d, gateway $g req/s): the figures below are suspect"
}
warm="$(warm_up)"

rounds=""
for _ in $(seq 1 "$ROUNDS"); do
  d="$(saturate "$DIRECT")"
  g="$(saturate "$GATEWAY")"
  y="$(while read -r _ url; do [ -z "$url" ] || printf '%s ' "$(saturate "$url")"; done <<<"$YARDSTICKS")"
  rounds="$rounds$d $g $y"$'\n'
done
direct_rps="$(awk 'NF {print $1}' <<<"$rounds" | median)"
gateway_rps="$(awk 'NF {print $2}' <<<"$rounds" | median)"
p() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
paced_rounds=""
for _ in $(seq 1 "$ROUNDS"); do
  d="$(paced "$DIRECT")"
  g="$(paced "$GATEWAY")"
  y="$(while read -r _ url; do [ -z "$url" ] || { out="$(paced "$url")"; printf '%s %s ' "$(p p50_ms "$out")" "$(p p99_ms "$out")"; }; done <<<"$YARDSTICKS")"
  paced_rounds="$paced_rounds$(p p50_ms "$d") $(p p99_ms "$d") $(p p50_ms "$g") $(p p99_ms "$g") $y"$'\n'
done
col() { awk -v c="$1" 'NF {print $c}' <<<"$paced_rounds" | median; }
ratio="$(awk 'NF {print 100 * $2 / $1}' <<<"$rounds" | median | awk '{printf "%.1f", $1}')"
added_p50="$(awk 'NF {print $3 - $1}' <<<"$paced_rounds" | median | awk '{printf "%.2f", $1}')"
added_p99="$(awk 'NF {print $4 - $2}' <<<"$paced_rounds" | median | awk '{printf "%.2f", $1}')"
{
  echo "gateway overhead, $(date -u +%FT%TZ), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); GET $PATH_UNDER_TEST"
  echo "warm-up: $warm"
  echo "saturation (32 connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS}s): direct ${direct_rps} req/s, gateway ${gateway_rps} req/s (medians) -> ${ratio}% of direct (median of the rounds' ratios)"
  awk 'NF {printf "  round %d: direct %s, gateway %s req/s\n", NR, $1, $2}' <<<"$rounds"
  i=0
  while read -r name _; do
    [ -n "$name" ] || continue
    c=$((3 + i))
    echo "  yardstick $name, same rounds: $(awk -v c=$c 'NF {print $c}' <<<"$rounds" | median) req/s ->" \
      "$(awk -v c=$c 'NF {print 100 * $c / $1}' <<<"$rounds" | median | awk '{printf "%.1f", $1}')% of direct;" \
      "the gateway $(awk -v c=$c 'NF {print 100 * $2 / $c}' <<<"$rounds" | median | awk '{printf "%.1f", $1}')% of it" \
      "(rounds: $(awk -v c=$c 'NF {printf "%s%s", (NR > 1 ? ", " : ""), $c}' <<<"$rounds"))"
    i=$((i + 1))
  done <<<"$YARDSTICKS"
  echo "fixed rate (~${RATE} req/s, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS}s), medians:"
  echo "  direct : p50 $(col 1) ms, p99 $(col 2) ms"
  echo "  gateway: p50 $(col 3) ms, p99 $(col 4) ms"
  echo "  added by the gateway (median of the rounds' differences): p50 ${added_p50} ms, p99 ${added_p99} ms"
  i=0
  while read -r name _; do
    [ -n "$name" ] || continue
    c=$((5 + 2 * i))
    echo "  $name: p50 $(col $c) ms, p99 $(col $((c + 1))) ms; added p99 (median of the rounds' differences)" \
      "$(awk -v c=$((c + 1)) 'NF {print $c - $2}' <<<"$paced_rounds" | median | awk '{printf "%.2f", $1}') ms"
    i=$((i + 1))
  done <<<"$YARDSTICKS"
  awk 'NF {printf "  round %d: direct p50 %s p99 %s, gateway p50 %s p99 %s ms\n", NR, $1, $2, $3, $4}' <<<"$paced_rounds"
  echo
} | tee -a "$OUT"
