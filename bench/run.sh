#!/usr/bin/env bash
# Dashboard roll-up benchmark on SQLite and PostgreSQL: bench/run.sh [bench options, e.g. --label after --iterations 50]
#
# Starts a throw-away PostgreSQL on 127.0.0.1 exactly as scripts/test.sh does (installs the Debian package when
# missing, runuser -u postgres as root, data under /tmp, a free port, stopped and removed on exit), then runs
# bench/Dundian.Bench for each provider in BENCH_PROVIDERS (default "sqlite postgres"). Results are appended to
# bench/results/<date>-<provider>.md; the SQL of one roll-up per level goes to bench/results/<date>-<provider>-sql.log.
# Defaults: 1,000,000 logs over 10,000 villages, 50 timed calls per level (pass --logs/--villages/--iterations to change).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROVIDERS="${BENCH_PROVIDERS:-sqlite postgres}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "[bench/run.sh] $*" >&2; }
die() { echo "[bench/run.sh] ERROR: $*" >&2; exit 1; }

# BENCH_EXE: an already built bench to run instead (e.g. one built from an older commit, for "before" figures).
if [[ -n "${BENCH_EXE:-}" ]]; then
  bench() { "$BENCH_EXE" "$@"; }
else
  dotnet build -c Release bench/Dundian.Bench -nologo -v quiet >/dev/null || die "build failed"
  bench() { dotnet run -c Release --no-build --project bench/Dundian.Bench -- "$@"; }
fi

if [[ " $PROVIDERS " == *" sqlite "* ]]; then
  log "SQLite"
  bench --provider sqlite "$@"
fi
[[ " $PROVIDERS " == *" postgres "* ]] || exit 0

# ---------------------------------------------------------------- throw-away PostgreSQL (as scripts/test.sh)
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pg_bin_dir() {
  local d
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return 0; fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}
if ! { pg_bin_dir >/dev/null && id -u postgres >/dev/null 2>&1; }; then
  [[ "$(id -u)" -eq 0 ]] || die "PostgreSQL is missing: sudo apt-get install -y --no-install-recommends postgresql"
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update && apt-get install -y --no-install-recommends postgresql; } >/tmp/dundian-bench-apt.log 2>&1 \
    || { tail -n 40 /tmp/dundian-bench-apt.log >&2; die "apt-get failed"; }
fi
PG_BIN="$(pg_bin_dir)" || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

if [[ "$(id -u)" -eq 0 ]]; then
  as_pg() { (cd /tmp && runuser -u postgres -- "$@"); }   # initdb/pg_ctl refuse root
  PG_OWNER=postgres
else
  as_pg() { "$@"; }
  PG_OWNER="$(id -un)"
fi
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Ports apart from the test script's (55432-55481) so a bench never takes a test run's server.
PG_PORT=""
for p in $(seq 55482 55531); do
  if ! port_busy "$p" && mkdir "/tmp/dundian-bench-pg-$p" 2>/dev/null; then PG_PORT="$p"; break; fi
done
[[ -n "$PG_PORT" ]] || die "no free port in 55482-55531 for PostgreSQL"
PG_BASE="/tmp/dundian-bench-pg-$PG_PORT"
PG_DATA="$PG_BASE/data"
PG_STARTED=0
stop_pg() {
  if ((PG_STARTED)); then
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null 2>&1 \
      || as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >/dev/null 2>&1 || true
    PG_STARTED=0
  fi
  rm -rf "$PG_BASE"
}
trap 'stop_pg' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo $$ > "$PG_BASE/owner.pid"
chown "$PG_OWNER" "$PG_BASE"
chmod 700 "$PG_BASE"
log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT, data in $PG_DATA"
printf 'postgres\n' > "$PG_BASE/pwfile"
chown "$PG_OWNER" "$PG_BASE/pwfile"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$PG_BASE/pwfile" --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_BASE/initdb.log" 2>&1 \
  || { cat "$PG_BASE/initdb.log" >&2; die "initdb failed"; }
# As scripts/test.sh (durability off: a throw-away server; it speeds the load, not the reads), plus a
# production-like shared_buffers so the 1M-row table is measured from memory as a real server would.
cat >>"$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_BASE'
max_connections = 50
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 512MB
CONF
cat >"$PG_DATA/pg_hba.conf" <<'CONF'
local all all              trust
host  all all 127.0.0.1/32 trust
host  all all ::1/128      trust
CONF
PG_STARTED=1
as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_BASE/server.log" -w -t 60 >/dev/null \
  || { cat "$PG_BASE/server.log" >&2; die "PostgreSQL did not start"; }

export DUNDIAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Include Error Detail=true"
log "PostgreSQL"
set +e
bench --provider postgres "$@"
rc=$?
set -e
stop_pg
exit "$rc"
