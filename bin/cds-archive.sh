#!/usr/bin/env bash
# Builds a class-data-sharing archive for Koordinera, for a start-up in about half the time
# (docs/operations.md, "Start-up time"). Run it on the machine and JDK that will run the app, after
# every new jar: the archive is valid only for this jar and this JDK build.
#
# Usage: bin/cds-archive.sh [jar=target/koordinera.jar] [destination=target/cds] [training-run arguments...]
# Then:  java -XX:SharedArchiveFile=<destination>/koordinera.jsa -jar <destination>/koordinera.jar
#
# Steps: Spring Boot's extracted layout (classes load from plain jars, not from the nested fat jar),
# a training run that stops right after the context refresh (spring.context.exit=onRefresh) and
# lists the classes it loaded, and a static archive of that list. The training run needs the same
# configuration as a real start (database and profiles: pass them as arguments or environment). JDK
# 17.0.15 crashes (SIGSEGV in adjust_lambda_proxy_class_dictionary) when it archives lambda proxies,
# dynamically (-XX:ArchiveClassesAtExit) or statically, so the list is used without its @lambda lines.
set -euo pipefail
JAR=${1:-target/koordinera.jar}
DEST=${2:-target/cds}
shift $(( $# < 2 ? $# : 2 ))
rm -rf "$DEST"
java -Djarmode=tools -jar "$JAR" extract --destination "$DEST" >/dev/null
APP_JAR="$DEST/$(basename "$JAR")"
java -Xmx2g -XX:DumpLoadedClassList="$DEST/classes.lst" -Dspring.context.exit=onRefresh -jar "$APP_JAR" "$@" \
  >"$DEST/training.log" 2>&1 || true
# spring.context.exit halts without closing the context: stop an embedded PostgreSQL it started (fast shutdown).
DATA=${KOORDINERA_DATA_DIR:-data}
[ -f "$DATA/postmaster.pid" ] && kill -INT "$(head -1 "$DATA/postmaster.pid")" 2>/dev/null && sleep 1 || true
[ -s "$DEST/classes.lst" ] || { echo "the training run listed no classes, see $DEST/training.log" >&2; exit 1; }
grep -v '^@' "$DEST/classes.lst" >"$DEST/classes-without-lambdas.lst"
java -Xshare:dump -XX:SharedClassListFile="$DEST/classes-without-lambdas.lst" -XX:SharedArchiveFile="$DEST/koordinera.jsa" \
  -cp "$APP_JAR" >"$DEST/dump.log" 2>&1 || true
[ -f "$DEST/koordinera.jsa" ] || { echo "no archive was written, see $DEST/dump.log" >&2; exit 1; }
echo "$DEST/koordinera.jsa ($(du -h "$DEST/koordinera.jsa" | cut -f1)): java -XX:SharedArchiveFile=$DEST/koordinera.jsa -jar $APP_JAR"
