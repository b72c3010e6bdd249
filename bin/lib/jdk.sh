# shellcheck shell=bash
# Sourced by bin/setup, bin/test and .ci/run: exports JAVA_HOME for the build.
#
# The Lambda runtime is java25 and the compiler targets release 25, so the build needs a JDK 25
# or newer. Order of preference: the Temurin 25 install CI machines have, then a JAVA_HOME that
# is already 25+, then the newest 25+ JDK under /usr/lib/jvm.

CTIBRIDGE_PREFERRED_JDK=/usr/lib/jvm/temurin-25-jdk-amd64
CTIBRIDGE_MIN_JAVA=25

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing if it is not a JDK.
jdk_major_version() {
  local home=$1 version=''
  [[ -x "$home/bin/javac" ]] || return 0
  if [[ -r "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  fi
  printf '%s' "$version"
}

# Exports JAVA_HOME and puts its bin first on PATH; fails if no JDK 25+ is found.
select_jdk() {
  local candidate major best='' best_major=0
  if [[ "$(jdk_major_version "$CTIBRIDGE_PREFERRED_JDK")" -ge $CTIBRIDGE_MIN_JAVA ]] 2>/dev/null; then
    best=$CTIBRIDGE_PREFERRED_JDK
  elif [[ -n "${JAVA_HOME:-}" && "$(jdk_major_version "$JAVA_HOME")" -ge $CTIBRIDGE_MIN_JAVA ]] 2>/dev/null; then
    best=$JAVA_HOME
  else
    for candidate in /usr/lib/jvm/*; do
      major=$(jdk_major_version "$candidate")
      if [[ -n "$major" && "$major" -gt "$best_major" ]]; then
        best=$candidate best_major=$major
      fi
    done
    if [[ "$best_major" -lt $CTIBRIDGE_MIN_JAVA ]]; then
      echo "ERROR: JDK $CTIBRIDGE_MIN_JAVA or newer not found (looked at $CTIBRIDGE_PREFERRED_JDK," \
        "JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm/*). Install Temurin $CTIBRIDGE_MIN_JAVA." >&2
      return 1
    fi
    echo "WARNING: $CTIBRIDGE_PREFERRED_JDK not found; building with JDK $best_major at $best." \
      "Classes still target release $CTIBRIDGE_MIN_JAVA for the java25 Lambda runtime." >&2
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

describe_jdk() {
  echo "JAVA_HOME=$JAVA_HOME (Java $(jdk_major_version "$JAVA_HOME"))"
}
