# ANITP campaigns: `make help` lists the targets.
SHELL := /bin/bash
PYTHON_VERSION ?= 3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
LANGS := ro en hu uk ru ar ur ne hi bn si vi fil tr it es de fr
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 3

.DEFAULT_GOAL := help
.PHONY: help install migrate demo static run dev test test-fast test-postgres browser-test fuzz bench loadtest lint format messages compilemessages fonts clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v python$(PYTHON_VERSION) >/dev/null || { echo "python$(PYTHON_VERSION) is required"; exit 1; }
	test -x $(PY) || python$(PYTHON_VERSION) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create the virtual environment and install the project

migrate: install ## Apply migrations (always --noinput: wagtail-modeltranslation's migrate asks otherwise)
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields

demo: migrate ## Load (or refresh) the demo content and print the admin login
	$(MANAGE) load_demo_data

static: install ## Collect static files for serving with DEBUG off
	$(MANAGE) collectstatic --noinput --verbosity 0

run: demo static ## Install, migrate, load demo content and serve on http://127.0.0.1:8000 as visitors meet it
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=config.settings.dev DJANGO_DEBUG=0 DJANGO_SERVE_MEDIA=1 \
		$(VENV)/bin/gunicorn -c site/config/gunicorn.py --pythonpath site,. config.wsgi \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile - --log-level warning

dev: demo ## Django's development server with DEBUG on, reloading on change
	$(MANAGE) runserver $(HOST):$(PORT)

test: install ## Run lint, migration check and the whole test suite (browser tests included)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest

test-fast: install ## The test suite without the browser tests
	$(VENV)/bin/pytest -m "not browser"

test-postgres: install ## The suite (without the browser tests) against a throw-away PostgreSQL cluster
	scripts/with_postgres.sh $(VENV)/bin/pytest -m "not browser" -p no:cacheprovider

browser-test: install ## Only the browser tests (screenshots land in var/screenshots/)
	$(VENV)/bin/pytest -m browser

fuzz: install ## Hostile input at every filter, API parameter and admin listing, and schemathesis on the API (also in `make test`)
	$(VENV)/bin/pytest -m fuzz -rP

BENCH_ENV := DJANGO_DEBUG=0 DJANGO_VAR_DIR=var/bench DATABASE_URL=sqlite:///var/bench/db.sqlite3

bench: static ## Benchmarks on a scratch database in var/bench/ (routing among 5 and 5,000 siblings; PNA roll-up over 25,000 and 250,000 activities)
	rm -rf var/bench && mkdir -p var/bench
	$(BENCH_ENV) $(MANAGE) migrate --noinput --verbosity 0
	$(BENCH_ENV) $(MANAGE) bench_routing
	$(BENCH_ENV) $(MANAGE) bench_rollup
	@command -v wrk >/dev/null && test -x /usr/sbin/nginx || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx; }
	$(PY) scripts/bench_http.py

loadtest: static ## Two minutes at the measured capacity: public reads mixed with staff saving activities (var/loadtest/)
	$(PY) scripts/load_test.py --duration 120

lint: install ## Check style and lint
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Format the code and fix what ruff can
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install ## Extract interface strings into every language's PO catalog (needs GNU gettext)
	$(MANAGE) makemessages --no-obsolete --ignore=.venv --ignore=var --ignore=site/static_collected --ignore=tests $(addprefix -l ,$(LANGS))

compilemessages: install ## Compile the PO catalogs to the committed .mo files (with babel)
	$(PY) -m campaigns.languages.catalogs compile

fonts: install ## Rebuild the subset web fonts from Debian's Noto fonts (apt-get install fonts-noto-core fonts-noto-extra)
	$(MANAGE) build_fonts

clean: ## Remove the virtual environment, database, collected static files and caches
	rm -rf $(VENV) var site/static_collected .pytest_cache .ruff_cache
