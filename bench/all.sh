#!/usr/bin/env bash
# Issue 21's benchmark from one command: every read a frontend makes, the gateway's overhead, GET by id
# against the Quarkus reference, start-up and memory, and the news search over a million items; then a
# summary that sets each figure beside the number the issue asks for.
#
#   bench/all.sh
#
# Run it on a quiet machine (nothing else building or loading it: a build beside a benchmark moved
# results by 40 % here). It starts the platform with the rate limit lifted
# (TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up, which builds and loads the demo data when needed),
# runs reads.sh and gateway-overhead.sh against it (the cheapest GET by id, a municipality, then a
# partnership's), reference.sh when the reference application answers at REF_URL (docs/benchmarks.md says
# how to start it; skipped otherwise), stops the platform, runs startup.sh (Java 17 with the AppCDS archive
# against Java 25 with the AOT cache when TT_JAVA25 names a Java 25, default
# /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), imports.sh (the largest import and its memory), and
# news-search.sh when the database news_bench exists (bench/news-generate.sh makes it, once). Each script appends its own figures to
# bench/results/<script>-<date>.txt; the summary goes to bench/results/summary-<date>.txt with the
# commit measured. Takes about 100 minutes (reads.sh's warm-up, each read until it settles, about 25 of them).
#
# Settings: TT_JAVA (the platform's Java for the reads, the gateway and the reference; the java on the PATH by
# default), TT_JAVA17 (startup.sh's Java 17 variant; java on the PATH), ALL_UP_OPTIONS (e.g. --no-build to measure what is built), READS_SECONDS, READS_ROUNDS (reads.sh; 5 and 3), STARTUP_ROUNDS, STARTUP_LOAD (startup.sh;
# 3 and 15), REFERENCE_WARMUP (reference.sh's warm-up, 300 s: the reference keeps getting faster).
set -euo pipefail
unset BENCH_WARMUP  # each script's own warm-up (reads.sh: seconds per read; reference.sh: REFERENCE_WARMUP)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DAY="$(date -u +%Y-%m-%d)"
RESULTS="$ROOT/bench/results"
SUMMARY="$RESULTS/summary-$DAY.txt"
REF_URL="${REF_URL:-http://127.0.0.1:8090}"
JAVA25="${TT_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
# The platform runs on the java on the PATH (Java 17 here), as the reference application is started beside it
# (docs/benchmarks.md) and as every earlier summary measured it, although bin/platform would prefer an installed
# Java 25; startup.sh measures both Javas. TT_JAVA names another.
export TT_JAVA="${TT_JAVA:-java}"
mkdir -p "$RESULTS"

# Where each result file ends now: the summary reads only what this run appends.
declare -A mark
for name in reads gateway-overhead reference startup imports news-search; do
  f="$RESULTS/$name-$DAY.txt"
  mark[$name]=$([ -f "$f" ] && wc -l < "$f" || echo 0)
done
new_lines() { local f="$RESULTS/$1-$DAY.txt"; [ -f "$f" ] && tail -n +"$(( ${mark[$1]} + 1 ))" "$f" || true; }

bin/platform down > /dev/null 2>&1 || true
TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up ${ALL_UP_OPTIONS:-}
bench/reads.sh "${READS_SECONDS:-5}" "${READS_ROUNDS:-3}"
bench/gateway-overhead.sh 40 300
overhead_cheap="$(new_lines gateway-overhead)"
mark[gateway-overhead]=$(wc -l < "$RESULTS/gateway-overhead-$DAY.txt")
partnership="$(curl -fs "http://127.0.0.1:8081/api/v1/partnerships?size=1" | jq -r '.items[0].id')"
BENCH_PATH="/api/v1/partnerships/$partnership" bench/gateway-overhead.sh 40 300
overhead_partnership="$(new_lines gateway-overhead)"
if curl -fs -o /dev/null --max-time 2 "$REF_URL/fruits/Apple"; then
  BENCH_WARMUP="${REFERENCE_WARMUP:-300}" bench/reference.sh 10 7
else
  echo "no reference application at $REF_URL: skipped (docs/benchmarks.md, 'Against the Quarkus reference')" >&2
fi
bin/platform down
# Each variant names its Java: startup.sh's default is TT_JAVA, which may be the Java 25 the platform ran on above.
variants="jdk17=java=${TT_JAVA17:-java} @platform"
[ -x "$JAVA25" ] && variants="$variants;jdk25=java=$JAVA25 @platform"
BENCH_VARIANTS="$variants" bench/startup.sh "${STARTUP_ROUNDS:-3}" "${STARTUP_LOAD:-15}"
bench/imports.sh
if psql -h "${TT_DB_HOST:-127.0.0.1}" -U "${TT_DB_USER:-postgres}" -d news_bench -tAc 'SELECT 1' > /dev/null 2>&1; then
  bench/news-search.sh
else
  echo "no news_bench database: news search skipped (bench/news-generate.sh makes it)" >&2
fi

