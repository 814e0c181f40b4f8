#!/usr/bin/env bash
# Issue 23's benchmark in one command (docs/deploy.md, "Front cache" and "Capacity"):
#
#   bash bench/front_cache.sh            # or: make bench-cache
#   BENCH_SECONDS=20 WARM_SECONDS=10 OUTAGE_SECONDS=20 bash bench/front_cache.sh   # a short check
#
# Starts the production profile as `make serve` does (production settings, gunicorn with
# deploy/gunicorn.conf.py, the task worker, Varnish from deploy/varnish/ in front, counting
# from Varnish's log), on
# PostgreSQL (DATABASE_URL, default the database "varnish" on 127.0.0.1:5432; migrated and
# given the demo content when empty) and a private Redis; then runs bench/load.py: for each
# URL mix (realistic, all-miss) the load straight to gunicorn and, after a warm-up, through
# Varnish, 20 clients, an editor publishing every 5 s; then gunicorn is stopped and the URLs
# are replayed through Varnish for OUTAGE_SECONDS. Prints every target figure with pass or
# FAIL and exits 1 when one fails. Everything it started is stopped at the end.
#
# Ports (loopback): FRONT_BENCH_PORT (default 23000) Varnish, +1 gunicorn, +2 Redis.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
PORT="${FRONT_BENCH_PORT:-23000}"
APP_PORT=$((PORT + 1))
REDIS_PORT=$((PORT + 2))
SECONDS_EACH="${BENCH_SECONDS:-60}"
WARM="${WARM_SECONDS:-30}"
OUTAGE="${OUTAGE_SECONDS:-60}"
CLIENTS="${BENCH_CLIENTS:-20}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/varnish}"
WORK="$ROOT/.local/front-bench-$PORT"
mkdir -p "$WORK"
if [ ! -f .local/secret-key ]; then
    (umask 077 && "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" > .local/secret-key)
fi

# The production profile of `make serve` (Makefile, SERVE_ENV), plus X-Worker for the
# benchmark's "visible on every worker" straight to gunicorn.
export DJANGO_SETTINGS_MODULE=stabiliteit.settings.production
SECRET_KEY="$(cat .local/secret-key)"
export SECRET_KEY
export ALLOWED_HOSTS="127.0.0.1,localhost" LOCAL_HTTP=1 BASE_URL="http://127.0.0.1:$PORT"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export VARNISH_URLS="http://127.0.0.1:$PORT" TRUSTED_PROXIES=127.0.0.1 EXPOSE_WORKER_ID=1

pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ -f "$WORK/gunicorn.pid" ]; then kill "$(cat "$WORK/gunicorn.pid")" 2>/dev/null || true; fi
    bash deploy/varnish/run.sh stop "$WORK/varnish" || true
    if [ -f "$WORK/redis.pid" ]; then kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true; fi
}
trap stop_all EXIT INT TERM

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" --dir "$WORK"

"$PY" manage.py migrate --noinput --verbosity 0
DJANGO_SETTINGS_MODULE=stabiliteit.settings.dev "$PY" manage.py load_demo_content --if-empty
"$PY" manage.py collectstatic --noinput --verbosity 0
"$PY" manage.py ensure_search_index || true

bash deploy/varnish/run.sh start "$PORT" "$APP_PORT" "$WORK/varnish" 127.0.0.1
# Counting per visitor from Varnish's log, as make serve and deploy/stabiliteit-teller.service
# run it: its CPU is part of the figures.
"$PY" manage.py count_from_cache_log --name "$WORK/varnish/varnish" > "$WORK/counter.log" 2>&1 &
pids+=($!)
"$PY" manage.py db_worker --no-reload --interval 1 --verbosity 0 > "$WORK/worker.log" 2>&1 &
pids+=($!)
"$ROOT/.venv/bin/gunicorn" -c deploy/gunicorn.conf.py --bind "127.0.0.1:$APP_PORT" \
    --pid "$WORK/gunicorn.pid" > "$WORK/gunicorn.log" 2>&1 &
pids+=($!)

# Until Varnish sees gunicorn healthy (its probe asks /gezondheid/ every 2 s).
for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/gezondheid/" \
        && curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/gezondheid/"; then
        break
    fi
    sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/gezondheid/" || { echo "gunicorn or Varnish never healthy" >&2; exit 2; }

echo "front cache benchmark: Varnish :$PORT -> gunicorn :$APP_PORT, $DATABASE_URL, Redis :$REDIS_PORT"
echo "$CLIENTS clients, ${SECONDS_EACH} s per run, warm-up ${WARM} s, outage ${OUTAGE} s; $(nproc) cores"
set +e
"$PY" bench/load.py --url "http://127.0.0.1:$PORT" --compare-url "http://127.0.0.1:$APP_PORT" \
    --clients "$CLIENTS" --seconds "$SECONDS_EACH" --publish-every 5 --warm-seconds "$WARM" \
    --mix both --outage-pidfile "$WORK/gunicorn.pid" --outage-seconds "$OUTAGE"
status=$?
set -e
# What Varnish did over the whole run (warm-ups, both mixes, the outage): hits, misses,
# background fetches (the refreshes of soft-purged copies) and purged objects.
echo
echo "Varnish over the whole run:"
varnishstat -n "$WORK/varnish/varnish" -1 -f MAIN.client_req -f MAIN.cache_hit -f MAIN.cache_hit_grace \
    -f MAIN.cache_miss -f MAIN.bgfetch -f MAIN.backend_req -f MAIN.n_obj_purged \
    -f MAIN.n_lru_nuked -f SMA.s0.g_bytes 2>/dev/null || true
exit "$status"
