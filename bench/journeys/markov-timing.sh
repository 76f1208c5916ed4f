#!/usr/bin/env sh
# Times Markov counting and solving on generated journeys: see MarkovTiming.java for what it draws.
# Usage: ./mvnw -o -q -pl journeys -am package -DskipTests
#        JAVA_OPTS=-Xmx4g bench/journeys/markov-timing.sh [JOURNEYS] [ORDERS]
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(ls "$here"/journeys/target/networth-journeys-*.jar | head -n 1)
exec java ${JAVA_OPTS:--Xmx4g} -XX:+UseParallelGC -cp "$jar" "$here/bench/journeys/MarkovTiming.java" "$@"