# --- The summary: each number of issue 21 beside what was measured ---------------------------------
reads="$(new_lines reads)"
col() { # read path column (4 req/s, 7 p99, 6 p95, 9 gzip bytes, 11 share): from the reads table
  awk -v r="$1" -v p="$2" -v c="$3" -F'  +' '$2 == r && $3 == p {print $c}' <<< "$reads" | tail -1
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { if (v == "" || v == "-") print "not measured"; else if ((op == ">=" && v + 0 >= t) || (op == "<=" && v + 0 <= t)) print "met"; else print "NOT met" }'; }
{
  echo "issue 21 summary, $(date -u +%FT%TZ), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo
  echo "Lists of 20 against GET by id of the same resource (direct, req/s; >= 0.50):"
  for pair in "municipalities size=20|municipality by id" "municipalities country=FR size=20|municipality by id" \
      "partnerships size=20|partnership by id" "partnerships state=DE-TH size=20|partnership by id" \
      "partners of Jena size=20|partnership by id" "events size=20|event by id" "events municipality=Jena|event by id" \
      "series size=20|event by id" "news size=20|news by id" "news municipality=Jena|news by id"; do
    list="${pair%%|*}"; base="${pair#*|}"
    r="$(ratio "$(col "$list" direct 4)" "$(col "$base" direct 4)")"
    printf '  %-38s %5s x %-20s %s\n' "$list" "$r" "$base" "$(verdict "$r" 0.5 '>=')"
  done
  p95="$(col "GeoJSON state=DE-TH" gateway 6)"
  echo "GeoJSON of one German state, p95 through the gateway (<= 200 ms): ${p95:-?} ms, $(verdict "$p95" 200 '<=')"
  whole="$(col "GeoJSON whole registry" direct 9)"
  fewer="$(ratio 4000000 "${whole:-0}")"
  echo "Whole registry's bytes on the wire, 4 MB before (>= 5x fewer): ${whole:-?} bytes gzipped, ${fewer}x fewer, $(verdict "$fewer" 5 '>=')"
  share="$(col "municipality by id" gateway 11 | tr -d '%')"
  echo "Through the gateway, GET by id at saturation (>= 80 % of direct): ${share:-?} % (reads.sh), $(verdict "$share" 80 '>=')"
  for run in cheap partnership; do
    if [ "$run" = cheap ]; then overhead="$overhead_cheap"; what="a municipality"; else overhead="$overhead_partnership"; what="a partnership"; fi
    gshare="$(sed -n "s/.*-> \([0-9.]*\)% of direct (median of the rounds' ratios).*/\1/p" <<< "$overhead" | tail -1)"
    added="$(sed -n 's/.*added by the gateway.*p99 \([0-9.]*\) ms/\1/p' <<< "$overhead" | tail -1)"
    echo "  gateway-overhead.sh, GET $what by id: ${gshare:-?} % of direct, $(verdict "$gshare" 80 '>='); added p99 at 300 req/s (<= 2 ms): ${added:-?} ms, $(verdict "$added" 2 '<=')"
    # The yardsticks of the same rounds, when installed: what a proxy that only proxies keeps.
    sed -n 's/^  yardstick \([^,]*\), same rounds: [0-9.]* req\/s -> \([0-9.]*% of direct\).*/    yardstick \1: \2/p' <<< "$overhead"
  done
  ref="$(new_lines reference | sed -n 's/.*-> \([0-9.]*\)x (median.*/\1/p' | tail -1)"
  echo "GET by id against the Quarkus reference (>= 1.2x): ${ref:+${ref}x, }$(verdict "$ref" 1.2 '>=')"
  echo "Start to first answer (<= 2000 ms) and RSS after load (<= 250 MB) as the load ends, then settled, per application and variant:"
  new_lines startup | awk '$2 ~ /^(jdk17|jdk25|tuned|plain)$/ && $3 ~ /^[0-9]+$/ {
      printf "  %-13s %-6s %6d ms %-8s %4d MB %-8s settled %4d MB %s\n", $1, $2, $3, ($3 <= 2000 ? "met" : "NOT met"),
             $4, ($4 <= 250 ? "met" : "NOT met"), $5, ($5 <= 250 ? "met" : "NOT met") }'
  imports="$(new_lines imports)"
  echo "Memory of partnerships-service during the largest import (a bound that does not grow with the registry):"
  awk '/memory of partnerships-service during this import/ {again = 1}
       /samples, rows/ { sub(/^ +/, ""); print "  " (again ? "the same file on a registry twice as large: " : "first import: ") $0 }
       /highest resident since start/ { sub(/^ +/, ""); print "  " $0 }' <<< "$imports"
  search="$(new_lines news-search | sed -n 's/^p95: \([0-9.]*\) ms/\1/p' | tail -1)"
  echo "News search over 1M items, p95 (<= 50 ms; shared_buffers $(psql -h "${TT_DB_HOST:-127.0.0.1}" -U "${TT_DB_USER:-postgres}" -tAc 'SHOW shared_buffers' 2>/dev/null)): ${search:-not run} ms, $(verdict "$search" 50 '<=')"
  echo
} | tee -a "$SUMMARY"
