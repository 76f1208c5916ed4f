#!/usr/bin/env bash
# The server under load (see BENCHMARKS.md). From the project's folder:
#   bench/server/run.sh reads                  # summary and attribute at 200 connections, SQLite
#   bench/server/run.sh edits                  # edits per second on SQLite
#   bench/server/run.sh edits --db JDBC_URL    # edits per second on PostgreSQL
# Needs wrk and curl. What is run comes from the environment:
#   RUNS (3), DURATION (30s), CONNECTIONS (200 for reads), WARMUP (10s: a wrk run of each
#   request before any is measured, not counted, so that no figure includes the JVM compiling);
#   MAPS ("example big") and REQUESTS ("summary attribute?model=linear attribute") for reads;
#   ENCODING (gzip): the Accept-Encoding reads send, as a browser does; "identity" for plain bytes;
#   WRITERS (edits: "1 2 4", one map and one connection each);
#   NETWORTH (this folder's ./networth): the launcher to serve with, e.g. another build's, so that
#     two builds can be measured turn about in the same spell (bench/server/paired.sh does that);
#   JAVA_OPTS: added to the server's JVM (./networth passes them on), e.g. a JFR recording;
#   RESULTS: a file each run's line (map, request, req/s, p50 ms, p99 ms, errors) is added to.
# Each wrk run prints as it comes, then a table of the medians over the runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:?reads or edits}
shift
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-200}
WARMUP=${WARMUP:-10s}
MAPS=${MAPS:-example big}
REQUESTS=${REQUESTS:-summary attribute?model=linear attribute}
ENCODING=${ENCODING:-gzip}
WRITERS=${WRITERS:-1 2 4}
NETWORTH=${NETWORTH:-$root/networth}
work=$(mktemp -d)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

"$NETWORTH" --version > /dev/null   # builds the jar first, if it must
# The 10,000-node map: 9,000 people, 9 jobs, 8 channels, 1,000 opportunities (10,017 nodes).
big="$work/big.netmap"
if [ "$mode" = reads ] && [[ " $MAPS " == *" big "* ]]; then
  "$NETWORTH" generate --people 9000 --links 20000 --opportunities 1000 --seed 1 -o "$big" \
    > /dev/null
fi

store=(--data-dir "$work/data")   # a fresh SQLite database, unless --db names one
for arg in "$@"; do case $arg in --db*) store=() ;; esac; done
"$NETWORTH" serve --port 0 "${store[@]}" "$@" > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 1 120); do
  url=$(grep -o 'http://[0-9.:]*' "$work/out" 2> /dev/null | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/err" >&2; exit 1; }
echo "server at $url (pid $server)"

token=$(curl -s -c "$work/cookies" "$url/api/session" | sed 's/.*"csrf":"\([^"]*\)".*/\1/')
cookie="networth_session=$(awk '$6 == "networth_session" {print $7}' "$work/cookies")"
upload() { # FILE -> map id
  curl -s -b "$work/cookies" -H "X-CSRF-Token: $token" -H 'Content-Type: text/plain' \
    --data-binary "@$1" "$url/api/maps" | sed 's/.*"id":"\([^"]*\)".*/\1/'
}

# One line per wrk run in $work/runs: map, request, requests/s, p50 and p99 in ms, errors.
ms() { # wrk's "12.34ms", "1.20s", "850.00us" -> milliseconds
  awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /[0-9]s$/) v *= 1000;
    printf "%.1f", v }'
}
if [ "$mode" = reads ]; then
  # Every map uploaded and every request warmed up first, so that no measured run includes the
  # JVM compiling the server's code.
  ids=""
  for name in $MAPS; do
    case $name in
      example) map="$root/examples/power-of-the-network.netmap" ;;
      big) map=$big ;;
      *) echo "MAPS: $name is neither example nor big" >&2; exit 2 ;;
    esac
    ids="$ids $(upload "$map")"
  done
  for id in $ids; do
    for path in $REQUESTS; do
      curl -s -o /dev/null -b "$work/cookies" "$url/api/maps/$id/$path"   # written once
      wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: $cookie" -H "Accept-Encoding: $ENCODING" \
        "$url/api/maps/$id/$path" > /dev/null
    done
  done
  set -- $ids
  for name in $MAPS; do
    id=$1
    shift
    for path in $REQUESTS; do
      size=$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $ENCODING" \
        -b "$work/cookies" "$url/api/maps/$id/$path")
      for run in $(seq 1 "$RUNS"); do
        echo "== $name $path run $run ($size bytes as $ENCODING), $(cut -d' ' -f1-3 /proc/loadavg) load"
        wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" \
          -H "Accept-Encoding: $ENCODING" "$url/api/maps/$id/$path" > "$work/wrk"
        grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in' "$work/wrk"
        rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
        p50=$(ms "$(awk '$1 == "50%" {print $2}' "$work/wrk")")
        p99=$(ms "$(awk '$1 == "99%" {print $2}' "$work/wrk")")
        errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {
          for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END {print n + 0}' "$work/wrk")
        echo "$name $path $rps $p50 $p99 $errors" >> "$work/runs"
      done
    done
  done
  echo
  echo "medians of $RUNS run(s), $CONNECTIONS connections, $DURATION each, Accept-Encoding: $ENCODING"
  awk -f "$here/medians.awk" "$work/runs"
  if [ -n "${RESULTS:-}" ]; then cat "$work/runs" >> "$RESULTS"; fi
else
  for writers in $WRITERS; do
    for run in $(seq 1 "$RUNS"); do
      maps="" etags=""
      for _ in $(seq 1 "$writers"); do
        maps="$maps $(upload "$root/examples/power-of-the-network.netmap")" etags="$etags 1"
      done
      echo "== edits, $writers writer(s) run $run, $(cut -d' ' -f1-3 /proc/loadavg) load"
      MAPS=$maps ETAGS=$etags FROM=LinkedIn COOKIE=$cookie TOKEN=$token \
        wrk -t"$writers" -c"$writers" -d"$DURATION" --latency -s "$here/edits.lua" "$url" \
        | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in|refused'
    done
  done
fi
