#!/usr/bin/env bash
# Imports at scale, as jobs (issue 19): the European Wikidata twinning snapshot of about 25,000 pairs
# in one file, imported through the gateway on top of the Destatis list, into a registry of its own.
#
#   ./mvnw -q package -DskipTests -Dcompose.validate.skip -pl partnerships-service,gateway -am
#   bench/imports.sh [FILE] [PRESET]     (defaults: data/wikidata-sistercities-europe-2017.tsv, wikidata-2017)
#
# It starts partnerships-service (port 9381, database bench_imports, made afresh) and the gateway
# (port 9380) of this checkout, then measures and checks:
#   1. the Destatis list, then the twinning file: the gateway's answer time for each POST (a job is
#      queued, so it must be immediate), the job's duration and rows per second, its outcomes and
#      figures: the share of rows with a German side that matched a German place, and the share of
#      German place names matched to an AGS;
#   2. every German-side row that did not match has a reason in the report;
#   3. the same file again: nothing created (rows, municipalities and partnerships counted in the
#      database before and after);
#   4. on a fresh registry (partnerships-service restarted on an empty database, the Destatis list
#      imported), the same file twice at once and a dry run beside them: every POST answered 202, no
#      5xx, each job ends in a documented state (SUCCEEDED), nothing doubled;
#   5. partnerships-service's memory during and after the twinning import, the largest, and during the
#      same file again (the registry then twice as large: what the import holds of the registry shows as
#      the difference): every BENCH_MEMORY_EVERY seconds (default 2) a full collection is forced (jcmd
#      GC.run), then the heap still in use (what the service holds at that moment: jstat), its resident
#      memory (/proc) and the job's progress are read; the live heap against the rows done (fitted by
#      least squares) says what the import holds per row of the file.
# Both applications run with the JVM options and environment bin/platform gives them (heap ceiling,
# serial collector; docs/operations.md "Memory and start-up"). Results are written to
# bench/results/imports-<date>.txt. Run it on an otherwise idle machine.
# BENCH_EXTRA_PLACES=N adds N made-up municipalities of a country of their own to the registry before the first
# twinning import: the same work on a registry that much larger, to see whether what the import holds grows with it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FILE="${1:-$ROOT/data/wikidata-sistercities-europe-2017.tsv}"
PRESET="${2:-wikidata-2017}"
DB=bench_imports
GATEWAY=9380 PARTNERSHIPS=9381
OUT="$ROOT/bench/results/imports-$(date -u +%Y-%m-%d).txt"
WORK="$(mktemp -d)"
export PGHOST="${TT_DB_HOST:-127.0.0.1}" PGPORT="${TT_DB_PORT:-5432}" PGUSER="${TT_DB_USER:-postgres}"
source "$ROOT/bench/lib.sh"
needs jq psql:postgresql-client jstat:openjdk-17-jdk-headless
# jvm_options, FOOTPRINT_ENV and TT_JAVA: the applications are run as bin/platform runs them.
source "$ROOT/bin/platform" --source-only
[ -f "$FILE" ] || { echo "no file $FILE" >&2; exit 1; }
for app in partnerships-service gateway; do
  [ -f "$ROOT/$app/target/quarkus-app/quarkus-run.jar" ] || { sed -n '5,6p' "$0"; exit 1; }
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -z "${BENCH_KEEP_LOGS:-}" ] || cp "$WORK"/*.log "$BENCH_KEEP_LOGS"/ 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Tokens: the dev-only key pair of this checkout (bin/platform token), accepted in the profile local.
"$ROOT/bin/platform" token --role admin --minutes 120 > "$WORK/admin.token"
TOKEN="$(cat "$WORK/admin.token")"
common=(QUARKUS_PROFILE=local MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/.run/jwt/public.pem"
  GATEWAY_PORT=$GATEWAY PARTNERSHIPS_PORT=$PARTNERSHIPS PARTNERSHIPS_URL="http://127.0.0.1:$PARTNERSHIPS"
  TT_PUBLIC_BASE_URL="http://127.0.0.1:$GATEWAY" TT_RATE_LIMIT_AUTHENTICATED=100000000)

until_ready() {
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.5
  done
  echo "port $1 did not get ready"; tail -30 "$WORK"/*.log; exit 1
}

# launch APP [VAR=value...]: the application in the background as bin/platform starts it, from its
# jar's directory (where its class-data archive or AOT cache lies); its output goes to stdout.
launch() {
  local app="$1" jar
  shift
  jar="$(jar_of "$app")"
  # shellcheck disable=SC2046
  (cd "$(dirname "$jar")" && exec env "${common[@]}" "$@" "${FOOTPRINT_ENV[@]}" "$TT_JAVA" $(jvm_options "$app") \
    -jar quarkus-run.jar) 2>&1 < /dev/null &
}

# partnerships-service on an empty database of its own; its pid in $partnerships.
fresh_partnerships() {
  [ -z "${partnerships:-}" ] || { kill "$partnerships"; wait "$partnerships" 2>/dev/null || true; }
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" 2>/dev/null
  launch partnerships TT_DB_NAME=$DB >> "$WORK/partnerships.log"
  partnerships=$!
  pids+=($partnerships)
  until_ready $PARTNERSHIPS
}

fresh_partnerships
launch gateway > "$WORK/gateway.log"
pids+=($!)
until_ready $GATEWAY

sql() { psql -d $DB -Atqc "$1"; }
counts() { sql "select (select count(*) from municipality) || ' municipalities, ' || (select count(*) from partnership) || ' partnerships'"; }

# POSTs a file through the gateway; prints "<http code> <seconds>" and leaves the job's path in $WORK/$3.path.
post() {
  local path="$1" file="$2" name="$3" type="$4" answer
  answer="$(curl -sS -o "$WORK/$name.json" -D "$WORK/$name.headers" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: $type; charset=UTF-8" --data-binary "@$file" \
    "http://127.0.0.1:$GATEWAY/api/v1/imports/$path")"
  [ "${answer%% *}" = 202 ] || { echo "POST $path answered $answer: $(head -c 1000 "$WORK/$name.json")" >&2; exit 1; }
  tr -d '\r' < "$WORK/$name.headers" | sed -n 's/^[Ll]ocation: *//p' | sed 's|^[a-z]*://[^/]*||' > "$WORK/$name.path"
  echo "$answer"
}

