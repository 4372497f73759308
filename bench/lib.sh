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
