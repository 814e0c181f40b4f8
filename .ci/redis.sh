#!/usr/bin/env bash
# Make Redis answer on 127.0.0.1:6379 (the shared cache of the production profile and the
# tests that need one). Installs Debian's redis-server when it is missing and starts it
# without systemd, bound to loopback only. Idempotent: a running server is left as it is.
# Used by .ci/run and `make redis`.
set -euo pipefail

if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  exit 0
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis.sh: installing redis-server from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

redis-server --daemonize yes --bind 127.0.0.1 --port 6379 >/dev/null

for _ in $(seq 1 30); do
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
echo "redis.sh: Redis did not answer on 127.0.0.1:6379 within 30 s" >&2
exit 1
