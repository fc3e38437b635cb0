# Shared helpers for a local PostgreSQL cluster, sourced by run.sh and test.sh.
# A cluster runs as the invoking user, or as `postgres` when invoked as root
# (initdb and pg_ctl refuse to run as root).

pg_log() { printf '[izmirsym] %s\n' "$*" >&2; }

# Installs PostgreSQL with apt when no server binaries are found.
pg_ensure_installed() {
  if pg_find_bindir >/dev/null 2>&1; then return 0; fi
  pg_log "PostgreSQL server not found; installing the 'postgresql' package with apt-get…"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  pg_find_bindir >/dev/null || { pg_log "PostgreSQL installation failed."; return 1; }
}

# Prints the newest installed PostgreSQL bin directory.
pg_find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return 0; fi
  return 1
}

# Runs a PostgreSQL binary as the cluster owner.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start_cluster DATADIR PORT: creates the cluster when missing and starts it.
# The socket lives in DATADIR/sock so several clusters never collide.
pg_start_cluster() {
  local data="$1" port="$2" bin
  bin=$(pg_find_bindir) || return 1
  mkdir -p "$data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data"; chmod 700 "$data"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    pg_log "Creating a PostgreSQL cluster in $data"
    pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null ||
      pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null || return 1
  fi
  pg_as_owner mkdir -p "$data/sock"
  if pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    pg_log "PostgreSQL already running in $data"
    return 0
  fi
  pg_log "Starting PostgreSQL on 127.0.0.1:$port"
  pg_as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
    -o "-p $port -k $data/sock -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on}" start >/dev/null ||
    { pg_log "PostgreSQL did not start; see $data/server.log"; tail -n 20 "$data/server.log" >&2; return 1; }
}

# pg_stop_cluster DATADIR
pg_stop_cluster() {
  local data="$1" bin
  bin=$(pg_find_bindir) || return 0
  [ -f "$data/postmaster.pid" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_use_connection "Host=…;Port=…;Database=…;Username=…;Password=…": exports the libpq
# variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE) for psql, pg_dump and
# pg_restore from an Npgsql connection string, the form the app's settings use. Keys are
# case-insensitive; unknown keys (pooling, timeouts) are ignored.
pg_use_connection() {
  local cs="$1" part key value
  local IFS=';'
  for part in $cs; do
    [ -n "${part//[[:space:]]/}" ] || continue
    key="${part%%=*}"; value="${part#*=}"
    key=$(printf '%s' "$key" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|userid|user|uid|username*) export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
      sslmode)
        value=$(printf '%s' "$value" | tr '[:upper:]' '[:lower:]')
        case "$value" in verifyca) value=verify-ca ;; verifyfull) value=verify-full ;; esac
        export PGSSLMODE="$value" ;;
    esac
  done
  [ -n "${PGDATABASE:-}" ] || { pg_log "The connection string names no Database."; return 1; }
}
