# Two commands for a new user: `make run` and `make test`. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST := 127.0.0.1:8000

.PHONY: run serve test test-engine lint format bench bench-cache clean postgres redis search-engine search-engine-stop messages assets

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==26.3

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content --if-empty
	@echo ""
	@echo "  Site:    http://$(HOST)/"
	@echo "  Beheer:  http://$(HOST)/admin/  (gebruiker admin, coordinator, vng-redacteur, ...)"
	@echo "  Wachtwoord voor alle demo-accounts: zie README.md"
	@echo ""
	$(PY) manage.py runserver $(HOST)

# The production profile on this machine (docs/deploy.md): gunicorn with production settings,
# WhiteNoise static files, a generated secret key in .local/ (git-ignored), plain HTTP on
# loopback (LOCAL_HTTP=1). Port: make serve SERVE_PORT=8104. DATABASE_URL and REDIS_URL
# are used when set; demo content is loaded into an empty database (SERVE_DEMO=0: not).
# With Debian's varnish and varnish-modules installed, Varnish (deploy/varnish/) answers on
# SERVE_PORT and gunicorn listens on APP_PORT behind it (SERVE_VARNISH=0: gunicorn alone).
SERVE_HOST ?= 127.0.0.1
SERVE_PORT ?= 8000
APP_PORT ?= $(shell echo $$(( $(SERVE_PORT) + 1 )))
SERVE_DEMO ?= 1
SERVE_VARNISH ?= 1
VARNISHD := $(shell command -v varnishd || ls /usr/sbin/varnishd 2>/dev/null)
VARNISH_DIR := .local/varnish-$(SERVE_PORT)
SECRET_FILE := .local/secret-key
WORKER = $(PY) manage.py db_worker --no-reload --interval 1 --verbosity 0
# Varnish on this host: purged there, and its X-Forwarded-For believed (gunicorn and the
# counting from its log read the visitor's address alike).
BEHIND_VARNISH = VARNISH_URLS=http://$(SERVE_HOST):$(SERVE_PORT) TRUSTED_PROXIES=127.0.0.1
SERVE_ENV = DJANGO_SETTINGS_MODULE=stabiliteit.settings.production SECRET_KEY="$$(cat $(SECRET_FILE))" \
	ALLOWED_HOSTS="$(SERVE_HOST),localhost" LOCAL_HTTP=1 BASE_URL="$${BASE_URL:-http://$(SERVE_HOST):$(SERVE_PORT)}"

$(SECRET_FILE):
	mkdir -p .local
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve: $(VENV)/.runtime $(SECRET_FILE)
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	@if [ "$(SERVE_DEMO)" = "1" ]; then \
	  DJANGO_SETTINGS_MODULE=stabiliteit.settings.dev $(PY) manage.py load_demo_content --if-empty; fi
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "  Site:    http://$(SERVE_HOST):$(SERVE_PORT)/  (productie-instellingen, gunicorn)"
	@echo "  Beheer:  het demowachtwoord werkt hier niet; maak een account met"
	@echo "           $(PY) manage.py createsuperuser"
	@echo "           Na het eerste inloggen stelt u inloggen in twee stappen in: daarvoor is een"
	@echo "           authenticator-app op uw telefoon nodig (bijvoorbeeld Microsoft Authenticator,"
	@echo "           Google Authenticator of FreeOTP). Installeer die vooraf. Bewaar de"
	@echo "           herstelcodes die u daarna krijgt (docs/editors.md, 'Inloggen')."
	@echo ""
	@# The engine's index with its mapping before the first write (SEARCH_URL only).
	-$(SERVE_ENV) $(PY) manage.py ensure_search_index
	@# The task worker (index writes to the engine, retried until it has them) runs beside
	@# gunicorn and stops with it; deploy/stabiliteit-worker.service does this on a server.
ifeq ($(if $(VARNISHD),$(SERVE_VARNISH),0),1)
	@echo "  Varnish op $(SERVE_PORT) voor gunicorn op $(APP_PORT) (deploy/varnish/, docs/deploy.md)"
	bash deploy/varnish/run.sh start $(SERVE_PORT) $(APP_PORT) $(VARNISH_DIR) $(SERVE_HOST)
	@# Views and searches served from the cache are counted from Varnish's log
	@# (frontcache/cachelog.py); deploy/stabiliteit-teller.service does this on a server.
	$(SERVE_ENV) $(WORKER) & worker=$$!; \
	  $(SERVE_ENV) $(BEHIND_VARNISH) $(PY) manage.py count_from_cache_log --name $(abspath $(VARNISH_DIR))/varnish --verbosity 0 & counter=$$!; \
	  trap 'kill $$worker $$counter 2>/dev/null; bash deploy/varnish/run.sh stop $(VARNISH_DIR)' EXIT INT TERM; \
	  $(SERVE_ENV) $(BEHIND_VARNISH) \
	  $(VENV)/bin/gunicorn -c deploy/gunicorn.conf.py --bind $(SERVE_HOST):$(APP_PORT)
else
	@if [ -z "$(VARNISHD)" ]; then echo "  Zonder Varnish (cache voor de site): apt-get install varnish varnish-modules"; fi
	$(SERVE_ENV) $(WORKER) & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(SERVE_ENV) $(VENV)/bin/gunicorn -c deploy/gunicorn.conf.py --bind $(SERVE_HOST):$(SERVE_PORT)
endif

redis:
	bash .ci/redis.sh

test: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest $(PYTEST_ARGS)

# The tests marked `engine` (tests/conftest.py ENGINE_TESTS) against the distributed engine:
# CI runs `make search-engine && SEARCH_URL=http://127.0.0.1:9200 REQUIRE_SEARCH_ENGINE=1 make test-engine`.
test-engine: $(VENV)/.dev
	$(PY) -m pytest -m engine $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# NL Design System CSS into static/nlds/ (output committed: `make run` needs no Node).
assets:
	npm ci --no-audit --no-fund
	npm run build

bench: $(VENV)/.dev
	$(PY) bench/finder.py

# Issue 23's front-cache benchmark in one command (bench/front_cache.sh: Varnish in front of
# gunicorn on FRONT_BENCH_PORT, both URL mixes, publishing, the outage run, targets pass/fail).
bench-cache: $(VENV)/.runtime
	bash bench/front_cache.sh

# OpenSearch 2.19 on 127.0.0.1:9200 for SEARCH_URL (search-engine/README.md); data in var/.
# NODES=3: a three-node cluster on loopback (HTTP 9200-9202, transport 9300-9302); then
# SEARCH_URL=http://127.0.0.1:9200,http://127.0.0.1:9201,http://127.0.0.1:9202 and
# SEARCH_INDEX_REPLICAS=1 (docs/deploy.md, "Search cluster").
NODES ?= 1
search-engine:
	SEARCH_ENGINE_NODES=$(NODES) bash search-engine/run.sh start

search-engine-stop:
	SEARCH_ENGINE_NODES=$(NODES) bash search-engine/run.sh stop

postgres:
	bash .ci/postgres.sh

# Compile the project's translation overrides (locale/, see its .po header); needs gettext.
messages:
	for po in locale/*/LC_MESSAGES/*.po; do msgfmt --check -o "$${po%.po}.mo" "$$po"; done

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media static_collected .pytest_cache search-engine/target
