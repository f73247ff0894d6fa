# Sourced by ./cvsearch and ./test.sh: prints the home of a JDK >= 21.
# Order: JAVA_HOME, `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).

cvsearch_java_major() {
  # Prints the major version of the java binary $1 (17, 21, 25…), or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' \
    | awk -F. '{ if ($1 == "1") print $2; else print $1 }'
}

cvsearch_is_jdk() {
  # A JDK (not just a JRE): Maven needs javac.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major="$(cvsearch_java_major "$1/bin/java")"
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

cvsearch_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && cvsearch_is_jdk "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return 0
  fi
  if command -v java >/dev/null 2>&1; then
    local home
    home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    if cvsearch_is_jdk "$home"; then
      echo "$home"; return 0
    fi
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    if cvsearch_is_jdk "$candidate"; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
