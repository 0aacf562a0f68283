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

# pip installs uv (pinned in constraints.txt), uv installs the pinned packages from its
# cache (1.4 s where pip took 15 s), then the venv is compiled on every core at once,
# leaving out what is never imported (test folders, pip, setuptools). Compiled here, not
# at first import: with PYTHONDONTWRITEBYTECODE set, as on this machine, nothing would keep
# what an import compiled, and every process would compile dbt again.
UV := $(BIN)/uv pip install --quiet --python $(BIN)/python --constraint constraints.txt
COMPILE := $(BIN)/python -m compileall -q -j 0 -x '/tests?/|/site-packages/(pip|setuptools|pkg_resources)/' $(VENV)/lib > /dev/null

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --constraint constraints.txt uv
	$(UV) --editable ".[dev]"
	$(COMPILE)
	touch $(STAMP)

# The Spark extra (dbt-spark with a local SparkSession, pyspark) into the same venv.
$(SPARK_STAMP): $(STAMP)
	$(UV) --editable ".[dev,spark]"
	$(COMPILE)
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
