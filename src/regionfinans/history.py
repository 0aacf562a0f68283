"""The nightly run history: an append-only JSON-lines file that survives every run,
copied into each published warehouse as `ops.nightly_runs` and `ops.nightly_test_results`."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb


def read_history(path: Path) -> list[dict]:
    """Every recorded run, oldest first (a torn last line from a killed run is skipped)."""
    if not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            runs.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return runs


def append_run(path: Path, run: dict) -> None:
    """Append one run record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(run, ensure_ascii=False) + "\n")


def failing_since(history: list[dict], test_id: str, now: str) -> str:
    """Start time of the earliest run of the current unbroken streak in which `test_id` failed."""
    since = now
    for run in reversed(history):
        if test_id in {failure["unique_id"] for failure in run.get("failures", [])}:
            since = run["started_at"]
        else:
            break
    return since


_CREATE_NIGHTLY_RUNS = """
create or replace table ops.nightly_runs (
    run_id varchar primary key,
    started_at timestamp,
    ended_at timestamp,
    status varchar,
    exit_code integer,
    passed integer,
    warned integer,
    errored integer,
    skipped integer,
    ge_passed integer,
    ge_failed integer,
    published boolean,
    message varchar
)
"""

_CREATE_NIGHTLY_TEST_RESULTS = """
create or replace table ops.nightly_test_results (
    run_id varchar,
    source varchar,
    unique_id varchar,
    status varchar,
    failing_rows bigint,
    message varchar
)
"""


def _run_row(run: dict) -> list:
    """One row of ops.nightly_runs, in the table's column order."""
    counts = run.get("counts", {})
    return [
        run["run_id"],
        run["started_at"],
        run.get("ended_at"),
        run["status"],
        run.get("exit_code"),
        counts.get("pass", 0),
        counts.get("warn", 0),
        counts.get("error", 0),
        counts.get("skipped", 0),
        counts.get("ge_pass", 0),
        counts.get("ge_fail", 0),
        run.get("published", False),
        run.get("message"),
    ]


def _test_result_rows(run: dict) -> list[list]:
    """The rows of ops.nightly_test_results of one run: its failures, then its warnings."""
    return [
        [
            run["run_id"],
            failure.get("source", "dbt"),
            failure["unique_id"],
            failure["status"],
            failure.get("failures"),
            failure.get("message"),
        ]
        for failure in run.get("failures", []) + run.get("warnings", [])
    ]


def write_history_tables(db_path: Path, runs: list[dict]) -> None:
    """(Re)create ops.nightly_runs and ops.nightly_test_results in the warehouse at `db_path`."""
    with duckdb.connect(str(db_path)) as connection:
        connection.execute("create schema if not exists ops")
        connection.execute(_CREATE_NIGHTLY_RUNS)
        connection.execute(_CREATE_NIGHTLY_TEST_RESULTS)
        for run in runs:
            connection.execute(
                "insert into ops.nightly_runs values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _run_row(run),
            )
            for row in _test_result_rows(run):
                connection.execute(
                    "insert into ops.nightly_test_results values (?, ?, ?, ?, ?, ?)", row
                )
        connection.execute("checkpoint")
