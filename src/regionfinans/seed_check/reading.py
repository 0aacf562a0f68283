"""Reading a seed file: UTF-8 (a byte-order mark is harmless), semicolon-delimited, the
header its YAML declares, and every line as many fields as the header."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from regionfinans.problems import SeedProblem

# What a header with one field was split by instead of ";" (a spreadsheet's export).
DELIMITERS = ((",", "commas"), ("\t", "tabs"), ("|", "pipes"))


BOM = "\ufeff"


def decode(path: Path, relative: str) -> tuple[str | None, list[SeedProblem]]:
    """The file's text, or None and why it is not UTF-8."""
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


def check_header(relative: str, header: list[str], declared: list[str]) -> list[SeedProblem]:
    """The header against the columns the YAML declares: none missing, none extra, in order."""
    problems = [
        SeedProblem(relative, 1, column, "declared column missing from the header")
        for column in declared
        if column not in header
    ]
    problems += [
        SeedProblem(relative, 1, column, "column not declared in the seed's YAML")
        for column in header
        if column not in declared and column
    ]
    if "" in header:
        problems.append(
            SeedProblem(relative, 1, "", "an unnamed column: a ';' too many in the header line?")
        )
    problems += [
        SeedProblem(relative, 1, column, "the header names this column twice")
        for column in sorted({column for column in header if column and header.count(column) > 1})
    ]
    if not problems and header != declared:
        problems.append(SeedProblem(relative, 1, "", f"columns out of order: expected {declared}"))
    return problems


def split_rows(relative: str, text: str, columns: int) -> tuple[list[list[str]], list[SeedProblem]]:
    """The file's rows, header first, or the problem that stops reading them (`columns`: how
    many the header should have, 0 when unknown)."""
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    except csv.Error as error:
        message = f"cannot be read as CSV ({error}): a quote that never closes?"
        return [], [SeedProblem(relative, 1, "", message)]
    if not rows:
        return [], [SeedProblem(relative, 1, "", "empty file")]
    if len(rows[0]) == 1 and (
        columns > 1 or (columns == 0 and any(mark in rows[0][0] for mark, _ in DELIMITERS))
    ):
        found = next((name for mark, name in DELIMITERS if mark in rows[0][0]), "no delimiter")
        message = f"header has no ';' ({found}): the file must be semicolon-delimited"
        return [], [SeedProblem(relative, 1, "", message)]
    return rows, []


def read_rows(
    path: Path, project_dir: Path, config: dict
) -> tuple[str, list[list[str]], list[SeedProblem]]:
    """The seed's rows (header first) or the problems that stop reading them."""
    relative = str(path.relative_to(project_dir))
    text, problems = decode(path, relative)
    if text is None:
        return relative, [], problems
    declared = list((config.get("column_types") or {}).keys())
    if not declared:
        return (
            relative,
            [],
            [SeedProblem(relative, 1, "", "no column_types declared in the seed's YAML")],
        )
    rows, problems = split_rows(relative, text, len(declared))
    if problems:
        return relative, [], problems
    return relative, rows, check_header(relative, rows[0], declared)


def records(
    relative: str, rows: list[list[str]], problems: list[SeedProblem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row by column) of every data row, numbered by the file's lines; a row with the
    wrong number of fields, or a value that runs over lines, is a problem (appended to
    `problems`) and is not yielded."""
    header = rows[0]
    line = 1 + sum(field.count("\n") for field in header)
    for fields in rows[1:]:
        line += 1
        spans = sum(field.count("\n") for field in fields)
        first, line = line, line + spans
        if not fields:
            problems.append(SeedProblem(relative, first, "", "an empty line: remove it"))
        elif spans:
            message = (
                f'lines {first}-{line} are read as one row: a field opens a quote (") that '
                f"closes only on line {line} (or never); a value has no line break"
            )
            problems.append(SeedProblem(relative, first, "", message))
        elif len(fields) != len(header):
            message = f"{len(fields)} fields where the header has {len(header)}"
            if any(";" in field for field in fields):
                message += ': a field opens a quote (") that does not close before its ";"'
            problems.append(SeedProblem(relative, first, "", message))
        else:
            yield first, dict(zip(header, fields, strict=True))
