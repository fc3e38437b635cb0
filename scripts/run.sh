#!/usr/bin/env bash
# Runs IzmirSymbiosis locally: a PostgreSQL (ConnectionStrings__Default, or a cluster kept in
# .local/ that this script starts), migrations, reference and demo data, then the web app on
# http://127.0.0.1:5080 (PORT overrides). Ctrl-C stops the app and the cluster it started.
# In the local cluster the app runs as the least-privileged role izmirsym_app and migrates as the
# owner role izmirsym_owner (deploy/postgres/setup.sh creates both).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/postgres.sh

port="${PORT:-5080}"
started_cluster=""
data="$root/.local/pgdata"

cleanup() {
  if [ -n "$started_cluster" ]; then
    pg_log "Stopping PostgreSQL"
    pg_stop_cluster "$data"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v dotnet >/dev/null || { pg_log "The .NET 10 SDK is required (dotnet not found)."; exit 1; }

if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_ensure_installed
  pg_port="${PGPORT_LOCAL:-55433}"
  pg_start_cluster "$data" "$pg_port"
  started_cluster=1
  pg_log "Setting up the roles izmirsym_owner (migrations) and izmirsym_app (the app)"
  PATH="$(pg_find_bindir):$PATH" PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres bash deploy/postgres/setup.sh
  database="Host=127.0.0.1;Port=$pg_port;Database=izmirsym"
  export ConnectionStrings__Default="$database;Username=izmirsym_app"
  export ConnectionStrings__Migrations="$database;Username=izmirsym_owner"
fi

pg_log "Building…"
dotnet build src/IzmirSymbiosis.Web -c Release -nologo -v quiet -clp:ErrorsOnly

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__Initialize=true
export Database__SeedDemo=true
# Uploaded documents stay with the local cluster, outside the source tree.
export Documents__Folder="${Documents__Folder:-$root/.local/documents}"
pg_log "Starting the app on http://127.0.0.1:$port (migrations and demo data are applied on start)"
# The built app runs directly (not through `dotnet run`) so that a TERM reaches it; a background
# job of a script ignores SIGINT, so Ctrl-C is turned into TERM by the trap below.
cd src/IzmirSymbiosis.Web
dotnet bin/Release/net10.0/IzmirSymbiosis.Web.dll --urls "http://127.0.0.1:$port" &
app=$!
trap 'kill -TERM "$app" 2>/dev/null' INT TERM
status=0
wait "$app" || status=$?
# A trapped signal ends the first wait early; wait again for the app to finish shutting down.
if kill -0 "$app" 2>/dev/null; then wait "$app" || status=$?; fi
exit "$status"
