#!/usr/bin/env bash
# Requests per second through nginx with 1 and 2 app nodes (scripts/cluster.sh), for the article page from the output
# cache (Redis) and rendered each time (Portal__OutputCache=false), with the app nodes' CPU time per request.
# Usage: bench/cluster-rps.sh [--duration 20] [--connections 32] [--threads 2]
# Publishes once, then starts and stops a cluster per case; appends a section to bench/results/<date>-cluster-rps.md.
# On a 2-core machine a second node adds no cores: it proves correctness, and the CPU per request is what lets the
# cost on a bigger machine be estimated. Nothing in the test suite depends on this script.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration=20; connections=32; threads=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }

work="$(mktemp -d /tmp/dundian-cluster-bench.XXXXXX)"
chmod 755 "$work" # mktemp makes it 700: the postgres user must reach its data folder below
# Below the ephemeral range (32768–60999): wrk and nginx leave thousands of closed client ports in TIME_WAIT, and a
# listening port chosen among them may fail to bind.
export CLUSTER_DIR="$work/cluster" CLUSTER_APP="$work/app" CLUSTER_PORT=28080
export Accounts__AdminPassword='Bench#Admin-2026' Logging__LogLevel__Default=Warning
cleanup() { "$root/scripts/cluster.sh" down >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

echo "[bench] publishing Release build to $CLUSTER_APP" >&2
dotnet publish "$root/src/Dundian.Web" -c Release -o "$CLUSTER_APP" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { tail -20 "$work/publish.log" >&2; exit 1; }

# Sum of user+system CPU ticks of the running app nodes.
node_ticks() {
  local total=0 f pid
  for f in "$CLUSTER_DIR"/node*.pid; do
    pid="$(cat "$f")"
    [[ -r /proc/$pid/stat ]] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}

rows=()
for nodes in 1 2; do
  for cache in true false; do
    out="$(CLUSTER_NODES=$nodes Portal__OutputCache=$cache "$root/scripts/cluster.sh" up)"
    url="$(echo "$out" | awk '/^cluster: /{print $2}')"
    article="$(curl -fsS "$url/" | grep -o '/article/[0-9]*' | head -n1)"
    wrk -t"$threads" -c"$connections" -d5s "$url$article" >/dev/null # warm up (JIT, cache, pools)
    before="$(node_ticks)"
    result="$(wrk -t"$threads" -c"$connections" -d"${duration}s" "$url$article")"
    after="$(node_ticks)"
    rps="$(echo "$result" | awk '/Requests\/sec/{print $2}')"
    requests="$(echo "$result" | awk '/requests in/{print $1}')"
    non2xx="$(echo "$result" | awk '/Non-2xx/{print $NF}')"
    cpu_ms="$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN{printf "%.3f", t * 1000 / hz / n}')"
    label=$([[ $cache == true ]] && echo "article, cached" || echo "article, rendered")
    rows+=("| $nodes | $label | $rps | $cpu_ms | ${non2xx:-0} |")
    echo "[bench] nodes=$nodes cache=$cache: $rps req/s, $cpu_ms ms CPU/request (app nodes)" >&2
    "$root/scripts/cluster.sh" down >/dev/null 2>&1
  done
done

file="$root/bench/results/$(date -u +%F)-cluster-rps.md"
{
  echo
  echo "## $(date -u '+%F %H:%M') UTC — wrk -t$threads -c$connections -d${duration}s through nginx"
  echo
  echo "Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the machine)."
  echo
  echo "| nodes | page | req/s | app CPU ms / request | non-2xx |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >>"$file"
echo "[bench] appended to $file" >&2
cat "$file"
