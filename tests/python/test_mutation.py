"""Changing any one number of the abonnemang seed makes the build fail on reconciliation."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import copy_project, load_printed_seeds

from regionfinans.project import run_dbt

SEED_NAME = "ssvr_vb_2023__abonnemang_2023"
SEED = next(seed for seed in load_printed_seeds() if seed.name == SEED_NAME)
RECONCILIATION_TESTS = (
    "abonnemang_2023_row_sums_reconcile",
    "abonnemang_2023_column_sums_reconcile",
    "assert_fct_abonnemang_reproduces_printed_summa",
)
CELLS = [
    (row["row_order"], row["row_label"], column)
    for row in SEED.rows
    for column in SEED.printed_columns
    if row[column]
]


def mutate(printed: str) -> str:
    """Change the last digit by 5: beyond any rounding the table allows."""
    last = printed[-1]
    return printed[:-1] + str((int(last) + 5) % 10)


def write_seed(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SEED.header, delimiter=";", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the project, fully built once, to mutate one cell at a time."""
    root = tmp_path_factory.mktemp("mutation")
    project = copy_project(root / "project")
    db = root / "mutation.duckdb"
    outcome = run_dbt(["build"], project_dir=project, db_path=db)
    assert outcome.success, [n.unique_id for n in outcome.failing()]
    return project, db


def test_the_unchanged_seed_passes(built_project: tuple[Path, Path]) -> None:
    project, db = built_project
    write_seed(project / SEED.path.relative_to(SEED.path.parents[2]), SEED.rows)
    outcome = run_dbt(["build", "--select", f"{SEED_NAME}+"], project_dir=project, db_path=db)
    assert outcome.success


@pytest.mark.parametrize(("row_order", "row_label", "column"), CELLS)
def test_changing_one_number_fails_reconciliation(
    built_project: tuple[Path, Path], row_order: str, row_label: str, column: str
) -> None:
    project, db = built_project
    rows = [dict(row) for row in SEED.rows]
    target = next(row for row in rows if row["row_order"] == row_order)
    target[column] = mutate(target[column])
    seed_path = project / SEED.path.relative_to(SEED.path.parents[2])
    write_seed(seed_path, rows)
    try:
        outcome = run_dbt(["build", "--select", f"{SEED_NAME}+"], project_dir=project, db_path=db)
    finally:
        write_seed(seed_path, SEED.rows)
    failed = {node.unique_id.split(".")[2] for node in outcome.failing()}
    assert not outcome.success
    assert failed & set(RECONCILIATION_TESTS), f"{row_label}/{column}: failed {failed}"
