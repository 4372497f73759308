#!/usr/bin/env bash
# Every read a frontend makes, loaded directly on its service and through the gateway, side by side
# in one run. Each line of the result gives the read's throughput as a ratio to GET by id of the same
# service on the same path (direct or gateway), so that a list, a map or a feed is judged against the
# cheapest read the service has, measured on the same machine at the same moment.
#
#   bench/reads.sh [seconds-per-measurement] [rounds]
#
# Needs wrk (apt-get install wrk) and a running platform with the demo data and the per-client rate
# limit lifted: TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up
#
# Method: wrk with CONNECTIONS (16) connections; every read is first warmed up on both paths, each
# path until its throughput has settled: WARMUP seconds (3) of load, then SETTLE_STEP seconds (5) at a
# time until two in a row are within 4 % of each other, at most SETTLE_MAX seconds (90). A read that
# has not settled is named in the results. (A fixed 3 s per read measured the lists while the JIT was
# still compiling them: a list of 20 partnerships read 0.38x of GET by id in that run and 0.55x once
# settled, bench/results/list-warmup-2026-12-07.txt.) Then every read is measured in ROUNDS rounds; within a round every read runs direct and through the
# gateway, in an order that flips each round, so that slow drift of the machine falls on both. A
# read's throughput is the median over the rounds; its ratio is the median of the rounds' ratios to
# GET by id of the same service and path. Latencies are wrk's (send to last byte), medians over the
# rounds. Every request sends Accept-Encoding as a browser does (BENCH_ENCODING, "gzip, br"; set it
# to "identity" to measure uncompressed answers). Bytes are what one answer puts on the wire, with
# and without compression. The results are appended to bench/results/reads-<date>.txt with the
# commit measured.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-5}"
ROUNDS="${2:-3}"
WARMUP="${BENCH_WARMUP:-3}"
SETTLE_STEP="${BENCH_SETTLE_STEP:-5}"
SETTLE_MAX="${BENCH_SETTLE_MAX:-90}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
ENCODING="${BENCH_ENCODING:-gzip, br}"
GATEWAY="http://127.0.0.1:${GATEWAY_PORT:-8080}"
OUT="$ROOT/bench/results/reads-$(date -u +%Y-%m-%d).txt"
source "$ROOT/bench/lib.sh"
needs wrk jq
curl -fs -o /dev/null "$GATEWAY/q/health/ready" || { echo "the platform is not running (bin/platform up)" >&2; exit 1; }
limit="$(curl -fs -D - -o /dev/null "$GATEWAY/api/v1/municipalities?size=1" | tr -d '\r' | awk -F': ' 'tolower($1)=="ratelimit-limit" {print $2}')"
if [ "${limit:-0}" -lt 100000000 ]; then
  echo "start the platform with TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up (the limit is ${limit:-unknown})" >&2
  exit 1
fi
direct_of() {
  case "$1" in
    partnerships) echo "http://127.0.0.1:${PARTNERSHIPS_PORT:-8081}" ;;
    events) echo "http://127.0.0.1:${EVENTS_PORT:-8082}" ;;
    news) echo "http://127.0.0.1:${NEWS_PORT:-8083}" ;;
    gateway) echo "" ;;
  esac
}
get_json() { curl -fs -H 'Accept: application/json' "$GATEWAY$1"; }

# --- What to read: ids from the demo data -----------------------------------------------------------
JENA="$(get_json /api/v1/municipalities/by-ags/16053000 | jq -r .id)"
PARTNERSHIP="$(get_json "/api/v1/partnerships?municipality=$JENA&size=1" | jq -r '.items[0].id')"
EVENT="$(get_json '/api/v1/events?size=1' | jq -r '.items[0].id')"
SERIES="$(get_json '/api/v1/events/series?size=1' | jq -r '.items[0].id // empty')"
NEWS="$(get_json '/api/v1/news?size=1' | jq -r '.items[0].id')"
for v in JENA PARTNERSHIP EVENT NEWS; do
  [ -n "${!v}" ] && [ "${!v}" != null ] || { echo "no $v in the demo data: start the platform with it (bin/platform up)" >&2; exit 1; }
