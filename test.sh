#!/usr/bin/env bash
# Runs every test: the Java suites (Maven Surefire) and, when present, the browser tests.
# Usage: ./test.sh [extra Maven arguments, e.g. -Pslow for the real-data checks]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$here/scripts/find-jdk.sh"
java_home="$(cvsearch_find_jdk)" || {
  echo "test.sh: no JDK 21 or newer found (JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  exit 1
}
cd "$here"
# The suites check real behaviour on the shared data set (seeds, gold, real corpora), which lives
# beside the checkout, never inside it. Say so once instead of failing dozens of tests.
if [ ! -d "$here/../shared/seeds" ]; then
  echo "test.sh: the tests read the shared data set at $(cd "$here/.." && pwd)/shared (seeds, gold," \
    "data), which is not there; put it beside the checkout (CI does) and run again." >&2
  exit 1
fi
maven_opts="${MAVEN_OPTS:-}"
if [ "$(cvsearch_java_major "$java_home/bin/java")" -ge 23 ]; then
  maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"
fi
MAVEN_OPTS="$maven_opts" JAVA_HOME="$java_home" mvn -B -ntp verify "$@"

# Browser tests of the web page (webapp/e2e): the packaged server driven in Debian's Chromium.
# Without Chromium or Node they are skipped with a note on a developer's machine; CI must run them.
if [ -x /usr/bin/chromium ] && command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  (cd webapp/e2e && npm ci --no-audit --no-fund --loglevel=error)
  JAVA_HOME="$java_home" node --test webapp/e2e/
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: the browser tests need /usr/bin/chromium, node and npm (apt-get install chromium nodejs npm)." >&2
  exit 1
else
  echo "test.sh: SKIPPING the browser tests: /usr/bin/chromium, node or npm is missing" \
    "(apt-get install chromium nodejs npm to run them)." >&2
fi
