#!/usr/bin/env bash
# Several Dundian nodes on one machine, on loopback: ./scripts/cluster.sh up|down|status
#
#   up      installs postgresql, redis-server and nginx when missing (Debian, as root), publishes the app once
#           (Release), starts a PostgreSQL, a Redis, CLUSTER_NODES app nodes (default 2) in Deployment:Mode=Cluster
#           and an nginx load balancer in front; prints `cluster: URL` and `nodeN: URL`.
#   down    stops everything `up` started, by pid, and removes the state folder.
#   status  shows what is running.
#   start-node N   starts node N again (after it was stopped or killed), on its port.
#   stop-redis / start-redis   stops Redis / starts it again on its port (the nodes serve on alone meanwhile).
#
# Environment: CLUSTER_NODES (2), CLUSTER_DIR (/tmp/dundian-cluster), CLUSTER_PORT (nginx, 18080; the nodes, Redis
# and PostgreSQL take the next free ports above it), CLUSTER_APP (a folder with a published build to use instead of
# publishing into $CLUSTER_DIR/app; kept by `down`), CLUSTER_UPLOADS (`folder`, default: one uploads folder shared by
# the nodes; `s3`: an S3-protocol server, s3rver via scripts/s3rver.sh (needs Node.js), with the bucket
# dundian-uploads, and the nodes on Uploads:Store=S3).
# Every other variable of the caller (e.g. Accounts__AdminPassword, Concerns__EscalationIntervalMinutes) reaches
# every node unchanged. State, logs and data live in $CLUSTER_DIR: nodeN.log, nginx/, pg/, redis/, uploads/ (or s3/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${CLUSTER_DIR:-/tmp/dundian-cluster}"
APP="${CLUSTER_APP:-$DIR/app}"
NODES="${CLUSTER_NODES:-2}"
BASE_PORT="${CLUSTER_PORT:-18080}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "[cluster] $*" >&2; }
die() { echo "[cluster] ERROR: $*" >&2; exit 1; }

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

pg_bin_dir() {
  local d
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}

as_pg() { if [[ "$(id -u)" -eq 0 ]]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi; }

# GET http://127.0.0.1:PORT/PATH with bash alone (a fresh machine may lack curl); prints the status code.
http_status() {
  local port="$1" path="$2" line
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  read -r -t 30 line <&3 || true
  exec 3<&- 3>&-
  echo "$line" | awk '{print $2}'
}

wait_http() {
  local port="$1" path="$2" what="$3" pidfile="${4:-}" i
  for i in $(seq 1 240); do
    [[ "$(http_status "$port" "$path" 2>/dev/null || true)" == "200" ]] && return 0
    if [[ -n "$pidfile" ]] && ! alive "$pidfile"; then die "$what exited; see its log in $DIR"; fi
    sleep 0.5
  done
  die "$what did not answer on port $port within 120 s"
}

next_port=$BASE_PORT
take_port() {
  while port_busy "$next_port"; do next_port=$((next_port + 1)); done
  echo "$next_port"; next_port=$((next_port + 1))
}