done
JSON='application/json'
GEO='application/geo+json'
# service|read|accept|path. The first read of each service is its GET by id, the ratios' base.
CASES=(
  "partnerships|municipality by id|$JSON|/api/v1/municipalities/$JENA"
  "partnerships|partnership by id|$JSON|/api/v1/partnerships/$PARTNERSHIP"
  "partnerships|municipalities size=20|$JSON|/api/v1/municipalities?size=20"
  "partnerships|municipalities size=100|$JSON|/api/v1/municipalities?size=100"
  "partnerships|municipalities country=FR size=20|$JSON|/api/v1/municipalities?country=FR&size=20"
  "partnerships|municipalities q=jena|$JSON|/api/v1/municipalities?q=jena&size=20"
  "partnerships|partnerships size=20|$JSON|/api/v1/partnerships?size=20"
  "partnerships|partnerships size=100|$JSON|/api/v1/partnerships?size=100"
  "partnerships|partnerships state=DE-TH size=20|$JSON|/api/v1/partnerships?state=DE-TH&size=20"
  "partnerships|partners of Jena size=20|$JSON|/api/v1/municipalities/$JENA/partners?size=20"
  "partnerships|statistics|$JSON|/api/v1/partnerships/statistics"
  "partnerships|GeoJSON whole registry|$GEO|/api/v1/partnerships"
  "partnerships|GeoJSON country=FR|$GEO|/api/v1/partnerships?country=FR"
  "partnerships|GeoJSON state=DE-TH|$GEO|/api/v1/partnerships?state=DE-TH"
  "partnerships|municipalities GeoJSON country=DE|$GEO|/api/v1/municipalities?country=DE&size=100"
  "events|event by id|$JSON|/api/v1/events/$EVENT"
  "events|events size=20|$JSON|/api/v1/events?size=20"
  "events|events size=100|$JSON|/api/v1/events?size=100"
  "events|events municipality=Jena|$JSON|/api/v1/events?municipality=$JENA&size=20"
  "events|series size=20|$JSON|/api/v1/events/series?size=20"
  "events|calendar.ics|text/calendar|/api/v1/events/calendar.ics"
  "news|news by id|$JSON|/api/v1/news/$NEWS"
  "news|news size=20|$JSON|/api/v1/news?size=20"
  "news|news size=100|$JSON|/api/v1/news?size=100"
  "news|news municipality=Jena|$JSON|/api/v1/news?municipality=$JENA&size=20"
  "news|news search q=partnerschaft|$JSON|/api/v1/news/search?q=partnerschaft&size=20"
  "news|feed.rss|application/rss+xml|/api/v1/news/feed.rss"
  "news|feed.atom|application/atom+xml|/api/v1/news/feed.atom"
  "gateway|dossier of Jena|$JSON|/api/v1/municipalities/$JENA/dossier"
)
[ -n "$SERIES" ] || CASES=("${CASES[@]/*series size=20*/}")
# BENCH_ONLY (an extended regular expression on "service|read") measures some of the reads only.
if [ -n "${BENCH_ONLY:-}" ]; then
  mapfile -t CASES < <(printf '%s\n' "${CASES[@]}" | grep -E "$BENCH_ONLY" || true)
fi

