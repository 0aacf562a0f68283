"""The arithmetic of printed totals: the table kind's declaration in
`seeds/registry/registry__arithmetic.csv`, resolved through the label map
(`seeds/reference/ref__etiketter.csv`), as equations over the table's cells; the same
data the build reconciles with (models/intermediate/printed/int_printed_totals_checked.sql).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from regionfinans.importer.numbers import parse_value
from regionfinans.importer.spec import Row, Spec


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


@dataclass
class Equation:
    """total = Σ sign × part, within tolerance; cells as (row index, column index)."""

    rule_id: str
    total: tuple[int, int]
    parts: list[tuple[int, int, int]]


def label_keys(project: Path, spec: Spec) -> dict[tuple[str, str], str]:
    """(axis, printed label) → mapped key for this table: its own rows first, then its kind's,
    then every kind's ('*')."""
    keys: dict[tuple[str, str], str] = {}
    rows = _read_csv(project / "seeds" / "reference" / "ref__etiketter.csv")
    for rank in ("*", spec.table_kind, "__table__"):
        for row in rows:
            applies = (
                row["source_table"] == spec.table
                if rank == "__table__"
                else (row["table_kind"] == rank and not row["source_table"])
            )
            if applies and row["mapped_key"]:
                keys[(row["axis"], row["printed_label"])] = row["mapped_key"]
    return keys


@dataclass
class _Table:
    """A table's rows and columns by their mapped keys, as the arithmetic refers to them."""

    spec: Spec
    rows: list[Row]
    columns: list[str]
    column_keys: list[str]
    total_columns: set[int]
    row_keys: list[str]
    sections: list[str]

    @classmethod
    def of(cls, project: Path, spec: Spec, rows: list[Row]) -> _Table:
        keys = label_keys(project, spec)
        columns = spec.columns

        def section_key(row: Row) -> str:
            return (
                ":".join(keys.get(("avsnitt", s.strip()), "") for s in row.section.split(">"))
                if row.section
                else ""
            )

        return cls(
            spec=spec,
            rows=rows,
            columns=columns,
            column_keys=[keys.get(("kolumn", c), "") for c in columns],
            total_columns={i for i, c in enumerate(columns) if c in spec.total_columns},
            row_keys=[keys.get(("rad", r.label), "") for r in rows],
            sections=[section_key(r) for r in rows],
        )

    def in_section(self, index: int, part_section: str) -> bool:
        return (
            not part_section
            or self.sections[index] == part_section
            or self.sections[index].startswith(part_section + ":")
        )

    def unit_of(self, row: Row) -> str:
        return row.unit or self.spec.meta.get("unit", "")


def _rules(project: Path, spec: Spec) -> dict[tuple[str, str, str, str], list[dict]]:
    """The table kind's row and column rules, their part lines grouped by
    (rule, direction, total key, total section)."""
    rules = [
        r
        for r in _read_csv(project / "seeds" / "registry" / "registry__arithmetic.csv")
        if r["table_kind"] == spec.table_kind and r["direction"] in ("rad", "kolumn")
    ]
    by_rule: dict[tuple[str, str, str, str], list[dict]] = {}
    for rule in rules:
        by_rule.setdefault(
            (rule["rule_id"], rule["direction"], rule["total_key"], rule["total_section"]), []
        ).append(rule)
    return by_rule


def equations(project: Path, spec: Spec, rows: list[Row]) -> list[Equation]:
    """The table kind's declared arithmetic as equations over the table's cells."""
    table = _Table.of(project, spec, rows)
    result: list[Equation] = []
    for (rule_id, direction, total_key, total_section), parts in _rules(project, spec).items():
        if direction == "rad":
            result += _row_equations(table, rule_id, total_key, total_section, parts)
        else:
            result += _column_equations(table, rule_id, total_key, total_section, parts)
    return result


def _row_equations(
    table: _Table, rule_id: str, total_key: str, total_section: str, parts: list[dict]
) -> list[Equation]:
    """A total row's cell, column by column, against the rows the rule names."""
    rows, sections = table.rows, table.sections
    totals = [
        i
        for i, key in enumerate(table.row_keys)
        if key == total_key
        and (not total_section or sections[i] == total_section)
        and (not parts[0]["unit"] or table.unit_of(rows[i]) == parts[0]["unit"])
    ]
    result: list[Equation] = []
    for t in totals:
        previous_total = max((i for i in range(t) if rows[i].is_total), default=-1)
        for c in range(len(table.columns)):
            terms = []
            for rule in parts:
                terms += _row_terms(table, rule, t, c, previous_total)
            result.append(Equation(rule_id, (t, c), terms))
    return result


def _row_terms(
    table: _Table, rule: dict, t: int, c: int, previous_total: int
) -> list[tuple[int, int, int]]:
    """The parts one rule line names for the total in row `t`, column `c`: every row that
    is not a total ('*'), the rows since the previous total ('^'), or the rows of a key."""
    sign = int(rule["part_sign"])
    terms = []
    for i, row in enumerate(table.rows):
        if i == t or not table.in_section(i, rule["part_section"]):
            continue
        if rule["unit"] and table.unit_of(row) != rule["unit"]:
            continue
        if rule["part_key"] == "*" and not row.is_total:
            terms.append((i, c, sign))
        elif rule["part_key"] == "^" and not row.is_total and previous_total < i < t:
            terms.append((i, c, sign))
        elif rule["part_key"] == table.row_keys[i]:
            terms.append((i, c, sign))
    return terms


def _column_equations(
    table: _Table, rule_id: str, total_key: str, total_section: str, parts: list[dict]
) -> list[Equation]:
    """A total column's cell, row by row, against the columns the rule names."""
    totals = [c for c, key in enumerate(table.column_keys) if key == total_key]
    result: list[Equation] = []
    for tc in totals:
        for i, row in enumerate(table.rows):
            if parts[0]["unit"] and table.unit_of(row) != parts[0]["unit"]:
                continue
            if total_section and table.sections[i] != total_section:
                continue
            terms = []
            for rule in parts:
                if not table.in_section(i, rule["part_section"]):
                    continue
                sign = int(rule["part_sign"])
                for c in range(len(table.columns)):
                    if c == tc:
                        continue
                    if (rule["part_key"] == "*" and c not in table.total_columns) or rule[
                        "part_key"
                    ] == table.column_keys[c]:
                        terms.append((i, c, sign))
            result.append(Equation(rule_id, (i, tc), terms))
    return result


def registered_differences(project: Path, spec: Spec) -> dict[tuple[str, str], Decimal]:
    """(row label, column label) → the difference the register already explains for a
    printed total of this table (its printed value against the computed one)."""
    explained: dict[tuple[str, str], Decimal] = {}
    for row in _read_csv(project / "seeds" / "registry" / "registry__source_discrepancies.csv"):
        if row["source_table"] != spec.table or row["kind"] == "ambiguity":
            continue
        if not (row["printed_value"] and row["computed_value"]):
            continue
        try:
            printed, computed = (
                parse_value(row["printed_value"])[0],
                parse_value(row["computed_value"])[0],
            )
        except ArithmeticError:
            continue
        explained[(row["row_label"], row["column_label"])] = abs(printed - computed)
    return explained
