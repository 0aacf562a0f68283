"""How every command that runs dbt reports a failing test: the test, its message, and each
failing row as a line a reader acts on (the seed's file, line and column, printed against
computed, or the fix to make). One place, used by `regionfinans build`, the nightly's
console and alerts, and the test suite's session build."""

from __future__ import annotations

from pathlib import Path

import duckdb

from regionfinans.project import DbtOutcome, NodeResult

FAILURE_ROWS_SHOWN = 5


def failing_rows(db_path: Path, node: NodeResult) -> list[dict]:
    """The first stored failing rows of a test (the reconciliations store theirs)."""
    if not node.relation_name or not db_path.exists():
        return []
    try:
        with duckdb.connect(str(db_path), read_only=True) as connection:
            relation = connection.sql(
                f"select * from {node.relation_name} limit {FAILURE_ROWS_SHOWN}"
            )
            columns = relation.columns
            return [dict(zip(columns, map(str, row), strict=True)) for row in relation.fetchall()]
    except duckdb.Error:
        return []


def describe_row(row: dict) -> str:
    """One failing row as a line a reader acts on: where, printed, computed, or the fix."""
    if "printed_total" in row:
        return (
            f"{row.get('total_location')}: printed {row.get('printed_total')}, "
            f"computed {row.get('parts_sum')} from [{row.get('printed_parts')}], "
            f"difference {row.get('difference')} (rounding allows {row.get('tolerance')})"
        )
    if "problem" in row:
        where = next((row[key] for key in row if key.endswith("location") and row[key]), None)
        return f"{where}: {row['problem']}" if where else str(row["problem"])
    return str(row)


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


def describe_outcome(outcome: DbtOutcome, db_path: Path) -> str:
    """Every failing node of a dbt run, with its stored failing rows read from `db_path`."""
    return "\n".join(
        line
        for node in outcome.failing()
        for line in failure_lines(
            node.unique_id, node.status, node.failures, node.message, failing_rows(db_path, node)
        )
    )
