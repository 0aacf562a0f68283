"""Check every transcribed seed before dbt sees it, naming file, line and column.

dbt would also reject most malformed seeds, but later and in its own words; this
check runs first so that the message says exactly where the bad cell is. It
mirrors the rules of seeds/README.md and the grammar of the dbt macro
`parse_printed_number` (macros/parsing/parse_printed_number.sql).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROW_COLUMNS = ("row_order", "row_label", "is_total", "section", "footnote", "unit")
NON_PRINTED_DIRS = {"registry", "reference"}
UNITS = {"kr", "tkr", "mnkr", "procent", "antal", "datum", "text"}
# The same grammar as printed_number_pattern() in the dbt macro.
PRINTED_NUMBER = re.compile(
    r"^([-–+]|\+/-)? ?([1-9][0-9]{0,2}( [0-9]{3})+|[1-9][0-9]*|0)(,[0-9]+)?( ?%)?$"
)
BOM = "\ufeff"


@dataclass(frozen=True)
class SeedProblem:
    """One problem in one seed file, located by line (1 = header) and column."""

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


def seed_configs(seeds_dir: Path) -> dict[str, dict]:
    """The `config` of every seed declared in the YAML files under `seeds_dir`."""
    configs: dict[str, dict] = {}
    for path in sorted(seeds_dir.rglob("*.yml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("seeds", []):
            configs[entry["name"]] = entry.get("config") or {}
    return configs


def document_minus_signs(seeds_dir: Path) -> dict[str, str]:
    """Minus sign each source document prints, from the document registry."""
    path = seeds_dir / "registry" / "registry__source_documents.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["document_file"]: row["minus_sign"] for row in csv.DictReader(handle, delimiter=";")
        }


def _decode(path: Path, relative: str) -> tuple[str | None, list[SeedProblem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            SeedProblem(
                relative,
                line,
                "",
                f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}; "
                "Latin-1 or Windows-1252?): save the file as UTF-8",
            )
        ]
    # A UTF-8 byte-order mark is harmless (dbt skips it too): accepted.
    return text.removeprefix(BOM), []


def check_printed_value(value: str, unit: str, minus_sign: str | None) -> str | None:
    """Why `value` is not a valid printed cell of this unit, or None when it is."""
    if unit == "text":
        return None
    if unit == "datum":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f'"{value}" is not a date as printed (YYYY-MM-DD)'
        return None
    if value in ("-", "–"):
        return None
    if not PRINTED_NUMBER.match(value):
        return f'cannot read the printed value "{value}" as a number'
    sign = value[0]
    if minus_sign and sign in "-–" and sign != minus_sign:
        printed = "en dash –" if minus_sign == "–" else "hyphen-minus -"
        return f'"{value}" has minus sign "{sign}" but the document prints {printed}'
    return None


def check_seed(
    path: Path, project_dir: Path, config: dict, minus_signs: dict[str, str]
) -> list[SeedProblem]:
    """Every problem of one transcribed seed file."""
    relative = str(path.relative_to(project_dir))
    text, problems = _decode(path, relative)
    if text is None:
        return problems
    declared = list((config.get("column_types") or {}).keys())
    if not declared:
        return [SeedProblem(relative, 1, "", "no column_types declared in the seed's YAML")]
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows:
        return [SeedProblem(relative, 1, "", "empty file")]
    header = rows[0]
    if len(header) == 1 and "," in header[0]:
        return [
            SeedProblem(relative, 1, "", "header has no ';': the file must be semicolon-delimited")
        ]
    for column in declared:
        if column not in header:
            problems.append(
                SeedProblem(relative, 1, column, "declared column missing from the header")
            )
    for column in header:
        if column not in declared:
            problems.append(
                SeedProblem(relative, 1, column, "column not declared in the seed's YAML")
            )
    if not problems and header != declared:
        problems.append(SeedProblem(relative, 1, "", f"columns out of order: expected {declared}"))
    if problems:
        return problems
    meta = config.get("meta") or {}
    table_unit = meta.get("unit", "")
    column_units = meta.get("column_units") or {}
    minus_sign = minus_signs.get(meta.get("document_file", ""))
    seen_labels: dict[tuple[str, str, str], int] = {}
    for index, fields in enumerate(rows[1:], start=2):
        if len(fields) != len(header):
            problems.append(
                SeedProblem(
                    relative, index, "", f"{len(fields)} fields where the header has {len(header)}"
                )
            )
            continue
        row = dict(zip(header, fields, strict=True))
        if row["row_order"] != str(index - 1):
            problems.append(
                SeedProblem(
                    relative, index, "row_order", f'"{row["row_order"]}" is not {index - 1}'
                )
            )
        if not row["row_label"].strip():
            problems.append(SeedProblem(relative, index, "row_label", "empty row label"))
        if row["is_total"] not in ("true", "false"):
            problems.append(
                SeedProblem(relative, index, "is_total", f'"{row["is_total"]}" is not true/false')
            )
        row_unit = row.get("unit") or ""
        if row_unit and row_unit not in UNITS:
            problems.append(SeedProblem(relative, index, "unit", f'unknown unit "{row_unit}"'))
        key = (row.get("section") or "", row["row_label"], row_unit)
        # In a table of figures a label names one row; text tables (assessments)
        # repeat labels such as "Bedömning" per audit area and förvaltning.
        if key in seen_labels and table_unit != "text":
            problems.append(
                SeedProblem(
                    relative,
                    index,
                    "row_label",
                    f'duplicate row label "{row["row_label"]}" (also on line {seen_labels[key]})',
                )
            )
        seen_labels.setdefault(key, index)
        for column in header:
            if column in ROW_COLUMNS:
                continue
            value = row[column]
            if value != value.strip():
                problems.append(
                    SeedProblem(relative, index, column, f'"{value}" has surrounding spaces')
                )
                continue
            if not value:
                continue
            unit = column_units.get(column) or row_unit or table_unit
            if "%" in value and unit not in ("procent", "text"):
                problems.append(
                    SeedProblem(
                        relative, index, column, f'"{value}" has a percent sign in a {unit} cell'
                    )
                )
                continue
            reason = check_printed_value(value, unit, minus_sign)
            if reason:
                problems.append(SeedProblem(relative, index, column, reason))
    return problems


def check_project_seeds(project_dir: Path) -> list[SeedProblem]:
    """Every problem in every transcribed seed of the project."""
    seeds_dir = project_dir / "seeds"
    configs = seed_configs(seeds_dir)
    minus_signs = document_minus_signs(seeds_dir)
    problems: list[SeedProblem] = []
    for path in sorted(seeds_dir.glob("*/*.csv")):
        if path.parent.name in NON_PRINTED_DIRS:
            continue
        if path.stem not in configs:
            problems.append(
                SeedProblem(str(path.relative_to(project_dir)), 1, "", "seed has no YAML entry")
            )
            continue
        problems.extend(check_seed(path, project_dir, configs[path.stem], minus_signs))
    return problems
