#!/usr/bin/env bash
# The external judges on every public page of the portal: Lighthouse 12.2.3 (phone profile: performance,
# accessibility, best practices, SEO), the Nu Html Checker (vnu-jar; errors in the phone and the desktop HTML) and
# axe-core (every rule axe runs by default, any impact, phone and desktop layouts, in Chromium through Playwright).
# Usage: bench/judges.sh [--base http://127.0.0.1:5080] [--label "text"] [--only-fast]
#   without --base: publishes a Release build and starts it on loopback with a throw-away SQLite database and the
#   demo data (output cache on, as served); --only-fast skips Lighthouse (vnu and axe only).
# Installs what it needs when missing: Debian chromium, fonts-wqy-microhei, default-jre-headless; the npm packages
# pinned in bench/judges/package.json (lighthouse 12.2.3, vnu-jar, axe-core, playwright-core — no browser download).
# Writes bench/results/<date>-judges.md and exits 1 when any page scores under 100 or has a finding.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
judges="$root/bench/judges"
base=""; label=""; fast=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --only-fast) fast=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need_apt+=(fonts-wqy-microhei)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v curl >/dev/null || need_apt+=(curl)
if [[ ${#need_apt[@]} -gt 0 ]]; then
  echo "[judges] installing ${need_apt[*]}" >&2
  apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need_apt[@]}" >/dev/null; }
fi
if [[ ! -x "$judges/node_modules/.bin/lighthouse" || ! -f "$judges/node_modules/vnu-jar/build/dist/vnu.jar" ]]; then
  echo "[judges] npm ci in bench/judges" >&2
  (cd "$judges" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
fi
export CHROME_PATH=/usr/bin/chromium

work="$(mktemp -d /tmp/dundian-judges.XXXXXX)"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$base" ]]; then
  echo "[judges] publishing Release build" >&2
  dotnet publish "$root/src/Dundian.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { tail -20 "$work/publish.log" >&2; exit 1; }
  port=""
  for p in $(seq 55700 55800); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { port=$p; break; }; done
  base="http://127.0.0.1:$port"
  # Production behind TLS, as deployed (HttpsRedirection=false: the proxy holds the certificate); plain Production
  # over http would refuse to issue Secure antiforgery cookies (forms answer 500).
  (cd "$work/app" && ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Network__HttpsRedirection=false Database__DataDirectory="$work/data" \
    Accounts__AdminPassword='Judges#Admin-2026' Logging__LogLevel__Default=Warning exec dotnet Dundian.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 180); do curl -fsS "$base/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "$base/health" >/dev/null || { tail -20 "$work/app.log" >&2; exit 1; }
fi

first() { curl -fsS "$base$1" | grep -o "$2" | head -1; }
article="$(first /channel/photos 'href="/article/[0-9]*"' | grep -o '[0-9]\+')"
campaign="$(first /channel/topics 'href="/topics/campaign/[0-9]*"' | grep -o '[0-9]\+')"
note="$(first /topics/xiangshan-dundian 'href="/topics/field-notes/[0-9]*"' | grep -o '[0-9]\+')"
commitment="$(first /commitments 'href="/commitments/[0-9]*"' | grep -o '[0-9]\+')"
pages=(
  "/|首页"
  "/channel/news|栏目 文字列表"
  "/channel/news?page=2|栏目 第2页"
  "/channel/photos|栏目 图片列表"
  "/channel/about|栏目 单页"
  "/article/$article|文章"
  "/topics/xiangshan-dundian|专题"
  "/topics/campaign/$campaign|活动专题(数据)"
  "/topics/field-notes/$note|蹲点手记"
  "/search?q=%E8%B9%B2%E7%82%B9%E8%B0%83%E7%A0%94|搜索"
  "/board|留言板"
  "/board/new|我要留言"
  "/concerns/new|我要反映"
  "/concerns/track|办件查询"
  "/concerns/resolved|已办结诉求"
  "/commitments|公开承诺"
  "/commitments/$commitment|承诺详情"
  "/projects/completed|实事项目"
)
paths=(); for p in "${pages[@]}"; do paths+=("${p%%|*}"); done

echo "[judges] axe-core on ${#paths[@]} pages, phone and desktop" >&2
node "$judges/axe.mjs" "$base" "${paths[@]}" >"$work/axe.jsonl"

echo "[judges] Nu Html Checker" >&2
mkdir -p "$work/html"
i=0
for p in "${paths[@]}"; do
  i=$((i + 1))
  curl -fsS -A "Mozilla/5.0 (Linux; Android 11) Mobile" "$base$p" >"$work/html/$i-phone.html"
  curl -fsS -A "Mozilla/5.0 (X11; Linux x86_64)" "$base$p" >"$work/html/$i-desktop.html"
done
java -jar "$judges/node_modules/vnu-jar/build/dist/vnu.jar" --format json --errors-only "$work"/html/*.html \
  2>"$work/vnu.json" || true

if [[ $fast -eq 0 ]]; then
  i=0
  for p in "${paths[@]}"; do
    i=$((i + 1))
    echo "[judges] lighthouse $p" >&2
    "$judges/node_modules/.bin/lighthouse" "$base$p" --quiet --output=json --output-path="$work/lh-$i.json" \
      --only-categories=performance,accessibility,best-practices,seo --form-factor=mobile \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking" \
      >/dev/null 2>"$work/lh-$i.log" || echo "[judges] lighthouse failed on $p" >&2
  done
fi

date_utc="$(date -u +%Y-%m-%d)"
out="$root/bench/results/$date_utc-judges.md"
node "$judges/report.mjs" "$work" "$fast" "$(date -u '+%Y-%m-%d %H:%M UTC')${label:+ — $label}" "$(cut -d' ' -f1-3 /proc/loadavg)" "${pages[@]}" \
  | tee -a "$out"
status=${PIPESTATUS[0]}
echo "[judges] appended to $out" >&2
exit "$status"
