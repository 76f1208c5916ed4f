#!/usr/bin/env bash
# The page on a 10,000-node map, timed in headless Chromium (see BENCHMARKS.md, "The page on a
# 10,000-node map"). From the project's folder:
#   bench/page/run.sh            # first draw, EDITS (3) edits' redraws, then "Lay out again"
#   LAY_OUT_AGAIN=no EDITS=5 bench/page/run.sh    # without the last (another layout: minutes)
# Needs Debian's chromium and chromium-driver, and curl. Not part of the test suite: a first draw
# waits for the server's layered layout of the whole map, which takes minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
EDITS=${EDITS:-3}
work=$(mktemp -d)
server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

# The classes as they are now (the page's files included) and Selenium, from the build.
(cd "$root" && ./mvnw -o -q -pl cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test > "$work/build" 2>&1) \
  || { cat "$work/build"; exit 1; }
cp="$root/cli/target/classes:$(cat "$work/cp")"
networth() { java -cp "$cp" networth.cli.Networth "$@"; }

# 9,000 people, 9 jobs, 8 channels, 1,000 opportunities (10,017 nodes), 20,000 links.
networth generate --people 9000 --links 20000 --opportunities 1000 --seed 1 -o "$work/big.netmap" \
  > /dev/null
java -cp "$cp" networth.cli.Networth serve --port 0 --data-dir "$work/data" > "$work/out" 2> "$work/err" &
server=$!
url=""
for _ in $(seq 1 120); do
  url=$(grep -o 'http://[0-9.:]*' "$work/out" 2> /dev/null | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/err"; exit 1; }
token=$(curl -s -c "$work/cookies" "$url/api/session" | sed 's/.*"csrf":"\([^"]*\)".*/\1/')
curl -s -b "$work/cookies" -H "X-CSRF-Token: $token" -H 'Content-Type: text/plain' \
  --data-binary @"$work/big.netmap" "$url/api/maps?name=Big" > /dev/null
java -cp "$cp" "$here/PageTiming.java" "$url/" "$EDITS"
