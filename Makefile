# The two commands of the README:
#   make build   set up from nothing and build the warehouse
#   make test    set up from nothing and run every test (lint, dbt build, pytest)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup build test lint pytest browser report bench clean

setup: $(STAMP)
	@mkdir -p warehouse

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip==26.3"
	$(BIN)/pip install --quiet --constraint constraints.txt --editable ".[dev]"
	touch $(STAMP)

build: setup
	$(BIN)/regionfinans build

lint: setup
	$(BIN)/ruff check src tests/python
	$(BIN)/ruff format --check src tests/python
	$(BIN)/sqlfluff lint models tests analyses

pytest: setup browser
	$(BIN)/pytest

# Headless Chromium renders the HTML report in tests/python/test_report.py. Installed
# from Debian's archive when missing (as root, else through sudo); the test fails
# without it unless REGIONFINANS_SKIP_BROWSER=1 is set explicitly.
browser:
	@if [ "$$REGIONFINANS_SKIP_BROWSER" = 1 ] || command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; \
	elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	else echo "make browser: chromium is missing and installing it needs root or sudo" \
	  "(apt-get install chromium), or set REGIONFINANS_SKIP_BROWSER=1" >&2; exit 1; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make browser: no apt-get here; install Chromium so that \`chromium\` is on PATH" >&2; exit 1; fi; \
	$$SUDO apt-get update && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

# The report over the marts, and beside it the Data Docs of the seed files' contract
# (Great Expectations, a static site).
report: setup
	$(BIN)/regionfinans report
	$(BIN)/python -m regionfinans.quality --project-dir . --out reports/kontrakt.json --docs reports/kontrakt

test: lint build pytest

bench: setup
	$(BIN)/regionfinans bench

clean:
	rm -rf target logs warehouse $(VENV)
