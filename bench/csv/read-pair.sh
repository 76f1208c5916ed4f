#!/bin/sh
# Usage: bench/csv/read-pair.sh BEFORE.jar AFTER.jar [RUNS] [DIR]
# Reads the CSV pair in DIR (default /tmp/big1m/csv) with `critical --format json`, alternating the
# two jars RUNS times each (default 3), and prints each run's read phase, wall time, CPU time and
# peak resident set, for a comparison in the same spell.
before=$1
after=$2
runs=${3:-3}
dir=${4:-/tmp/big1m/csv}
java="java -XX:+UseParallelGC -XX:InitialRAMPercentage=10 -XX:MaxTenuringThreshold=0 -Xmx6g"
i=0
while [ "$i" -lt "$runs" ]; do
  for jar in "$before" "$after"; do
    /usr/bin/time -f "wall %e s  user %U s  sys %S s  rss %M KiB" -o /tmp/csv-bench-time.txt \
      $java -jar "$jar" --timings critical "$dir" --format json 2>/tmp/csv-bench-err.txt >/dev/null
    printf '%s  %s  %s\n' "$(basename "$jar")" "$(grep 'timing: read' /tmp/csv-bench-err.txt | tr -s ' ')" "$(cat /tmp/csv-bench-time.txt)"
  done
  i=$((i + 1))
done
