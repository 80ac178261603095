#!/usr/bin/env bash
# Dundian test command: ./scripts/test.sh [extra dotnet test / xUnit options, e.g. --filter-class 'Dundian.*']
#
# 1. installs the Debian packages the tests need when they are missing (chromium, fonts-wqy-microhei, postgresql,
#    libreoffice-writer-nogui, poppler-utils);
#    redis-server, nginx);
# 2. starts a throw-away PostgreSQL on 127.0.0.1 (data under /tmp, removed on exit), and an S3-protocol server
#    (s3rver from npm, installed into scripts/s3rver/node_modules by scripts/s3rver.sh) for the S3 upload store tests;
# 3. runs `dotnet test` on Dundian.slnx (xUnit v3 on Microsoft.Testing.Platform) writing xUnit XML + TRX results;
# 4. prints `N passed, N failed[, N skipped]` computed from dotnet test's summary and the result files as its last line.
#
# Environment: DUNDIAN_PG_PORT (default 55432; when unset, the next free port is taken if 55432 is busy),
#              DUNDIAN_TEST_RESULTS (default <repo>/TestResults), DUNDIAN_TEST_TIMEOUT (MTP --timeout, default 75m).
# Needs only bash, coreutils, grep, awk (plus the .NET SDK); needs root to install packages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SOLUTION="${DUNDIAN_SOLUTION:-Dundian.slnx}"
RESULTS_DIR="${DUNDIAN_TEST_RESULTS:-$ROOT/TestResults}"
TEST_TIMEOUT="${DUNDIAN_TEST_TIMEOUT:-75m}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "[test.sh] $*" >&2; }
die() { echo "[test.sh] ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------- 1. Debian packages
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

pg_bin_dir() {
  local d
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return 0; fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}

missing=()
{ [[ -x /usr/bin/chromium ]] && pkg_installed chromium; } || missing+=(chromium)
pkg_installed fonts-wqy-microhei || missing+=(fonts-wqy-microhei)
{ pg_bin_dir >/dev/null && id -u postgres >/dev/null 2>&1; } || missing+=(postgresql)
# .docx → PDF (soffice) and PDF page counts / pictures (pdfinfo, pdftoppm, pdftotext) for the bulletin tests.
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
# The cluster tests (scripts/cluster.sh) run Redis and nginx beside PostgreSQL.
command -v redis-server >/dev/null || missing+=(redis-server)
{ command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]]; } || missing+=(nginx)

