#!/usr/bin/env bash
# The million-node network in every form, whole process, beside igraph (see BENCHMARKS.md, "The
# million-node network in every form"). From the project's folder:
#   bench/large/run.sh                 # 3 runs of each row
#   RUNS=5 DATA=/tmp/networth-large bench/large/run.sh
# Generates the network once into $DATA (csv/, map.netmap, map.json; about 1 GB), then times each
# command as a whole process with GNU time (/usr/bin/time): wall seconds and peak resident memory.
# The igraph row needs Debian's python3-igraph (`apt-get install python3-igraph`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-3}
DATA=${DATA:-/tmp/networth-large}
nw="$root/networth"
export JAVA_OPTS=${JAVA_OPTS:--Xmx6g}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$nw" --version > /dev/null 2>&1 || true # builds the jar when the sources changed
if [ ! -f "$DATA/map.json" ]; then
  "$nw" generate --people 1000000 --links 5000000 --opportunities 100000 -o "$DATA/csv/"
  "$nw" convert "$DATA/csv" -o "$DATA/map.netmap"
  "$nw" convert "$DATA/csv" -o "$DATA/map.json"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

timed() { # label, then the command; RUNS runs; prints every run and the medians
  local label=$1
  shift
  : > "$work/times"
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f '%e %M' -a -o "$work/times" "$@" > /dev/null 2> "$work/err" \
      || { cat "$work/err"; exit 1; }
  done
  printf '%-58s wall %s s (median %s s), peak RSS median %s MB\n' "$label" \
    "$(cut -d' ' -f1 < "$work/times" | tr '\n' ' ')" \
    "$(cut -d' ' -f1 < "$work/times" | median)" \
    "$(cut -d' ' -f2 < "$work/times" | median | awk '{ printf "%d", $1 / 1024 }')"
}

if /usr/bin/python3 -c 'import igraph' 2> /dev/null; then
  timed "igraph: load the CSV pair + dominator tree" \
    /usr/bin/python3 "$root/bench/reference/dominators.py" "$DATA/csv" igraph
fi
for form in csv map.netmap map.json; do
  timed "critical $form --format json (no snapshot)" \
    "$nw" --no-cache critical "$DATA/$form" --format json
done
for form in csv map.netmap map.json; do
  timed "attribute $form --model linear --format json (no snapshot)" \
    "$nw" --no-cache attribute "$DATA/$form" --model linear --format json
done
timed "convert the CSV pair to .netmap" "$nw" --no-cache convert "$DATA/csv" -o "$work/m.netmap"
timed "convert the .netmap to JSON" "$nw" --no-cache convert "$DATA/map.netmap" -o "$work/m.json"
timed "convert the .netmap to a CSV pair" "$nw" --no-cache convert "$DATA/map.netmap" -o "$work/pair/"
cp "$DATA/map.netmap" "$work/fmt.netmap"
timed "fmt the .netmap" "$nw" --no-cache fmt "$work/fmt.netmap"

# The snapshot: the first run writes it, the next ones read it.
export NETWORTH_CACHE_DIR="$work/cache"
for form in csv map.netmap; do
  rm -rf "$NETWORTH_CACHE_DIR"
  RUNS_SAVED=$RUNS RUNS=1
  timed "critical $form, first run (writes the snapshot)" "$nw" critical "$DATA/$form" --format json
  RUNS=$RUNS_SAVED
  timed "critical $form, later runs (from the snapshot)" "$nw" critical "$DATA/$form" --format json
done
