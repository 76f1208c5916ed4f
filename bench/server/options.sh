#!/usr/bin/env bash
# One build of networth served with several JVM options, turn about, in the same spell: how the
# thread pool and the connection pool were sized (see BENCHMARKS.md, "The server under load").
# From the project's folder:
#   bench/server/options.sh "-Dnetworth.server.threads=8" "-Dnetworth.server.threads=16" ""
# Each argument is one JAVA_OPTS ("" for the defaults). ROUNDS (2) rounds, each one run.sh reads
# per argument, the order turned every round; NETWORTH (this folder's ./networth) the build;
# RUNS, DURATION, WARMUP, MAPS, REQUESTS, ENCODING as run.sh takes them. Prints the medians of
# each at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || { echo "give one or more JAVA_OPTS, \"\" for the defaults" >&2; exit 2; }
ROUNDS=${ROUNDS:-2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
options=("$@")
for round in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $((${#options[@]} - 1))); do
    i=$(((k + round - 1) % ${#options[@]}))
    echo "=== round $round: JAVA_OPTS='${options[$i]}'"
    RUNS=${RUNS:-1} JAVA_OPTS="${options[$i]}" RESULTS="$out/$i" "$here/run.sh" reads
  done
done
for i in $(seq 0 $((${#options[@]} - 1))); do
  echo
  echo "JAVA_OPTS='${options[$i]}':"
  awk -f "$here/medians.awk" "$out/$i"
done