if ((${#missing[@]})); then
  if [[ "$(id -u)" -ne 0 ]]; then
    die "missing Debian packages: ${missing[*]}. Run as root, or install them first:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get to install them"
  log "installing missing Debian packages: ${missing[*]}"
  t0=$SECONDS
  export DEBIAN_FRONTEND=noninteractive
  apt_log="$(mktemp /tmp/dundian-apt.XXXXXX.log)"
  { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1 \
    || { tail -n 40 "$apt_log" >&2; die "apt-get failed (full log: $apt_log)"; }
  rm -f "$apt_log"
  log "installed in $((SECONDS - t0))s"
fi

PG_BIN="$(pg_bin_dir)" || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after install"

# ---------------------------------------------------------------- 2. throw-away PostgreSQL
if [[ "$(id -u)" -eq 0 ]]; then
  # cd /tmp: the repo may sit under a folder (e.g. /root) that the postgres user cannot enter.
  as_pg() { (cd /tmp && runuser -u postgres -- "$@"); }
  PG_OWNER=postgres
else
  as_pg() { "$@"; }           # initdb/pg_ctl run fine as an ordinary user
  PG_OWNER="$(id -un)"
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stop and remove a server left over by an earlier run of this script on that port.
reap_stale() {
  local base="/tmp/dundian-pg-$1" owner
  [[ -d "$base" ]] || return 0
  # A server whose test run is still going (another checkout testing at the same time) is not stale.
  owner="$(cat "$base/owner.pid" 2>/dev/null || true)"
  if [[ "$owner" =~ ^[0-9]+$ ]] && kill -0 "$owner" 2>/dev/null; then return 0; fi
  if [[ -f "$base/data/postmaster.pid" ]]; then
    log "stopping PostgreSQL left over from an earlier run on port $1"
    as_pg "$PG_BIN/pg_ctl" stop -D "$base/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    local pid; pid="$(head -n1 "$base/data/postmaster.pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -rf "$base"
}

if [[ -n "${DUNDIAN_PG_PORT:-}" ]]; then
  PG_PORT="$DUNDIAN_PG_PORT"
  reap_stale "$PG_PORT"
  port_busy "$PG_PORT" && die "port $PG_PORT (DUNDIAN_PG_PORT) is in use by another program"
else
  PG_PORT=""
  for p in $(seq 55432 55481); do
    reap_stale "$p"
    # mkdir is atomic: of two runs starting at once, only one claims the port's folder.
    if ! port_busy "$p" && mkdir "/tmp/dundian-pg-$p" 2>/dev/null; then
      echo $$ > "/tmp/dundian-pg-$p/owner.pid"; PG_PORT="$p"; break
    fi
  done
  [[ -n "$PG_PORT" ]] || die "no free port in 55432-55481 for PostgreSQL"
fi

PG_BASE="/tmp/dundian-pg-$PG_PORT"
PG_DATA="$PG_BASE/data"
PG_STARTED=0

stop_pg() {
  if ((PG_STARTED)); then
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 30 >/dev/null 2>&1 \
      || as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >/dev/null 2>&1 || true
    PG_STARTED=0
  fi
  rm -rf "$PG_BASE"
}
S3_DIR=""
stop_s3() { if [[ -n "$S3_DIR" ]]; then "$ROOT/scripts/s3rver.sh" stop "$S3_DIR" || true; S3_DIR=""; fi; }
trap 'stop_pg; stop_s3' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$PG_BASE"   # already claimed by the port loop unless DUNDIAN_PG_PORT was given
echo $$ > "$PG_BASE/owner.pid"
chown "$PG_OWNER" "$PG_BASE"
chmod 700 "$PG_BASE"
log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT, data in $PG_DATA"
printf 'postgres\n' > "$PG_BASE/pwfile"
chown "$PG_OWNER" "$PG_BASE/pwfile"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$PG_BASE/pwfile" --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_BASE/initdb.log" 2>&1 \
  || { cat "$PG_BASE/initdb.log" >&2; die "initdb failed"; }
cat >>"$PG_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_BASE'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
# initdb --auth=trust already writes trust for local + 127.0.0.1/32 + ::1/128; keep it explicit.
cat >"$PG_DATA/pg_hba.conf" <<'EOF'
local all all              trust
host  all all 127.0.0.1/32 trust
host  all all ::1/128      trust
EOF
PG_STARTED=1
as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_BASE/server.log" -w -t 60 >/dev/null \
  || { cat "$PG_BASE/server.log" >&2; die "PostgreSQL did not start"; }

export DUNDIAN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Include Error Detail=true"
export DUNDIAN_CHROMIUM=/usr/bin/chromium

# The S3 upload store's tests: each test class makes a bucket of its own on this one server.
S3_DIR="$(mktemp -d /tmp/dundian-s3.XXXXXX)"
DUNDIAN_TEST_S3="$("$ROOT/scripts/s3rver.sh" start "$S3_DIR")" || die "the S3 test server (s3rver) did not start"
export DUNDIAN_TEST_S3
log "s3rver on $DUNDIAN_TEST_S3, data in $S3_DIR"

# ---------------------------------------------------------------- 3. dotnet test
# Every app the tests host (two per integration class, the cluster's nodes) would watch its appsettings files, and each
# watcher is an inotify instance: past the kernel's per-user limit (128 by default) an app fails to start ("The
# configured user limit (128) on the number of inotify instances has been reached"). Test hosts never need to reload
# their configuration; the limit is raised as well for what else watches files (Chromium, npm's s3rver).
export DOTNET_hostBuilder__reloadConfigOnChange=false
if [[ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]]; then
  sysctl -qw fs.inotify.max_user_instances=1024 2>/dev/null || log "could not raise fs.inotify.max_user_instances (not root?)"
fi
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

test_args=(test --solution "$SOLUTION" --results-directory "$RESULTS_DIR"
           --report-xunit-xml --report-xunit-trx --timeout "$TEST_TIMEOUT")
[[ -t 1 ]] || test_args+=(--no-ansi --no-progress)
test_args+=("$@")

log "dotnet ${test_args[*]}"
set +e
dotnet "${test_args[@]}" 2>&1 | tee "$RESULTS_DIR/dotnet-test.log"
test_rc=${PIPESTATUS[0]}
set -e

stop_pg
stop_s3

# ---------------------------------------------------------------- 4. summary from the result files
shopt -s nullglob
xml_files=("$RESULTS_DIR"/*.xunit.xml)
shopt -u nullglob

total=0 passed=0 failed=0 skipped=0 errors=0
for f in "${xml_files[@]}"; do
  # One <assembly ...> element per test assembly; its attributes hold the counts.
  read -r t p fl s e < <(grep -o '<assembly [^>]*>' "$f" | awk '
    function attr(s, name,   m) {
      if (match(s, " " name "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 }
      return 0
    }
    { t += attr($0, "total"); p += attr($0, "passed"); f += attr($0, "failed"); s += attr($0, "skipped"); e += attr($0, "errors") }
    END { print t + 0, p + 0, f + 0, s + 0, e + 0 }')
  total=$((total + t)) passed=$((passed + p)) failed=$((failed + fl)) skipped=$((skipped + s)) errors=$((errors + e))
done
# xUnit "errors" are failures outside a test (fixture/cleanup/catastrophic): count them as failures.
failed=$((failed + errors))
# dotnet test's own closing summary counts every assembly, and the XML files can be fewer than the assemblies: two test
# apps that start in the same instant get one file name, and the later report overwrites the earlier (seen once: 967
# counted of 1,345 run). Its counts win when it printed them; the files still give the failed tests' names.
read -r c_total c_passed c_failed c_skipped < <(awk '
  /^ *total: [0-9]+ *$/ { t = $2 } /^ *succeeded: [0-9]+ *$/ { p = $2 } /^ *failed: [0-9]+ *$/ { f = $2 } /^ *skipped: [0-9]+ *$/ { s = $2 }
  END { print t + 0, p + 0, f + 0, s + 0 }' "$RESULTS_DIR/dotnet-test.log")
if ((c_total > 0)); then
  total=$c_total passed=$c_passed skipped=$c_skipped
  ((c_failed > failed)) && failed=$c_failed
fi

rc=0
if ((${#xml_files[@]} == 0)); then
  log "no test result files in $RESULTS_DIR (dotnet test exit code $test_rc)"; rc=1
elif ((total == 0)); then
  log "no test was executed"; rc=1
fi
((failed > 0)) && rc=1
if ((test_rc != 0)); then
  log "dotnet test exited with code $test_rc"; rc=1
fi
log "results: $RESULTS_DIR (${#xml_files[@]} xUnit XML file(s) + TRX)"
# The failed tests by name, with the first line of each message, just above the summary: a CI log shows only its
# tail, and the names are what the next person needs.
if ((failed > 0)); then
  for f in "${xml_files[@]}"; do
    # One record per <test ...> element (the XML is mostly on one line); name and the message's first line.
    awk 'BEGIN { RS = "<test " } /^[^>]*result="Fail"/ {
           name = $0; sub(/^[^>]* name="/, "", name); sub(/".*/, "", name)
           msg = $0; if (sub(/.*<message>/, "", msg)) { sub(/^<!\[CDATA\[/, "", msg); sub(/<\/message>.*/, "", msg); sub(/\n.*/, "", msg) } else msg = ""
           print "[test.sh] FAILED " name ": " substr(msg, 1, 300) }' "$f" >&2
  done
fi

summary="$passed passed, $failed failed"
((skipped > 0)) && summary+=", $skipped skipped"
echo "$summary"
exit "$rc"
