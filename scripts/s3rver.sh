#!/usr/bin/env bash
# An S3-protocol server (s3rver, npm, pinned in scripts/s3rver/package.json) on loopback, for the tests of the S3
# upload store (scripts/test.sh) and for `CLUSTER_UPLOADS=s3 scripts/cluster.sh up`. Needs Node.js and npm.
#
#   scripts/s3rver.sh start DIR [BUCKET]   installs s3rver when missing (npm ci), starts it on a free port with its data
#                                          in DIR/data (creating BUCKET if given), prints its URL: http://127.0.0.1:PORT
#   scripts/s3rver.sh stop DIR             stops the server started with DIR (by its pid) and removes DIR
#
# Account: access key S3RVER, secret key S3RVER (s3rver's built-in one; it checks every request's signature).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PKG="$ROOT/scripts/s3rver"
die() { echo "[s3rver.sh] ERROR: $*" >&2; exit 1; }

case "${1:-}" in
  start)
    dir="${2:?usage: $0 start DIR [BUCKET]}"; bucket="${3:-}"
    command -v node >/dev/null || die "Node.js is needed for the S3 test server (s3rver)"
    if [[ ! -f "$PKG/node_modules/s3rver/bin/s3rver.js" ]]; then
      echo "[s3rver.sh] npm ci in scripts/s3rver" >&2
      (cd "$PKG" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $PKG"
    fi
    mkdir -p "$dir/data"
    args=(-d "$dir/data" -a 127.0.0.1 -p 0)
    # A bucket made at start (an empty configuration file is enough).
    [[ -n "$bucket" ]] && args+=(--configure-bucket "$bucket")
    nohup node "$PKG/node_modules/s3rver/bin/s3rver.js" "${args[@]}" >"$dir/s3rver.log" 2>&1 &
    echo $! >"$dir/pid"
    for _ in $(seq 1 100); do
      port="$(grep -o 'listening on 127.0.0.1:[0-9]*' "$dir/s3rver.log" 2>/dev/null | grep -o '[0-9]*$' || true)"
      if [[ -n "$port" ]]; then echo "http://127.0.0.1:$port"; exit 0; fi
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || { cat "$dir/s3rver.log" >&2; die "s3rver exited"; }
      sleep 0.1
    done
    cat "$dir/s3rver.log" >&2; die "s3rver did not start within 10 s" ;;
  stop)
    dir="${2:?usage: $0 stop DIR}"
    pid="$(cat "$dir/pid" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir" ;;
  *) echo "usage: $0 start DIR [BUCKET] | stop DIR" >&2; exit 2 ;;
esac
