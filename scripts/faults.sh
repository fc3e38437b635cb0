#!/usr/bin/env bash
# The fault suite on its own, with its figures: PostgreSQL restarted under load, the app killed
# while approving and saving (and right after saves), a full or read-only document folder.
# These tests are part of scripts/test.sh too; this runs only them and prints what they measured.
# Needs root (the document-folder tests mount a small tmpfs), like scripts/test.sh on our machines.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/postgres.sh

pg_port="${TEST_PG_PORT:-55432}"
work=$(mktemp -d /tmp/izmirsym-faults.XXXXXX)
chmod 755 "$work"
cleanup() {
  pg_stop_cluster "$work/pgdata"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_ensure_installed || exit 1
PG_FSYNC=off pg_start_cluster "$work/pgdata" "$pg_port" || exit 1
export IZMIRSYM_TEST_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Timeout=60"

pg_log "Building…"
dotnet build IzmirSymbiosis.sln -nologo -v quiet -clp:ErrorsOnly || { pg_log "Build failed."; exit 1; }

status=0
dotnet test tests/IzmirSymbiosis.Web.DeploymentTests --no-build -nologo \
  --filter "FullyQualifiedName~DatabaseRestartTests|FullyQualifiedName~KilledMidWorkTests|FullyQualifiedName~CrashRecoveryTests" \
  --logger "console;verbosity=detailed" || status=1
dotnet test tests/IzmirSymbiosis.Infrastructure.IntegrationTests --no-build -nologo \
  --filter "FullyQualifiedName~DocumentFolderFaultTests" --logger "console;verbosity=normal" || status=1
exit $status
