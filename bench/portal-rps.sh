#!/usr/bin/env bash
# Requests per second of the portal's pages over loopback: home, the seed article, the campaign page
# (/topics/campaign/{id}), the special topic (/topics/xiangshan-dundian) and the public figures API
# (/api/portal/campaigns/{id}/figures), with and without the output cache, and optionally the same pages of a
# baseline commit (the "before") measured in the same run, back to back.
# Usage: bench/portal-rps.sh [--duration 20] [--connections 32] [--threads 2] [--baseline REF] [--label "text"]
# Installs wrk (Debian package) when missing. Publishes the app (and the baseline, from `git archive REF`) in Release,
# starts each on 127.0.0.1 with a throw-away SQLite database and the demo data, measures, stops it, and appends a
# section to bench/results/<date>-portal-rps.md. Nothing in the test suite depends on this script.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=20; connections=32; threads=2; label=""; baseline=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
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

publish() { # $1 = source root, $2 = output folder
  echo "[bench] publishing Release build of $1 to $2" >&2
  dotnet publish "$1/src/Dundian.Web" -c Release -o "$2" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { echo "publish failed:" >&2; tail -20 "$work/publish.log" >&2; exit 1; }
}
after_commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo '+changes')"
publish "$root" "$work/app"
baseline_commit=""
if [[ -n "$baseline" ]]; then
  baseline_commit="$(git -C "$root" rev-parse --short "$baseline")"
  mkdir -p "$work/base-src"
  git -C "$root" archive "$baseline" | tar -x -C "$work/base-src"
  publish "$work/base-src" "$work/base-app"
fi

free_port() {
  for p in $(seq 55600 55700); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}

start_app() { # $1 = app folder, $2 = true|false (output cache)
  local port; port="$(free_port)"
  base="http://127.0.0.1:$port"
  rm -rf "$work/data"
  # Production behind TLS, as deployed (HttpsRedirection=false: the proxy holds the certificate); plain Production
  # over http would refuse to issue Secure antiforgery cookies (forms answer 500).
  (cd "$1" && ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Network__HttpsRedirection=false \
    Database__DataDirectory="$work/data" Accounts__AdminPassword='Bench#Admin-2026' \
    Portal__OutputCache="$2" Logging__LogLevel__Default=Warning \
    exec dotnet Dundian.Web.dll >"$work/app-$2.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 180); do
    curl -fsS "$base/health" >/dev/null 2>&1 && return
    sleep 1
  done
  echo "app did not start; log:" >&2; tail -20 "$work/app-$2.log" >&2; exit 1
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

measure() { # $1 = url; prints "rps p50 p99 non2xx"
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

pages=(home article campaign topic api)
declare -A result url
run_build() { # $1 = run name, $2 = app folder, $3 = output cache true|false
  start_app "$2" "$3"
  local article campaign body
  body="$(curl -fsS "$base/")"
  article="$(grep -o 'href="/article/[0-9]*">象山县扎实推进' <<<"$body" | grep -o '[0-9]\+' | head -1)" || true
  [[ -n "$article" ]] || { echo "seed article not found on the home page" >&2; exit 1; }
  body="$(curl -fsS "$base/channel/topics")"
  campaign="$(grep -o 'href="/topics/campaign/[0-9]*"' <<<"$body" | grep -o '[0-9]\+' | head -1)" || true
  [[ -n "$campaign" ]] || { echo "campaign page not linked from the 专题 channel" >&2; exit 1; }
  url[home]="$base/"; url[article]="$base/article/$article"; url[campaign]="$base/topics/campaign/$campaign"
  url[topic]="$base/topics/xiangshan-dundian"; url[api]="$base/api/portal/campaigns/$campaign/figures"
  # Each page must be what a reader gets (200, the real content), not an error page served fast.
  # (Read into a variable first: `curl | grep -q` trips pipefail when grep stops reading early.)
  body="$(curl -fsS "${url[article]}")"; grep -q '蹲点调研' <<<"$body" || { echo "article page broken" >&2; exit 1; }
  body="$(curl -fsS "${url[campaign]}")"; grep -q '据统计' <<<"$body" || { echo "campaign page broken" >&2; exit 1; }
  body="$(curl -fsS "${url[topic]}")"; grep -q '据统计' <<<"$body" || { echo "topic page broken" >&2; exit 1; }
  for page in "${pages[@]}"; do
    [[ $page == api ]] && body="$(curl -fsS "${url[api]}" 2>/dev/null || true)"
    if [[ $page == api ]] && ! grep -q '据统计' <<<"$body"; then
      result["$1-$page"]="- - - n/a"; continue   # the baseline may not have the figures API
    fi
    echo "[bench] $1: $page" >&2
    result["$1-$page"]="$(measure "${url[$page]}")"
  done
  stop_app
}

runs=()
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "$baseline" ]]; then run_build before "$work/base-app" true; runs+=(before); fi
run_build on "$work/app" true; runs+=(on)
run_build off "$work/app" false; runs+=(off)
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

run_name() {
  case "$1" in
    before) echo "before ($baseline_commit, its defaults)" ;;
    on) echo "after, output cache on" ;;
    off) echo "after, output cache off" ;;
  esac
}

date_utc="$(date -u +%Y-%m-%d)"
out="$root/bench/results/$date_utc-portal-rps.md"
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')${label:+ — $label}"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr), .NET $(dotnet --version); \
load average before the run: $load_before, after: $load_after."
  echo "wrk -t$threads -c$connections -d${duration}s over loopback, after a 3 s warm-up; Release build, SQLite, demo data. \
After = $after_commit. Ratio = requests/s ÷ the cached article page of the same build."
  echo
  echo "| page | build | requests/s | ratio | p50 | p99 | non-2xx |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for page in "${pages[@]}"; do
    for run in "${runs[@]}"; do
      read -r rps p50 p99 errors <<<"${result[$run-$page]}"
      read -r ref _ <<<"${result[$run-article]}"
      [[ $run == off ]] && read -r ref _ <<<"${result[on-article]}"
      ratio="$(awk -v a="$rps" -v b="$ref" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", a/b; else print "-" }')"
      echo "| $page | $(run_name "$run") | $rps | $ratio | $p50 | $p99 | $errors |"
    done
  done
} | tee -a "$out"
echo "[bench] appended to $out" >&2
