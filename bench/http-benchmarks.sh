#!/usr/bin/env bash
# HTTP benchmarks against the running application (packaged jar, embedded PostgreSQL, fresh data):
#  1. GET /api/v1/units/{unit}/sick-leaves for a unit with ~2 000 active cases: wrk, 1 and 20 connections, full list and a page of 50
#  2. the overview page /oversikt (100 rows) for a signed-in session: 1 and 20 connections
#  3. bulk import: POST /api/v1/certificates in batches of 10 000 (Java load client, ImportLoad); skipped with 0 certificates
# Every wrk run prints the load average before and after it (the machine is shared: numbers without it mean little).
# Needs: JDK, wrk (Debian package "wrk").
# Usage: bench/http-benchmarks.sh [seconds=30] [certificates=100000]
#   JAR=path/to/koordinera.jar to measure another build (e.g. a checkout of an older commit); SKIP_BUILD=1 to use the jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CERTIFICATES=${2:-100000}
PORT=${PORT:-18080}
JAR=${JAR:-target/koordinera.jar}
DATA=target/bench-data-$PORT
UNIT=TSTNMT2321000156-1099
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package test-compile
fi
rm -rf "$DATA"
KOORDINERA_DATA_DIR="$DATA" java -Xmx2g -jar "$JAR" --server.port=$PORT \
  --spring.profiles.active=demo,bench > target/bench-app-$PORT.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# A busy 2-core machine needs well over a minute for the start and the benchmark data.
for i in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && grep -q "Benchmark data" target/bench-app-$PORT.log && break
  kill -0 $APP 2>/dev/null || { echo "the application stopped, see target/bench-app-$PORT.log" >&2; exit 1; }
  sleep 1
done
grep -q "Benchmark data" target/bench-app-$PORT.log || { echo "no benchmark data after 300 s" >&2; exit 1; }

BASE="http://localhost:$PORT"
URL="$BASE/api/v1/units/$UNIT/sick-leaves"
AUTH="Authorization: Basic $(printf 'bench.vgr:demo' | base64)"
COOKIE=$(bench/login.sh "$BASE" bench.vgr demo "$UNIT")
load() { cut -d' ' -f1-3 /proc/loadavg; }
run() { # name connections header url
  local before out
  before=$(load)
  out=$(wrk -t"$([ "$2" = 1 ] && echo 1 || echo 2)" -c"$2" -d"${SECONDS_PER_RUN}s" --timeout 20s --latency -H "$3" "$4")
  printf '%-34s c=%-2s %s | load %s -> %s\n' "$1" "$2" \
    "$(echo "$out" | awk '$1=="50%"{a=$2} $1=="99%"{b=$2} /Requests\/sec/{c=$2} /Non-2xx|Socket errors/{e=e" "$0} END{printf "p50 %s p99 %s %s req/s%s", a, b, c, e}')" "$before" "$(load)"
}
echo "== cases listed: $(curl -s -H "$AUTH" "$URL?limit=1" | grep -o '"total":[0-9]*'), page rows: $(curl -s -H "$COOKIE" "$BASE/oversikt" | grep -c 'href="/patient/')"
echo "== warm-up"
wrk -t2 -c10 -d10s -H "$AUTH" "$URL?limit=50" >/dev/null
wrk -t2 -c10 -d10s -H "$COOKIE" "$BASE/oversikt" >/dev/null
run "GET sick-leaves (full list)" 1 "$AUTH" "$URL"
run "GET sick-leaves?limit=50" 1 "$AUTH" "$URL?limit=50"
run "GET sick-leaves?limit=50" 20 "$AUTH" "$URL?limit=50"
run "GET sick-leaves?limit=100" 1 "$AUTH" "$URL?limit=100"
run "GET /oversikt (100 rows)" 1 "$COOKIE" "$BASE/oversikt"
run "GET /oversikt (100 rows)" 20 "$COOKIE" "$BASE/oversikt"

if [ "$CERTIFICATES" -gt 0 ]; then
  # The import runs last: 100 000 new rows would leave autovacuum busy during the read benchmark.
  CP="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
  echo "== import"
  java -cp "$CP" se.koordinera.bench.ImportLoad "http://localhost:$PORT" "$CERTIFICATES"
fi
