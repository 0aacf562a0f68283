"""The checks of a transcribed table: its rows' labels and order, its cells by unit, and
its YAML meta's units."""

from __future__ import annotations

from collections import Counter

from regionfinans.problems import SeedProblem
from regionfinans.seed_check.reading import records
from regionfinans.seed_check.rules import ROW_COLUMNS, UNIT_MAP, Rules
from regionfinans.seed_check.values import WHOLE, check_printed_value, not_a_year, unusual_space

# The printed words of a table's row, matched to the label map as they are.
LABEL_COLUMNS = ("row_label", "section", "footnote")


def _check_row(relative: str, index: int, row: dict[str, str], rules: Rules) -> list[SeedProblem]:
    problems = []
    if row["row_order"] != str(index - 1):
        problems.append(
            SeedProblem(relative, index, "row_order", f'"{row["row_order"]}" is not {index - 1}')
        )
    if not row["row_label"].strip():
        problems.append(SeedProblem(relative, index, "row_label", "empty row label"))
    for column in LABEL_COLUMNS:
        label = row.get(column) or ""
        reason = unusual_space(label) or (
            f'"{label}" has surrounding spaces' if label != label.strip() else None
        )
        if reason:
            problems.append(SeedProblem(relative, index, column, reason))
    if row["is_total"] not in ("true", "false"):
        problems.append(
            SeedProblem(relative, index, "is_total", f'"{row["is_total"]}" is not true/false')
        )
    row_unit = row.get("unit") or ""
    if row_unit and row_unit not in rules.units:
        problems.append(SeedProblem(relative, index, "unit", f'unknown unit "{row_unit}"'))
    return problems


def _heading_footnote_problems(
    relative: str, marked: list[tuple[int, str, str]]
) -> list[SeedProblem]:
    """A heading's footnote marker is the heading's: every row under it carries the same.
    `marked` holds (line, section, section_footnote) of every row; a row that differs from
    the most rows under its heading is named (one row left without it read as if the
    footnote did not apply to that row's figures)."""
    problems = []
    by_section: dict[str, list[tuple[int, str]]] = {}
    for line, section, marker in marked:
        if marker and not section:
            problems.append(
                SeedProblem(relative, line, "section_footnote", "a heading's marker, no section")
            )
        by_section.setdefault(section, []).append((line, marker))
    for section, lines in by_section.items():
        common, count = Counter(marker for _, marker in lines).most_common(1)[0]
        for line, marker in lines if section and count < len(lines) else []:
            if marker != common:
                reason = (
                    f'"{marker}" where the {count} other rows under "{section}" have '
                    f'"{common}": a heading\'s footnote marker stands on every row under it'
                )
                problems.append(SeedProblem(relative, line, "section_footnote", reason))
    return problems


def _meta_unit_problems(
    relative: str, header: list[str], table_unit: str, column_units: dict, rules: Rules
) -> list[SeedProblem]:
    """The YAML meta's units: the table's `unit` and each of `column_units` a known unit,
    for a column the file has (a mistyped unit or column would read the numbers in another
    unit without a word)."""
    problems = [
        SeedProblem(relative, 1, column, f'meta {what} "{unit}" is not a unit of {UNIT_MAP}', what)
        for column, what, unit in [
            ("", "unit", table_unit),
            *((column, "column_units", unit) for column, unit in column_units.items()),
        ]
        if unit and unit not in rules.units
    ]
    return problems + [
        SeedProblem(
            relative,
            1,
            column,
            "meta column_units names a column the file does not have",
            "column_units",
        )
        for column in column_units
        if column not in header
    ]


def _meta_year_and_scenario_problems(relative: str, meta: dict, rules: Rules) -> list[SeedProblem]:
    """The YAML meta's year and scenario of a table that prints one of each: a scenario of
    ref__scenarier, and a year of these documents no later than the last its document
    covers (a typo reached dbt, or built green where no prose figure links to the table)."""
    problems = []
    scenario = str(meta.get("scenario") or "")
    if scenario and scenario not in rules.scenarios:
        message = f'meta scenario "{scenario}" is not one of {sorted(rules.scenarios)}'
        problems.append(SeedProblem(relative, 1, "", message, "scenario"))
    year = str(meta.get("ar") or "")
    last = rules.last_years.get(str(meta.get("document_file") or ""))
    if not year:
        return problems
    if not WHOLE.fullmatch(year):
        reason = f'"{year}" is not a year'
    elif last is not None and int(year) > last:
        reason = f"{year} is after the last year its document covers ({last})"
    else:
        reason = not_a_year(year)
    if reason:
        problems.append(SeedProblem(relative, 1, "", f"meta ar: {reason}", "ar"))
    return problems


def check_table_seed(
    relative: str, rows: list[list[str]], config: dict, rules: Rules
) -> list[SeedProblem]:
    """Every problem of one transcribed table (its rows as read, header first)."""
    problems: list[SeedProblem] = []
    header = rows[0]
    meta = config.get("meta") or {}
    table_unit = meta.get("unit", "")
    column_units = meta.get("column_units") or {}
    minus_sign = rules.minus_signs.get(meta.get("document_file", ""))
    problems += _meta_unit_problems(relative, header, table_unit, column_units, rules)
    problems += _meta_year_and_scenario_problems(relative, meta, rules)
    seen_labels: dict[tuple[str, str, str], int] = {}
    section_ends: dict[str, int] = {}
    marked: list[tuple[int, str, str]] = []
    previous_section = None
    for index, row in records(relative, rows, problems):
        problems += _check_row(relative, index, row, rules)
        section = row.get("section") or ""
        if section and section != previous_section and section in section_ends:
            # A section is printed once, its rows under its heading: a row given another
            # section's name (an audit assessment moved from verksamhet to ekonomi)
            # built green and moved it in fct_granskningsbedomning.
            reason = (
                f'section "{section}" ended on line {section_ends[section]}: a section\'s rows '
                "stand together under its heading"
            )
            problems.append(SeedProblem(relative, index, "section", reason))
        if section:
            section_ends[section] = index
        marked.append((index, section, row.get("section_footnote") or ""))
        previous_section = section
        key = (row.get("section") or "", row["row_label"], row.get("unit") or "")
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
            problems += _check_cell(
                relative,
                index,
                column,
                row[column],
                column_units.get(column) or row.get("unit") or table_unit,
                rules,
                minus_sign,
            )
    return problems + _heading_footnote_problems(relative, marked)


def _check_cell(
    relative: str,
    index: int,
    column: str,
    value: str,
    unit: str,
    rules: Rules,
    minus_sign: str | None,
) -> list[SeedProblem]:
    if reason := unusual_space(value):
        return [SeedProblem(relative, index, column, reason)]
    if value != value.strip():
        return [SeedProblem(relative, index, column, f'"{value}" has surrounding spaces')]
    if not value:
        return []
    if "%" in value and unit not in ("procent", "text"):
        return [
            SeedProblem(relative, index, column, f'"{value}" has a percent sign in a {unit} cell')
        ]
    reason = check_printed_value(value, unit, rules, minus_sign)
    return [SeedProblem(relative, index, column, reason)] if reason else []
