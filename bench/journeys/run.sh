#!/usr/bin/env bash
# Measures `networth journeys` on synthetic journeys: generates N journeys (default 10,000,000,
# about 60 million touchpoints) in ChannelAttribution's path format, gzipped, then times each model
# over them, each in its own process with a heap of at most 4 GiB, and prints the time, the peak
# resident memory and the rows a second.
#
# Usage: bench/journeys/run.sh [N] [DIR]     (run from the repository root)
#   N    journeys to generate (default 10000000)
#   DIR  where the data goes (default target/bench-journeys; about 80 bytes a journey gzipped)
#   MODELS (environment) the runs, separated by '|' (default: heuristics, Markov order 1 and 2)
# The generator: networth.journeys.synthetic.SyntheticJourneys (same seed, same file).
set -euo pipefail
n=${1:-10000000}
dir=${2:-target/bench-journeys}
models=${MODELS:-"--model heuristics|--model markov --order 1|--model markov --order 2"}
mkdir -p "$dir"
./networth --help >/dev/null  # builds the jar if the sources changed
jar=cli/target/networth.jar
data="$dir/paths-$n.csv.gz"
if [ ! -f "$data" ]; then
  echo "generating $n journeys into $data" >&2
  java -Xmx1g -cp "$jar" networth.journeys.synthetic.SyntheticJourneys "$n" "$data" paths 1
fi
ls -l "$data" >&2
IFS='|' read -ra runs <<< "$models"
for run in "${runs[@]}"; do
  read -ra args <<< "$run"
  start=$(date +%s.%N)
  JAVA_OPTS="-Xmx4g" /usr/bin/time -v ./networth journeys "$data" "${args[@]}" --format csv \
    >"$dir/credits-$n.csv" 2>"$dir/time-$n.txt" || { cat "$dir/time-$n.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "== networth journeys FILE $run"
  head -3 "$dir/credits-$n.csv"
  grep -E "Maximum resident" "$dir/time-$n.txt"
  awk -v n="$n" -v s="$start" -v e="$end" \
    'BEGIN { printf "%d journeys in %.1f s: %.0f rows a second\n", n, e - s, n / (e - s) }'
done
