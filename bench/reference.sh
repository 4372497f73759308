#!/usr/bin/env bash
# GET by id of partnerships-service against the Quarkus team's reference CRUD application
# (quarkusio/spring-quarkus-perf-comparison, its quarkus3 app, GET /fruits/{name}), under the same
# load, on the same machine, in alternating rounds, after both have warmed up.
#
#   bench/reference.sh [round-seconds] [rounds]
#
# Needs wrk, the platform running with the demo data and the rate limit lifted
# (TT_RATE_LIMIT_ANONYMOUS=100000000 bin/platform up), and the reference application running at
# REF_URL (http://127.0.0.1:8090). The reference is not part of this repository: how to build and
# start it beside the platform is in docs/benchmarks.md ("Against the Quarkus reference").
#
# Both are warmed up together (WARMUP seconds, 120 by default, in 10 s turns: the reference kept
# getting faster for minutes), then measured in ROUNDS rounds of wrk with CONNECTIONS (16)
# connections, the order flipping each round. The result is the median of the rounds' ratios. It is
# appended to bench/results/reference-<date>.txt with the commit measured.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUND_SECONDS="${1:-10}"
ROUNDS="${2:-7}"
WARMUP="${BENCH_WARMUP:-120}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
REF_URL="${REF_URL:-http://127.0.0.1:8090}"
OURS="http://127.0.0.1:${PARTNERSHIPS_PORT:-8081}"
OUT="$ROOT/bench/results/reference-$(date -u +%Y-%m-%d).txt"
source "$ROOT/bench/lib.sh"
needs wrk
curl -fs -o /dev/null "$REF_URL/fruits/Apple" || { echo "the reference application does not answer at $REF_URL (docs/benchmarks.md)" >&2; exit 1; }
OURS_PATH="/api/v1/municipalities/$(curl -fs "$OURS/api/v1/municipalities/by-ags/16053000" | jq -r .id)"
curl -fs -o /dev/null "$OURS$OURS_PATH" || { echo "partnerships-service does not answer with the demo data (bin/platform up)" >&2; exit 1; }

run() { wrk -t2 -c"$CONNECTIONS" -d"${2}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
# shellcheck source=bench/lib.sh
echo "warming up both for ${WARMUP}s" >&2
for _ in $(seq 1 $(( WARMUP / 20 ))); do run "$OURS$OURS_PATH" 10 > /dev/null; run "$REF_URL/fruits/Apple" 10 > /dev/null; done
lines=()
ratios=()
ours_all=()
ref_all=()
for r in $(seq 1 "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then
    ours="$(run "$OURS$OURS_PATH" "$ROUND_SECONDS")"; ref="$(run "$REF_URL/fruits/Apple" "$ROUND_SECONDS")"
  else
    ref="$(run "$REF_URL/fruits/Apple" "$ROUND_SECONDS")"; ours="$(run "$OURS$OURS_PATH" "$ROUND_SECONDS")"
  fi
  ours_all+=("$ours"); ref_all+=("$ref")
  ratios+=("$(awk -v a="$ours" -v b="$ref" 'BEGIN {printf "%.3f", a / b}')")
  lines+=("  round $r: ours $ours, reference $ref req/s -> ${ratios[-1]}x")
  echo "${lines[-1]}" >&2
done
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
{
  echo "reference, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $commit; GET $OURS_PATH (partnerships-service, direct) against GET /fruits/Apple (quarkus3 reference); $CONNECTIONS connections, ${WARMUP}s warm-up, $ROUNDS alternating rounds of ${ROUND_SECONDS}s"
  echo "ours $(printf '%s\n' "${ours_all[@]}" | median) req/s, reference $(printf '%s\n' "${ref_all[@]}" | median) req/s (medians) -> $(printf '%s\n' "${ratios[@]}" | median)x (median of the rounds' ratios)"
  printf '%s\n' "${lines[@]}"
  echo
} | tee -a "$OUT"
