#!/usr/bin/env bash
# Start or stop a local Varnish in front of gunicorn (used by `make serve` and the tests).
#   bash deploy/varnish/run.sh start LISTEN_PORT BACKEND_PORT WORKDIR [BACKEND_HOST]
#   bash deploy/varnish/run.sh stop WORKDIR
# WORKDIR holds Varnish's own work directory (-n), its pid file and the backend.vcl with
# BACKEND_PORT; deploy/varnish/stabiliteit.vcl is the configuration (docs/deploy.md).
# Loopback only. Needs Debian's varnish and varnish-modules (vmod xkey).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
VARNISHD="$(command -v varnishd || echo /usr/sbin/varnishd)"

case "${1:-}" in
start)
    listen_port="$2" backend_port="$3" workdir="$(mkdir -p "$4" && cd "$4" && pwd)"
    backend_host="${5:-127.0.0.1}"
    if [ ! -x "$VARNISHD" ]; then
        echo "varnishd not found: apt-get install varnish varnish-modules" >&2
        exit 2
    fi
    sed -e "s/\.port = \"8000\"/.port = \"$backend_port\"/g" \
        -e "s/\"Host: 127.0.0.1\"/\"Host: $backend_host\"/" \
        "$HERE/backend.vcl" > "$workdir/backend.vcl"
    # -j none: run as the calling user (no jail), so the work directory stays ours.
    "$VARNISHD" -j none -a "127.0.0.1:$listen_port" -f "$HERE/stabiliteit.vcl" \
        -p vcl_path="$workdir:$HERE" -n "$workdir/varnish" -P "$workdir/varnish.pid" \
        -s malloc,256m -p thread_pool_min=20 -p thread_pool_max=500
    ;;
stop)
    workdir="$2"
    if [ -f "$workdir/varnish.pid" ]; then
        kill "$(cat "$workdir/varnish.pid")" 2>/dev/null || true
        rm -f "$workdir/varnish.pid"
    fi
    ;;
*)
    echo "usage: $0 start LISTEN_PORT BACKEND_PORT WORKDIR [BACKEND_HOST] | stop WORKDIR" >&2
    exit 64
    ;;
esac
