# One command to try it, one to test it. Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
TEST_ENV := DJANGO_SETTINGS_MODULE=cms.settings.test

.PHONY: install demo serve test lint format check messages openapi bench bench-sync clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin
	$(MANAGE) runserver 127.0.0.1:8000

serve: install
	$(MANAGE) runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(TEST_ENV) $(MANAGE) check --fail-level WARNING
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run

test: lint check
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

# Our own interface strings and our Kyrgyz catalogue of Wagtail's; needs GNU gettext.
# The compiled .mo files are committed.
messages: install
	$(MANAGE) makemessages -l ky -l ru --ignore=.venv --ignore=tests --ignore=static --ignore=media --ignore=docs
	$(MANAGE) update_interface_catalogue
	$(MANAGE) compilemessages

# Regenerate the OpenAPI snapshot after an intended API change.
openapi: install
	$(TEST_ENV) $(MANAGE) export_openapi --output tests/api/openapi.json

# Our API against Wagtail API v2 and a bare Django view, on a separate bench database
# beside the configured one (DATABASE_URL); figures also go to bench-results.json.
# The bench app and its settings are never part of the production settings.
N ?= 500
BENCH_ARGS ?=
bench: install
	DJANGO_SETTINGS_MODULE=bench.settings $(MANAGE) bench_api --stories $(N) $(BENCH_ARGS)

# Bytes and time of a full first sync of the demo and of a one-story delta.
bench-sync: install
	DJANGO_SETTINGS_MODULE=bench.settings $(MANAGE) bench_sync

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .test-media
	rm -rf tests/typed_client/node_modules tests/typed_client/generated tests/typed_client/build
