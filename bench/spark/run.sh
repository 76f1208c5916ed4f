#!/usr/bin/env bash
# Spark's rows per second on one machine (local[2]): the heuristics and the Markov counting of
# order 1 and 2 over generated journeys. From the project's folder:
#   bench/spark/run.sh                      # 1,000,000 journeys
#   JOURNEYS=10000000 DATA=/tmp/networth-spark bench/spark/run.sh
#   PLAIN=1 bench/spark/run.sh              # uncompressed CSV, which Spark splits among its cores
# Generates the journeys once into $DATA (gzip CSV, path format), builds networth-spark.jar, then
# times each run as a whole process with GNU time (/usr/bin/time): wall seconds and peak memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
JOURNEYS=${JOURNEYS:-1000000}
DATA=${DATA:-/tmp/networth-spark}
MASTER=${MASTER:-local[2]}
HEAP=${HEAP:--Xmx4g}
gz="$DATA/journeys-$JOURNEYS.csv.gz"
file=$gz
jar="$root/spark/target/networth-spark.jar"

mkdir -p "$DATA"
[ -f "$gz" ] || python3 "$here/generate.py" "$JOURNEYS" "$gz"
if [ -n "${PLAIN:-}" ]; then
  file="$DATA/journeys-$JOURNEYS.csv"
  [ -f "$file" ] || zcat "$gz" > "$file"
fi
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -o -pl spark -am package -DskipTests)
# The JVM options spark-submit would pass (spark/pom.xml, spark.jvm.options).
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/spark/pom.xml")
touches=$(zcat "$gz" | tail -n +2 | cut -d, -f1 | tr -cd '>\n' | awk '{ t += length($0) + 1 } END { print t }')
echo "$JOURNEYS journeys, $touches touchpoints, $(du -h "$file" | cut -f1) $(basename "$file"); master $MASTER"

for run in "heuristics" "markov --order 1" "markov --order 2"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$DATA/time" java $opts $HEAP -jar "$jar" "$file" \
    --master "$MASTER" --model $run > /dev/null
  read -r seconds kib < "$DATA/time"
  awk -v r="$run" -v s="$seconds" -v k="$kib" -v j="$JOURNEYS" -v t="$touches" 'BEGIN {
    printf "%-18s %7.1f s  %6.0f MiB  %10.0f journeys/s  %10.0f touchpoints/s\n", r, s, k / 1024, j / s, t / s }'
done
