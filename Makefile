# The two commands of the README:
#   make build   set up from nothing and build the warehouse
#   make test    set up from nothing and run every test (lint, pytest; pytest's session
#                warehouse is the full `dbt build` with every data and unit test)
# and the second engine:
#   make test-spark  the same project built and tested on Apache Spark, every mart
#                    compared with DuckDB's row by row

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPARK_STAMP := $(VENV)/.installed-spark

.PHONY: setup build test test-spark lint pytest browser java report bench clean

setup: $(STAMP)
	@mkdir -p warehouse

# Installed without byte-compiling, then compiled on every core at once: pip compiles one
# module after another (half of the install's time). Compiled here, not at first import:
# with PYTHONDONTWRITEBYTECODE set, as on this machine, nothing would keep what an import
# compiled, and every process would compile dbt again.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip==26.3"
	$(BIN)/pip install --quiet --no-compile --constraint constraints.txt --editable ".[dev]"
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib > /dev/null
	touch $(STAMP)

# The Spark extra (dbt-spark with a local SparkSession, pyspark) into the same venv.
$(SPARK_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --no-compile --constraint constraints.txt --editable ".[dev,spark]"
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib > /dev/null
	touch $(SPARK_STAMP)

build: setup
	$(BIN)/regionfinans build

lint: setup
	$(BIN)/ruff check src tooling tests/python
	$(BIN)/ruff format --check src tooling tests/python
	$(BIN)/sqlfluff lint --processes 2 models tests analyses

pytest: setup browser
	$(BIN)/pytest

# Headless Chromium renders the HTML report in tests/python/test_report.py. Installed
# from Debian's archive when missing (as root, else through sudo); the test fails
# without it unless REGIONFINANS_SKIP_BROWSER=1 is set explicitly.
browser:
	@if [ "$$REGIONFINANS_SKIP_BROWSER" = 1 ]; then exit 0; fi; \
	sh tooling/apt_install.sh chromium chromium ", or set REGIONFINANS_SKIP_BROWSER=1"

# Java 17 runs Spark (pyspark starts a JVM). Installed from Debian's archive when
# missing, like Chromium above.
java:
	@sh tooling/apt_install.sh java openjdk-17-jre-headless

# Seeds, models, data tests and unit tests on Spark, then every mart compared with
# DuckDB's (tests/python/test_spark.py; one process, so no xdist workers).
test-spark: setup $(SPARK_STAMP) java
	$(BIN)/pytest -m spark -n 0 tests/python/test_spark.py

# The report over the marts, and beside it the Data Docs of the seed files' contract
# (Great Expectations, a static site).
report: setup
	$(BIN)/regionfinans report
	$(BIN)/python -m regionfinans.quality --project-dir . --out reports/kontrakt.json --docs reports/kontrakt

# No separate `make build`: pytest builds its own warehouse (the full `dbt build`) and
# never reads the project's warehouse/, so building it here too would be a second build.
test: lint pytest

bench: setup
	$(BIN)/python -m tooling.bench

clean:
	rm -rf target logs warehouse $(VENV)