LUA="$(mktemp --suffix=.lua)"
RAW="$(mktemp)"
trap 'rm -f "$LUA" "$RAW"' EXIT
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("rps=%.1f p50=%.2f p95=%.2f p99=%.2f bad=%d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
load() { # url accept seconds -> "rps=.. p50=.. p95=.. p99=.. bad=.."
  wrk -t2 -c"$CONNECTIONS" -d"${3}s" --timeout 10s -H "Accept: $2" -H "Accept-Encoding: $ENCODING" \
    -s "$LUA" "$1" | grep '^rps='
}
wire_bytes() { curl -fs -o /dev/null -w '%{size_download}' -H "Accept: $2" -H "Accept-Encoding: $3" "$1"; }

targets_of() { if [ "$1" = gateway ]; then echo gateway; else echo direct gateway; fi; }
url_of() { if [ "$2" = gateway ]; then echo "$GATEWAY$3"; else echo "$(direct_of "$1")$3"; fi; }

rps_of() { sed -n 's/^rps=\([0-9.]*\).*/\1/p'; }
# settle URL ACCEPT: loads the read until two successive SETTLE_STEP loads are within 4 %; prints the
# seconds it took and "settled" or "not settled".
settle() {
  local before now spent
  load "$1" "$2" "$WARMUP" > /dev/null
  spent="$WARMUP"
  before="$(load "$1" "$2" "$SETTLE_STEP" | rps_of)"
  spent=$((spent + SETTLE_STEP))
  while [ "$spent" -lt "$SETTLE_MAX" ]; do
    now="$(load "$1" "$2" "$SETTLE_STEP" | rps_of)"
    spent=$((spent + SETTLE_STEP))
    if awk -v a="$before" -v b="$now" 'BEGIN {exit !(a > 0 && b / a > 0.96 && b / a < 1.04)}'; then
      echo "$spent settled"
      return
    fi
    before="$now"
  done
  echo "$spent not-settled"
}
echo "warming up: every read on every path until its throughput settles (at most ${SETTLE_MAX}s each)" >&2
UNSETTLED=""
WARM_FROM="$(date +%s)"
for c in "${CASES[@]}"; do
  [ -n "$c" ] || continue
  IFS='|' read -r svc name accept path <<< "$c"
  for t in $(targets_of "$svc"); do
    url="$(url_of "$svc" "$t" "$path")"
    curl -fs -o /dev/null -H "Accept: $accept" "$url" || { echo "not answered with 2xx: $t $url" >&2; exit 1; }
    read -r spent verdict <<< "$(settle "$url" "$accept")"
    echo "  $svc $name ($t): $verdict after ${spent}s" >&2
    [ "$verdict" = settled ] || UNSETTLED="$UNSETTLED; $name ($t)"
  done
done
WARM_SECONDS=$(( $(date +%s) - WARM_FROM ))
# CPU each application used while measured, from /proc (bin/platform's pid files): what the load took of
# the machine per application, for sizing (deploy/kubernetes/RESOURCES.md).
cpu_ticks() { local pid; pid="$(cat "$ROOT/.run/$1.pid" 2>/dev/null)" || return 0
  [ -r "/proc/$pid/stat" ] && awk '{print $14 + $15}' "/proc/$pid/stat"; }
APPS=(partnerships events news webhooks gateway)
declare -A CPU_BEFORE
for a in "${APPS[@]}"; do CPU_BEFORE[$a]="$(cpu_ticks "$a")"; done
MEASURED_FROM="$(date +%s)"
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r of $ROUNDS" >&2
  for c in "${CASES[@]}"; do
    [ -n "$c" ] || continue
    IFS='|' read -r svc name accept path <<< "$c"
    order="$(targets_of "$svc")"
    if [ $((r % 2)) -eq 0 ]; then order="$(echo "$order" | tr ' ' '\n' | tac | tr '\n' ' ')"; fi
    for t in $order; do
      printf '%s|%s|%s|%s|%s\n' "$r" "$svc" "$name" "$t" "$(load "$(url_of "$svc" "$t" "$path")" "$accept" "$SECONDS_EACH")" >> "$RAW"
    done
  done
done

MEASURED_SECONDS=$(( $(date +%s) - MEASURED_FROM ))
CPU_LINE=""
for a in "${APPS[@]}"; do
  after="$(cpu_ticks "$a")"
  [ -n "$after" ] && [ -n "${CPU_BEFORE[$a]}" ] && CPU_LINE="$CPU_LINE $a $(awk -v t=$(( after - CPU_BEFORE[$a] )) \
    -v hz="$(getconf CLK_TCK)" -v s="$MEASURED_SECONDS" 'BEGIN { printf "%.2f", t / hz / s }')"
done
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty="$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo '+changes' || true)"
{
  echo "reads, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $commit$dirty; $CONNECTIONS connections, $ROUNDS alternating rounds of ${SECONDS_EACH}s, Accept-Encoding: $ENCODING"
  echo "warm-up: ${WARM_SECONDS}s, every read on every path until two ${SETTLE_STEP}s loads in a row were within 4 % (at most ${SETTLE_MAX}s each)${UNSETTLED:+; NOT settled:${UNSETTLED#;}}"
  printf '%-13s %-36s %-8s %9s %8s %8s %8s %10s %10s %9s %9s\n' service read path 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'bytes' 'gzip' 'vs by id' 'of direct'
  for c in "${CASES[@]}"; do
    [ -n "$c" ] || continue
    IFS='|' read -r svc name accept path <<< "$c"
    # The gateway's own reads (the dossier) are judged against partnerships-service's GET by id.
    base_svc="$svc"; [ "$svc" = gateway ] && base_svc=partnerships
    base="$(printf '%s\n' "${CASES[@]}" | awk -F'|' -v s="$base_svc" '$1 == s {print $2; exit}')"
    for t in $(targets_of "$svc"); do
      url="$(url_of "$svc" "$t" "$path")"
      awk -F'|' -v svc="$svc" -v name="$name" -v bsvc="$base_svc" -v base="$base" -v t="$t" \
          -v plain="$(wire_bytes "$url" "$accept" identity)" -v zipped="$(wire_bytes "$url" "$accept" gzip)" '
        function field(s, k,   a) { match(s, k "=[0-9.]+"); return substr(s, RSTART + length(k) + 1, RLENGTH - length(k) - 1) + 0 }
        function median(v, n,   i, j, x) { for (i = 2; i <= n; i++) { x = v[i]; for (j = i - 1; j > 0 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
                                          return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }
        $2 == svc && $4 == t && $3 == name { rps[$1] = field($5, "rps"); p50[++n] = field($5, "p50"); p95[n] = field($5, "p95"); p99[n] = field($5, "p99"); bad += field($5, "bad") }
        $2 == bsvc && $4 == t && $3 == base { baserps[$1] = field($5, "rps") }
        $2 == svc && $4 == "direct" && $3 == name { direct[$1] = field($5, "rps") }
        END {
          for (r in rps) { rs[++m] = rps[r]; if (baserps[r] > 0) ratio[++q] = rps[r] / baserps[r]; if (direct[r] > 0) share[++k] = rps[r] / direct[r] }
          printf "%-13s %-36s %-8s %9.0f %8.2f %8.2f %8.2f %10d %10d %8.2fx %9s%s\n", svc, name, t, median(rs, m), median(p50, n), median(p95, n), median(p99, n), plain, zipped, q ? median(ratio, q) : 0, (t == "gateway" && k) ? sprintf("%.0f%%", 100 * median(share, k)) : "", bad ? "  (" bad " non-2xx/errors)" : ""
        }' "$RAW"
    done
  done
  [ -n "$CPU_LINE" ] && echo "cores used on average over the ${MEASURED_SECONDS}s measured (each read alternately direct and through the gateway):$CPU_LINE"
  echo
} | tee -a "$OUT"
