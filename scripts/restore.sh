#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an empty database and an empty document folder,
# then checks the result against the backup's manifest; exits non-zero on any difference.
#
#   scripts/restore.sh [--connection "Host=…;Database=…;Username=izmirsym_owner"] [--documents DIR] BACKUP_DIR
#
# Connection and document folder as in backup.sh (--connection, else ConnectionStrings__Migrations,
# else ConnectionStrings__Default, else scripts/run.sh's local cluster; --documents, else
# Documents__Folder, else .local/documents). The database must exist and hold no tables, and both
# roles must exist: on a new server run deploy/postgres/setup.sh first (as a superuser; it creates
# izmirsym_owner, izmirsym_app and the database), then restore as izmirsym_owner. The restore is one
# transaction: it lands whole or not at all.
#
# Checks, in order: the dump and the document list match the manifest's checksums (before anything
# is written); after the restore, every table's row count, the audit table's checksum and every
# document's sha256 match the manifest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/backup.sh"

connection="" documents="" backup=""
while [ $# -gt 0 ]; do
  case "$1" in
    --connection) connection="$2"; shift 2 ;;
    --documents) documents="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) pg_log "Unknown argument: $1 (see --help)"; exit 2 ;;
    *) [ -z "$backup" ] || { pg_log "One backup folder only."; exit 2; }; backup="$1"; shift ;;
  esac
done
[ -n "$backup" ] || { pg_log "Name the backup folder (see --help)."; exit 2; }
[ -d "$backup" ] || { pg_log "No folder $backup."; exit 1; }
backup=$(cd "$backup" && pwd)
manifest="$backup/manifest"
[ -f "$manifest" ] || { pg_log "No manifest in $backup: not a backup of scripts/backup.sh."; exit 1; }
[ "$(grep '^format' "$manifest" | cut -f2,3)" = $'izmirsym-backup\t1' ] || { pg_log "Unknown backup format in $manifest."; exit 1; }

fail() { pg_log "RESTORE FAILED: $*"; exit 1; }
# check_documents DIR: the files of documents.sha256 are in DIR with those contents.
check_documents() {
  [ -s "$backup/documents.sha256" ] || return 0
  (cd "$1" && sha256sum --quiet --strict -c "$backup/documents.sha256" >&2)
}

bin=$(pg_find_bindir) || { pg_log "pg_restore not found: install the 'postgresql-client' (or 'postgresql') package."; exit 1; }
export PATH="$bin:$PATH"
pg_use_connection "$(backup_connection "$connection")"
documents=$(backup_documents_folder "$documents" "$root")

# 1. The backup is whole: its files are the ones the manifest describes.
[ "$(backup_sha256 "$backup/database.dump")" = "$(grep '^dump' "$manifest" | cut -f3)" ] ||
  fail "database.dump does not match the manifest's checksum (damaged or altered backup)."
[ "$(backup_sha256 "$backup/documents.sha256")" = "$(grep '^documents' "$manifest" | cut -f3)" ] ||
  fail "documents.sha256 does not match the manifest's checksum (damaged or altered backup)."
check_documents "$backup/documents" ||
  fail "The backup's documents differ from documents.sha256."

# 2. The targets are empty: a restore never mixes with data that is there already.
psql_target() { psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 "$@"; }
tables=$(psql_target -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'") ||
  fail "Cannot connect to $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}."
[ "$tables" = "0" ] || fail "$PGDATABASE already holds $tables tables: restore into an empty database (deploy/postgres/setup.sh with IZMIRSYM_DB=<new name>)."
if [ -d "$documents" ] && [ -n "$(ls -A "$documents" 2>/dev/null | grep -v '^\.staging$' || true)" ]; then
  fail "The document folder $documents is not empty: restore into an empty one."
fi

started=$(date +%s.%N)
pg_log "Restoring into $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"
pg_restore --exit-on-error --single-transaction --dbname="$PGDATABASE" "$backup/database.dump" ||
  fail "pg_restore stopped; nothing was restored (one transaction)."
restored=$(date +%s.%N)

pg_log "Copying the documents into $documents"
mkdir -p "$documents"
chmod 700 "$documents"
tar -C "$backup/documents" -cf - . | tar -C "$documents" -xf -

# 3. The restore holds what the backup held.
status=0
expected=$(grep -E '^(rows|audit)' "$manifest")
actual=$( { backup_session_sql; backup_figures_sql; } | psql_target)
if ! difference=$(diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual")); then
  pg_log "Row counts or the audit checksum differ from the manifest (< manifest, > restored):"
  printf '%s\n' "$difference" | grep '^[<>]' >&2
  status=1
fi
if ! check_documents "$documents"; then
  pg_log "Restored documents differ from the backup's list."
  status=1
fi
count=$(backup_document_sums "$documents" | wc -l | tr -d ' ')
[ "$count" = "$(grep '^documents' "$manifest" | cut -f2)" ] || { pg_log "$count documents restored, the manifest lists $(grep '^documents' "$manifest" | cut -f2)."; status=1; }
[ "$status" = 0 ] || fail "the restored data does not match the manifest of $backup."

finished=$(date +%s.%N)
pg_log "Restored and verified $(grep -c '^rows' "$manifest") tables, $(grep '^audit' "$manifest" | cut -f2) audit rows and $count documents in $(backup_seconds "$started" "$finished") s (pg_restore $(backup_seconds "$started" "$restored") s)."
