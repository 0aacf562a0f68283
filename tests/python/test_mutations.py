"""Every printed total is guarded: changing it makes the build fail, and the failing test
names the changed cell.

The cases are every number printed in a total row or a total column of every table of
figures, and every number of the abonnemang table. Running one build per case would take
many minutes, so the cases are grouped: the project is parsed once, and each group of
changes that cannot mask one another (within any declared sum, all of them move its
difference the same way) is written into the seed files at once and built once, through the chain that reconciles the printed
totals. A change counts as caught only when a failing row of that build names its cell.
A change the group's build does not name is built again alone, with everything
downstream of the printed cells, and must then fail the build.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
from conftest import (
    PrintedSeed,
    copy_project,
    copy_warehouse,
    load_printed_seeds,
    seed_parse_state,
)

from regionfinans.project import parse_project, run_dbt

pytestmark = pytest.mark.xdist_group("mutations")

ABONNEMANG = "ssvr_vb_2023__abonnemang_2023"
# The chain from the seed files to the reconciliation of their printed totals, built with
# that test alone (a failing test on the chain would skip the rest of it).
RECONCILIATION = "stg_printed__cells_unpivoted+,+assert_printed_totals_reconcile"
EVERYTHING_DOWNSTREAM = "stg_printed__cells_unpivoted+"


@dataclass(frozen=True)
class Case:
    """One printed number to change: its table, seed row (row_order) and column."""

    seed: PrintedSeed
    row_order: str
    column: str

    @property
    def cell_id(self) -> str:
        """The warehouse's id of the cell (stg_printed__cells.cell_id)."""
        column_order = self.seed.printed_columns.index(self.column) + 1
        return f"{self.seed.name}:r{self.row_order}:c{column_order}"

    @property
    def printed(self) -> str:
        return next(r for r in self.seed.rows if r["row_order"] == self.row_order)[self.column]


def _cases() -> list[Case]:
    cases = []
    for seed in load_printed_seeds():
        if seed.meta.get("unit") == "text":
            continue
        total_columns = set(seed.meta.get("total_columns") or [])
        column_units = seed.meta.get("column_units") or {}
        for row in seed.rows:
            for column in seed.printed_columns:
                if not re.search(r"\d", row[column] or ""):
                    continue
                if column_units.get(column) in ("text", "datum"):
                    continue
                if row["is_total"] == "true" or column in total_columns or seed.name == ABONNEMANG:
                    cases.append(Case(seed, row["row_order"], column))
    return cases


CASES = _cases()


def _mutated_digit(printed: str) -> tuple[int, int]:
    digits = [i for i, char in enumerate(printed) if char.isdigit()]
    index = digits[-2] if len(digits) > 1 else digits[-1]
    new = (int(printed[index]) + 5) % 10
    if new == 0 and index == digits[0] and len(digits) > 1:
        new = 9
    return index, new


def mutate(printed: str) -> str:
    """Change the tens digit (the only digit when there is one) by 5: beyond any rounding
    a table allows, keeping the printed grammar (a leading digit never becomes 0)."""
    index, new = _mutated_digit(printed)
    return printed[:index] + str(new) + printed[index + 1 :]


def direction(printed: str) -> int:
    """+1 when `mutate` makes the value larger, -1 when smaller."""
    index, new = _mutated_digit(printed)
    negative = printed.lstrip()[:1] in ("-", "–", "−")
    up = new > int(printed[index])
    return (-1 if negative else 1) * (1 if up else -1)


