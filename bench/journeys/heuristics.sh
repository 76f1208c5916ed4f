#!/usr/bin/env sh
# Measures `networth journeys` on synthetic journeys: generates N journeys (default 10,000,000,
# about 60 million touchpoints) in ChannelAttribution's path format, gzipped, then times the
# heuristics (first, last, linear touch) and position-based credit over them in one process with a
# heap of at most 4 GiB, and prints the time, the peak resident memory and the rows per second.
#
# Usage: bench/journeys/heuristics.sh [N] [DIR]     (run from the repository root)
#   N    journeys to generate (default 10000000)
#   DIR  where the data goes (default target/bench-journeys; about 80 bytes a journey gzipped)
# The generator: networth.journeys.synthetic.SyntheticJourneys (same seed, same file).
set -e
n=${1:-10000000}
dir=${2:-target/bench-journeys}
mkdir -p "$dir"
./networth --help >/dev/null  # builds the jar if the sources changed
jar=cli/target/networth.jar
data="$dir/paths-$n.csv.gz"
if [ ! -f "$data" ]; then
  echo "generating $n journeys into $data" >&2
  java -Xmx1g -cp "$jar" networth.journeys.synthetic.SyntheticJourneys "$n" "$data" paths 1
fi
ls -l "$data" >&2
start=$(date +%s.%N)
JAVA_OPTS="-Xmx4g" /usr/bin/time -v ./networth journeys "$data" --model all --format csv \
  >"$dir/credits-$n.csv" 2>"$dir/time-$n.txt" || { cat "$dir/time-$n.txt" >&2; exit 1; }
end=$(date +%s.%N)
cat "$dir/credits-$n.csv"
grep -E "Elapsed|Maximum resident" "$dir/time-$n.txt"
awk -v n="$n" -v s="$start" -v e="$end" \
  'BEGIN { printf "%d journeys in %.1f s: %.0f rows a second\n", n, e - s, n / (e - s) }'
