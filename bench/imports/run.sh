#!/usr/bin/env bash
# 10,000 LinkedIn connections: the importer alone, then the whole `networth import` into a new map
# and into the seed example (see BENCHMARKS.md, "Importing a LinkedIn export"). From the project's
# folder:
#   bench/imports/run.sh               # 10,000 rows, 7 runs of each command
#   ROWS=50000 RUNS=5 bench/imports/run.sh
# Needs python3 and GNU time (/usr/bin/time). Prints each run's wall time, and the medians of the
# wall and CPU times.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ROWS=${ROWS:-10000}
RUNS=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/linkedin-connections.py" "$ROWS" "$work/Connections.csv" 1
echo "Connections.csv: $ROWS rows, $(wc -c < "$work/Connections.csv") bytes"
"$root/networth" --version > /dev/null 2>&1 || true # builds the jar when the sources changed

echo "== the importer alone (one JVM, 20 reads, the first 10 warm it up)"
java -cp "$root/cli/target/networth.jar" "$here/ImportTiming.java" linkedin 20 10 \
  "$work/Connections.csv" | tail -n 1

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

timed() { # label, a set-up, then a command run RUNS times after the set-up; prints the medians of
  # its wall time and of its CPU time (user + system: on a machine shared with other work, the
  # wall time is mostly waiting for a core)
  local label=$1 setup=$2
  shift 2
  : > "$work/times"
  for _ in $(seq 1 "$RUNS"); do
    eval "$setup"
    /usr/bin/time -f '%e %U %S' -a -o "$work/times" "$@" > "$work/out" 2> "$work/err" \
      || { cat "$work/err"; exit 1; }
  done
  echo "$label: wall $(cut -d' ' -f1 < "$work/times" | tr '\n' ' ')s;" \
    "median wall $(cut -d' ' -f1 < "$work/times" | median) s," \
    "median CPU $(awk '{ print $2 + $3 }' < "$work/times" | median) s"
}

echo "== networth import, a new JVM each run"
timed "into a new map" 'rm -f "$work/new.netmap"' \
  "$root/networth" import linkedin "$work/Connections.csv" --into "$work/new.netmap"
tail -n 4 "$work/out"
timed "into the seed example" 'cp "$root/examples/power-of-the-network.netmap" "$work/seed.netmap"' \
  "$root/networth" import linkedin "$work/Connections.csv" --into "$work/seed.netmap"
tail -n 4 "$work/out"
timed "again, nothing new" ':' \
  "$root/networth" import linkedin "$work/Connections.csv" --into "$work/seed.netmap"
tail -n 4 "$work/out"