def write_rows(path: Path, seed: PrintedSeed, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=seed.header, delimiter=";", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def declared_sums(db: Path) -> list[dict[str, int]]:
    """Each declared sum as {cell: how a larger value of the cell moves the difference}:
    +1 for the total, minus the part's sign for each part."""
    with duckdb.connect(str(db), read_only=True) as connection:
        checks = connection.sql(
            "select total_cell_id, part_cell_ids, part_signs"
            " from intermediate.int_printed_totals_checked"
        ).fetchall()
    sums = []
    for total, parts, signs in checks:
        effect = dict(
            zip((parts or "").split(), (-int(s) for s in (signs or "").split()), strict=True)
        )
        effect[total] = 1
        sums.append(effect)
    return sums


def group(cases: list[Case], sums: list[dict[str, int]]) -> list[list[Case]]:
    """Greedy colouring into groups whose changes cannot mask one another: within any
    declared sum, every change of a group moves the difference the same way, so the
    sum fails for each change alone and for all of them together, and names each."""
    by_cell: dict[str, list[dict[str, int]]] = {}
    for effect in sums:
        for cell in effect:
            by_cell.setdefault(cell, []).append(effect)
    groups: list[list[Case]] = []
    moves: list[dict[int, int]] = []  # per group: id(sum) -> the direction its changes move it
    for case in cases:
        mine = {
            id(effect): effect[case.cell_id] * direction(case.printed)
            for effect in by_cell.get(case.cell_id, [])
        }
        for members, moved in zip(groups, moves, strict=True):
            if all(moved.get(key, way) == way for key, way in mine.items()):
                members.append(case)
                moved.update(mine)
                break
        else:
            groups.append([case])
            moves.append(dict(mine))
    return groups


def failing_cell_ids(db: Path) -> set[str]:
    """Every cell id named by a failing row the build stored (schema audit)."""
    named: set[str] = set()
    with duckdb.connect(str(db), read_only=True) as connection:
        tables = connection.sql(
            "select table_name from information_schema.tables where table_schema = 'audit'"
        ).fetchall()
        for (table,) in tables:
            for row in connection.sql(f'select * from audit."{table}"').fetchall():
                for value in row:
                    if isinstance(value, str):
                        named.update(re.findall(r"[a-z0-9_]+:r\d+:c\d+", value))
    return named


@dataclass
class Outcome:
    """What the mutation runs found for each case."""

    baseline_failures: list[str]
    caught_in_group: dict[str, list[str]] = field(default_factory=dict)
    caught_alone: dict[str, list[str]] = field(default_factory=dict)
    groups: int = 0


@pytest.fixture(scope="module")
def outcome(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    root = tmp_path_factory.mktemp("mutations")
    project = copy_project(root / "project")
    target = root / "target"
    seed_parse_state(built_warehouse, target)
    # The file keeps the name regionfinans.duckdb: DuckDB names its catalog after the file.
    db = copy_warehouse(built_warehouse, root / "warehouse" / "regionfinans.duckdb")
    manifest = parse_project(project, target, db)

    def build(select: str, tests: str) -> tuple[list[str], set[str]]:
        shutil.rmtree(target / "run", ignore_errors=True)
        with duckdb.connect(str(db)) as connection:
            connection.sql("drop schema if exists audit cascade")
        result = run_dbt(
            ["build", "--select", select, "--store-failures", "--indirect-selection", tests],
            project_dir=project,
            db_path=db,
            target_path=target,
            manifest=manifest,
        )
        assert result.exception is None, result.exception
        failed = [node.unique_id for node in result.failing()]
        return failed, failing_cell_ids(db)

    def apply(cases: list[Case]) -> dict[Path, str]:
        originals: dict[Path, str] = {}
        by_seed: dict[str, list[Case]] = {}
        for case in cases:
            by_seed.setdefault(case.seed.name, []).append(case)
        for members in by_seed.values():
            seed = members[0].seed
            path = project / seed.path.relative_to(seed.path.parents[2])
            originals[path] = path.read_text(encoding="utf-8")
            rows = [dict(row) for row in seed.rows]
            for case in members:
                row = next(r for r in rows if r["row_order"] == case.row_order)
                row[case.column] = mutate(row[case.column])
            write_rows(path, seed, rows)
        return originals

    def restore(originals: dict[Path, str]) -> None:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")

    baseline, _ = build(RECONCILIATION, tests="empty")
    found = Outcome(baseline_failures=baseline)
    if baseline:
        return found
    groups = group(CASES, declared_sums(db))
    found.groups = len(groups)
    missed: list[Case] = []
    for members in groups:
        originals = apply(members)
        try:
            failed, named = build(RECONCILIATION, tests="empty")
        finally:
            restore(originals)
        for case in members:
            if case.cell_id in named:
                found.caught_in_group[case.cell_id] = failed
            else:
                missed.append(case)
    for case in missed:
        originals = apply([case])
        try:
            failed, _ = build(EVERYTHING_DOWNSTREAM, tests="eager")
        finally:
            restore(originals)
        found.caught_alone[case.cell_id] = [uid for uid in failed if uid.startswith("test.")]
    return found


def test_the_unchanged_seeds_reconcile(outcome: Outcome) -> None:
    assert outcome.baseline_failures == []


def test_every_table_of_figures_has_guarded_totals() -> None:
    tables = {case.seed.name for case in CASES}
    assert {"rs_budget_2024__bilaga_4a_regionbidrag", ABONNEMANG} <= tables
    assert len(CASES) >= 300, len(CASES)
    assert (
        mutate("157 069") == "157 019" and mutate("0") == "5" and mutate("53 833,9") == "53 838,9"
    )
    assert mutate("–4 391") == "–4 341" and mutate("56") == "96"


@pytest.mark.parametrize("case", CASES, ids=[case.cell_id for case in CASES])
def test_changing_a_printed_number_fails_the_build(case: Case, outcome: Outcome) -> None:
    if case.cell_id in outcome.caught_in_group:
        assert any(
            "assert_printed_totals_reconcile" in uid
            for uid in outcome.caught_in_group[case.cell_id]
        )
        return
    failed = outcome.caught_alone.get(case.cell_id)
    assert failed, (
        f"{case.seed.path.name} row {case.row_order} column {case.column!r}: "
        f"{case.printed} changed to {mutate(case.printed)} and no test failed"
    )
