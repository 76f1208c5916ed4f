#!/usr/bin/env sh
# Usage: bench/snapshot/first-and-second.sh BEFORE.jar AFTER.jar MAP... 
# Times `critical MAP --format json` on the million-node map (or any): once with the BEFORE jar,
# then with the AFTER jar from an empty snapshot folder (the first run, which keeps a snapshot)
# and three times more (second runs, from the snapshot). Prints wall time and peak resident set
# of each run, and the --timings phases. The snapshot folder is a fresh one under /tmp.
set -eu
before=$1; after=$2; shift 2
cache=$(mktemp -d /tmp/snapshot-bench.XXXXXX)
run() { # label jar args...
  label=$1; jar=$2; shift 2
  NETWORTH_CACHE_DIR=$cache /usr/bin/time -f "$label %e s wall, %M KB peak RSS" \
    java -XX:+UseParallelGC -XX:InitialRAMPercentage=10 -XX:MaxTenuringThreshold=0 \
    ${JAVA_OPTS:--Xmx6g} -jar "$jar" --timings "$@" >/dev/null
}
for map in "$@"; do
  echo "== critical $map --format json"
  run before "$before" critical "$map" --format json
  rm -f "$cache"/*
  run first "$after" critical "$map" --format json
  for i in 1 2 3; do run second "$after" critical "$map" --format json; done
done
rm -rf "$cache"
