"""Every printed total is guarded: changing it makes the build fail.

For each transcribed table of figures, the first printed number of every
total row is changed beyond rounding; the build of that seed and everything
downstream must fail. (test_mutation.py changes every cell of one table.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import copy_project, load_printed_seeds

from regionfinans.project import run_dbt

CASES = [
    (seed, row["row_order"], column)
    for seed in load_printed_seeds()
    if seed.meta.get("unit") != "text"
    for row in seed.rows
    if row["is_total"] == "true"
    for column in [next((c for c in seed.printed_columns if re.search(r"\d", row[c] or "")), None)]
    if column is not None
    and (seed.meta.get("column_units") or {}).get(column) not in ("text", "datum")
]


def mutate(printed: str) -> str:
    """Change the last digit by 5."""
    index = max(i for i, char in enumerate(printed) if char.isdigit())
    return printed[:index] + str((int(printed[index]) + 5) % 10) + printed[index + 1 :]


@pytest.fixture(scope="module")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("totals")
    project = copy_project(root / "project")
    db = root / "totals.duckdb"
    assert run_dbt(["build"], project_dir=project, db_path=db).success
    return project, db


def test_every_table_of_figures_has_guarded_totals() -> None:
    tables = {seed.name for seed, _, _ in CASES}
    assert "rs_budget_2024__bilaga_4a_regionbidrag" in tables
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    ("seed", "row_order", "column"),
    CASES,
    ids=[f"{seed.name}-r{row_order}" for seed, row_order, _ in CASES],
)
def test_changing_a_printed_total_fails_the_build(
    built_project: tuple[Path, Path], seed: object, row_order: str, column: str
) -> None:
    project, db = built_project
    path = project / seed.path.relative_to(seed.path.parents[2])
    original = path.read_text(encoding="utf-8")
    lines = original.split("\n")
    fields = lines[int(row_order)].split(";")
    index = seed.header.index(column)
    fields[index] = mutate(fields[index])
    lines[int(row_order)] = ";".join(fields)
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        outcome = run_dbt(["build", "--select", f"{seed.name}+"], project_dir=project, db_path=db)
    finally:
        path.write_text(original, encoding="utf-8")
    assert not outcome.success, f"{seed.name} row {row_order} column {column}: nothing failed"
    assert any(node.unique_id.startswith("test.") for node in outcome.failing())
