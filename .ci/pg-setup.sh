#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster (Debian's postgresql-15) and creates the role and the database the
# PostgreSQL test pass uses: postgresql://tadqiq:tadqiq@localhost:5432/tadqiq_test (role with CREATEDB: every test
# file gets its own database made from a migrated template). Idempotent. Needs root.
set -euo pipefail
if [ "$(id -u)" != "0" ]; then
  echo "pg-setup: needs root (starts the cluster and runs psql as the postgres user)" >&2
  exit 1
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version="$(pg_lsclusters --no-header | awk 'NR==1{print $1}')"
cluster="$(pg_lsclusters --no-header | awk 'NR==1{print $2}')"
if [ -z "$version" ]; then
  echo "pg-setup: no PostgreSQL cluster found (pg_lsclusters is empty)" >&2
  exit 1
fi
if ! pg_lsclusters --no-header | awk 'NR==1{print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
fi
psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'tadqiq'")" != "1" ]; then
  psql_admin "CREATE ROLE tadqiq LOGIN PASSWORD 'tadqiq' CREATEDB"
fi
# Dropping a test file's database WITH (FORCE) may meet an autovacuum worker there: pg_signal_backend lets the role end
# it (tests/support/pg-test-db.ts also waits and tries again).
psql_admin "GRANT pg_signal_backend TO tadqiq"
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'tadqiq_test'")" != "1" ]; then
  psql_admin "CREATE DATABASE tadqiq_test OWNER tadqiq"
fi
echo "pg-setup: PostgreSQL $version/$cluster is running; test database postgresql://tadqiq:***@localhost:5432/tadqiq_test"
