#!/usr/bin/env bash
# The contract fuzzer run long: ContractFuzzIT (system-tests) with REQUESTS generated requests per
# target instead of the build's 350. Targets are each service through the gateway and each service
# directly (partnerships, events, news: six targets of REQUESTS each), plus the gateway's own
# operation (the dossier) with a tenth of that. The IT starts the platform itself, as the build does:
# the four packaged applications on free ports, each service on a fresh database of its own on the
# PostgreSQL of PostgresSettings (127.0.0.1:5432 by default), tokens signed by the test key.
#
#   bench/fuzz.sh [requests-per-target] [seed]      (defaults: 10000, the IT's fixed seed)
#
# The requests are the same for the same seed and count: case <target>#<n> of a long run is case
# <target>#<n> of the build's run for n < 350. Figures (requests per target, statuses, p50/p99/max
# latency) and every failed case, grouped by class with reproducers, are written to
# bench/results/fuzz-<date>.txt with the commit measured. The script exits with the IT's status:
# non-zero when any answer failed a check (a 5xx, a hang, an error that is no problem+json, a leak).
# FUZZ_THREADS (default 4) requests are in flight at once. Packages the applications first (offline).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUESTS="${1:-10000}"
SEED="${2:-}"
OUT="$ROOT/bench/results/fuzz-$(date -u +%Y-%m-%d).txt"
# The IT's own report, with the list of every failed case, stays where the build puts it.
RAW="$ROOT/system-tests/target/e2e-logs/fuzz-report.txt"
LOG="$(mktemp)"
SINCE="$(mktemp)"
trap 'rm -f "$LOG" "$SINCE"' EXIT
cd "$ROOT"
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results' || echo +uncommitted)"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
./mvnw -B -o verify -pl system-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ContractFuzzIT -Dcompose.validate.skip -Dcontracts.lint.skip \
  -Dfuzz.requests="$REQUESTS" -Dfuzz.threads="${FUZZ_THREADS:-4}" ${SEED:+-Dfuzz.seed="$SEED"} \
  > "$LOG" 2>&1
status=$?
if [ ! -s "$RAW" ] || [ "$RAW" -ot "$SINCE" ]; then
  echo "the fuzz run wrote no report (exit $status); the end of the build log:" >&2
  tail -40 "$LOG" >&2
  exit 1
fi
{
  echo "contract fuzzing, $started to $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, commit $commit;" \
    "$REQUESTS requests per target, ${FUZZ_THREADS:-4} in flight"
  # The figures and the classes with their reproducers; the list of every failed case is in $RAW.
  tail -n +2 "$RAW" | grep -v '^   all cases: '
  echo
} >> "$OUT"
sed -n '1,/^failures by kind/p' "$RAW" | tail -n +2
echo "written to $OUT (exit $status)"
exit "$status"
