#!/usr/bin/env bash
# Runs the server test suite against the machine's own PostgreSQL (e.g. Debian's 15) in a
# throwaway cluster, to prove the production path (DATABASE_URL, PostgreSQL ≥ 15) works too.
# Usage: scripts/test-against-system-postgres.sh [/usr/lib/postgresql/15/bin]
set -euo pipefail
bin=${1:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | head -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "no system PostgreSQL found" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/parplan-syspg-XXXXXX)
chmod 755 "$dir"
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -ne 0 ] || chown postgres "$dir"
cleanup() { as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
# The split production uses: an owner role that migrates (and here creates the test databases),
# and the app's login role that owns nothing and gets its table rights from the owner.
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE ROLE parplan_ci LOGIN CREATEDB PASSWORD 'ci'" postgres
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE ROLE parplan_ci_app LOGIN PASSWORD 'ci'" postgres
# Membership lets the owner end the app role's leftover connections when dropping a test database.
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "GRANT parplan_ci_app TO parplan_ci" postgres
echo "server suite against $("$bin/postgres" --version)"
TEST_DATABASE_URL="postgres://parplan_ci:ci@127.0.0.1:$port/postgres" \
  TEST_DATABASE_APP_URL="postgres://parplan_ci_app:ci@127.0.0.1:$port/postgres" \
  npx vitest run --project server
