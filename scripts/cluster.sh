#!/usr/bin/env bash
# Runs IzmirSymbiosis as two instances behind a reverse proxy with sticky sessions, on loopback,
# against one PostgreSQL: the shape of a scaled-out deployment (README "Several instances").
#   scripts/cluster.sh start    PostgreSQL (ConnectionStrings__Default, or a cluster kept in
#                               .local/cluster that this script starts), instance A (migrates and
#                               seeds the demo data) on 127.0.0.1:5191, then instance B on :5192,
#                               then nginx with TLS on https://127.0.0.1:5190 (a self-signed
#                               certificate: the browser warns once)
#   scripts/cluster.sh status   what runs, and each instance's /health/ready
#   scripts/cluster.sh stop     stops what start started
# Ports: CLUSTER_PORT (proxy, 5190), CLUSTER_PORT_A (5191), CLUSTER_PORT_B (5192),
# PGPORT_CLUSTER (55434). Logs and process ids are in .local/cluster.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source scripts/lib/postgres.sh

state="$root/.local/cluster"
data="$state/pgdata"
proxy_port="${CLUSTER_PORT:-5190}"
port_a="${CLUSTER_PORT_A:-5191}"
port_b="${CLUSTER_PORT_B:-5192}"
pg_port="${PGPORT_CLUSTER:-55434}"
# nginx connects to the instances from this address, the only one they take X-Forwarded-* from.
proxy_address=127.0.0.2

alive() { [ -f "$state/$1.pid" ] && kill -0 "$(cat "$state/$1.pid")" 2>/dev/null; }

# wait_ready NAME PORT: until the instance answers /health/ready (it migrates and seeds first: minutes
# on a busy machine), or it exits, or 10 minutes pass.
wait_ready() {
  local name="$1" port="$2" i
  for i in $(seq 1 1200); do
    alive "$name" || { pg_log "Instance $name exited; see $state/$name.log"; tail -n 30 "$state/$name.log" >&2; return 1; }
    curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    sleep 0.5
  done
  pg_log "Instance $name did not become ready; see $state/$name.log"
  return 1
}

# start_instance NAME PORT [VAR=VALUE…]: the built app in the background, as scripts/run.sh runs it.
start_instance() {
  local name="$1" port="$2"
  shift 2
  pg_log "Starting instance $name on http://127.0.0.1:$port"
  (
    cd src/IzmirSymbiosis.Web
    exec env "$@" LogFile__Path="$state/logs/$name-.log" \
      nohup dotnet bin/Release/net10.0/IzmirSymbiosis.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$state/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
}

start_proxy() {
  local work="$state/nginx" user=""
  mkdir -p "$work"
  IZMIRSYM_CERT_DIR="$work/certs" IZMIRSYM_CERT_SAN="DNS:localhost,IP:127.0.0.1" bash deploy/nginx/10-izmirsym-cert.sh >/dev/null
  sed -e "s|\${IZMIRSYM_LISTEN}|127.0.0.1:$proxy_port|" \
    -e "s|\${IZMIRSYM_UPSTREAM_A}|127.0.0.1:$port_a|" \
    -e "s|\${IZMIRSYM_UPSTREAM_B}|127.0.0.1:$port_b|" \
    -e "s|\${IZMIRSYM_CERT_DIR}|$work/certs|" \
    deploy/nginx/izmirsym-cluster.conf.template >"$work/izmirsym.conf"
  # As root, the workers would run as nobody and could not use the temporary folders.
  [ "$(id -u)" -ne 0 ] || user="user root;"
  cat >"$work/nginx.conf" <<CONF
$user
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
    access_log $work/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    proxy_bind $proxy_address;
    include $work/izmirsym.conf;
}
CONF
  pg_log "Starting nginx on https://127.0.0.1:$proxy_port"
  /usr/sbin/nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" ||
    { pg_log "nginx did not start; see $work/error.log"; return 1; }
  cp "$work/nginx.pid" "$state/proxy.pid"
}

start() {
  command -v dotnet >/dev/null || { pg_log "The .NET 10 SDK is required (dotnet not found)."; exit 1; }
  if alive a || alive b || alive proxy; then pg_log "Already running (scripts/cluster.sh status)."; exit 1; fi
  if [ ! -x /usr/sbin/nginx ] || ! command -v curl >/dev/null || ! command -v openssl >/dev/null; then
    pg_log "Installing nginx, curl and openssl with apt-get…"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx curl openssl >/dev/null
    # This script starts its own nginx; stop the system service the package may have started.
    if command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then $sudo systemctl disable --now nginx >/dev/null 2>&1 || true; fi
  fi
  mkdir -p "$state/logs"
  rm -f "$state/started-postgres"

  if [ -z "${ConnectionStrings__Default:-}" ]; then
    pg_ensure_installed
    pg_start_cluster "$data" "$pg_port"
    touch "$state/started-postgres"
    pg_log "Setting up the roles izmirsym_owner (migrations) and izmirsym_app (the app)"
    PATH="$(pg_find_bindir):$PATH" PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres bash deploy/postgres/setup.sh
    local database="Host=127.0.0.1;Port=$pg_port;Database=izmirsym"
    export ConnectionStrings__Default="$database;Username=izmirsym_app"
    export ConnectionStrings__Migrations="$database;Username=izmirsym_owner"
  fi

  pg_log "Building…"
  dotnet build src/IzmirSymbiosis.Web -c Release -nologo -v quiet -clp:ErrorsOnly

  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  export Proxy__KnownProxies__0="$proxy_address"
  # Shared by both instances, as the appdata volume is in docker-compose.yml.
  export Documents__Folder="${Documents__Folder:-$state/documents}"
  # One instance migrates and seeds; the other starts once that is done.
  start_instance a "$port_a" Database__Initialize=true Database__SeedDemo=true
  wait_ready a "$port_a" || { stop; exit 1; }
  start_instance b "$port_b" Database__Initialize=false
  wait_ready b "$port_b" || { stop; exit 1; }
  start_proxy || { stop; exit 1; }
  pg_log "Ready: https://127.0.0.1:$proxy_port (instances on :$port_a and :$port_b; scripts/cluster.sh stop ends them)"
}

stop_pid() {
  local name="$1" pid i
  [ -f "$state/$name.pid" ] || return 0
  pid=$(cat "$state/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    pg_log "Stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$state/$name.pid"
}

stop() {
  stop_pid proxy
  stop_pid b
  stop_pid a
  if [ -f "$state/started-postgres" ]; then
    pg_log "Stopping PostgreSQL"
    pg_stop_cluster "$data"
    rm -f "$state/started-postgres"
  fi
}

status() {
  local name port health running=0
  for name in a b; do
    port=$port_a; [ "$name" = b ] && port=$port_b
    if alive "$name"; then
      running=1
      health=$(curl -sS --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null || echo "not answering")
      echo "instance $name: running (pid $(cat "$state/$name.pid"), http://127.0.0.1:$port, ready: $health)"
    else
      echo "instance $name: stopped"
    fi
  done
  if alive proxy; then running=1; echo "proxy: running (https://127.0.0.1:$proxy_port)"; else echo "proxy: stopped"; fi
  if [ -f "$state/started-postgres" ]; then echo "postgresql: started by this script ($data, port $pg_port)"; fi
  [ "$running" -eq 1 ]
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/cluster.sh start|stop|status" >&2; exit 2 ;;
esac
