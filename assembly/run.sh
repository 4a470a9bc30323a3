#!/usr/bin/env bash
# Builds what is missing and starts DoganHub in the foreground on embedded defaults
# (H2 file database, local email outbox, local storage, no AI, payments off).
# Ready when GET http://localhost:8181/health/ready answers 200. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

distribution=assembly/target/assembly
marker="$distribution/bin/karaf"
# Data (H2 database, logs, bootstrap credentials) lives outside target/ so that rebuilds keep it.
export KARAF_DATA="${KARAF_DATA:-$PWD/run/data}"

needs_build() {
  [ ! -x "$marker" ] && return 0
  [ -n "$(find pom.xml bundles integrations features assembly/src assembly/pom.xml etc \
          -newer "$marker" -type f -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building DoganHub (first build downloads dependencies; later builds take seconds)..."
  mvn -q -B install -DskipTests -pl assembly -am
  # A new build means new bundles: drop Karaf's bundle cache, keep the database and logs.
  rm -rf "$KARAF_DATA/cache" "$KARAF_DATA/kar" "$KARAF_DATA/tmp" "$KARAF_DATA/generated-bundles"
fi

mkdir -p "$KARAF_DATA"
echo "Starting DoganHub: http://localhost:8181/health/ready (data in $KARAF_DATA)"
exec "$distribution/bin/karaf" run
