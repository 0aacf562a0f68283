"""The placement check and the build's reconciliation share one declaration and agree.

The importer's equations of printed totals (`regionfinans.importer.equations`) and the
build's reconciliation (models/intermediate/printed/int_printed_totals_checked.sql) both
derive from the registry: the table kind's rules in registry__arithmetic, the keys of the
label map ref__etiketter, the total rows and columns of the seeds. Here the importer's
equations are evaluated over the committed seed values of every printed table whose kind
declares row or column arithmetic, by the build's rule (a total is met when it lies within
n parts × half the coarsest printed unit of the parts it sums): every total is met except
the ones the discrepancy register names; a part changed by one more than the rounding
allows breaks its total and only the totals that hold that part; and the totals met and
not met are exactly the build's (`is_within_rounding`), cell for cell. (The placement's
own bound, in `place`, is never tighter than the build's: it counts every declared part,
printed or not, at its row's coarsest printed unit.)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, SEEDS_DIR, PrintedSeed, load_printed_seeds

from regionfinans.importer import (
    Equation,
    Part,
    Row,
    Spec,
    equations,
    number_grammar,
    parse_value,
)

GRAMMAR = number_grammar(PROJECT_DIR)


def _registry(name: str) -> list[dict[str, str]]:
    with (SEEDS_DIR / "registry" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


KINDS = {row["source_table"]: row["table_kind"] for row in _registry("registry__printed_tables")}
WITH_ARITHMETIC = {
    row["table_kind"]
    for row in _registry("registry__arithmetic")
    if row["direction"] in ("rad", "kolumn")
}
TABLES = [seed for seed in load_printed_seeds() if KINDS.get(seed.name) in WITH_ARITHMETIC]


@dataclass(frozen=True)
class Checked:
    """One declared total of a committed table, evaluated over the committed values."""

    table: str
    rule_id: str
    row_order: int
    column: str
    difference: Decimal
    tolerance: Decimal

    @property
    def is_met(self) -> bool:
        return abs(self.difference) <= self.tolerance


def as_table(seed: PrintedSeed) -> tuple[Spec, list[Row]]:
    """The committed seed as the importer sees a table: its spec and its rows."""
    spec = Spec(
        path=seed.path,
        table=seed.name,
        table_kind=KINDS[seed.name],
        document_file=seed.meta.get("document_file", ""),
        parts=[Part(seed.name, 1, seed.printed_columns)],
        total_columns=list(seed.meta.get("total_columns") or []),
        rows=[],
        meta=dict(seed.meta),
    )
    rows = [
        Row(
            label=row["row_label"],
            section=row.get("section") or "",
            footnote=row.get("footnote") or "",
            unit=row.get("unit") or "",
            is_total=row["is_total"] == "true",
        )
        for row in seed.rows
    ]
    return spec, rows


def value(printed: str) -> tuple[Decimal, Decimal] | None:
    """A printed cell's value and precision; None for an empty cell or one that prints no
    number (a dash), which the build reads as null and sums as nothing."""
    printed = printed.strip()
    return parse_value(printed) if GRAMMAR.is_number(printed) else None


def check(seed: PrintedSeed, eq: Equation, cells: list[dict[str, str]]) -> Checked | None:
    """`eq` over `cells` by the build's rule; None where the total cell prints no number."""
    columns = seed.printed_columns
    total = value(cells[eq.total[0]][columns[eq.total[1]]] or "")
    if total is None:
        return None
    parts = [
        (sign, found)
        for r, c, sign in eq.parts
        if (found := value(cells[r][columns[c]] or "")) is not None
    ]
    parts_sum = sum((sign * part[0] for sign, part in parts), Decimal(0))
    precision = max([total[1], *(part[1] for _, part in parts)])
    return Checked(
        seed.name,
        eq.rule_id,
        int(seed.rows[eq.total[0]]["row_order"]),
        columns[eq.total[1]],
        total[0] - parts_sum,
        max(1, len(parts)) * Decimal("0.5") * precision,
    )


def checked(seed: PrintedSeed, cells: list[dict[str, str]] | None = None) -> list[Checked]:
    spec, rows = as_table(seed)
    found = [check(seed, eq, cells or seed.rows) for eq in equations(PROJECT_DIR, spec, rows)]
    return [result for result in found if result is not None]


