#!/usr/bin/env bash
# Region scale (issue 13): 1 000 000 certificates over the 250 units of the bench profile's region,
# loaded through POST /api/v1/certificates, then the start-up time of the app on that database.
#  1. builds the jar (offline) and the test classes (the load client)
#  2. starts the jar on a fresh embedded database under target/ (profiles demo,bench)
#  3. runs se.koordinera.bench.RegionImportLoad (pre-generated bodies, 2 concurrent clients, batches of 10 000)
#  4. stops the app, restarts the same jar on the loaded database and times launch -> /actuator/health UP,
#     then again with a class-data-sharing archive (Spring Boot's extracted layout + -XX:SharedArchiveFile,
#     a static archive built by this script from a training run's class list)
#  5. while the last start is up: certificate counts, then stops it (KEEP=1 leaves it running for read benchmarks)
# Prints the load average before and after each step and a table target | measured | met/NOT met.
# Usage: bench/region-scale.sh [certificates=1000000]
#   SKIP_BUILD=1 uses the jar and classes as they are; PORT (default 18280); CLIENTS (2); UNITS (250)
#   KEEP=1 leaves the app running on the loaded database and prints its port and how to stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL=${1:-1000000}
PORT=${PORT:-18280}
CLIENTS=${CLIENTS:-2}
UNITS=${UNITS:-250}
DATA=target/region-data
CDS=target/region-cds
LOG=target/region-app.log
BASE="http://localhost:$PORT"
load() { cut -d' ' -f1-3 /proc/loadavg; }
APP=

stop_app() { # stops the app we started and waits for its PostgreSQL to finish its shutdown checkpoint
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP"
    wait "$APP" 2>/dev/null || true
  fi
  APP=
  for _ in $(seq 1 120); do
    [ -f "$DATA/postmaster.pid" ] || return 0
    kill -0 "$(head -1 "$DATA/postmaster.pid")" 2>/dev/null || return 0
    sleep 0.5
  done
  echo "PostgreSQL in $DATA did not stop" >&2
  return 1
}
trap '[ -n "${KEEP:-}" ] || stop_app' EXIT

start_app() { # start_app <label> <java args...>: launches, waits for health UP, sets APP and STARTUP (seconds)
  local label=$1
  shift
  local t0
  t0=$(date +%s.%N)
  KOORDINERA_DATA_DIR="$DATA" java -Xmx2g "$@" --server.port=$PORT --spring.profiles.active=demo,bench >"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 3000); do
    if curl -s "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      STARTUP=$(echo "$(date +%s.%N) - $t0" | bc)
      printf '== %s: health UP after %.1f s (%s) | load %s\n' "$label" "$STARTUP" \
        "$(grep -o 'Started KoordineraApplication in [0-9.]* seconds' "$LOG" || echo 'no Started line yet')" "$(load)"
      return 0
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped, see $LOG" >&2; exit 1; }
    sleep 0.1
  done
  echo "no health UP after 300 s, see $LOG" >&2
  exit 1
}

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package test-compile
fi
CP="target/test-classes:target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

echo "== load before: $(load)"
rm -rf "$DATA" "$CDS"
start_app "fresh start (initdb, Flyway, demo and bench data)" -jar target/koordinera.jar
FRESH=$STARTUP
# The bench data is written after the context is up: wait for it before importing.
for _ in $(seq 1 300); do grep -q "Benchmark data" "$LOG" && break; sleep 1; done

echo "== import of $TOTAL certificates over $UNITS units, $CLIENTS clients | load $(load)"
IMPORT_OUT=$(java -Xmx3g -cp "$CP" se.koordinera.bench.RegionImportLoad "$BASE" "$TOTAL" "$UNITS" "$CLIENTS" 10000 | tee target/region-import.log)
echo "$IMPORT_OUT" | grep -v '^client '
OVERALL=$(echo "$IMPORT_OUT" | awk '$1=="overall"{print $2}')
MEDIAN=$(echo "$IMPORT_OUT" | awk '$1=="median"{print $2}')
echo "== load after the import: $(load)"
stop_app

start_app "restart on the loaded database (plain jar)" -jar target/koordinera.jar
PLAIN=$STARTUP
stop_app

# Class data sharing (bin/cds-archive.sh: extracted layout, a training run, a static archive), built here,
# on this JDK, for this jar.
KOORDINERA_DATA_DIR="$DATA" bin/cds-archive.sh target/koordinera.jar "$CDS" --server.port=$PORT --spring.profiles.active=demo,bench
stop_app
start_app "restart on the loaded database (CDS)" -XX:SharedArchiveFile="$CDS/koordinera.jsa" -jar "$CDS/koordinera.jar"
WITH_CDS=$STARTUP

echo "== while up: stored certificates"
AUTH="Authorization: Basic $(printf 'region.bench:demo' | base64)"
PGPORT_EMBEDDED=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
FIRST_UNIT=TSTNMT2321000156-3001
if command -v psql >/dev/null; then
  psql -h localhost -p "$PGPORT_EMBEDDED" -U postgres -Atc "select 'certificates in the region''s units: ' || count(*) from certificate where care_unit_id like 'TSTNMT2321000156-3%'" \
    -c "select 'certificates at $FIRST_UNIT: ' || count(*) from certificate where care_unit_id = '$FIRST_UNIT'" \
    -c "select 'PDL log rows of the import: ' || count(*) from access_log where function = 'import av sjukintyg'"
fi
echo "cases listed at $FIRST_UNIT (API, region.bench): $(curl -s -H "$AUTH" "$BASE/api/v1/units/$FIRST_UNIT/sick-leaves?limit=1" | grep -o '"total":[0-9]*')"

met() { if [ "$(echo "$1" | bc)" = 1 ]; then echo met; else echo "NOT met"; fi; }
echo
echo "| target | measured | |"
echo "|---|---|---|"
echo "| import >= 20 000 certificates/s ($TOTAL over $UNITS units, $CLIENTS clients) | overall $OVERALL /s (median per request $MEDIAN /s) | $(met "$OVERALL >= 20000") |"
echo "| start-up on the loaded database <= 10 s (plain jar) | $(printf '%.1f' "$PLAIN") s | $(met "$PLAIN <= 10") |"
echo "| start-up on the loaded database <= 10 s (CDS archive) | $(printf '%.1f' "$WITH_CDS") s | $(met "$WITH_CDS <= 10") |"
echo "(fresh start on an empty data dir, for comparison: $(printf '%.1f' "$FRESH") s)"
echo "== load after: $(load)"
if [ -n "${KEEP:-}" ]; then
  echo "KEEP=1: the app runs on port $PORT (pid $APP, data $DATA); stop it with: kill $APP"
  trap - EXIT
fi
