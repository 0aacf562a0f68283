"""How every command that runs dbt reports a failing test: the test, its message, and each
failing row as a line a reader acts on (the seed's file, line and column, printed against
computed, or the fix to make). One place, used by `regionfinans build`, the nightly's
console and alerts, and the test suite's session build."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from regionfinans.project import DbtOutcome, NodeResult
from regionfinans.seed_check import LABEL_MAP, check_seed_file

FAILURE_ROWS_SHOWN = 5
# How much of dbt's message on a seed it could not load is kept beside the seed check's rows.
ADVICE_FREE_LINES = 6
# The column checks whose failing value is a key (where a label map line may be the cause).
KEY_CHECKS = ("relationships", "unique")


def failing_rows(db_path: Path, node: NodeResult, project_dir: Path | None = None) -> list[dict]:
    """The first failing rows of a test: its query run again on the warehouse it failed on
    (no test stores its rows: a table or view per test cost every green build a second
    of dbt's per-statement overhead), or the relation dbt stored them in. A column check's
    row about a seed file also gets the file's lines it is about (`seed_lines`)."""
    source = f"(\n{node.compiled_code}\n) as failing" if node.compiled_code else node.relation_name
    if not source or not node.unique_id.startswith("test.") or not db_path.exists():
        return []
    try:
        with duckdb.connect(str(db_path), read_only=True) as connection:
            relation = connection.sql(f"select * from {source} limit {FAILURE_ROWS_SHOWN}")
            columns = relation.columns
            rows = [dict(zip(columns, map(str, row), strict=True)) for row in relation.fetchall()]
    except duckdb.Error:
        return []
    return [with_label_map_lines(with_seed_lines(row, project_dir), project_dir) for row in rows]


def seed_lines(project_dir: Path, location: str, row: dict) -> list[int]:
    """The lines of the seed file `location` (relative to `project_dir`) that a column
    check's failing row is about: where its column (or columns, `a, b`) holds the failing
    value, or is empty for `not_null`. Empty when the file or a column is not there, or no
    line holds the value as the model shows it (a staging model may have recast it)."""
    path = project_dir / location
    columns = [column.strip() for column in str(row.get("column_name", "")).split(",")]
    if not path.is_file() or not columns[0]:
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        if not set(columns) <= set(reader.fieldnames or []):
            return []
        lines = []
        for record in reader:
            cells = [(record[column] or "").strip() for column in columns]
            if row.get("check_name") == "not_null":
                found = not cells[0]
            else:
                found = ", ".join(cells) == row.get("failing_value")
            if found:
                lines.append(reader.line_num)
    return lines


def with_seed_lines(row: dict, project_dir: Path | None) -> dict:
    """`row` with the lines of its seed file after the file's name in its location."""
    location = row.get("location", "")
    if project_dir is None or not location.endswith(".csv"):
        return row
    lines = seed_lines(project_dir, location, row)
    if not lines:
        return row
    shown = ", ".join(map(str, lines[:FAILURE_ROWS_SHOWN])) + (
        ", …" if len(lines) > FAILURE_ROWS_SHOWN else ""
    )
    return {**row, "location": f"{location} line{'s' if len(lines) > 1 else ''} {shown}"}


def with_label_map_lines(row: dict, project_dir: Path | None) -> dict:
    """A column check's row whose failing key is one the label map gives a printed label
    (a mistyped `mapped_key`, or one key for two labels), with the label map's lines that
    give it: the fix is there, not in the model the check names. Not for a row about a seed
    file itself (a key doubled in ref__regioner is that file's)."""
    value = row.get("failing_value")
    if project_dir is None or row.get("check_name") not in KEY_CHECKS or not value:
        return row
    if str(row.get("location", "")).split(" line")[0].endswith(".csv"):
        return row  # a row about a seed file: the fix is in that file, named already
    path = project_dir / LABEL_MAP
    if not path.is_file():
        return row
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        found = [
            f'line {reader.line_num} ("{record["printed_label"]}")'
            for record in reader
            if record.get("mapped_key") == value
        ]
    if not found:
        return row
    shown = ", ".join(found[:FAILURE_ROWS_SHOWN]) + (
        ", …" if len(found) > FAILURE_ROWS_SHOWN else ""
    )
    return {**row, "problem": f"{row.get('problem')}; the label map gives it: {LABEL_MAP} {shown}"}


def describe_row(row: dict) -> str:
    """One failing row as a line a reader acts on: where, printed, computed, or the fix; a
    test that states no problem shows its row's columns, name and value, after the where.
    An empty (NULL) value, stored as "None", is left out."""
    if _present(row.get("printed_total")):
        other_units = row.get("parts_in_another_unit")
        return (
            f"{row.get('total_location')}: printed {row.get('printed_total')}, "
            f"computed {row.get('parts_sum')} from [{row.get('printed_parts')}], "
            f"difference {row.get('difference')} (rounding allows {row.get('tolerance')})"
        ) + (
            f"; {other_units} of its parts printed in another unit than the total (the unit "
            "column of their rows, or the table's meta unit)"
            if _present(other_units) and str(other_units) != "0"
            else ""
        )
    where, used = _where(row)
    what = row.get("problem") if _present(row.get("problem")) else None
    what = what or ", ".join(
        f"{key} {value}" for key, value in row.items() if key not in used and _present(value)
    )
    if not where or str(what).startswith(where):
        return str(what)
    return f"{where}: {what}" if what else where


def _present(value: object) -> bool:
    """A value a failing row holds (NULL is stored as None or "None")."""
    return value not in (None, "", "None")


def _where(row: dict) -> tuple[str | None, set[str]]:
    """Where a failing row points (its first location column, or its seed file's line),
    and the columns that say it."""
    for key, value in row.items():
        if key.endswith("location") and _present(value):
            return str(value), {key}
    if not _present(row.get("seed_path")) or not _present(row.get("line_number")):
        return None, set()
    label = f" ({row['row_label']})" if _present(row.get("row_label")) else ""
    return f"{row['seed_path']} line {row['line_number']}{label}", {
        "seed_path",
        "line_number",
        "row_label",
    }


def failure_lines(
    unique_id: str, status: str, failures: int | None, message: str | None, rows: list[dict]
) -> list[str]:
    """A failing node as lines: what failed, dbt's message, then each failing row."""
    count = failures if failures is not None else "?"
    lines = [f"- {status.upper()} {unique_id}: {count} failing row(s)"]
    if message:
        lines.append(f"    {message}")
    lines.extend(f"    {describe_row(row)}" for row in rows)
    return lines


def seed_file_problems(node: NodeResult, project_dir: Path | None) -> list[dict]:
    """For a seed dbt could not load, what the seed check finds wrong with its file (the
    line and column dbt's loader does not name), as failing rows; else none."""
    if project_dir is None or not node.unique_id.startswith("seed."):
        return []
    name = node.unique_id.rsplit(".", 1)[-1]
    return [
        {"problem": str(problem)}
        for path in sorted((project_dir / "seeds").glob(f"**/{name}.csv"))
        for problem in check_seed_file(path, project_dir)
    ]


def node_report(
    node: NodeResult, db_path: Path, project_dir: Path | None = None
) -> tuple[str | None, list[dict]]:
    """What every command says of a failing node: dbt's message and the failing rows read
    from `db_path` (with the lines of the seed files of `project_dir` they are about); for
    a seed that did not load, what the seed check finds in its file, and dbt's message cut
    to its first line."""
    rows = seed_file_problems(node, project_dir)
    if rows:
        return _without_advice(node.message), rows
    return node.message, failing_rows(db_path, node, project_dir)


def _without_advice(message: str | None) -> str | None:
    """dbt's message about a seed it could not load, without DuckDB's list of reader
    options to try (the seed check's rows say what is wrong), the cause kept."""
    lines = [
        line
        for line in (message or "").splitlines()
        if line.strip() and not line.strip().startswith("* ")
    ]
    return "\n".join(lines[:ADVICE_FREE_LINES]) or message


def describe_outcome(outcome: DbtOutcome, db_path: Path, project_dir: Path | None = None) -> str:
    """Every failing node of a dbt run, as `node_report` tells it."""
    return "\n".join(
        line
        for node in outcome.failing()
        for line in failure_lines(
            node.unique_id, node.status, node.failures, *node_report(node, db_path, project_dir)
        )
    )