# Waits (through the gateway, Prefer: wait=10) until the job ends; prints its final representation.
finish() {
  local job state
  job="http://127.0.0.1:$GATEWAY$(cat "$WORK/$1.path")"
  while :; do
    curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Prefer: wait=10' "$job" > "$WORK/$1.job" \
      || { echo "GET $job failed" >&2; exit 1; }
    state="$(jq -r .state "$WORK/$1.job")"
    case "$state" in SUCCEEDED|FAILED) cat "$WORK/$1.job"; return ;; esac
  done
}

report() { echo "$*" | tee -a "$WORK/result.txt"; }

# Memory of partnerships-service, sampled until the file $WORK/memory.stop exists, one line per sample:
# "seconds rows-done live-heap-KB resident-KB". Live heap: every space's use after a
# forced full collection (jstat -gc: S0U + S1U + EU + OU); resident: VmRSS.
sample_memory() {
  local t0=$SECONDS rows_done
  rm -f "$WORK/memory.stop"
  while [ ! -f "$WORK/memory.stop" ]; do
    rows_done="$(sql "select coalesce(max(rows_done), 0) from import_job where state = 'RUNNING'")"
    echo "$((SECONDS - t0)) $rows_done $(memory_now)"
    sleep "${BENCH_MEMORY_EVERY:-2}"
  done
}
# One sample now: "live-heap-KB resident-KB", the live heap read after a forced full collection.
memory_now() {
  jcmd "$partnerships" GC.run > /dev/null
  echo "$(jstat -gc "$partnerships" | awk 'NR == 2 {printf "%d", $3 + $4 + $6 + $8}') $(awk '/^VmRSS/ {print $2}' "/proc/$partnerships/status")"
}
# watch_memory NAME: samples partnerships-service's memory into $WORK/NAME.memory until unwatch_memory.
watch_memory() {
  sample_memory > "$WORK/$1.memory" &
  sampler=$!
}
unwatch_memory() {
  touch "$WORK/memory.stop"
  wait "$sampler"
}
# memory_report NAME: the samples of NAME as lines of the report.
memory_report() {
  awk -v rows="$rows" '
    NF == 4 && $2 > 0 { n++; p[n] = $2; live[n] = $3; sx += $2; sy += $3; sxx += $2 * $2; sxy += $2 * $3
              if ($3 > maxlive) maxlive = $3; if (n == 1 || $3 < minlive) minlive = $3; if ($4 > maxrss) maxrss = $4 }
    END {
      if (n < 2 || n * sxx == sx * sx) { print "      too few samples with rows done"; exit }
      slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
      printf "      %d samples, rows %d to %d of the file: live heap %.0f-%.0f MB (first %.0f, last %.0f), resident at most %.0f MB\n", n, p[1], p[n], minlive / 1024, maxlive / 1024, live[1] / 1024, live[n] / 1024, maxrss / 1024
      printf "      live heap against the rows done (least squares): %+.0f KB per 1,000 rows, %+.1f MB over the file\n", slope * 1000, slope * rows / 1024
    }' "$WORK/$1.memory" | tee -a "$WORK/result.txt"
  report "      samples (seconds, rows done, live heap KB, resident KB): $(tr '\n' ';' < "$WORK/$1.memory")"
}

