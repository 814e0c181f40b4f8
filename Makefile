# Two commands for a new user: `make run` and `make test`. See README.md.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST := 127.0.0.1:8000

.PHONY: run test lint format bench clean postgres assets

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

test: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest $(PYTEST_ARGS)

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

postgres:
	bash .ci/postgres.sh

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache
