#!/usr/bin/env bash
# Make PostgreSQL answer on 127.0.0.1:5432 for the user `postgres` without a password.
# Installs Debian's package when it is missing, trusts loopback in the cluster's
# pg_hba.conf, starts the cluster without systemd and waits for pg_isready.
# Idempotent: a running server is left as it is. Used by .ci/run and `make postgres`.
set -euo pipefail

if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  exit 0
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /etc/postgresql | sort -V | tail -1)"
if [ -z "$version" ] || [ ! -d "/etc/postgresql/$version/main" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  pg_createcluster "$version" main >/dev/null
fi
hba="/etc/postgresql/$version/main/pg_hba.conf"

# Trust loopback TCP connections (CI and tests connect as postgres@127.0.0.1 with no
# password). Only loopback: the server listens on localhost by default.
if ! grep -q '^# stabiliteit: trust loopback' "$hba"; then
  tmp="$(mktemp)"
  {
    echo '# stabiliteit: trust loopback'
    echo 'host    all             all             127.0.0.1/32            trust'
    echo 'host    all             all             ::1/128                 trust'
    grep -v -E '^host\s+all\s+all\s+(127\.0\.0\.1/32|::1/128)' "$hba"
  } >"$tmp"
  cat "$tmp" >"$hba"
  rm -f "$tmp"
fi

pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
  || pg_ctlcluster --skip-systemctl-redirect "$version" main reload 2>/dev/null || true

for _ in $(seq 1 60); do
  if pg_isready -h 127.0.0.1 -p 5432 -q; then
    exit 0
  fi
  sleep 1
done
echo "postgres.sh: PostgreSQL did not answer on 127.0.0.1:5432 within 60 s" >&2
tail -20 "/var/log/postgresql/postgresql-$version-main.log" >&2 || true
exit 1
