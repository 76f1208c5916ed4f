#!/usr/bin/env sh
# Writing a large map, before and after: runs each writing command with two networth jars in
# turn (BEFORE, AFTER, BEFORE, AFTER…), RUNS times each, and prints every run's wall time and
# peak resident memory (GNU time), then whether the two jars wrote the same bytes. The JVM options
# are those ./networth runs with.
#
# Usage: bench/writers/compare.sh BEFORE.jar AFTER.jar MAP_DIR OUT_DIR [RUNS]
#   MAP_DIR holds csv/ (elements.csv, connections.csv) and map.netmap, as written by
#   `networth generate --people 1000000 --links 5000000 --opportunities 100000 -o MAP_DIR/csv/`
#   and `networth convert MAP_DIR/csv -o MAP_DIR/map.netmap`. OUT_DIR gets the outputs.
set -e
before=$1; after=$2; maps=$3; out=$4; runs=${5:-3}
jvm="-XX:+UseParallelGC -XX:InitialRAMPercentage=10 -Xmn160m -XX:MaxTenuringThreshold=0 -XX:FreqInlineSize=100 -Xmx6g"
mkdir -p "$out"
cp "$maps/map.netmap" "$out/fmt-before.netmap"
cp "$maps/map.netmap" "$out/fmt-after.netmap"
run() { # label jar args…
  label=$1; jar=$2; shift 2
  /usr/bin/time -f "$label %e s %M KB" java $jvm -jar "$jar" --timings --no-cache "$@" 2>&1 >/dev/null \
    | grep -E "^(timing|$label)" | tr '\n' ' '
  echo
}
for i in $(seq "$runs"); do
  for side in before after; do
    jar=$before; [ $side = after ] && jar=$after
    run "csv>netmap:$side" "$jar" convert "$maps/csv" -o "$out/$side.netmap"
    run "netmap>json:$side" "$jar" convert "$maps/map.netmap" -o "$out/$side.json"
    run "netmap>csv:$side" "$jar" convert "$maps/map.netmap" -o "$out/$side-csv/"
    run "fmt:$side" "$jar" fmt "$out/fmt-$side.netmap"
  done
done
for f in .netmap .json -csv/elements.csv -csv/connections.csv; do
  cmp -s "$out/before$f" "$out/after$f" && echo "same bytes: $f" || echo "DIFFERENT: $f"
done
cmp -s "$out/fmt-before.netmap" "$out/fmt-after.netmap" && echo "same bytes: fmt" || echo "DIFFERENT: fmt"
