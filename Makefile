# The two commands of the README:
#   make build   set up from nothing and build the warehouse
#   make test    set up from nothing and run every test (lint, dbt build, pytest)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup build test lint pytest bench clean

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

pytest: setup
	$(BIN)/pytest

test: lint build pytest

bench: setup
	$(BIN)/regionfinans bench

clean:
	rm -rf target logs warehouse $(VENV)
