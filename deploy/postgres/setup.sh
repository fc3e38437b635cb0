#!/usr/bin/env bash
# Creates the owner and application roles (roles.sql) and the app's database owned by the owner
# (database.sql). Idempotent: safe on every start, and it hands databases of earlier versions
# (created as postgres) to the owner role.
#
# Connects with the libpq environment as a superuser (PGHOST, PGPORT, PGUSER, PGPASSWORD).
#   IZMIRSYM_DB              the app's database (default izmirsym)
#   IZMIRSYM_OWNER_PASSWORD  when set, the password of izmirsym_owner
#   IZMIRSYM_APP_PASSWORD    when set, the password of izmirsym_app
# (passwords are needed unless the server trusts the client, as scripts/run.sh's local cluster does).
#
# Used by scripts/run.sh and by docker-compose.yml (service db-setup); the test fixtures run the
# same two SQL files through DatabaseRoles.ProvisionAsync.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
db="${IZMIRSYM_DB:-izmirsym}"

run_psql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

run_psql --single-transaction -d postgres -f "$here/roles.sql"

# Passwords come from the environment (\getenv), never from the command line that ps shows.
for role in owner app; do
  variable="IZMIRSYM_${role^^}_PASSWORD"
  if [ -n "${!variable:-}" ]; then
    run_psql -d postgres -v role="izmirsym_$role" -v variable="$variable" <<'SQL'
\getenv password :variable
BEGIN;
-- roles.sql's lock: another setup changing the same role at once would fail with "tuple concurrently updated".
DO $$ BEGIN PERFORM pg_advisory_xact_lock(7283110); END $$;
ALTER ROLE :"role" PASSWORD :'password';
COMMIT;
SQL
  fi
done

exists=$(run_psql -d postgres -tA -v db="$db" <<'SQL'
SELECT 1 FROM pg_database WHERE datname = :'db';
SQL
)
if [ -z "$exists" ]; then
  run_psql -d postgres -v db="$db" <<'SQL'
CREATE DATABASE :"db" OWNER izmirsym_owner;
SQL
fi

run_psql --single-transaction -d "$db" -f "$here/database.sql"
