#!/usr/bin/env bash
# CPU time of the build with the JIT's first tier only (.mvn/jvm.config, -Dtt.test.jvm-options) against the
# JVM's default tiers, in alternating rounds: A = defaults, B = first tier only. "user" and "sys" are CPU seconds
# of Maven and every JVM it forks; on a busy machine they move far less than the wall time does.
#
#   bench/build-jit.sh [ROUNDS]    (default 2; writes bench/results/build-jit-<date>.txt)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-2}"
out="bench/results/build-jit-$(date +%F).txt"
echo "# $(git rev-parse --short HEAD) $(date -Is) $(nproc) cores; A = JVM defaults, B = -XX:TieredStopAtLevel=1" >> "$out"
for round in $(seq 1 "$rounds"); do
  for variant in A B; do
    if [ "$variant" = A ]; then jit="-XX:TieredStopAtLevel=4"; else jit="-XX:TieredStopAtLevel=1"; fi
    rm -rf partnerships-service/target events-service/target
    MAVEN_OPTS="$jit" /usr/bin/time -f "$variant round $round: package (compile + Quarkus build) wall %e s user %U s sys %S s" \
      -a -o "$out" ./mvnw -B -o package -pl partnerships-service,events-service -DskipTests >/dev/null 2>&1
    /usr/bin/time -f "$variant round $round: events-service tests wall %e s user %U s sys %S s" \
      -a -o "$out" ./mvnw -B -o verify -pl events-service "-Dtt.test.jvm-options=$jit" >/dev/null 2>&1 || true
  done
done
cat "$out"
