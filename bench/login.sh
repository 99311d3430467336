#!/usr/bin/env bash
# Signs in through the login form and selects a unit; prints the session cookie header ("Cookie: SESSION=...").
# Usage: bench/login.sh base-url username password unit-id
set -euo pipefail
BASE=$1; USERNAME=$2; PASSWORD=$3; UNIT=$4
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
# The form's _csrf value is the masked token (the cookie's raw value is not accepted as a parameter).
XSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$XSRF" "$BASE/login"
XSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/valj-enhet" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -H "X-XSRF-TOKEN: $XSRF" --data-urlencode "unitId=$UNIT" --data-urlencode "_csrf=$XSRF" "$BASE/valj-enhet"
SESSION=$(awk '$6=="SESSION"{print $7}' "$JAR")
[ -n "$SESSION" ] || { echo "login failed" >&2; exit 1; }
echo "Cookie: SESSION=$SESSION"
