#!/usr/bin/env bash
# The open-data exports of a running platform: every file the DCAT-AP catalogue lists, downloaded through the
# gateway as is and gzip-compressed, in alternating rounds; bytes on the wire, seconds to the last byte (median
# of the rounds), and the independent checks of the end-to-end suite on each file (Python's csv module,
# @placemarkio/check-geojson, the jsonld package expanding it).
#
#   bin/platform up             # with the demo data
#   bench/exports.sh [ROUNDS]   # default 3; writes bench/results/exports-<date>.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-3}"
base="${TT_BASE_URL:-http://localhost:8080}"
out="bench/results/exports-$(date +%F).txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin/node-tool tsc --version >/dev/null   # installs node_modules when missing

curl -fsS "$base/api/v1/catalog" -o "$work/catalog.jsonld"
mapfile -t urls < <(node system-tests/src/test/node/open-data-check.mjs catalog "$work/catalog.jsonld" \
  | sed -n 's/^download: //p')

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
{
  echo "# $(git rev-parse --short HEAD) $(date -Is) $(nproc) cores; $base; $rounds rounds, median seconds to the last byte"
  printf '%-34s %12s %12s %7s %9s %9s  %s\n' file bytes gzip-bytes ratio seconds gzip-s check
  for url in "${urls[@]}"; do
    path="/${url#*://*/}"
    name="${path##*/}"
    plain=(); packed=()
    for _ in $(seq 1 "$rounds"); do
      plain+=("$(curl -fsS -o "$work/$name" -w '%{time_total}' "$base$path")")
      packed+=("$(curl -fsS -H 'Accept-Encoding: gzip' -o "$work/$name.gz" -w '%{time_total}' "$base$path")")
    done
    bytes=$(stat -c %s "$work/$name")
    gz=$(stat -c %s "$work/$name.gz")
    if gzip -t "$work/$name.gz" 2>/dev/null; then ratio=$(awk -v a="$bytes" -v b="$gz" 'BEGIN { printf "%.1f", a / b }'); else ratio="none"; fi
    dataset="${name%%.*}"
    case "$name" in
      *.csv)
        curl -fsS "$base$path-metadata.json" -o "$work/$name-metadata.json"
        check=$(python3 system-tests/src/test/python/open_data_csv.py "$work/$name" "$work/$name-metadata.json" | tail -1) ;;
      *.geojson)
        check=$(node system-tests/src/test/node/open-data-check.mjs geojson "$work/$name" | tail -1) ;;
      *)
        check=$(node system-tests/src/test/node/open-data-check.mjs jsonld "$work/$name" \
          system-tests/src/test/node/schema.org-context.jsonld | grep '^nodes:') ;;
    esac
    printf '%-34s %12s %12s %7s %9s %9s  %s\n' "$name" "$bytes" "$gz" "$ratio" \
      "$(printf '%s\n' "${plain[@]}" | median)" "$(printf '%s\n' "${packed[@]}" | median)" "${check##*/}"
  done
} | tee -a "$out"
