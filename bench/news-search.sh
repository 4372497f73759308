#!/usr/bin/env bash
# Load test of GET /api/v1/news/search against the news_bench database (bench/news-generate.sh):
# starts the packaged news-service on port 18083, warms it up, runs wrk for 30 s at a fixed
# moderate rate and appends p50/p95/p99 to bench/results/news-search-<date>.txt.
#
# PostgreSQL's settings matter: with the Debian default shared_buffers of 128 MB every match read is
# copied in from the operating system's cache. PostgreSQL's manual advises 25% of the memory
# (ALTER SYSTEM SET shared_buffers = '4GB'; then restart the cluster). The run records the value.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-18083}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
export BENCH_DELAY_MS="${BENCH_DELAY_MS:-100}"
JAR=news-service/target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests -Dcompose.validate.skip -pl news-service -am
fi
mkdir -p bench/results
export BENCH_OUT="bench/results/news-search-$(date +%Y-%m-%d).txt"

# The bench schema was made by psql from the same migrations: Flyway takes it as baseline (the newest
# migration news-generate.sh applied; migrations added since then are applied on start).
BASELINE="${BENCH_BASELINE:-$(ls news-service/src/main/resources/db/migration | sed -n 's/^V\([0-9]*\)__.*/\1/p' | sort -n | tail -1)}"
TT_DB_NAME=news_bench NEWS_PORT="$PORT" QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true QUARKUS_FLYWAY_BASELINE_VERSION="$BASELINE" \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false NEWS_PUBLISH_DUE_EVERY=off \
  java -jar "$JAR" > bench/results/news-service-bench.log 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true' EXIT
# Up to ten minutes: a migration added since the archive was made may rebuild its search indexes.
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
  kill -0 "$SERVICE" 2>/dev/null || { tail -20 bench/results/news-service-bench.log; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null

# Each run is appended to the day's file.
{
  echo
  echo "news search load test, $(date -Iseconds)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d" " -f1-3 /proc/loadavg) before the run; items: $(psql -h "${TT_DB_HOST:-127.0.0.1}" -U "${TT_DB_USER:-postgres}" -d news_bench -tAc 'SELECT count(*) FROM news_item')"
  echo "postgresql: shared_buffers $(psql -h "${TT_DB_HOST:-127.0.0.1}" -U "${TT_DB_USER:-postgres}" -d news_bench -tAc 'SHOW shared_buffers'); news.search.candidates ${NEWS_SEARCH_CANDIDATES:-1000}"
  echo "wrk: $CONNECTIONS connections, ${BENCH_DELAY_MS} ms pause per connection between requests, 30 s (after 15 s warm-up)"
} >> "$BENCH_OUT"
# Warm-up (JIT, connection pool, PostgreSQL cache); its numbers are discarded.
BENCH_OUT=/dev/null wrk -t2 -c"$CONNECTIONS" -d15s -s bench/news-search.lua "http://127.0.0.1:$PORT" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d30s --latency -s bench/news-search.lua "http://127.0.0.1:$PORT" | tee -a "$BENCH_OUT.wrk"
tail -9 "$BENCH_OUT"
