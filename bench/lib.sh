# Shared by the bench/ scripts: source it.

# The median of the numbers on standard input, one per line.
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
# Stops the benchmark, naming the package to install, when a command it runs is missing; COMMAND:PACKAGE
# where the two differ: needs wrk jq psql:postgresql-client
needs() {
  local spec
  for spec in "$@"; do
    command -v "${spec%%:*}" >/dev/null || { echo "${spec%%:*} is missing (apt-get install ${spec#*:})" >&2; exit 1; }
  done
}
# launch_app DIR READY_URL COMMAND...: COMMAND run from DIR in the background, its output in a temporary file,
# until READY_URL answers (at most 60 s); its pid is appended to the caller's PIDS and the file to its LOGS
# (the caller's EXIT trap stops and removes them). If it does not get ready, its output is shown and the
# benchmark stops.
launch_app() {
  local dir="$1" ready="$2" log
  shift 2
  log="$(mktemp)"
  LOGS+=("$log")
  (cd "$dir" && exec "$@") > "$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 300); do curl -fs -o /dev/null "$ready" && return; sleep 0.2; done
  cat "$log" >&2
  echo "the application in $dir did not start" >&2
  exit 1
}
# thread_cpu PID: the CPU time (ms, user + system) a JVM has spent so far, as "main jit other". main is the
# thread that runs Quarkus's start (named java); jit the C1 and C2 compiler threads; other the rest (GC,
# pools, event loops). On two cores the compilers' share competes with the start itself.
thread_cpu() {
  local hz; hz="$(getconf CLK_TCK)"
  cat /proc/"$1"/task/*/stat 2>/dev/null | awk -v hz="$hz" '{
      name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) .*/, "", name)
      rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
      t = (f[12] + f[13]) * 1000 / hz
      if (name == "java") main += t; else if (name ~ /^C[12] CompilerThre/) jit += t; else other += t }
    END { printf "%d %d %d", main, jit, other }'
}
