#!/bin/sh
# Usage: bench/json/paired.sh BEFORE.jar AFTER.jar [runs]
# Runs the JSON measurements alternately with two jars on the million-node network
# (/tmp/big1m, written by `networth generate` then `convert`), printing wall time and peak
# resident set of each run; compare medians of the same spell. Outputs go to /tmp/json/.
set -e
before=$1; after=$2; runs=${3:-3}
mkdir -p /tmp/json
run() { # jar label args...
  jar=$1; label=$2; shift 2
  JAVA_OPTS=${JAVA_OPTS:--Xmx6g} /usr/bin/time -f "$label %e s %M KiB" java -XX:+UseParallelGC \
    -XX:InitialRAMPercentage=10 -XX:MaxTenuringThreshold=0 ${JAVA_OPTS:--Xmx6g} -jar "$jar" "$@" \
    > /tmp/json/out 2>> /tmp/json/timings
}
i=1
while [ "$i" -le "$runs" ]; do
  for j in "$before" "$after"; do
    run "$j" "check json $j" check /tmp/big1m/map.json
    run "$j" "attribute json $j" --timings attribute --model linear /tmp/big1m/csv --format json
    rm -f /tmp/json/m.json
    run "$j" "convert json $j" convert /tmp/big1m/csv -o /tmp/json/m.json
  done
  i=$((i + 1))
done
grep -E " s [0-9]+ KiB|timing: output" /tmp/json/timings
