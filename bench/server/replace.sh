#!/usr/bin/env bash
# Storing a whole map (see BENCHMARKS.md): the 10,000-node generated map uploaded (POST), saved
# again with one node changed (PUT, what the page's text editor does), and replaced by another
# 10,000-node map (PUT of a map wholly new). From the project's folder:
#   bench/server/replace.sh                   # on SQLite, in a fresh data directory
#   bench/server/replace.sh --db JDBC_URL     # on PostgreSQL
# Needs curl. RUNS (7) sets how many of each are timed; NETWORTH (./networth) which build serves.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-7}
NETWORTH=${NETWORTH:-$root/networth}
work=$(mktemp -d)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

"$NETWORTH" --version > /dev/null   # builds the jar first, if it must
for seed in 1 2; do
  "$NETWORTH" generate --people 9000 --links 20000 --opportunities 1000 --seed "$seed" \
    -o "$work/big-$seed.netmap" > /dev/null 2>&1
done

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
token=$(curl -s -c "$work/cookies" "$url/api/session" | sed 's/.*"csrf":"\([^"]*\)".*/\1/')
send() { # METHOD PATH FILE [If-Match] -> "status seconds" and the body in $work/body
  curl -s -o "$work/body" -w '%{http_code} %{time_total}' -X "$1" -b "$work/cookies" \
    -H "X-CSRF-Token: $token" -H 'Content-Type: text/plain' ${4:+-H "If-Match: $4"} \
    --data-binary "@$3" "$url$2"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# A warm-up: the server's first requests load classes and compile.
for _ in 1 2 3; do send POST /api/maps "$root/examples/power-of-the-network.netmap" > /dev/null; done

posts=() ones=() news=()
for run in $(seq 1 "$RUNS"); do
  r=$(send POST /api/maps "$work/big-1.netmap"); posts+=("${r#* }")
  id=$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$work/body")
  sed "s/^person person-5000\$/person person-5000 note \"changed in run $run\"/" \
    "$work/big-1.netmap" > "$work/one.netmap"
  r=$(send PUT "/api/maps/$id" "$work/one.netmap" '"1"'); ones+=("${r#* }")
  [ "${r% *}" = 200 ] || { echo "PUT answered $r: $(cat "$work/body")" >&2; exit 1; }
  r=$(send PUT "/api/maps/$id" "$work/big-2.netmap" '"2"'); news+=("${r#* }")
  echo "run $run: POST ${posts[-1]} s, PUT one change ${ones[-1]} s, PUT a new map ${news[-1]} s" \
    "($(cut -d' ' -f1-3 /proc/loadavg) load)"
done
echo "medians of $RUNS: POST $(printf '%s\n' "${posts[@]}" | median) s," \
  "PUT one change $(printf '%s\n' "${ones[@]}" | median) s," \
  "PUT a new map $(printf '%s\n' "${news[@]}" | median) s"