# A finished job's wall time, startedAt to finishedAt (durationMillis is the import's own work).
wall() {
  jq -r 'def t: capture("^(?<s>[^.Z]+)(?<f>\\.[0-9]+)?Z$") | ((.s + "Z") | fromdate) + ((.f // "0") | tonumber);
    "\((((.finishedAt | t) - (.startedAt | t)) * 1000 | round)) ms"' <<<"$1" 2>/dev/null || echo "?"
}

report "# bench/imports.sh, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo '+changes')"
report "# $(nproc) cores; file $(basename "$FILE") ($(($(wc -l < "$FILE") - 1)) rows), preset $PRESET"

answer="$(post destatis-municipalities "$ROOT/data/destatis-gemeindeverzeichnis-2020.csv" destatis text/csv)"
destatis="$(finish destatis)"
report "destatis: POST answered $answer s; job $(jq -r .state <<<"$destatis") in $(jq -r .durationMillis <<<"$destatis") ms;" \
  "outcomes $(jq -c .outcomes <<<"$destatis")"

if [ "${BENCH_EXTRA_PLACES:-0}" -gt 0 ]; then
  # Places in a country of their own ("XA", a code ISO 3166 leaves to users), with made-up names of 6 to 13
  # letters: no row of the file can match them or be a slip from them, so the import does the same work, on a
  # registry that much larger. Written straight to the table: the feed does not hear of them.
  sql "insert into municipality (id, slug, name, kind, country_code, created_at, updated_at, version, search_key)
    select gen_random_uuid(), 'bench-extra-' || i, n, 'MUNICIPALITY', 'XA', now(), now(), 0, lower(n)
    from generate_series(1, $BENCH_EXTRA_PLACES) i,
      lateral (select initcap(translate(substr(md5(i::text), 1, 6 + i % 8), '0123456789', 'ghijklmnop')) as n) x"
  report "extra places: $BENCH_EXTRA_PLACES made-up municipalities in XA (BENCH_EXTRA_PLACES); registry $(counts)"
