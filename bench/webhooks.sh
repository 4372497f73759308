#!/usr/bin/env bash
# Webhooks under load (issue 20): the time from a write's answer to its signed webhook arriving at a
# local receiver, the write throughput with webhooks on and off side by side, and a receiver that is
# down for a while: every event still arrives, none twice.
#
#   ./mvnw -q package -DskipTests -Dcompose.validate.skip -pl partnerships-service,webhooks-service,gateway -am
#   bench/webhooks.sh [ROUNDS]        (default 2 rounds of off/on)
#
# It starts partnerships-service (9481), webhooks-service (9484) and the gateway (9480) of this checkout
# on databases of their own, and the end-to-end suite's receiver (system-tests/src/test/node/
# webhook-receiver.mjs: it verifies every signature with the standardwebhooks package). Writes are
# municipality creates through the gateway (bench/webhook-load.mjs), 8 at a time.
#   1. Throughput: ROUNDS alternating rounds of 600 writes without a subscription (off) and with one
#      subscription to every type (on); writes/s of each round and the ratio on/off.
#   2. Latency: 20 writes/s for 30 s with the subscription; per write, the receiver's arrival time minus
#      the write's answer time; p50, p90, p99, max.
#   3. Outage: the receiver is stopped, 200 writes are made, it comes back after 15 s; every write's
#      event arrives, verified, and no webhook-id is accepted twice. webhooks-service retries on the
#      schedule 0s,1s,2s,5s,10s,20s,30s,60s here (the default is Standard Webhooks' one, over a day).
# Results are written to bench/results/webhooks-<date>.txt. Run it on an otherwise idle machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-2}"
GATEWAY=9480 PARTNERSHIPS=9481 WEBHOOKS=9484 RECEIVER=9499
OUT="$ROOT/bench/results/webhooks-$(date -u +%Y-%m-%d).txt"
WORK="$(mktemp -d)"
export PGHOST="${TT_DB_HOST:-127.0.0.1}" PGPORT="${TT_DB_PORT:-5432}" PGUSER="${TT_DB_USER:-postgres}"
source "$ROOT/bench/lib.sh"
needs jq psql:postgresql-client node:nodejs
for app in partnerships-service webhooks-service gateway; do
  [ -f "$ROOT/$app/target/quarkus-app/quarkus-run.jar" ] || { sed -n '5,6p' "$0"; exit 1; }
done
[ -d "$ROOT/node_modules/standardwebhooks" ] || (cd "$ROOT" && npm ci --ignore-scripts --no-audit --no-fund)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$ROOT/bin/platform" token --role admin --minutes 120 > "$WORK/admin.token"
TOKEN="$(cat "$WORK/admin.token")"
common=(QUARKUS_PROFILE=local MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/.run/jwt/public.pem"
  GATEWAY_PORT=$GATEWAY PARTNERSHIPS_PORT=$PARTNERSHIPS WEBHOOKS_PORT=$WEBHOOKS
  PARTNERSHIPS_URL="http://127.0.0.1:$PARTNERSHIPS" WEBHOOKS_URL="http://127.0.0.1:$WEBHOOKS"
  EVENTS_URL="http://127.0.0.1:9" NEWS_URL="http://127.0.0.1:9"
  TT_PUBLIC_BASE_URL="http://127.0.0.1:$GATEWAY" TT_RATE_LIMIT_AUTHENTICATED=100000000
  WEBHOOKS_ALLOW_HOSTS=127.0.0.1 WEBHOOKS_RETRY_SCHEDULE=0s,1s,2s,5s,10s,20s,30s,60s)

