#!/usr/bin/env bash
# Two builds of networth measured turn about in the same spell, so that the load of a shared
# machine falls on both alike (see BENCHMARKS.md, "The server under load"). From the project's folder:
#   bench/server/paired.sh OTHER_FOLDER            # another checkout's ./networth against this one
#   bench/server/paired.sh OTHER_FOLDER THIS_FOLDER   # or against a third
# OTHER_FOLDER holds a built networth (e.g. a checkout of the commit to compare, or `git archive
# COMMIT | tar -x`, then `./networth --version` there to build it). ROUNDS (3) rounds, each
# one run.sh reads per build, the order swapped every round; RUNS, DURATION, MAPS, REQUESTS,
# ENCODING as run.sh takes them. Prints the medians of each build at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
other=$(cd "${1:?the folder of the other build}" && pwd)
this=$(cd "${2:-$root}" && pwd)
ROUNDS=${ROUNDS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  order="other this"
  if [ $((round % 2)) -eq 0 ]; then order="this other"; fi
  for build in $order; do
    launcher="$this/networth"
    if [ "$build" = other ]; then launcher="$other/networth"; fi
    echo "=== round $round: $build ($launcher)"
    RUNS=${RUNS:-1} NETWORTH=$launcher RESULTS="$out/$build" "$here/run.sh" reads
  done
done
for build in other this; do
  echo
  if [ "$build" = other ]; then echo "$other:"; else echo "$this:"; fi
  awk -f "$here/medians.awk" "$out/$build"
done