fi
read -r live_before rss_before <<<"$(memory_now)"
watch_memory first
answer="$(post "twinnings?preset=$PRESET" "$FILE" first text/tab-separated-values)"
first="$(finish first)"
unwatch_memory
rows="$(jq -r .progress.rowsTotal <<<"$first")" ms="$(jq -r .durationMillis <<<"$first")"
report "twinnings, first import: POST answered $answer s (code, seconds through the gateway)"
report "  job $(jq -r .state <<<"$first"): $rows rows in $ms ms = $((rows * 1000 / (ms > 0 ? ms : 1))) rows/s" \
  "(the import's work); the job from start to end (finishedAt is stamped in the import's transaction, as it commits): $(wall "$first")"
report "  outcomes $(jq -c .outcomes <<<"$first")"
report "  figures $(jq -c .figures <<<"$first")"
report "  registry: $(counts)"
job="$(jq -r .id <<<"$first")"
unexplained="$(sql "select count(*) from import_job, jsonb_array_elements(details) d where id = '$job'
  and d->>'outcome' = 'FAILED' and coalesce(d->>'reason', '') = ''")"
report "  failed rows without a reason: $unexplained"
sleep 10
read -r live_after rss_after <<<"$(memory_now)"
report "  memory of partnerships-service (java $("$TT_JAVA" -version 2>&1 | awk -F'"' 'NR == 1 {print $2}'), $(jvm_options partnerships)):"
report "    before the import: live heap $((live_before / 1024)) MB, resident $((rss_before / 1024)) MB"
report "    during the import (one sample each ${BENCH_MEMORY_EVERY:-2} s, a full collection before each):"
memory_report first
report "    10 s after the import: live heap $((live_after / 1024)) MB, resident $((rss_after / 1024)) MB;" \
  "highest resident since start (VmHWM) $(awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$partnerships/status") MB"

before="$(counts)"
watch_memory again
answer="$(post "twinnings?preset=$PRESET" "$FILE" again text/tab-separated-values)"
again="$(finish again)"
unwatch_memory
report "twinnings, same file again: POST $answer s; job $(jq -r .state <<<"$again") in $(jq -r .durationMillis <<<"$again") ms;" \
  "outcomes $(jq -c .outcomes <<<"$again") $(jq -c '.problem // empty' <<<"$again")"
report "  registry before $before; after $(counts)"
report "  memory of partnerships-service during this import, on the registry the first one filled:"
memory_report again

# Two imports and a dry run of the same file at once, on a registry that has only the Destatis list.
fresh_partnerships
post destatis-municipalities "$ROOT/data/destatis-gemeindeverzeichnis-2020.csv" destatis2 text/csv > /dev/null
finish destatis2 > /dev/null
before="$(counts)"
racers=()
post "twinnings?preset=$PRESET" "$FILE" race1 text/tab-separated-values > "$WORK/race1.answer" & racers+=($!)
post "twinnings?preset=$PRESET" "$FILE" race2 text/tab-separated-values > "$WORK/race2.answer" & racers+=($!)
post "twinnings?preset=$PRESET&dryRun=true" "$FILE" race3 text/tab-separated-values > "$WORK/race3.answer" & racers+=($!)
wait "${racers[@]}"
report "three at once on a fresh registry (Destatis list only): two imports and a dry run of the same file"
for r in race1 race2 race3; do
  job="$(finish "$r")"
  report "  $r: POST $(cat "$WORK/$r.answer") s; job $(jq -r .state <<<"$job") (dryRun $(jq -r .dryRun <<<"$job"))," \
    "started to finished $(wall "$job"); outcomes $(jq -c .outcomes <<<"$job") $(jq -c '.problem // empty' <<<"$job")"
done
report "  registry before $before; after $(counts)"
errors="$(grep -c '" 5[0-9][0-9] ' "$WORK/gateway.log" || true)"
report "5xx answers in the gateway's access log: $errors"

mkdir -p "$(dirname "$OUT")"
{ cat "$WORK/result.txt"; echo; } >> "$OUT"
echo "results appended to $OUT"
