#!/usr/bin/env bash
# Builds of the platform, or settings of one build, compared side by side in one run: start-up time
# and memory of each application, and throughput and latency of a GET by id, directly on
# partnerships-service and through the gateway. Made for the Quarkus upgrade (an older checkout
# against this one) and for the cost of tracing (this build with OpenTelemetry off, on for every
# request, and on for a share of them).
#
#   bench/platform-variants.sh LABEL=CHECKOUT[,VAR=VALUE...] [LABEL=CHECKOUT[,VAR=VALUE...] ...]
#
#   e.g. git worktree add /tmp/before <commit> && (cd /tmp/before && ./mvnw -q package -DskipTests)
#        ./mvnw -q package -DskipTests
#        bench/platform-variants.sh before=/tmp/before after=. \
#          "traced=.,OTEL_SDK_DISABLED=false,OTEL_TRACES_SAMPLER_ARG=1.0"
#
# Each CHECKOUT must hold the packaged applications (*/target/quarkus-app). Each variant runs its
# four applications on ports of its own (9080-9083 for the first, 9180-9183 for the second, ...),
# each against databases of its own (bench_<n>_partnerships, bench_<n>_events, bench_<n>_news for
# variant n, made afresh: an older build refuses a schema a newer one has migrated), with the
# VAR=VALUE settings in their environment. Tracing variants export over OTLP/HTTP to a sink on
# 127.0.0.1:4318 that this script starts (bench/otlp-sink.py): it takes and discards the spans, so
# what is measured is what tracing costs the applications, not a collector.
#
# 1. Start-up: each application of each variant started alone, BENCH_START_ROUNDS times (default 3),
#    variants alternating; the time from launching the JVM to its first answer (/q/health/live), and
#    Quarkus's own "started in" figure. Medians.
# 2. Load: all variants running; each warmed up (BENCH_WARMUP seconds per path, default 30), then
#    BENCH_ROUNDS rounds (default 5) of BENCH_SECONDS (default 6) per variant and path, variants
#    alternating within each round: saturation (wrk, 32 connections, requests/s) and a fixed rate
#    (BENCH_RATE requests/s, default 300, 8 connections; p50 and p99). Medians over the rounds, and
#    every variant's throughput as a ratio to the first variant's, the median of the rounds' ratios.
#    Errors are answers other than 2xx/3xx and failed requests, both kinds of load together.
#    Each service's connection pool is BENCH_POOL_SIZE (default 12), the same for every variant, so
#    that all of them fit into one PostgreSQL's 100 connections.
# 3. Memory: each application's resident set size after the load.
# Results are appended to bench/results/platform-variants-<date>.txt with the commit of each checkout.
# Run it on an otherwise idle machine: a build beside it moves the figures by tens of percent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,30p' "$0"; exit 2; }
source "$ROOT/bench/lib.sh"
needs wrk psql:postgresql-client
START_ROUNDS="${BENCH_START_ROUNDS:-3}"
ROUNDS="${BENCH_ROUNDS:-5}"
SECONDS_PER="${BENCH_SECONDS:-6}"
WARMUP="${BENCH_WARMUP:-30}"
RATE="${BENCH_RATE:-300}"
OUT="$ROOT/bench/results/platform-variants-$(date -u +%Y-%m-%d).txt"
WORK="$(mktemp -d)"
SERVICES=(partnerships events news gateway)
export PGHOST="${TT_DB_HOST:-127.0.0.1}" PGPORT="${TT_DB_PORT:-5432}" PGUSER="${TT_DB_USER:-postgres}"

labels=() dirs=() envs=()
for spec in "$@"; do
  label="${spec%%=*}" rest="${spec#*=}"
  dir="${rest%%,*}"
  extra=""
  [ "$rest" != "$dir" ] && extra="${rest#*,}"
  dir="$(cd "$dir" && pwd)"
  for s in "${SERVICES[@]}"; do
    jar="$dir/$([ "$s" = gateway ] && echo gateway || echo "$s-service")/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || { echo "$jar is missing: package $dir first (./mvnw package -DskipTests)" >&2; exit 1; }
  done
  labels+=("$label") dirs+=("$dir") envs+=("$extra")
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Tokens: the dev-only key pair of this checkout (bin/platform token), accepted in the profile local.
"$ROOT/bin/platform" token --role admin > "$WORK/admin.token"
for v in "${!labels[@]}"; do
  for db in "bench_${v}_partnerships" "bench_${v}_events" "bench_${v}_news"; do
    psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  done
done
python3 "$ROOT/bench/otlp-sink.py" 4318 > "$WORK/sink.log" 2>&1 &
pids+=($!)

port() { # variant index, service
  local base=$((9080 + 100 * $1))
  case "$2" in gateway) echo "$base" ;; partnerships) echo $((base + 1)) ;; events) echo $((base + 2)) ;; news) echo $((base + 3)) ;; esac
}
jar() { echo "${dirs[$1]}/$([ "$2" = gateway ] && echo gateway || echo "$2-service")/target/quarkus-app/quarkus-run.jar"; }