install_packages() {
  local missing=()
  { pg_bin_dir >/dev/null && id -u postgres >/dev/null 2>&1; } || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  { command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]]; } || missing+=(nginx)
  ((${#missing[@]})) || return 0
  [[ "$(id -u)" -eq 0 ]] || die "missing Debian packages: ${missing[*]} (run as root, or apt-get install them)"
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; } >"/tmp/dundian-cluster-apt.log" 2>&1 \
    || { tail -n 30 /tmp/dundian-cluster-apt.log >&2; die "apt-get failed"; }
  # Debian starts the services it installs; this script runs its own and leaves those alone.
}

up() {
  [[ -e "$DIR/state" ]] && die "a cluster is already up in $DIR (./scripts/cluster.sh down first)"
  install_packages
  # A failed start leaves nothing running (CLUSTER_KEEP_ON_FAILURE=1 keeps it, logs included, for a look).
  trap 'rc=$?; if ((rc)) && [[ "${CLUSTER_KEEP_ON_FAILURE:-0}" != 1 ]]; then tail -n 20 "$DIR"/node*.log >&2 2>/dev/null || true; down; fi' EXIT
  local pg_bin nginx_bin
  pg_bin="$(pg_bin_dir)" || die "PostgreSQL binaries not found"
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  mkdir -p "$DIR"/{nginx/temp,redis,uploads}
  touch "$DIR/state"

  # ---- one Release build for every node
  if [[ -z "${CLUSTER_APP:-}" || ! -f "$APP/Dundian.Web.dll" ]]; then
    log "dotnet publish (Release) -> $APP"
    dotnet publish "$ROOT/src/Dundian.Web/Dundian.Web.csproj" -c Release -o "$APP" -v q --nologo >"$DIR/publish.log" 2>&1 \
      || { tail -n 30 "$DIR/publish.log" >&2; die "publish failed"; }
  fi

  # ---- PostgreSQL
  local pg_port; pg_port="$(take_port)"
  mkdir -p "$DIR/pg"
  [[ "$(id -u)" -eq 0 ]] && chown postgres "$DIR/pg"
  chmod 700 "$DIR/pg"
  as_pg "$pg_bin/initdb" -D "$DIR/pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/pg-initdb.log" 2>&1 \
    || { cat "$DIR/pg-initdb.log" >&2; die "initdb failed"; }
  as_pg bash -c "cat >>'$DIR/pg/data/postgresql.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$DIR/pg'
max_connections = 300
EOF
  as_pg "$pg_bin/pg_ctl" start -D "$DIR/pg/data" -l "$DIR/pg/server.log" -w -t 60 >/dev/null || die "PostgreSQL did not start"
  echo "$pg_bin" >"$DIR/pg.bin"
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE DATABASE dundian ENCODING 'UTF8'" >/dev/null
  local cs="Host=127.0.0.1;Port=$pg_port;Database=dundian;Username=postgres"
  echo "$cs" >"$DIR/connection-string"

  # ---- Redis (a cache and counters: nothing to persist)
  take_port >"$DIR/redis.port"
  start_redis

  # ---- uploads: the shared folder, or an S3-protocol server
  case "${CLUSTER_UPLOADS:-folder}" in
    folder) ;;
    s3) "$ROOT/scripts/s3rver.sh" start "$DIR/s3" dundian-uploads >"$DIR/s3.url" || die "s3rver did not start" ;;
    *) die "CLUSTER_UPLOADS must be folder or s3" ;;
  esac

  # ---- the certificate that encrypts the data-protection keys in the database
  if [[ ! -f "$DIR/keys.pfx" ]]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$DIR/keys.password"
    chmod 600 "$DIR/keys.password"
    Deployment__KeyCertificatePassword="$(cat "$DIR/keys.password")" \
      dotnet "$APP/Dundian.Web.dll" create-key-certificate "$DIR/keys.pfx" >/dev/null
  fi

  # ---- app nodes: the first alone (it migrates and loads the demo), then the others
  local i port ports=()
  for i in $(seq 1 "$NODES"); do
    port="$(take_port)"; ports+=("$port")
    echo "$port" >"$DIR/node$i.port"
    start_node "$i"
    if ((i == 1)); then wait_http "$port" /health "node1" "$DIR/node1.pid"; fi
  done
  for i in $(seq 2 "$NODES"); do wait_http "${ports[$((i - 1))]}" /health "node$i" "$DIR/node$i.pid"; done

  # ---- nginx in front
  local lb_port; lb_port="$(take_port)"
  chmod 777 "$DIR/nginx/temp"
  {
    echo "worker_processes 1;"
    [[ "$(id -u)" -eq 0 ]] && echo "user root;"
    echo "pid $DIR/nginx/nginx.pid;"
    echo "error_log $DIR/nginx/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log $DIR/nginx/access.log;"
    echo "  client_body_temp_path $DIR/nginx/temp/body; proxy_temp_path $DIR/nginx/temp/proxy;"
    echo "  fastcgi_temp_path $DIR/nginx/temp/fastcgi; uwsgi_temp_path $DIR/nginx/temp/uwsgi; scgi_temp_path $DIR/nginx/temp/scgi;"
    echo "  client_max_body_size 60m;"
    echo "  upstream dundian {"
    for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done
    # No upstream keepalive: a POST written onto a cached connection to a node that has just died counts as sent,
    # so nginx may not retry it and answers 502 (seen in the kill -9 test 28 ms after the kill). On a fresh connection
    # a dead node refuses the connect, nothing is sent, and nginx passes even a POST to the other node.
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$lb_port;"
    echo "    location / {"
    echo "      proxy_pass http://dundian;"
    echo "      proxy_http_version 1.1;"
    echo "      proxy_set_header Host \$http_host;"
    # Set, not appended: a client cannot plant an address of its choice in front of its own.
    echo "      proxy_set_header X-Forwarded-For \$remote_addr;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
    # A node that refuses connections (stopped, killed) is skipped; a POST already sent is never sent twice.
    echo "      proxy_next_upstream error timeout http_502 http_503;"
    echo "      proxy_connect_timeout 2s;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$DIR/nginx/nginx.conf"
  "$nginx_bin" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log" || die "nginx did not start"
  echo "$lb_port" >"$DIR/nginx.port"
  wait_http "$lb_port" /health "nginx"

  echo "cluster: http://127.0.0.1:$lb_port"
  for i in $(seq 1 "$NODES"); do echo "node$i: http://127.0.0.1:${ports[$((i - 1))]}"; done
}