def registered(table: str) -> set[tuple[str, str]]:
    """(row label, column label) of the register's discrepancies of `table`."""
    return {
        (row["row_label"], row["column_label"])
        for row in _registry("registry__source_discrepancies")
        if row["source_table"] == table
    }


def test_there_are_tables_with_arithmetic() -> None:
    assert len(TABLES) >= 10
    assert sum(len(checked(seed)) for seed in TABLES) > 300


@pytest.mark.parametrize("seed", TABLES, ids=[seed.name for seed in TABLES])
def test_every_total_is_met_but_the_registered_ones(seed: PrintedSeed) -> None:
    results = checked(seed)
    assert results, f"{seed.name}: its kind declares arithmetic but no total is printed"
    labels = {int(row["row_order"]): row["row_label"] for row in seed.rows}
    unmet = {(labels[r.row_order], r.column) for r in results if not r.is_met}
    assert unmet <= registered(seed.name)
    # A total that differs from its parts within rounding is registered too (as the
    # build's assert_totals_that_differ_from_their_parts_are_registered holds).
    differing = {(labels[r.row_order], r.column) for r in results if r.difference != 0}
    assert differing <= registered(seed.name)


@pytest.mark.parametrize("seed", TABLES, ids=[seed.name for seed in TABLES])
def test_a_part_changed_beyond_rounding_breaks_its_totals(seed: PrintedSeed) -> None:
    spec, rows = as_table(seed)
    eqs = equations(PROJECT_DIR, spec, rows)

    def key(eq: Equation) -> tuple[str, int, str]:
        return (eq.rule_id, int(seed.rows[eq.total[0]]["row_order"]), spec.columns[eq.total[1]])

    before = {(c.rule_id, c.row_order, c.column): c for c in checked(seed)}
    # The first met total with a printed part: that part goes up by the least whole
    # number its rounding does not allow (1 where the total is exact and sums one
    # whole-number part; within n × ½ the build calls it rounding too).
    target, (r, c, sign) = next(
        (eq, part)
        for eq in eqs
        if key(eq) in before and before[key(eq)].is_met
        for part in eq.parts
        if value(seed.rows[part[0]][spec.columns[part[1]]] or "")
    )
    met = before[key(target)]
    step = int(met.tolerance + abs(met.difference)) + 1
    number, _ = value(seed.rows[r][spec.columns[c]])
    mutated = [dict(row) for row in seed.rows]
    mutated[r][spec.columns[c]] = f"{number + step}".replace(".", ",")
    after = {(x.rule_id, x.row_order, x.column): x for x in checked(seed, mutated)}

    assert not after[key(target)].is_met
    assert after[key(target)].difference == met.difference - sign * step
    holding = {key(eq) for eq in eqs if eq.total == (r, c) or (r, c) in {p[:2] for p in eq.parts}}
    assert {k: v for k, v in after.items() if k not in holding} == {
        k: v for k, v in before.items() if k not in holding
    }


def test_the_totals_met_are_the_builds(built_warehouse: Path) -> None:
    """The importer's equations over the committed values and the build's reconciliation
    find the same totals (rule, table, row, column), with the same difference and the
    same rounding, met and not met alike."""
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        found = connection.sql(
            """
            select
                totals.source_table, totals.rule_id, cells.row_order,
                totals.total_column_label, totals.difference, totals.tolerance,
                totals.is_within_rounding
            from intermediate.int_printed_totals_checked as totals
            inner join intermediate.int_printed_cells_keyed as cells
                on totals.total_cell_id = cells.cell_id
            where totals.direction in ('rad', 'kolumn')
            """
        ).fetchall()
    build = {
        (table, rule, row, column): (Decimal(difference), Decimal(tolerance), met)
        for table, rule, row, column, difference, tolerance, met in found
    }
    importer = {
        (r.table, r.rule_id, r.row_order, r.column): (r.difference, r.tolerance, r.is_met)
        for seed in TABLES
        for r in checked(seed)
    }
    assert len(importer) > 300
    assert sorted(set(build) - set(importer)) == []
    assert sorted(set(importer) - set(build)) == []
    assert {key: build[key] for key in importer if build[key] != importer[key]} == {}
    assert sum(not met for _, _, met in importer.values()) >= 1
