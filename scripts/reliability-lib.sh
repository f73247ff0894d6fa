# Sourced by scripts/crash-test.sh, load-test.sh and fuzz-http.sh: finds a JDK, builds the
# packaged jar and the test classes (the reliability tools live in the server's test sources),
# and runs one tool class with both on the class path.
# CVSEARCH_BUILD_DIR picks Maven's output folder name inside each module (default: target).

reliability_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$reliability_root/scripts/find-jdk.sh"

reliability_build() {
  java_home="$(cvsearch_find_jdk)" || {
    echo "$0: no JDK 21 or newer found (JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
    exit 1
  }
  build_dir="${CVSEARCH_BUILD_DIR:-target}"
  local maven_opts="${MAVEN_OPTS:-}"
  if [ "$(cvsearch_java_major "$java_home/bin/java")" -ge 23 ]; then
    maven_opts="$maven_opts --sun-misc-unsafe-memory-access=allow"
  fi
  echo "$0: building (mvn package, tests compiled, not run)…" >&2
  (cd "$reliability_root" && MAVEN_OPTS="$maven_opts" JAVA_HOME="$java_home" \
    mvn -q -B -ntp -pl server -am package -DskipTests "-Dcvsearch.buildDir=$build_dir") >&2
  reliability_cp="$reliability_root/server/$build_dir/test-classes:$reliability_root/server/$build_dir/cvsearch.jar"
}

# reliability_run CLASS [JVM options…] -- [tool arguments…]
reliability_run() {
  local main="dev.cvsearch.server.reliability.$1"
  shift
  local jvm=()
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  (cd "$reliability_root" && "$java_home/bin/java" --enable-native-access=ALL-UNNAMED \
    "${jvm[@]}" -cp "$reliability_cp" "$main" "$@")
}
