#!/usr/bin/env bash
# An earlier build of one service against this one, side by side on the same data in one run: the reads
# of issue 21's lists (GET by id, lists of 20, filtered lists) as requests per second, and each list as a
# ratio to GET by id of the same build.
#
#   bench/service-ab.sh partnerships|events|news BEFORE_CHECKOUT [seconds-per-measurement] [rounds]
#
#   e.g. git worktree add /tmp/before <commit>
#        (cd /tmp/before && ./mvnw -q -pl api-commons,partnerships-service package -DskipTests)
#        bench/service-ab.sh partnerships /tmp/before 5 4
#
# Needs wrk and the running platform (TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up), which migrates
# and fills the database. Both builds are started here, alike, with the environment and JVM options
# bin/platform gives the service, against the same database, which they only read and do not migrate
# (an older build may lack a migration the newer one applied; the extra columns and triggers are nothing
# to its reads): "before" from BEFORE_CHECKOUT on port 9000 + the service's port, "after" from this
# checkout's build on port 10000 + it. The platform's own service is not measured: it has run the demo
# import and the platform's start, and a JVM's compiled code is shaped by what it ran (on 2026-12-06 the
# platform's partnerships-service answered GET by id at 0.94x of a freshly started copy of an older build
# in two runs, and at 1.01-1.13x measured by hand once both had warmed up, docs/benchmarks.md). A before
# build that cannot read the newer schema (a column whose type a
# migration changed, which Hibernate's validation refuses) reads a copy of the database in its own
# schema, named by BEFORE_DB (docs/benchmarks.md, "Reads", shows how one was made). Both are warmed
# up (BENCH_WARMUP seconds per read and build, default 60: the JIT keeps making GET by id faster for
# about a minute on two cores), then measured in ROUNDS rounds, the builds alternating in an order
# that flips each round. Medians over the rounds; the ratio of a list is
# the median of the rounds' ratios to GET by id of the same build. Appended to
# bench/results/service-ab-<date>.txt. BENCH_READS, an extended regular expression, keeps the reads
# whose names match it (the GET by id each ratio needs is always kept): BENCH_READS='by id' measures
# only the two GETs by id. With BEFORE_CHECKOUT this checkout itself, the run is an A/A check of the
# harness: both sides should read 1.00x within the spread. BEFORE_JAVA_OPTS and AFTER_JAVA_OPTS add JVM
# options to one side only (after JAVA_OPTS, so a later option wins): with this checkout on both sides they
# weigh a JVM setting on the same build, e.g.
#   AFTER_JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/service-ab.sh partnerships . 5 4
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICE="${1:?partnerships, events or news}"
BEFORE="$(cd "${2:?BEFORE_CHECKOUT}" && pwd)"
SECONDS_EACH="${3:-5}"
ROUNDS="${4:-4}"
WARMUP="${BENCH_WARMUP:-60}"
OUT="$ROOT/bench/results/service-ab-$(date -u +%Y-%m-%d).txt"
source "$ROOT/bench/lib.sh"
needs wrk jq
source "$ROOT/bin/platform" --source-only
case "$SERVICE" in
  partnerships|events|news) ;;
  *) echo "no such service: $SERVICE (partnerships, events or news)" >&2; exit 1 ;;
esac
PORT="$(port_of "$SERVICE")"
BEFORE_URL="http://127.0.0.1:$((9000 + PORT - 8000))"
AFTER_URL="http://127.0.0.1:$((10000 + PORT - 8000))"
for checkout in "$BEFORE" "$ROOT"; do
  [ -f "$checkout/$SERVICE-service/target/quarkus-app/quarkus-run.jar" ] \
    || { echo "no packaged $SERVICE-service in $checkout" >&2; exit 1; }
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" \
  || { echo "the platform is not running (bin/platform up)" >&2; exit 1; }

HEAP="$(jvm_options "$SERVICE" | sed -n 's/.*\(-Xmx[0-9]*[mg]\).*/\1/p')"
LOGS=()
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; rm -f "${LOGS[@]}"' EXIT
# start CHECKOUT URL DATABASE [JVM options]: the checkout's build of the service, as bin/platform runs it, on the
# URL's port.
start() {
  # shellcheck disable=SC2086
  launch_app "$1/$SERVICE-service/target/quarkus-app" "$2/q/health/ready" env TT_DB_NAME="$3" \
    QUARKUS_HTTP_PORT="${2##*:}" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    TT_RATE_LIMIT_ANONYMOUS=100000000 QUARKUS_PROFILE="${QUARKUS_PROFILE:-local}" \
    $TT_JAVA -XX:+UseSerialGC $HEAP $FOOTPRINT_OPTIONS ${JAVA_OPTS:-} ${4:-} -jar quarkus-run.jar
}
start "$BEFORE" "$BEFORE_URL" "${BEFORE_DB:-$SERVICE}" "${BEFORE_JAVA_OPTS:-}"
start "$ROOT" "$AFTER_URL" "$SERVICE" "${AFTER_JAVA_OPTS:-}"