# Starts one application of variant $1 in the background; its pid in $launched.
launch() {
  local v="$1" s="$2" log="$3"
  local -a env=(QUARKUS_PROFILE=local
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/.run/jwt/public.pem"
    GATEWAY_PORT="$(port "$v" gateway)" PARTNERSHIPS_PORT="$(port "$v" partnerships)"
    EVENTS_PORT="$(port "$v" events)" NEWS_PORT="$(port "$v" news)"
    PARTNERSHIPS_URL="http://127.0.0.1:$(port "$v" partnerships)"
    EVENTS_URL="http://127.0.0.1:$(port "$v" events)" NEWS_URL="http://127.0.0.1:$(port "$v" news)"
    TT_RATE_LIMIT_ANONYMOUS=100000000 TT_RATE_LIMIT_AUTHENTICATED=100000000
    OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf
    # Every variant's services share one PostgreSQL (max_connections 100 by default): at Agroal's
    # default of 20 per pool, four variants' pools exhausted it and the last variant's reads failed.
    QUARKUS_DATASOURCE_JDBC_MAX_SIZE="${BENCH_POOL_SIZE:-12}")
  [ "$s" != gateway ] && env+=(TT_DB_NAME="bench_${v}_$s")
  if [ -n "${envs[$v]}" ]; then
    IFS=',' read -r -a extra <<<"${envs[$v]}"
    env+=("${extra[@]}")
  fi
  env "${env[@]}" java ${JAVA_OPTS:-} -jar "$(jar "$v" "$s")" > "$log" 2>&1 < /dev/null &
  launched=$!
}

# Milliseconds from now until $1 answers 200, polling every 20 ms (at most 120 s).
until_answered() {
  local url="$1" t0 now
  t0="$(date +%s%N)"
  while ! curl -fs -o /dev/null --max-time 1 "$url"; do
    now="$(date +%s%N)"
    [ $(((now - t0) / 1000000)) -lt 120000 ] || { echo "timeout"; return; }
    sleep 0.02
  done
  now="$(date +%s%N)"
  echo $(((now - t0) / 1000000))
}
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# --- 1. Start-up, each application alone -------------------------------------------------------
echo "start-up: $START_ROUNDS rounds ..." >&2
: > "$WORK/startup"
for r in $(seq 1 "$START_ROUNDS"); do
  for v in "${!labels[@]}"; do
    for s in "${SERVICES[@]}"; do
      log="$WORK/start-$v-$s.log"
      launch "$v" "$s" "$log"
      ms="$(until_answered "http://127.0.0.1:$(port "$v" "$s")/q/health/live")"
      quarkus="$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$log" | head -1)"
      echo "$v $s $ms ${quarkus:-?}" >> "$WORK/startup"
      kill "$launched"; wait "$launched" 2>/dev/null || true
    done
  done
done

# --- 2. Load, all variants running ----------------------------------------------------------------
declare -A app_pid
for v in "${!labels[@]}"; do
  for s in "${SERVICES[@]}"; do
    launch "$v" "$s" "$WORK/run-$v-$s.log"
    pids+=("$launched")
    app_pid[$v,$s]="$launched"
  done
done
for v in "${!labels[@]}"; do
  for s in "${SERVICES[@]}"; do
    [ "$(until_answered "http://127.0.0.1:$(port "$v" "$s")/q/health/ready")" != timeout ] \
      || { echo "${labels[$v]} $s did not get ready:"; tail -20 "$WORK/run-$v-$s.log"; exit 1; }
  done
done
# One municipality per variant, read by id: the service's cheapest read, so that everything around it shows.
declare -A path_under_test
for v in "${!labels[@]}"; do
  answer="$(curl -sS -w '\n%{http_code}' -X POST -H "Authorization: Bearer $(cat "$WORK/admin.token")" \
    -H 'Content-Type: application/json' \
    -d '{"name": "Jena", "kind": "CITY", "country": "DE", "coordinates": {"latitude": 50.927, "longitude": 11.586},
         "otherNames": [{"name": "Iena", "language": "it", "kind": "EXONYM"}]}' \
    "http://127.0.0.1:$(port "$v" partnerships)/api/v1/municipalities" || true)"
  id="$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$answer" | head -1)"
  [ "$(tail -1 <<<"$answer")" = 201 ] && [ -n "$id" ] \
    || { echo "${labels[$v]}: could not create the municipality under test: $answer" >&2; exit 1; }
  path_under_test[$v]="/api/v1/municipalities/$id"
done
PATH_UNDER_TEST="/api/v1/municipalities/{id}"

