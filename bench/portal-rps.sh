#!/usr/bin/env bash
# Requests per second of the portal's home and article pages, with and without the output cache, over loopback.
# Usage: bench/portal-rps.sh [--duration 20] [--connections 32] [--threads 2] [--label "text"]
# Installs wrk (Debian package) when missing. Publishes the app in Release, starts it twice on 127.0.0.1 with a
# throw-away SQLite database and the demo data (Portal__OutputCache=true, then false), measures, stops it, and
# appends a section to bench/results/<date>-portal-rps.md. Nothing in the test suite depends on this script.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=20; connections=32; threads=2; label=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk" >&2
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v curl >/dev/null || apt-get install -y curl >/dev/null

work="$(mktemp -d /tmp/dundian-portal-bench.XXXXXX)"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "[bench] publishing Release build to $work/app" >&2
dotnet publish "$root/src/Dundian.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { echo "publish failed:" >&2; tail -20 "$work/publish.log" >&2; exit 1; }

free_port() {
  for p in $(seq 55600 55700); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}

start_app() { # $1 = true|false (output cache)
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  rm -rf "$work/data"
  (cd "$work/app" && ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production \
    Database__DataDirectory="$work/data" Accounts__AdminPassword='Bench#Admin-2026' \
    Portal__OutputCache="$1" Logging__LogLevel__Default=Warning \
    exec dotnet Dundian.Web.dll >"$work/app-$1.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "$base/health" >/dev/null 2>&1 && return
    sleep 1
  done
  echo "app did not start; log:" >&2; tail -20 "$work/app-$1.log" >&2; exit 1
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

measure() { # $1 = url; prints "rps p50 p99"
  wrk -t"$threads" -c"$connections" -d3s "$1" >/dev/null          # warm-up: JIT, EF query cache, output cache
  local out; out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$1")"
  echo "$out" >>"$work/wrk.log"
  local rps p50 p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  echo "$rps $p50 $p99 ${errors:-0}"
}

declare -A result
for cache in true false; do
  start_app "$cache"
  article="$(curl -fsS "$base/" | grep -o 'href="/article/[0-9]*">象山县扎实推进' | grep -o '[0-9]\+' | head -1)"
  [[ -n "$article" ]] || { echo "seed article not found on the home page" >&2; exit 1; }
  # The page must be what a reader gets (200, full HTML), not an error page served fast.
  page="$(curl -fsS "$base/article/$article")"
  grep -q '蹲点调研' <<<"$page" || { echo "article page broken" >&2; exit 1; }
  echo "[bench] output cache=$cache: home" >&2;    result["home-$cache"]="$(measure "$base/")"
  echo "[bench] output cache=$cache: article" >&2; result["article-$cache"]="$(measure "$base/article/$article")"
  stop_app
done

date_utc="$(date -u +%Y-%m-%d)"
out="$root/bench/results/$date_utc-portal-rps.md"
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')${label:+ — $label}"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr), .NET $(dotnet --version); \
load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "wrk -t$threads -c$connections -d${duration}s over loopback, after a 3 s warm-up; Release build, SQLite, demo data."
  echo
  echo "| page | output cache | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|"
  for page in home article; do
    for cache in true false; do
      read -r rps p50 p99 errors <<<"${result[$page-$cache]}"
      echo "| $page | $([[ $cache == true ]] && echo on || echo off) | $rps | $p50 | $p99 | $errors |"
    done
  done
} | tee -a "$out"
echo "[bench] appended to $out" >&2