until_ready() {
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.5
  done
  echo "port $1 did not get ready"; tail -30 "$WORK"/*.log; exit 1
}
start() {
  local name="$1" jar="$2" db="${3:-}"
  if [ -n "$db" ]; then
    psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" 2>/dev/null
  fi
  env "${common[@]}" ${db:+TT_DB_NAME=$db} java ${JAVA_OPTS:-} -jar "$ROOT/$jar/target/quarkus-app/quarkus-run.jar" \
    > "$WORK/$name.log" 2>&1 < /dev/null &
  pids+=($!)
}
start partnerships partnerships-service bench_webhooks_partnerships
until_ready $PARTNERSHIPS
start webhooks webhooks-service bench_webhooks_webhooks
start gateway gateway
until_ready $WEBHOOKS
until_ready $GATEWAY
receiver_up() {
  node "$ROOT/system-tests/src/test/node/webhook-receiver.mjs" --port $RECEIVER >> "$WORK/receiver.log" 2>&1 &
  receiver=$!
  pids+=($receiver)
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$RECEIVER/control/deliveries" && return 0; sleep 0.2; done
  echo "the receiver did not start"; cat "$WORK/receiver.log"; exit 1
}
receiver_up
api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
load() { node "$ROOT/bench/webhook-load.mjs" --url "http://127.0.0.1:$GATEWAY" --token "$TOKEN" "$@"; }

subscription=""
subscribe() {
  api -X POST "http://127.0.0.1:$GATEWAY/api/v1/webhooks" \
    -d "{\"url\": \"http://127.0.0.1:$RECEIVER/bench\", \"types\": [\"*\"]}" > "$WORK/subscription.json"
  subscription="$(jq -r .id "$WORK/subscription.json")"
  curl -fsS -X PUT "http://127.0.0.1:$RECEIVER/control/secrets" \
    -d "{\"secrets\": [\"$(jq -r .secret "$WORK/subscription.json")\"]}"
}
unsubscribe() {
  local etag
  etag="$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$GATEWAY/api/v1/webhooks/$subscription" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p')"
  api -X DELETE -H "If-Match: $etag" "http://127.0.0.1:$GATEWAY/api/v1/webhooks/$subscription"
}
# Waits until the receiver has as many accepted deliveries as there are ids in file $1 (or 120 s).
await_deliveries() {
  local want have
  want="$(wc -l < "$1")"
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$RECEIVER/control/deliveries" > "$WORK/deliveries.json"
    have="$(jq --slurpfile ids <(jq -R . "$1") '[.[] | select(.answered == 204) | .subject] | unique
      | map(select(. as $s | $ids | index($s))) | length' "$WORK/deliveries.json")"
    [ "$have" -ge "$want" ] && return 0
    sleep 0.2
  done
  echo "only $have of $want writes arrived" >&2
}

load --count 200 --concurrency 8 > /dev/null   # warm-up
{
  echo "# bench/webhooks.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "## 1. Write throughput, webhooks off and on (600 municipality creates through the gateway, 8 at a time)"
} > "$OUT"
offs=() ons=()
for round in $(seq 1 "$ROUNDS"); do
  off="$(load --count 600 --concurrency 8 | tail -1 | jq .perSecond)"
  subscribe
  load --count 600 --concurrency 8 > "$WORK/on.jsonl"
  on="$(tail -1 "$WORK/on.jsonl" | jq .perSecond)"
  head -n -1 "$WORK/on.jsonl" | jq -r .id > "$WORK/on.ids"
  await_deliveries "$WORK/on.ids"
  unsubscribe
  curl -fsS -X DELETE "http://127.0.0.1:$RECEIVER/control/deliveries"
  offs+=("$off") ons+=("$on")
  printf 'round %d: off %.0f writes/s, on %.0f writes/s, on/off %.2f\n' "$round" "$off" "$on" \
    "$(echo "$on / $off" | bc -l)" | tee -a "$OUT"
done

echo >> "$OUT"
echo "## 2. From a write's answer to its signed webhook (20 writes/s for 30 s, subscription to every type)" >> "$OUT"
subscribe
load --count 600 --concurrency 8 --rate 20 > "$WORK/steady.jsonl"
head -n -1 "$WORK/steady.jsonl" | jq -r .id > "$WORK/steady.ids"
await_deliveries "$WORK/steady.ids"
jq -s --slurpfile d "$WORK/deliveries.json" '
  [.[] | select(.id) ] as $writes
  | ($d[0] | map(select(.answered == 204)) | map({key: .subject, value: .receivedAt}) | from_entries) as $arrived
  | [$writes[] | select($arrived[.id]) | ($arrived[.id] - .answeredAt)] | sort as $l
  | {writes: ($writes | length), arrived: ($l | length),
     p50: $l[(($l|length) * 0.5 | floor)], p90: $l[(($l|length) * 0.9 | floor)],
     p99: $l[(($l|length) * 0.99 | floor)], max: $l[-1],
     verified: ($d[0] | all(.verified))}' "$WORK/steady.jsonl" \
  | jq -r '"writes \(.writes), arrived \(.arrived), all signatures verified: \(.verified)\nms from answer to arrival: p50 \(.p50), p90 \(.p90), p99 \(.p99), max \(.max)"' \
  | tee -a "$OUT"
curl -fsS -X DELETE "http://127.0.0.1:$RECEIVER/control/deliveries"

echo >> "$OUT"
echo "## 3. Receiver down for 15 s during 200 writes, then back" >> "$OUT"
kill "$receiver"; wait "$receiver" 2>/dev/null || true
load --count 200 --concurrency 8 > "$WORK/outage.jsonl"
head -n -1 "$WORK/outage.jsonl" | jq -r .id > "$WORK/outage.ids"
sleep 15
receiver_up
curl -fsS -X PUT "http://127.0.0.1:$RECEIVER/control/secrets" \
  -d "{\"secrets\": [\"$(jq -r .secret "$WORK/subscription.json")\"]}"
started=$(date +%s)
await_deliveries "$WORK/outage.ids"
jq --slurpfile ids <(jq -R . "$WORK/outage.ids") --arg took "$(( $(date +%s) - started ))" '
  [.[] | select(.answered == 204)] as $ok
  | {writes: ($ids | length), arrived: ([$ok[].subject] | unique | map(select(. as $s | $ids | index($s))) | length),
     accepted: ($ok | length), distinct: ([$ok[].webhookId] | unique | length), verified: all(.verified), took: $took}
  | "writes \(.writes), arrived after the outage \(.arrived) (within \(.took) s of the receiver coming back)\naccepted deliveries \(.accepted), distinct webhook-ids \(.distinct): \(if .accepted == .distinct then "none twice" else "REPEATS" end); all verified: \(.verified)"' \
  -r "$WORK/deliveries.json" | tee -a "$OUT"
echo >> "$OUT"
echo "Written to $OUT"
