#!/bin/sh
# Usage: bench/json/read.sh BEFORE.jar AFTER.jar [runs] [map]
# Reads the million-node JSON map (/tmp/big1m/map.json, written by `networth generate` then
# `convert`) with two jars, alternately, `critical MAP --format json` each time, and prints the
# read phase (--timings), wall time and peak resident set of every run; compare the medians of one
# spell. The CSV pair of the same network is read by the second jar too, as the mark to reach.
# Outputs go to /tmp/json/.
set -e
before=$1; after=$2; runs=${3:-3}; map=${4:-/tmp/big1m/map.json}
mkdir -p /tmp/json
run() { # jar label map
  /usr/bin/time -f "$2 wall %e s, peak %M KiB" java -XX:+UseParallelGC -XX:InitialRAMPercentage=10 \
    -XX:MaxTenuringThreshold=0 ${JAVA_OPTS:--Xmx6g} -jar "$1" \
    --no-cache --timings critical "$3" --format json 2>&1 > /tmp/json/critical.json \
    | grep -E "timing: read|wall" | tr '\n' ' '
  echo
}
i=1
while [ "$i" -le "$runs" ]; do
  run "$before" "before json" "$map"
  run "$after" "after json" "$map"
  run "$after" "after csv" /tmp/big1m/csv
  i=$((i + 1))
done
