#!/usr/bin/env bash
# The server under load (see BENCHMARKS.md). From the project's folder:
#   bench/server/run.sh reads                  # summary and attribute at 200 connections, SQLite
#   bench/server/run.sh edits                  # edits per second on SQLite
#   bench/server/run.sh edits --db JDBC_URL    # edits per second on PostgreSQL
# Needs wrk and curl. RUNS (3), DURATION (30s), CONNECTIONS (200 for reads) and WRITERS (edits:
# "1 2 4", one map and one connection each) change what is run. Each wrk run prints as it comes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:?reads or edits}
shift
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-200}
WRITERS=${WRITERS:-1 2 4}
work=$(mktemp -d)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

"$root/networth" --version > /dev/null   # builds the jar first, if it must
# The 10,000-node map: 9,000 people, 9 jobs, 8 channels, 1,000 opportunities (10,017 nodes).
big="$work/big.netmap"
if [ "$mode" = reads ]; then
  "$root/networth" generate --people 9000 --links 20000 --opportunities 1000 --seed 1 -o "$big" \
    > /dev/null
fi

store=(--data-dir "$work/data")   # a fresh SQLite database, unless --db names one
for arg in "$@"; do case $arg in --db*) store=() ;; esac; done
"$root/networth" serve --port 0 "${store[@]}" "$@" > "$work/out" 2> "$work/err" &
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

if [ "$mode" = reads ]; then
  for map in "$root/examples/power-of-the-network.netmap" "$big"; do
    id=$(upload "$map")
    for path in summary "attribute?model=linear" attribute; do
      curl -s -o /dev/null -b "$work/cookies" "$url/api/maps/$id/$path"   # its first answer
      for run in $(seq 1 "$RUNS"); do
        echo "== $(basename "$map") $path run $run, $(cut -d' ' -f1-3 /proc/loadavg) load"
        wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie" \
          "$url/api/maps/$id/$path" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'
      done
    done
  done
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
