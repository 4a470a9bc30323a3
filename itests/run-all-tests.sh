#!/usr/bin/env bash
# Runs every test: unit tests, database tests against PostgreSQL, and the Pax Exam suite that boots the
# assembled distribution. Installs or starts what the tests need first: PostgreSQL, Node.js/npm for Azurite
# (S3Mock comes from Maven; both are started by the tests themselves) and hledger, the finance tests' oracle.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

postgres_answers() {
  (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
}

ensure_postgres() {
  if postgres_answers; then
    return
  fi
  echo "No PostgreSQL on 127.0.0.1:5432: installing and starting one (Debian)."
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  # The tests connect as 'postgres' over loopback without a password, as on the project's machines.
  if ! as_root grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
    as_root sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
  fi
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main reload
  for _ in $(seq 1 30); do postgres_answers && return; sleep 1; done
  echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2
  exit 1
}

ensure_node() {
  # Azurite, the Azure Blob peer, comes from npm; the storage tests install it on first use.
  if command -v npm >/dev/null 2>&1; then
    return
  fi
  echo "No npm: installing Node.js and npm (Debian) for Azurite."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
}

ensure_hledger() {
  # The accounting oracle: FinanceIT checks our trial balance against what hledger computes from our export.
  if command -v hledger >/dev/null 2>&1; then
    return
  fi
  echo "No hledger: installing it (Debian) for the finance cross-check."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hledger >/dev/null
}

ensure_postgres
ensure_node
ensure_hledger
# A Karaf left over from an interrupted run would hold the test ports.
pkill -f 'itests/target/exam' 2>/dev/null || true

rm -rf itests/target/exam
mvn -B install "$@"