get() { curl -fs -H 'Accept: application/json' "$AFTER_URL$1"; }
# read|path; the first of each kind is its GET by id, the base of the ratios (base_of).
case "$SERVICE" in
  partnerships)
    JENA="$(get /api/v1/municipalities/by-ags/16053000 | jq -r .id)"
    PARTNERSHIP="$(get "/api/v1/partnerships?municipality=$JENA&size=1" | jq -r '.items[0].id')"
    CASES=(
      "partnership by id|/api/v1/partnerships/$PARTNERSHIP"
      "partnerships size=20|/api/v1/partnerships?size=20"
      "partnerships state=DE-TH size=20|/api/v1/partnerships?state=DE-TH&size=20"
      "partnerships country=PL size=20|/api/v1/partnerships?country=PL&size=20"
      "partnerships country=DE size=20|/api/v1/partnerships?country=DE&size=20"
      "partnerships country=DE&partnerCountry=FR|/api/v1/partnerships?country=DE&partnerCountry=FR&size=20"
      "municipality by id|/api/v1/municipalities/$JENA"
      "municipalities size=20|/api/v1/municipalities?size=20"
      "municipalities country=FR size=20|/api/v1/municipalities?country=FR&size=20"
    ) ;;
  events)
    EVENT="$(get '/api/v1/events?size=1' | jq -r '.items[0].id')"
    CASES=(
      "event by id|/api/v1/events/$EVENT"
      "events size=20|/api/v1/events?size=20"
      "events size=100|/api/v1/events?size=100"
    ) ;;
  news)
    NEWS="$(get '/api/v1/news?size=1' | jq -r '.items[0].id')"
    CASES=(
      "news by id|/api/v1/news/$NEWS"
      "news size=20|/api/v1/news?size=20"
      "news size=100|/api/v1/news?size=100"
    ) ;;
esac
if [ -n "${BENCH_READS:-}" ]; then
  KEPT=()
  for c in "${CASES[@]}"; do
    case "${c%%|*}" in *" by id") KEPT+=("$c") ;; *) grep -Eq -- "$BENCH_READS" <<< "${c%%|*}" && KEPT+=("$c") ;; esac
  done
  CASES=("${KEPT[@]}")
fi
base_of() { case "$1" in municipalit*) echo "municipality by id" ;; partnership*) echo "partnership by id" ;;
  event*) echo "event by id" ;; news*) echo "news by id" ;; esac; }
rps() { wrk -t2 -c16 -d"${2}s" --timeout 10s -H 'Accept: application/json' -H 'Accept-Encoding: gzip, br' "$1" \
  | awk '/Requests\/sec/ {print $2}'; }

for c in "${CASES[@]}"; do
  IFS='|' read -r name path <<< "$c"
  for url in "$BEFORE_URL" "$AFTER_URL"; do
    curl -fs -o /dev/null "$url$path" || { echo "not answered: $url$path" >&2; exit 1; }
  done
done
echo "warming up: ${WARMUP}s per read and build" >&2
for c in "${CASES[@]}"; do
  IFS='|' read -r name path <<< "$c"
  rps "$BEFORE_URL$path" "$WARMUP" > /dev/null
  rps "$AFTER_URL$path" "$WARMUP" > /dev/null
done
declare -A R
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r of $ROUNDS" >&2
  if [ $((r % 2)) -eq 1 ]; then order="before after"; else order="after before"; fi
  for c in "${CASES[@]}"; do
    IFS='|' read -r name path <<< "$c"
    for build in $order; do
      if [ "$build" = before ]; then url="$BEFORE_URL"; else url="$AFTER_URL"; fi
      R["$build|$name|$r"]="$(rps "$url$path" "$SECONDS_EACH")"
    done
  done
done
{
  echo "service-ab $SERVICE, $(date -u +%FT%TZ), $(nproc) cores; before $(git -C "$BEFORE" rev-parse --short HEAD)," \
    "after $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench/results' || echo +changes);" \
    "16 connections, $ROUNDS alternating rounds of ${SECONDS_EACH}s after ${WARMUP}s of warm-up"
  [ -z "${BEFORE_JAVA_OPTS:-}${AFTER_JAVA_OPTS:-}" ] \
    || echo "JVM options of one side only: before '${BEFORE_JAVA_OPTS:-}', after '${AFTER_JAVA_OPTS:-}'"
  printf '%-44s %10s %10s %8s %12s %12s\n' read "before/s" "after/s" after/bef "before vs id" "after vs id"
  for c in "${CASES[@]}"; do
    IFS='|' read -r name path <<< "$c"
    base="$(base_of "$name")"
    for build in before after; do
      declare "m_$build=$(for r in $(seq 1 "$ROUNDS"); do echo "${R[$build|$name|$r]}"; done | median)"
      declare "v_$build=$(for r in $(seq 1 "$ROUNDS"); do
        awk -v a="${R[$build|$name|$r]}" -v b="${R[$build|$base|$r]}" 'BEGIN {printf "%.3f\n", a / b}'; done | median)"
    done
    ratio="$(for r in $(seq 1 "$ROUNDS"); do
      awk -v a="${R[after|$name|$r]}" -v b="${R[before|$name|$r]}" 'BEGIN {printf "%.3f\n", a / b}'; done | median)"
    printf '%-44s %10.0f %10.0f %7.2fx %11.2fx %11.2fx\n' "$name" "$m_before" "$m_after" "$ratio" "$v_before" "$v_after"
  done
  echo
} | tee -a "$OUT"
