#!/usr/bin/env bash
# The million-node network's targets, paired with igraph in one spell (see BENCHMARKS.md, "In
# every form"): RUNS rounds (default 5), each running igraph's load + dominator tree, `critical`
# from the CSV pair, the .netmap and the JSON, and `attribute --model linear` from each, one whole
# process after another (each round in its own shuffled order, the same from one call to the
# next), so that a noisy machine slows every row alike. Prints every run and the medians. Needs the network in $DATA (bench/large/run.sh generates it) and python3-igraph.
#   RUNS=5 DATA=/tmp/networth-large bench/large/paired.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-5}
DATA=${DATA:-/tmp/networth-large}
export JAVA_OPTS=${JAVA_OPTS:--Xmx6g}
nw="$root/networth"
"$nw" --version > /dev/null 2>&1 || true # builds the jar when the sources changed
out=$(mktemp)
trap 'rm -f "$out" "$out.t"' EXIT
rows=("igraph" "critical csv" "critical map.netmap" "critical map.json" "attribute csv"
  "attribute map.netmap" "attribute map.json")
for round in $(seq 0 $((RUNS - 1))); do
  # Each round in an order of its own: what ran just before a run changes it (BENCHMARKS.md), and
  # an order only turned a row further keeps each row after the same one.
  for k in $(python3 -c "import random; r = list(range(${#rows[@]})); random.Random($round).shuffle(r); print(*r)"); do
    row=${rows[$k]}
    set -- $row
    case $1 in
      igraph) cmd=(/usr/bin/python3 "$root/bench/reference/dominators.py" "$DATA/csv" igraph) ;;
      critical) cmd=("$nw" --no-cache critical "$DATA/$2" --format json) ;;
      *) cmd=("$nw" --no-cache attribute "$DATA/$2" --model linear --format json) ;;
    esac
    /usr/bin/time -f '%e %M' -o "$out.t" "${cmd[@]}" > /dev/null 2>&1
    echo "$row|$(cat "$out.t")" >> "$out"
  done
done
python3 - "$out" <<'PY'
import collections, statistics, sys
wall, rss = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    row, value = line.strip().split('|')
    w, r = value.split()
    wall[row].append(float(w))
    rss[row].append(int(r))
for row in wall:
    print(f"{row:22} wall {' '.join(map(str, wall[row]))} s, median {statistics.median(wall[row])} s,"
          f" peak RSS median {int(statistics.median(rss[row]) // 1024)} MB")
PY
