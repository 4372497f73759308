#!/usr/bin/env bash
# Creates the database news_bench (dropping an old one), applies the news-service migrations and
# loads ROWS (default 1,000,000) realistic news items. Usage: bench/news-generate.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
PSQL=(psql -h "${TT_DB_HOST:-127.0.0.1}" -p "${TT_DB_PORT:-5432}" -U "${TT_DB_USER:-postgres}" -v ON_ERROR_STOP=1 -q)
DB="${BENCH_DB:-news_bench}"
mkdir -p bench/results
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
# In their versions' order, as Flyway applies them (a glob puts V10 and V11 before V2).
for migration in $(printf '%s\n' news-service/src/main/resources/db/migration/V*.sql | sort -V); do
  "${PSQL[@]}" -d "$DB" -f "$migration"
done
"${PSQL[@]}" -d "$DB" -f bench/news-generate-prepare.sql
# Chunks of 50,000 items, PARALLEL at a time (tsvector generation is CPU-bound).
PARALLEL="${PARALLEL:-$(nproc)}"
CHUNK=50000
first=1
while [ "$first" -le "$ROWS" ]; do
  last=$(( first + CHUNK - 1 )); [ "$last" -gt "$ROWS" ] && last="$ROWS"
  "${PSQL[@]}" -d "$DB" -v first="$first" -v last="$last" -v rows="$ROWS" -f bench/news-generate.sql &
  while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do wait -n; done
  first=$(( last + 1 ))
done
wait
"${PSQL[@]}" -d "$DB" -f bench/news-generate-finish.sql
"${PSQL[@]}" -d "$DB" -tAc "SELECT status, count(*) FROM news_item GROUP BY status ORDER BY status"
