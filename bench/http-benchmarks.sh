#!/usr/bin/env bash
# HTTP benchmarks against the running application (packaged jar, embedded PostgreSQL, fresh data):
#  1. GET /api/v1/units/{unit}/sick-leaves for a unit with ~2 000 active cases: wrk, 1 and 20 connections, full list and a page of 50
#  2. bulk import: POST /api/v1/certificates in batches of 10 000 (Java load client, ImportLoad)
# Needs: JDK, wrk (Debian package "wrk"). Usage: bench/http-benchmarks.sh [seconds] [certificates]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CERTIFICATES=${2:-100000}
PORT=18080
DATA=target/bench-data
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

./mvnw -q -B -DskipTests package test-compile
rm -rf "$DATA"
KOORDINERA_DATA_DIR="$DATA" java -Xmx2g -jar target/koordinera.jar --server.port=$PORT \
  --spring.profiles.active=demo,bench > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && grep -q "Benchmark data" target/bench-app.log && break
  sleep 1
done

URL="http://localhost:$PORT/api/v1/units/TSTNMT2321000156-1099/sick-leaves"
AUTH="Authorization: Basic $(printf 'bench.vgr:demo' | base64)"
echo "== cases listed: $(curl -s -H "$AUTH" "$URL?limit=1" | grep -o '"total":[0-9]*')"
echo "== warm-up"
wrk -t2 -c20 -d10s -H "$AUTH" "$URL" >/dev/null
for query in "" "?limit=50"; do
  echo "== GET sick-leaves$query, 1 client, ${SECONDS_PER_RUN}s"
  wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency -H "$AUTH" "$URL$query" | grep -E "50%|99%|Requests/sec"
  echo "== GET sick-leaves$query, 20 concurrent clients, ${SECONDS_PER_RUN}s"
  wrk -t2 -c20 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -H "$AUTH" "$URL$query" | grep -E "50%|75%|90%|99%|Requests/sec|requests in|timeout"
done

# The import runs last: 100 000 new rows would leave autovacuum busy during the read benchmark.
CP="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "== import"
java -cp "$CP" se.koordinera.bench.ImportLoad "http://localhost:$PORT" "$CERTIFICATES"

