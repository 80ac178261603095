#!/usr/bin/env bash
# The cached article page against a bare Kestrel writing the same response from memory (issue 13: cached ≥ 0.9 ×
# raw Kestrel). Publishes the app (and, with --baseline REF, that commit too) and bench/Dundian.Bench.Bare in Release,
# starts the app on a throw-away SQLite database with the demo data, captures the seed article's response exactly as
# wrk asks for it (headers and body, no compression asked), starts the bare app replaying those bytes, and measures
# them in turns (app, bare, app, bare, …) so that a change in the machine's load hits both. Appends a section to
# bench/results/<date>-cached-vs-bare.md. Loopback only; nothing in the test suite depends on it.
# --browser asks as a desktop browser does (its User-Agent, Accept-Encoding: gzip, deflate, br): the brotli copy is
# served and measured, and the app resolves the layout from the User-Agent on every request.
# Usage: bench/cached-vs-bare.sh [--duration 15] [--rounds 2] [--connections 32] [--threads 2] [--baseline REF] [--browser]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=15; rounds=2; connections=32; threads=2; baseline=""; asks=(); asked="no compression asked, no User-Agent"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --browser)
      asks=(-H "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
            -H "Accept-Encoding: gzip, deflate, br")
      asked="asked as a desktop browser: its User-Agent, Accept-Encoding: gzip, deflate, br"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update >/dev/null; apt-get install -y wrk >/dev/null; }

work="$(mktemp -d /tmp/dundian-bare-bench.XXXXXX)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

publish() { # $1 = project folder, $2 = output folder
  dotnet publish "$1" -c Release -o "$2" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { echo "publish of $1 failed:" >&2; tail -20 "$work/publish.log" >&2; exit 1; }
}
free_port() {
  for p in $(seq 55700 55800); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}
wait_up() { # $1 = url, $2 = log
  for _ in $(seq 1 180); do curl -fsS "$1" >/dev/null 2>&1 && return; sleep 1; done
  echo "did not start; log:" >&2; tail -20 "$2" >&2; exit 1
}
start_app() { # $1 = published folder, $2 = name; sets url_<name>
  local port; port="$(free_port)"
  (cd "$1" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Network__HttpsRedirection=false \
    Database__DataDirectory="$work/data-$2" Accounts__AdminPassword='Bench#Admin-2026' Logging__LogLevel__Default=Warning \
    exec dotnet Dundian.Web.dll >"$work/$2.log" 2>&1) &
  pids+=($!)
  wait_up "http://127.0.0.1:$port/health" "$work/$2.log"
  local home article
  home="$(curl -fsS "http://127.0.0.1:$port/")"
  article="$(grep -o 'href="/article/[0-9]*">象山县扎实推进' <<<"$home" | grep -o '[0-9]\+' | head -1)" || true
  [[ -n "$article" ]] || { echo "seed article not found on $2's home page" >&2; exit 1; }
  printf -v "url_$2" '%s' "http://127.0.0.1:$port/article/$article"
}
measure() { # $1 = url; prints requests/s
  wrk -t"$threads" -c"$connections" -d3s "${asks[@]}" "$1" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${duration}s" "${asks[@]}" "$1" | awk '/^Requests\/sec/ {print $2}'
}

echo "[bench] publishing" >&2
publish "$root/src/Dundian.Web" "$work/app"
publish "$root/bench/Dundian.Bench.Bare" "$work/bare"
names=(app)
if [[ -n "$baseline" ]]; then
  mkdir -p "$work/base-src"; git -C "$root" archive "$baseline" | tar -x -C "$work/base-src"
  publish "$work/base-src/src/Dundian.Web" "$work/base"
  start_app "$work/base" base; names+=(base)
fi
start_app "$work/app" app

# The bytes wrk is served, asked for as wrk asks (the cache's copy: second request).
curl -fsS "${asks[@]}" -o /dev/null "$url_app"
curl -fsS "${asks[@]}" -D "$work/headers" -o "$work/body" "$url_app"
curl -fsS --compressed "${asks[@]}" "$url_app" | grep -q '蹲点调研' || { echo "article page broken" >&2; exit 1; }
port="$(free_port)"
(ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet "$work/bare/Dundian.Bench.Bare.dll" "$work/headers" "$work/body" >"$work/bare.log" 2>&1) &
pids+=($!)
url_bare="http://127.0.0.1:$port/article"
wait_up "$url_bare" "$work/bare.log"
names+=(bare)

declare -A got
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  for name in "${names[@]}"; do
    url_var="url_$name"
    echo "[bench] round $round: $name" >&2
    got[$name]+="$(measure "${!url_var}") "
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

out="$root/bench/results/$(date -u +%Y-%m-%d)-cached-vs-bare.md"
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo '+changes')"
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), .NET $(dotnet --version); \
load average before: $load_before, after: $load_after. wrk -t$threads -c$connections -d${duration}s after a 3 s warm-up, \
$rounds rounds taken in turns; $asked; response $(wc -c <"$work/body") bytes of body. App = $commit${baseline:+, base = $(git -C "$root" rev-parse --short "$baseline")}."
  echo
  echo "| server | requests/s per round | best | best ÷ bare's best |"
  echo "|---|---|---:|---:|"
  bare_best="$(tr ' ' '\n' <<<"${got[bare]}" | sort -g | tail -1)"
  for name in "${names[@]}"; do
    best="$(tr ' ' '\n' <<<"${got[$name]}" | sort -g | tail -1)"
    ratio="$(awk -v a="$best" -v b="$bare_best" 'BEGIN { printf "%.2f", a/b }')"
    case "$name" in app) label="cached article page ($commit)" ;; base) label="cached article page (base)" ;; bare) label="bare Kestrel, same bytes" ;; esac
    echo "| $label | ${got[$name]} | $best | $ratio |"
  done
} | tee -a "$out"
