# Shared by backup.sh and restore.sh: where things are by default, and the figures a manifest holds.
# Sourced after postgres.sh.

# The connection the scripts use: the flag, else ConnectionStrings__Migrations (the owner role, who
# can read every table and restore ownership and grants), else ConnectionStrings__Default, else
# the local cluster of scripts/run.sh.
backup_connection() {
  local flag="$1"
  if [ -n "$flag" ]; then printf '%s' "$flag"; return; fi
  if [ -n "${ConnectionStrings__Migrations:-}" ]; then printf '%s' "$ConnectionStrings__Migrations"; return; fi
  if [ -n "${ConnectionStrings__Default:-}" ]; then printf '%s' "$ConnectionStrings__Default"; return; fi
  printf 'Host=127.0.0.1;Port=%s;Database=izmirsym;Username=izmirsym_owner' "${PGPORT_LOCAL:-55433}"
}

# The document folder: the flag, else Documents__Folder, else scripts/run.sh's .local/documents.
backup_documents_folder() {
  local flag="$1" root="$2"
  if [ -n "$flag" ]; then printf '%s' "$flag"; return; fi
  if [ -n "${Documents__Folder:-}" ]; then printf '%s' "$Documents__Folder"; return; fi
  printf '%s' "$root/.local/documents"
}

# Session settings that make the text form of rows (timestamps, floats) the same on every server,
# so the audit checksum of a restore can be compared with the one taken at backup.
backup_session_sql() {
  cat <<'SQL'
SET TimeZone TO 'UTC';
SET DateStyle TO 'ISO, YMD';
SET IntervalStyle TO 'postgres';
SET extra_float_digits TO 1;
SET bytea_output TO 'hex';
SQL
}

# One line per table: "rows<TAB>schema.table<TAB>count", every ordinary table of every schema
# outside the system ones, in name order; then "audit<TAB>count<TAB>md5 of the rows by id".
backup_figures_sql() {
  cat <<'SQL'
SELECT 'rows', n.nspname || '.' || c.relname,
       (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C";
SELECT 'audit', count(*), md5(coalesce(string_agg(a::text, E'\n' ORDER BY a.id), ''))
FROM public.audit_events a;
SQL
}

# sha256 of a file, the hex only.
backup_sha256() { sha256sum "$1" | cut -d' ' -f1; }

# Lists the files of a document folder (without the upload staging area) as `sha256sum` lines,
# paths relative to the folder, in byte order.
backup_document_sums() {
  local folder="$1"
  [ -d "$folder" ] || return 0
  (cd "$folder" && find . -path ./.staging -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

# Seconds between two `date +%s.%N` readings, one decimal.
backup_seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
