"""The register of column placements against the seeds: a sparse row's values lost their
columns in the PDF's text, and `registry__column_placements.csv` says where each was
placed and why. Each of its rows names a seed row (its label, with " [section]" where the
label is printed in more than one section) and places every value the row prints in the
column the seed has it in; a seed edited since, or a register row mistyped, is named."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from regionfinans.problems import SeedProblem
from regionfinans.seed_check.rules import ROW_COLUMNS, read_csv_lines

PLACEMENTS = Path("seeds/registry/registry__column_placements.csv")
# "Summa bygginvesteringar [BYGGINVESTERINGAR]": the row label and its section (or the
# first part of a section "A > B").
REGISTER_LABEL = re.compile(r"(.*?)(?: \[(.+)\])?")
# printed_values of a row that prints nothing.
NOTHING_PRINTED = "(none)"


def check_placements(project_dir: Path, seeds: dict[str, Path]) -> list[SeedProblem]:
    """Every register row against the seed row it names (`seeds`: seed name -> CSV)."""
    path = project_dir / PLACEMENTS
    if not path.exists():
        return []
    register = str(PLACEMENTS)
    problems: list[SeedProblem] = []
    for line, entry in _readable(path) or []:
        if not (entry.get("reasoning") or "").strip():
            # The register says why a value stands where it stands: the arithmetic that
            # placed it, or the decision that was taken.
            message = "a placement says how it was made (the arithmetic or the decision)"
            problems.append(SeedProblem(register, line, "reasoning", message))
        seed = seeds.get(entry.get("source_table") or "")
        if seed is None:
            message = f'"{entry.get("source_table")}" is not a seed of the project'
            problems.append(SeedProblem(register, line, "source_table", message))
            continue
        relative = str(seed.relative_to(project_dir))
        rows = _readable(seed)
        if rows is None:
            continue
        candidates = _rows_named(rows, entry.get("row_label") or "")
        if not candidates:
            message = f"no row of {relative} has this label (and section)"
            problems.append(SeedProblem(register, line, "row_label", message))
            continue
        # A label printed twice (an amount row and its percentage row) is either row.
        found = min(
            (_disagreements(register, line, entry, relative, *row) for row in candidates),
            key=len,
        )
        problems += found
    return problems


def _readable(path: Path) -> list[tuple[int, dict[str, str]]] | None:
    """A CSV's rows with their lines, or None where it cannot be read (its own check
    names why)."""
    try:
        return read_csv_lines(path)
    except (UnicodeDecodeError, csv.Error):
        return None


def _rows_named(
    rows: list[tuple[int, dict[str, str]]], label: str
) -> list[tuple[int, dict[str, str]]]:
    """(line, row) of the seed rows the register's label names."""
    match = REGISTER_LABEL.fullmatch(label)
    name, section = (match[1], match[2]) if match else (label, None)
    return [
        (line, row)
        for line, row in rows
        if row.get("row_label") == name
        and (
            section is None
            or (row.get("section") or "") == section
            or (row.get("section") or "").startswith(f"{section} > ")
        )
    ]


def _disagreements(
    register: str, line: int, entry: dict[str, str], relative: str, at: int, row: dict
) -> list[SeedProblem]:
    """Where the register's placement and the seed row `row` (line `at`) disagree."""
    printed = {c: v or "" for c, v in row.items() if c not in ROW_COLUMNS and c is not None}
    placed: dict[str, str] = {}
    problems = []
    for part in (entry.get("placement") or "").split(" | "):
        column, equals, value = part.partition("=")
        column = column.strip()
        if not equals or column not in printed:
            message = f'"{part}" names no column of {relative} (write column=value)'
            problems.append(SeedProblem(register, line, "placement", message))
            continue
        placed[column] = value.strip()
        if printed[column] != placed[column]:
            message = (
                f'places "{placed[column]}" in column "{column}", but {relative} line {at} '
                f'prints "{printed[column]}" there'
            )
            problems.append(SeedProblem(register, line, "placement", message))
    unplaced = [column for column, value in printed.items() if value and column not in placed]
    if unplaced:
        message = (
            f"{relative} line {at} also prints "
            + ", ".join(f'"{printed[c]}" in column "{c}"' for c in unplaced)
            + ": place every value the row prints"
        )
        problems.append(SeedProblem(register, line, "placement", message))
    values = [v.strip() for v in (entry.get("printed_values") or "").split(" | ")]
    listed = Counter(v for v in values if v and v != NOTHING_PRINTED)
    if listed != Counter(v for v in placed.values() if v):
        message = "the printed values are not the values the placement places"
        problems.append(SeedProblem(register, line, "printed_values", message))
    return problems
