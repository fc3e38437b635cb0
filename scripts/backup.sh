#!/usr/bin/env bash
# Backs up IzmirSymbiosis: the database (pg_dump, custom format) and the uploaded documents, into one
# timestamped folder with a manifest that scripts/restore.sh checks a restore against.
#
#   scripts/backup.sh [--connection "Host=…;Database=…;Username=…"] [--documents DIR] [--out DIR]
#
# Connection: --connection, else ConnectionStrings__Migrations (the owner role), else
# ConnectionStrings__Default, else scripts/run.sh's local cluster (port 55433, database izmirsym).
# Documents: --documents, else Documents__Folder, else .local/documents (scripts/run.sh's).
# Output: --out, else BACKUP_DIR, else .local/backups; the new folder is izmirsym-<UTC time>/ with
#   database.dump      pg_dump -Fc of the whole database (schema, data, grants, the job queue)
#   documents/         the document files (without the upload staging area)
#   documents.sha256   sha256sum lines of those files
#   manifest           row counts per table and the audit-table checksum, taken in the same snapshot
#                      as the dump, plus the checksums of database.dump and documents.sha256
# The folder's path is the last line printed on stdout. Safe while the app runs: the dump and the
# figures read one snapshot, and documents are copied after it (files are only ever added, so every
# document row of the dump has its file; a file uploaded meanwhile is an unreferenced extra).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/backup.sh"

connection="" documents="" out="${BACKUP_DIR:-$root/.local/backups}"
while [ $# -gt 0 ]; do
  case "$1" in
    --connection) connection="$2"; shift 2 ;;
    --documents) documents="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pg_log "Unknown argument: $1 (see --help)"; exit 2 ;;
  esac
done

bin=$(pg_find_bindir) || { pg_log "pg_dump not found: install the 'postgresql-client' (or 'postgresql') package."; exit 1; }
export PATH="$bin:$PATH"
pg_use_connection "$(backup_connection "$connection")"
documents=$(backup_documents_folder "$documents" "$root")

# A backup holds personal data and the Data Protection key ring: readable by its owner only.
umask 077
mkdir -p "$out"
name="izmirsym-$(date -u +%Y%m%dT%H%M%SZ)"
target="$out/$name"
work="$target.partial"
[ ! -e "$target" ] || { pg_log "$target exists already."; exit 1; }
rm -rf "$work"
mkdir -p "$work/documents"
trap 'rm -rf "$work"' EXIT

started=$(date +%s.%N)
pg_log "Dumping $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"
export IZMIRSYM_DUMP_FILE="$work/database.dump" IZMIRSYM_DUMP_STATUS="$work/dump.status"
# psql holds a repeatable-read transaction open while pg_dump (run from inside it with \!) dumps
# the snapshot it exported: the counts and the checksum describe exactly the dumped rows.
{
  backup_session_sql
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;"
  echo "SELECT pg_export_snapshot() AS snapshot \\gset"
  echo "\\setenv IZMIRSYM_SNAPSHOT :snapshot"
  echo "\\o '$work/figures.tsv'"
  backup_figures_sql
  echo "\\o"
  # shellcheck disable=SC2016 # expanded by the shell that psql starts
  echo '\! pg_dump --format=custom --snapshot="$IZMIRSYM_SNAPSHOT" --file="$IZMIRSYM_DUMP_FILE"; echo $? > "$IZMIRSYM_DUMP_STATUS"'
  echo "COMMIT;"
} | psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 >/dev/null
[ "$(cat "$work/dump.status" 2>/dev/null)" = "0" ] || { pg_log "pg_dump failed."; exit 1; }
rm -f "$work/dump.status"
grep -q '^audit' "$work/figures.tsv" || { pg_log "No audit table found: is this an IzmirSymbiosis database?"; exit 1; }
dumped=$(date +%s.%N)

if [ -d "$documents" ]; then
  pg_log "Copying the documents from $documents"
  tar -C "$documents" --exclude=./.staging -cf - . | tar -C "$work/documents" -xf -
else
  pg_log "No document folder at $documents (no uploads yet): the backup has no documents."
fi
backup_document_sums "$work/documents" > "$work/documents.sha256"

{
  printf 'format\tizmirsym-backup\t1\n'
  printf 'created\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'database\t%s\n' "$PGDATABASE"
  printf 'dump\tdatabase.dump\t%s\n' "$(backup_sha256 "$work/database.dump")"
  printf 'documents\t%s\t%s\n' "$(wc -l < "$work/documents.sha256" | tr -d ' ')" "$(backup_sha256 "$work/documents.sha256")"
  cat "$work/figures.tsv"
} > "$work/manifest"
rm -f "$work/figures.tsv"

mv "$work" "$target"
trap - EXIT
finished=$(date +%s.%N)
tables=$(grep -c '^rows' "$target/manifest")
audit=$(grep '^audit' "$target/manifest" | cut -f2)
files=$(grep '^documents' "$target/manifest" | cut -f2)
pg_log "$(printf 'Backed up %s tables (%s audit rows) and %s documents in %s s (dump %s s), %s' \
  "$tables" "$audit" "$files" "$(backup_seconds "$started" "$finished")" "$(backup_seconds "$started" "$dumped")" "$(du -sh "$target" | cut -f1)")"
echo "$target"
