#!/usr/bin/env bash
# Load figures (issue 13), on loopback only: a throwaway PostgreSQL, the published app as a server runs
# it (Staging: production settings with the demo region seeded; the operators' metrics port), then the
# load tool (tests/IzmirSymbiosis.LoadTests). Not part of scripts/test.sh. Stops everything it started.
#
#   scripts/load.sh [all|circuits|circuit-pages|api|pages] [tool options]
#     circuits: --count 100 --parallel 6 --idle 15 [--page /waste-codes] [--roles osb,uzman,admin]
#     api:      --clients 200 --duration 30 --warmup 5 [--think MS]
#     pages:    --clients 100 --duration 30 --warmup 5 [--think MS]
# Settings of the app under load can be passed as environment variables (e.g. Circuits__MaxRetained=50).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/postgres.sh

what="${1:-all}"; [ $# -gt 0 ] && shift
pg_port="${LOAD_PG_PORT:-55460}"
app_port="${LOAD_PORT:-5090}"
metrics_port="${LOAD_METRICS_PORT:-9464}"
work=$(mktemp -d /tmp/izmirsym-load.XXXXXX)
chmod 755 "$work"
app=""

cleanup() {
  [ -n "$app" ] && kill -TERM "$app" 2>/dev/null && wait "$app" 2>/dev/null
  pg_stop_cluster "$work/pgdata"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_ensure_installed || exit 1
if [ ! -x /usr/bin/chromium ]; then
  pg_log "Chromium not found; installing it with apt-get…"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null || exit 1
fi

pg_start_cluster "$work/pgdata" "$pg_port" || exit 1
PATH="$(pg_find_bindir):$PATH" PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres bash deploy/postgres/setup.sh >/dev/null || exit 1
database="Host=127.0.0.1;Port=$pg_port;Database=izmirsym"

pg_log "Publishing the app and building the load tool (Release)…"
dotnet publish src/IzmirSymbiosis.Web -c Release -o "$work/app" -nologo -v quiet -clp:ErrorsOnly >/dev/null || exit 1
dotnet build tests/IzmirSymbiosis.LoadTests -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null || exit 1

pg_log "Starting the app on http://127.0.0.1:$app_port (metrics on 127.0.0.1:$metrics_port)…"
mkdir -p "$work/home"
(
  cd "$work/app"
  export ASPNETCORE_ENVIRONMENT=Staging HOME="$work/home"
  export ConnectionStrings__Default="$database;Username=izmirsym_app${LOAD_DB_OPTIONS:+;$LOAD_DB_OPTIONS}" ConnectionStrings__Migrations="$database;Username=izmirsym_owner"
  export Database__Initialize=true Database__SeedDemo=true
  # Plain HTTP on loopback: the cookies may not be Secure-only here.
  export Security__SecureCookies=false
  # Each run of the tool signs the four roles in again from one address: lift the per-address limit of account posts.
  export Security__AccountPostsPerMinute=1000
  export Observability__MetricsPort="$metrics_port" Observability__MetricsHost=127.0.0.1
  export Documents__Folder="$work/documents" Mail__PickupDirectory="$work/mail" LogFile__Path="$work/logs/izmirsym-.log"
  export Serilog__MinimumLevel__Default=Warning
  exec dotnet IzmirSymbiosis.Web.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1
) &
app=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null || { pg_log "The app did not become ready."; tail -30 "$work/app.log"; exit 1; }
pid=$(pgrep -f -n "IzmirSymbiosis.Web.dll --urls http://127.0.0.1:$app_port")

tool() { dotnet tests/IzmirSymbiosis.LoadTests/bin/Release/net10.0/izmirsym-load.dll "$@"; }
common=(--url "http://127.0.0.1:$app_port" --metrics "http://127.0.0.1:$metrics_port/metrics" --pid "$pid")
status=0
case "$what" in
  circuits|api|pages) tool "$what" "${common[@]}" "$@" || status=1 ;;
  circuit-pages)
    # One page at a time, 20 circuits each, after a short walk so that one-time caches are not counted.
    tool circuits "${common[@]}" --count 8 --idle 5 || status=1
    for p in /notifications /waste-codes /offers /map /matches; do tool circuits "${common[@]}" --count 20 --idle 5 --page "$p" || status=1; done
    # The dashboard is the programme's (staff, experts, administrators): the firm's circuits would be refused.
    tool circuits "${common[@]}" --count 18 --idle 5 --page /dashboard --roles osb,uzman,admin || status=1
    ;;
  all)
    # Back to back (each client sends its next request as soon as it has the answer), then as users
    # who read for 2 s between clicks.
    tool api "${common[@]}" --clients 200 || status=1
    tool api "${common[@]}" --clients 200 --think 2000 || status=1
    tool pages "${common[@]}" --clients 100 || status=1
    tool pages "${common[@]}" --clients 100 --think 2000 || status=1
    # Circuits walking their role's main pages, then all on the page the issue measured first.
    tool circuits "${common[@]}" --count 100 || status=1
    tool circuits "${common[@]}" --count 100 --page /waste-codes || status=1
    ;;
  *) echo "usage: scripts/load.sh [all|circuits|circuit-pages|api|pages] [options]" >&2; exit 2 ;;
esac
# LOAD_HOLD=S keeps the app S seconds after the tool (for a heap dump of the app with the circuits closed).
[ -n "${LOAD_HOLD:-}" ] && pg_log "Holding the app (pid $pid) for $LOAD_HOLD s…" && sleep "$LOAD_HOLD"
echo "app: $(grep -c '\[ERR\]\|\[FTL\]' "$work/app.log" 2>/dev/null || echo 0) error lines in its log"
exit "$status"