# Starts node N on its port (node N's settings are derived from the state folder, so `start-node` can bring back a
# node that was stopped or killed). The caller's environment is passed on unchanged.
start_node() {
  local i="$1" port cs redis_port
  port="$(cat "$DIR/node$i.port")"; cs="$(cat "$DIR/connection-string")"; redis_port="$(cat "$DIR/redis.port")"
  mkdir -p "$DIR/node$i/data"
  (
    cd "$APP"
    export ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
    export Database__Provider=Postgres Database__ConnectionString="$cs" Database__DataDirectory="$DIR/node$i/data"
    if [[ -f "$DIR/s3.url" ]]; then
      # s3rver's built-in account.
      export Uploads__Store=S3 Uploads__S3__ServiceUrl="$(cat "$DIR/s3.url")" Uploads__S3__Bucket=dundian-uploads \
        Uploads__S3__AccessKey=S3RVER Uploads__S3__SecretKey=S3RVER Uploads__S3__ForcePathStyle=true
    else
      export Database__UploadsDirectory="$DIR/uploads"
    fi
    export Deployment__Mode=Cluster Deployment__Redis="127.0.0.1:$redis_port"
    export Deployment__KeyCertificatePath="$DIR/keys.pfx" Deployment__KeyCertificatePassword="$(cat "$DIR/keys.password")"
    export Network__KnownProxies=127.0.0.1
    setsid dotnet "$APP/Dundian.Web.dll" >>"$DIR/node$i.log" 2>&1 </dev/null &
    echo $! >"$DIR/node$i.pid"
  )
}

start_node_verb() {
  local i="${1:-}"
  [[ "$i" =~ ^[0-9]+$ && -f "$DIR/node$i.port" ]] || die "usage: $0 start-node N (a node of the cluster in $DIR)"
  alive "$DIR/node$i.pid" && { log "node$i is already running"; return 0; }
  start_node "$i"
  wait_http "$(cat "$DIR/node$i.port")" /health "node$i" "$DIR/node$i.pid"
  echo "node$i: http://127.0.0.1:$(cat "$DIR/node$i.port")"
}

stop_pid() {
  local file="$1" pid i
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

start_redis() {
  local redis_port; redis_port="$(cat "$DIR/redis.port")"
  rm -f "$DIR/redis.pid"
  redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --pidfile "$DIR/redis.pid" \
    --dir "$DIR/redis" --logfile "$DIR/redis/redis.log" --save "" --appendonly no
  for _ in $(seq 1 50); do [[ -s "$DIR/redis.pid" ]] && port_busy "$redis_port" && break; sleep 0.1; done
  port_busy "$redis_port" || die "Redis did not start"
}

down() {
  [[ -d "$DIR" ]] || { log "nothing to stop in $DIR"; return 0; }
  stop_pid "$DIR/nginx/nginx.pid"
  for f in "$DIR"/node*.pid; do [[ -e "$f" ]] && stop_pid "$f"; done
  stop_pid "$DIR/redis.pid"
  stop_pid "$DIR/s3/pid"
  if [[ -f "$DIR/pg/data/postmaster.pid" ]]; then
    as_pg "$(cat "$DIR/pg.bin")/pg_ctl" stop -D "$DIR/pg/data" -m fast -w -t 30 >/dev/null 2>&1 \
      || as_pg "$(cat "$DIR/pg.bin")/pg_ctl" stop -D "$DIR/pg/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  log "stopped; $DIR removed"
}

status() {
  [[ -f "$DIR/state" ]] || { echo "no cluster in $DIR"; return 0; }
  local f name
  for f in "$DIR"/node*.pid "$DIR/redis.pid" "$DIR/nginx/nginx.pid" "$DIR/s3/pid"; do
    [[ -e "$f" ]] || continue
    name="$(basename "$f" .pid)"; [[ "$f" == "$DIR/s3/pid" ]] && name=s3rver
    if alive "$f"; then echo "$name: running (pid $(cat "$f"))"; else echo "$name: stopped"; fi
  done
  if [[ -f "$DIR/pg/data/postmaster.pid" ]] && kill -0 "$(head -n1 "$DIR/pg/data/postmaster.pid")" 2>/dev/null; then
    echo "postgresql: running (pid $(head -n1 "$DIR/pg/data/postmaster.pid"))"
  else
    echo "postgresql: stopped"
  fi
  [[ -f "$DIR/nginx.port" ]] && echo "cluster: http://127.0.0.1:$(cat "$DIR/nginx.port")"
  for f in "$DIR"/node*.port; do [[ -e "$f" ]] && echo "$(basename "$f" .port): http://127.0.0.1:$(cat "$f")"; done
  return 0
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  start-node) start_node_verb "${2:-}" ;;
  stop-redis) stop_pid "$DIR/redis.pid" ;;
  start-redis) start_redis ;;
  *) echo "usage: $0 up|down|status|start-node N|stop-redis|start-redis" >&2; exit 2 ;;
esac