LUA="$WORK/paced.lua"
cat > "$LUA" <<LUA
local delay_ms = math.floor(1000 * 8 / ${RATE})
function delay() return delay_ms end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.2f p99_ms=%.2f errors=%d\\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
url() { echo "http://127.0.0.1:$(port "$1" "$([ "$2" = direct ] && echo partnerships || echo gateway)")${path_under_test[$1]}"; }
# Requests/s, and the number of answers that were not 2xx or 3xx (wrk prints that line only when there are any).
saturate() { wrk -t2 -c32 -d"${SECONDS_PER}s" "$1" | awk '/Requests\/sec/ {rps = $2} /Non-2xx/ {bad = $NF} END {print rps, bad + 0}'; }
paced() { wrk -t2 -c8 -d"${SECONDS_PER}s" -s "$LUA" "$1" | grep '^p50_ms'; }

echo "warm-up ..." >&2
for v in "${!labels[@]}"; do
  for path in direct gateway; do wrk -t2 -c32 -d"${WARMUP}s" "$(url "$v" "$path")" > /dev/null; done
done
echo "load: $ROUNDS rounds ..." >&2
: > "$WORK/load"
for r in $(seq 1 "$ROUNDS"); do
  for v in "${!labels[@]}"; do
    for path in direct gateway; do
      read -r rps bad <<<"$(saturate "$(url "$v" "$path")")"
      lat="$(paced "$(url "$v" "$path")")"
      echo "$r $v $path $rps $(sed -n 's/p50_ms=\([0-9.]*\) p99_ms=\([0-9.]*\) errors=\([0-9]*\)/\1 \2 \3/p' <<<"$lat") $bad" >> "$WORK/load"
    done
  done
done

# --- 3. Memory after the load ---------------------------------------------------------------------
: > "$WORK/rss"
for v in "${!labels[@]}"; do
  for s in "${SERVICES[@]}"; do
    echo "$v $s $(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/${app_pid[$v,$s]}/status")" >> "$WORK/rss"
  done
done

# --- Report -----------------------------------------------------------------------------------------
{
  echo "platform variants, $(date -u +%FT%TZ), $(nproc) cores; GET by id ($PATH_UNDER_TEST)"
  for v in "${!labels[@]}"; do
    echo "  [$v] ${labels[$v]}: $(git -C "${dirs[$v]}" rev-parse --short HEAD 2>/dev/null || echo "?")$(git -C "${dirs[$v]}" diff --quiet 2>/dev/null || echo "+uncommitted"), Quarkus $(ls "${dirs[$v]}/partnerships-service/target/quarkus-app/lib/main" | sed -n 's/^io\.quarkus\.quarkus-core-\([0-9.]*\)\.jar$/\1/p')${envs[$v]:+, ${envs[$v]}}"
  done
  echo "start-up, each application alone, medians of $START_ROUNDS rounds: ms to the first answer (Quarkus's \"started in\" s); RSS after the load, MB"
  printf '  %-14s' variant; for s in "${SERVICES[@]}"; do printf '%-26s' "$s"; done; echo
  for v in "${!labels[@]}"; do
    printf '  %-14s' "${labels[$v]}"
    for s in "${SERVICES[@]}"; do
      ms="$(awk -v v="$v" -v s="$s" '$1 == v && $2 == s {print $3}' "$WORK/startup" | median)"
      qs="$(awk -v v="$v" -v s="$s" '$1 == v && $2 == s {print $4}' "$WORK/startup" | median)"
      mb="$(awk -v v="$v" -v s="$s" '$1 == v && $2 == s {print $3}' "$WORK/rss")"
      printf '%-26s' "$ms ms ($qs s), $mb MB"
    done
    echo
  done
  echo "GET by id, $ROUNDS alternating rounds of ${SECONDS_PER}s: saturation (32 connections) req/s, and at ~${RATE} req/s (8 connections) p50/p99 ms; medians"
  for path in direct gateway; do
    for v in "${!labels[@]}"; do
      col() { awk -v v="$v" -v p="$path" -v c="$1" '$2 == v && $3 == p {print $c}' "$WORK/load" | median; }
      ratio="$(awk -v v="$v" -v p="$path" '$3 == p && $2 == 0 {base[$1] = $4} $3 == p && $2 == v {mine[$1] = $4}
        END {for (r in mine) if (base[r] > 0) print mine[r] / base[r]}' "$WORK/load" | median)"
      printf '  %-8s %-14s %9s req/s (%s of %s)   p50 %s ms, p99 %s ms, errors %s\n' "$path" "${labels[$v]}" "$(col 4)" \
        "$(awk -v x="$ratio" 'BEGIN {printf "%.1f%%", 100 * x}')" "${labels[0]}" "$(col 5)" "$(col 6)" \
        "$(awk -v v="$v" -v p="$path" '$2 == v && $3 == p {e += $7 + $8} END {print e + 0}' "$WORK/load")"
    done
  done
  echo "  rounds (round variant path req/s p50 p99 errors-at-fixed-rate non-2xx-at-saturation):"
  sed 's/^/    /' "$WORK/load"
  echo "  spans received by the sink: $(tail -1 "$WORK/sink.log" 2>/dev/null || echo none)"
  echo
} | tee -a "$OUT"
