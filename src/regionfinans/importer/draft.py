"""The draft an import writes: the seed (CSV and its YAML entry), the column placements,
the draft discrepancies and a report for the person deciding the import; and
`import_table`, which runs the stages in order."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from regionfinans.importer.arithmetic import Equation, equations, registered_differences
from regionfinans.importer.numbers import number_grammar, parse_value
from regionfinans.importer.placement import Placement, place
from regionfinans.importer.spec import ImportFailure, Row, Spec, load_spec
from regionfinans.importer.text import read_rows
from regionfinans.seed_check.placements import NOTHING_PRINTED


def seed_csv(spec: Spec, rows: list[Row], placement: Placement) -> str:
    extra = [c for c in ("section", "footnote", "unit") if c in spec.column_types_extra]
    header = ["row_order", "row_label", "is_total", *extra, *spec.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    for order, (row, cells) in enumerate(zip(rows, placement.cells, strict=True), start=1):
        line = [str(order), row.label, "true" if row.is_total else "false"]
        line += [getattr(row, column) for column in extra]
        line += [cells.get(column, "") for column in spec.columns]
        writer.writerow(line)
    return buffer.getvalue()


def seed_yaml(spec: Spec, rows: list[Row], lines: tuple[int, int]) -> str:
    # `string` is a text type on DuckDB and on Spark alike (Spark's varchar needs a length).
    column_types = {"row_order": "integer", "row_label": "string", "is_total": "boolean"}
    for column in ("section", "footnote", "unit"):
        if column in spec.column_types_extra:
            column_types[column] = "string"
    column_types.update({column: "string" for column in spec.columns})
    meta = {
        "document_file": spec.document_file,
        **spec.meta,
        "source_lines": f"{lines[0]}-{lines[1]}",
    }
    if spec.total_columns:
        meta["total_columns"] = spec.total_columns
    entry = {"name": spec.table, "config": {"column_types": column_types, "meta": meta}}
    return yaml.safe_dump({"version": 2, "seeds": [entry]}, allow_unicode=True, sort_keys=False)


def placements_csv(spec: Spec, rows: list[Row], placement: Placement) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["source_table", "row_label", "printed_values", "placement", "reasoning"])
    for placed in placement.placed_rows:
        row = rows[placed["row"]]
        # The values as the register lists them, one per placed cell in printed order (the
        # check of the register compares them with the placement): a run of digit groups
        # the text prints without column breaks is split as the placement reads it.
        printed = " | ".join(placed["placement"].values()) or NOTHING_PRINTED
        where = " | ".join(f"{column}={value}" for column, value in placed["placement"].items())
        writer.writerow(
            [
                spec.table,
                row.label,
                printed,
                where,
                "placerad av regionfinans import med tabellsortens aritmetik: "
                + ", ".join(placed["rules"]),
            ]
        )
    return buffer.getvalue()


def draft_discrepancies(
    spec: Spec, rows: list[Row], placement: Placement, eqs: list[Equation]
) -> str:
    """The printed totals that differ from their parts, as draft rows for the discrepancy
    register: those no placement meets (kind `sum`, to be told apart as arithmetic or
    another kind), and those within printed rounding (kind `rounding`: the build holds
    every total that differs to a registration)."""
    unmet = {(u["row"], u["column"]) for u in placement.unmet}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(
        [
            "discrepancy_id",
            "document_file",
            "source_table",
            "row_label",
            "column_label",
            "printed_value",
            "computed_value",
            "kind",
            "explanation",
        ]
    )
    drafted: set[tuple[str, str, Decimal]] = set()
    for number, eq in enumerate(eqs, start=1):
        label, column = rows[eq.total[0]].label, spec.columns[eq.total[1]]
        printed = placement.cells[eq.total[0]].get(column, "")
        total = sum(
            (
                sign * parse_value(placement.cells[r][spec.columns[c]])[0]
                for r, c, sign in eq.parts
                if placement.cells[r].get(spec.columns[c])
            ),
            Decimal(0),
        )
        if (label, column) in unmet:
            kind = "sum"
        elif printed and parse_value(printed)[0] != total:
            kind = "rounding"
        else:
            continue
        if (label, column, total) in drafted:
            continue
        drafted.add((label, column, total))
        writer.writerow(
            [
                f"UTKAST{number}",
                spec.document_file,
                spec.table,
                label,
                column,
                printed,
                f"{total}".replace(".", ","),
                kind,
                f"Regeln {eq.rule_id}: {label} är tryckt {printed} men delarna ger {total}.",
            ]
        )
    return buffer.getvalue()


def report_text(result: ImportResult) -> str:
    """What a person deciding the import needs: the ambiguities with every candidate, the
    totals no placement meets, the rows decided by the spec."""
    lines = [
        f"{result.spec.table}: {len(result.rows)} rader, {len(result.placement.placed_rows)} placerade med aritmetiken"
    ]
    for row, decision in sorted(result.spec.decisions.items()):
        lines.append(
            f"  rad {row + 1} ({result.rows[row].label}): beslut i specen: {decision.get('skal', '')}"
        )
    for ambiguity in result.placement.ambiguities:
        lines.append(f"  TVETYDIG rad {ambiguity['row'] + 1} ({ambiguity['label']}):")
        lines.extend(
            f"    kandidat {n}: {candidate}"
            for n, candidate in enumerate(ambiguity["candidates"], start=1)
        )
    for unmet in result.placement.unmet:
        lines.append(
            f"  SUMMA STÄMMER INTE: {unmet['row']} / {unmet['column']} ({unmet['rule_id']}), "
            f"{unmet['beyond_rounding']} utöver avrundningen: se utkast i avvikelser.csv"
        )
    return "\n".join(lines) + "\n"


@dataclass
class ImportResult:
    spec: Spec
    rows: list[Row]
    placement: Placement
    csv: str
    yaml: str
    placements: str
    discrepancies: str = ""

    @property
    def is_decided(self) -> bool:
        """No ambiguity left and every printed total met (or already registered)."""
        return not self.placement.ambiguities and not self.placement.unmet

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        files = {
            f"{self.spec.table}.csv": self.csv,
            f"_{self.spec.table}__seeds.yml": self.yaml,
            "column_placements.csv": self.placements,
            "avvikelser.csv": self.discrepancies,
            "rapport.txt": report_text(self),
        }
        written = []
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
            written.append(folder / name)
        return written


def import_table(
    text_file: Path, spec_path: Path, project: Path, use_decisions: bool = True
) -> ImportResult:
    """Read, place and render one table; ImportFailure on bad input (nothing is written)."""
    if not text_file.is_file():
        raise ImportFailure(f"{text_file}: no such text file")
    if not spec_path.is_file():
        raise ImportFailure(f"{spec_path}: no such table specification")
    try:
        spec = load_spec(spec_path)
    except (KeyError, TypeError, yaml.YAMLError) as error:
        raise ImportFailure(f"{spec_path}: not a table specification ({error})") from error
    if not use_decisions:
        spec.decisions = {}
    try:
        text = text_file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ImportFailure(f"{text_file}: not UTF-8 text ({error.reason})") from error
    rows = read_rows(spec, text, text_file)
    eqs = equations(project, spec, rows)
    explained = registered_differences(project, spec)
    placement = place(spec, rows, eqs, explained, grammar=number_grammar(project))
    found = [line for row in rows for line in row.lines.values()]
    return ImportResult(
        spec,
        rows,
        placement,
        seed_csv(spec, rows, placement),
        seed_yaml(spec, rows, (min(found), max(found))),
        placements_csv(spec, rows, placement),
        draft_discrepancies(spec, rows, placement, eqs),
    )
