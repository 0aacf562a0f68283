"""`regionfinans import`: from a document's text to a placed seed.

A table specification (`specs/<table>.yml`, data) says where the printed table stands in
the text (a heading and which time it occurs; a table split over pages has one part per
page, each with its columns), its columns as printed, and, for a table the project holds,
its row labels, sections, footnotes and total rows. The arithmetic is not in the spec: it
is the table kind's declaration in `seeds/registry/registry__arithmetic.csv`, resolved
through the label map (`seeds/reference/ref__etiketter.csv`), the same data the build
reconciles with.

The text lost the column of each value in rows with empty cells: a row prints only its
values, left to right. Values are placed by solving the declared arithmetic as an integer
program (scipy's `milp`): each value of a sparse row goes to exactly one column, in
printed order, so that every declared total meets its parts within printed rounding.
Every placement that meets the arithmetic as well as the best one is reported: one is
written, more are an ambiguity listed with all candidates and nothing is picked silently;
a table whose totals no placement meets is an error naming the rows, with a draft
discrepancy for the register.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import Bounds, LinearConstraint, milp

NUMBER_TOKEN = re.compile(
    r"(?<![\w,])(?:[-–+]|\+/-)? ?(?:[1-9]\d{0,2}(?: \d{3})+|\d+)(?:,\d+)?(?: ?%)?(?![\w])"
)
MAX_SOLUTIONS = 12


class ImportFailure(ValueError):
    """Bad input for the importer: one line naming the file, the line and what was expected."""


@dataclass
class Part:
    """One printed piece of a table: a page's heading and the columns it prints."""

    heading: str
    occurrence: int
    columns: list[str]
    end: str | None = None
    header: bool = True


@dataclass
class Spec:
    """A table specification (specs/<table>.yml)."""

    path: Path
    table: str
    table_kind: str
    document_file: str
    parts: list[Part]
    total_columns: list[str]
    rows: list[dict]
    meta: dict
    column_types_extra: list[str] = field(default_factory=list)
    decisions: dict[int, dict] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        """Every column once, in printed order (parts that continue rows on another page
        repeat the same columns)."""
        seen: list[str] = []
        for part in self.parts:
            seen.extend(column for column in part.columns if column not in seen)
        return seen


@dataclass
class Row:
    """One printed row: its label, section, footnote, and its values per part as printed."""

    label: str
    section: str = ""
    footnote: str = ""
    unit: str = ""
    is_total: bool = False
    values: dict[int, str] = field(default_factory=dict)
    lines: dict[int, int] = field(default_factory=dict)


@dataclass
class Placement:
    """The values of the table in their columns, and how each sparse row was placed."""

    cells: list[dict[str, str]]
    placed_rows: list[dict]
    ambiguities: list[dict]
    unmet: list[dict]


def load_spec(path: Path) -> Spec:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts = [
        Part(
            p["heading"],
            int(p.get("occurrence", 1)),
            list(p["columns"]),
            p.get("end"),
            bool(p.get("header", True)),
        )
        for p in data["parts"]
    ]
    return Spec(
        path=path,
        table=data["table"],
        table_kind=data["table_kind"],
        document_file=data["document_file"],
        parts=parts,
        total_columns=list(data.get("total_columns") or []),
        rows=list(data.get("rows") or []),
        meta=dict(data.get("meta") or {}),
        column_types_extra=list(data.get("row_columns") or []),
        decisions={int(d["rad"]) - 1: d for d in data.get("beslut") or []},
    )


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.replace("- ", "-").split()).casefold()


def _squash(text: str) -> str:
    """Letters and digits only: what survives line breaks and lost hyphens."""
    return re.sub(r"[\W_]+", "", _norm(text))


def number_tokens(text: str) -> list[str]:
    """The printed numbers in `text`, left to right, grouped by the Swedish grammar."""
    return [match.group(0).strip() for match in NUMBER_TOKEN.finditer(text)]


def _find_heading(lines: list[str], part: Part, source: Path, start: int = 0) -> int:
    seen = 0
    for index in range(start, len(lines)):
        if _norm(part.heading) in _norm(lines[index]):
            seen += 1
            if seen == part.occurrence:
                return index
    raise ImportFailure(
        f"{source}: no table heading {part.heading!r} (occurrence {part.occurrence}); "
        "the spec's heading must be a text of the line before the table"
    )


def _check_header(lines: list[str], begin: int, part: Part, source: Path) -> int:
    """The index of the first line after the column header; the header must print every
    column label of the part, in order (labels may wrap over lines)."""
    joined, index = "", begin + 1
    wanted = _squash("".join(part.columns))
    while index < min(len(lines), begin + 40):
        joined += _squash(lines[index])
        index += 1
        if wanted in joined:
            return index
    found = lines[begin + 1].strip() if begin + 1 < len(lines) else ""
    raise ImportFailure(
        f"{source} line {begin + 2}: the column header does not match the spec "
        f"{part.columns} (found {found!r})"
    )


def _part_lines(lines: list[str], parts: list[Part], number: int, source: Path) -> tuple[int, int]:
    """The lines of part `number`: after its heading (and column header) up to its end
    marker, or the next part's heading, or the end of the text."""
    part = parts[number]
    begin = _find_heading(lines, part, source)
    first = _check_header(lines, begin, part, source) if part.header else begin + 1
    last = len(lines)
    if number + 1 < len(parts):
        last = _find_heading(lines, parts[number + 1], source)
    if part.end:
        for index in range(first, last):
            if _norm(part.end) in _norm(lines[index]):
                last = index
                break
    return first, last


def read_rows(spec: Spec, text: str, source: Path) -> list[Row]:
    """Each row of the spec found in the text, part by part, with its printed values."""
    lines = text.splitlines()
    rows = [
        Row(
            label=r["label"],
            section=r.get("section", "") or "",
            footnote=str(r.get("footnote", "") or ""),
            unit=r.get("unit", "") or "",
            is_total=bool(r.get("is_total", False)),
        )
        for r in spec.rows
    ]
    for number, part in enumerate(spec.parts):
        first, last = _part_lines(lines, spec.parts, number, source)
        # A part that repeats an earlier part's columns continues its rows on a new page.
        continues = any(earlier.columns == part.columns for earlier in spec.parts[:number])
        cursor = first
        previous: Row | None = None
        for row in rows:
            if continues and row.lines:
                previous = row
                continue
            found = _match_row(lines, cursor, last, row)
            if (
                found is not None
                and previous is not None
                and previous.label == row.label
                and number in previous.lines
                and found[0] + 1 == previous.lines[number]
            ):
                found = None  # the label's first line of values belongs to the row before
            if found is None and previous is not None and previous.label == row.label:
                # A second line of values under one printed label (percent, then mnkr).
                below = _numbers_line(lines, previous.lines.get(number, cursor), last)
                if below is not None and previous.lines.get(number):
                    found = (below, " ".join(lines[below].split()))
            previous = row
            if found is None:
                continue
            line_index, values = found
            row.values[number] = values
            row.lines[number] = line_index + 1
            cursor = line_index + 1
    missing = [row.label for row in rows if not row.lines]
    if missing:
        raise ImportFailure(f"{source}: rows of the spec not found in the text: {missing}")
    return rows


def _match_row(lines: list[str], start: int, stop: int, row: Row) -> tuple[int, str] | None:
    """The line where `row`'s label ends (labels may wrap over lines), and the numbers
    printed after it (a footnote digit glued to the label is not a value)."""
    label = _squash(row.label)
    for index in range(start, stop):
        joined = ""
        for end in range(index, min(stop, index + 4)):
            before = len(joined)
            joined += _squash(lines[end])
            if not joined or not (label.startswith(joined) or joined.startswith(label)):
                break
            if joined.startswith(label):
                rest = _after(lines[end], len(label) - before)
                # What the label ends with besides letters and digits: ")" or " %".
                tail = re.search(r"[^\w]*$", row.label).group().strip()
                if tail and rest.lstrip().startswith(tail):
                    rest = rest.lstrip()[len(tail) :]
                if row.footnote and rest.startswith(row.footnote):
                    rest = rest[len(row.footnote) :]
                if not rest.strip():
                    # Values printed on the line(s) after a label of their own.
                    below = _numbers_line(lines, end + 1, stop)
                    if below is not None:
                        return below, " ".join(lines[below].split())
                return end, " ".join(rest.split())
    return None


def _numbers_line(lines: list[str], start: int, stop: int) -> int | None:
    """The next non-blank line (within three) when it prints numbers and no words."""
    for index in range(start, min(stop, start + 4)):
        if not lines[index].strip():
            continue
        if re.search(r"[A-Za-zÅÄÖåäöÉé]", lines[index]) or not re.search(r"\d", lines[index]):
            return None
        return index
    return None


def _after(line: str, letters: int) -> str:
    """`line` after its first `letters` letters and digits."""
    count = 0
    for position, char in enumerate(line):
        if count == letters:
            return line[position:]
        count += len(_squash(char))
    return ""


# ----------------------------------------------------------------------------- arithmetic


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


def equations(project: Path, spec: Spec, rows: list[Row]) -> list[Equation]:
    """The table kind's declared arithmetic as equations over the table's cells."""
    keys = label_keys(project, spec)
    rules = [
        r
        for r in _read_csv(project / "seeds" / "registry" / "registry__arithmetic.csv")
        if r["table_kind"] == spec.table_kind and r["direction"] in ("rad", "kolumn")
    ]
    columns = spec.columns
    column_keys = [keys.get(("kolumn", c), "") for c in columns]
    total_columns = {i for i, c in enumerate(columns) if c in spec.total_columns}

    def section_key(row: Row) -> str:
        return (
            ":".join(keys.get(("avsnitt", s.strip()), "") for s in row.section.split(">"))
            if row.section
            else ""
        )

    row_keys = [keys.get(("rad", r.label), "") for r in rows]
    sections = [section_key(r) for r in rows]
    result: list[Equation] = []
    by_rule: dict[tuple[str, str, str, str], list[dict]] = {}
    for rule in rules:
        by_rule.setdefault(
            (rule["rule_id"], rule["direction"], rule["total_key"], rule["total_section"]), []
        ).append(rule)

    def in_section(index: int, part_section: str) -> bool:
        return (
            not part_section
            or sections[index] == part_section
            or sections[index].startswith(part_section + ":")
        )

    def unit_of(row: Row) -> str:
        return row.unit or spec.meta.get("unit", "")

    for (rule_id, direction, total_key, total_section), parts in by_rule.items():
        if direction == "rad":
            totals = [
                i
                for i, key in enumerate(row_keys)
                if key == total_key
                and (not total_section or sections[i] == total_section)
                and (not parts[0]["unit"] or unit_of(rows[i]) == parts[0]["unit"])
            ]
            for t in totals:
                previous_total = max((i for i in range(t) if rows[i].is_total), default=-1)
                for c in range(len(columns)):
                    terms = []
                    for rule in parts:
                        sign = int(rule["part_sign"])
                        for i, row in enumerate(rows):
                            if i == t or not in_section(i, rule["part_section"]):
                                continue
                            if rule["unit"] and unit_of(row) != rule["unit"]:
                                continue
                            if rule["part_key"] == "*" and not row.is_total:
                                terms.append((i, c, sign))
                            elif (
                                rule["part_key"] == "^"
                                and not row.is_total
                                and previous_total < i < t
                            ):
                                terms.append((i, c, sign))
                            elif rule["part_key"] == row_keys[i]:
                                terms.append((i, c, sign))
                    result.append(Equation(rule_id, (t, c), terms))
        else:
            totals = [c for c, key in enumerate(column_keys) if key == total_key]
            for tc in totals:
                for i, row in enumerate(rows):
                    if parts[0]["unit"] and unit_of(row) != parts[0]["unit"]:
                        continue
                    if total_section and sections[i] != total_section:
                        continue
                    terms = []
                    for rule in parts:
                        if not in_section(i, rule["part_section"]):
                            continue
                        sign = int(rule["part_sign"])
                        for c in range(len(columns)):
                            if c == tc:
                                continue
                            if (rule["part_key"] == "*" and c not in total_columns) or rule[
                                "part_key"
                            ] == column_keys[c]:
                                terms.append((i, c, sign))
                    result.append(Equation(rule_id, (i, tc), terms))
    return result


# ----------------------------------------------------------------------------- placement


def parse_value(printed: str) -> tuple[Decimal, Decimal]:
    """The value of a printed number and its precision (1 for whole numbers, 0,1 …)."""
    text = (
        printed.replace("%", "")
        .replace("+/-", "")
        .replace("+", "")
        .replace(" ", "")
        .replace("–", "-")
    )
    decimals = len(text.split(",")[1]) if "," in text else 0
    return Decimal(text.replace(",", ".")), Decimal(1).scaleb(-decimals)


def segmentations(
    text: str, decimals: int | None = None, limit: int = 64, max_groups: int = 2
) -> list[list[str]]:
    """Every way to read `text` as a sequence of printed numbers. Spaces both group
    thousands and separate values, so "160 157 069" is 160 and 157 069, or 160 157 and
    069 (impossible: a number does not start with 0), or one number; the arithmetic
    chooses. `decimals` (the table's printed decimals) rules out readings whose numbers
    lack them, and a number has at most `max_groups` thousands groups (a table of amounts
    below a thousand million: 2)."""
    tokens: list[str] = []
    for token in text.split():
        if token == "%" and tokens:
            tokens[-1] += " %"  # "60,6 %": the percent sign belongs to its number
        else:
            tokens.append(token)
    readings: list[list[str]] = []

    def valid(number: str) -> bool:
        if not re.fullmatch(
            r"(?:[-–+]|\+/-)? ?(?:[1-9]\d{0,2}(?: \d{3})*|0)(?:,\d+)?(?: ?%)?", number
        ):
            return False
        if (
            number.count(" ") - number.count(" %") - (1 if number[:2] in ("- ", "– ") else 0)
            > max_groups
        ):
            return False
        if decimals is not None and "%" not in number:
            return ("," in number) == (decimals > 0) and (
                decimals == 0 or len(number.split(",")[1].rstrip(" %")) == decimals
            )
        return True

    def walk(start: int, taken: list[str]) -> None:
        if len(readings) >= limit:
            return
        if start == len(tokens):
            readings.append(list(taken))
            return
        for end in range(start + 1, len(tokens) + 1):
            number = " ".join(tokens[start:end])
            if re.search(r"[,%]", " ".join(tokens[start : end - 1])):
                break
            if valid(number):
                taken.append(number)
                walk(end, taken)
                taken.pop()

    walk(0, [])
    return readings


class _Program:
    """The integer program: variables, linear constraints, and the readings they stand for."""

    def __init__(self) -> None:
        self.names: list[tuple] = []
        self.rows: list[dict[int, float]] = []
        self.lower: list[float] = []
        self.upper: list[float] = []

    def variable(self, name: tuple) -> int:
        self.names.append(name)
        return len(self.names) - 1

    def constrain(self, terms: dict[int, float], low: float, high: float) -> None:
        self.rows.append(terms)
        self.lower.append(low)
        self.upper.append(high)

    def matrix(self, extra: list[dict[int, float]]) -> np.ndarray:
        matrix = np.zeros((len(self.rows) + len(extra), len(self.names)))
        for r, terms in enumerate([*self.rows, *extra]):
            for i, value in terms.items():
                matrix[r, i] += value
        return matrix


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


def place(
    spec: Spec,
    rows: list[Row],
    eqs: list[Equation],
    explained: dict[tuple[str, str], Decimal] | None = None,
) -> Placement:
    """Place the values of sparse rows by the arithmetic; report ambiguities and unmet sums.

    A declared total only binds where its cell is printed (as the build's reconciliation:
    an empty total cell checks nothing), so for a sparse total row the equation holds
    conditionally on the cell being filled (big M)."""
    part_columns = [[spec.columns.index(c) for c in part.columns] for part in spec.parts]
    decimals = spec.meta.get("decimals")
    program = _Program()
    fixed: dict[tuple[int, int], str] = {}
    readings: dict[tuple[int, int], list[list[str]]] = {}
    in_cell: dict[tuple[int, int], list[tuple[int, Decimal]]] = {}
    y_vars: list[int] = []
    y_where: dict[int, tuple[int, int, int, int, int]] = {}
    for r, row in enumerate(rows):
        for p, text in row.values.items():
            columns = part_columns[p]
            options = [
                o
                for o in segmentations(text, decimals, max_groups=spec.meta.get("max_groups", 2))
                if len(o) <= len(columns)
            ]
            if not options:
                raise ImportFailure(
                    f"{spec.path}: row {row.label!r} (source line {row.lines[p]}) prints "
                    f"{text!r}, which does not read as at most {len(columns)} values"
                )
            readings[(r, p)] = options
            if len(options) == 1 and len(options[0]) == len(columns):
                for c, value in zip(columns, options[0], strict=True):
                    fixed[(r, c)] = value
                continue
            selectors = [program.variable(("s", r, p, o)) for o in range(len(options))]
            program.constrain({s_: 1.0 for s_ in selectors}, 1, 1)
            per_column: dict[int, dict[int, float]] = {}
            for o, values in enumerate(options):
                k = len(values)
                by_value: list[list[tuple[int, int]]] = []
                for v in range(k):
                    placed = []
                    for j in range(v, len(columns) - (k - v) + 1):
                        c = columns[j]
                        i = program.variable(("y", r, p, o, v, c))
                        y_vars.append(i)
                        y_where[i] = (r, p, o, v, c)
                        placed.append((i, c))
                        in_cell.setdefault((r, c), []).append((i, parse_value(values[v])[0]))
                        per_column.setdefault(c, {})[i] = 1.0
                    by_value.append(placed)
                    program.constrain({**{i: 1.0 for i, _ in placed}, selectors[o]: -1.0}, 0, 0)
                for v in range(k - 1):
                    order: dict[int, float] = {selectors[o]: 1.0}
                    for i, c in by_value[v]:
                        order[i] = order.get(i, 0.0) + c
                    for i, c in by_value[v + 1]:
                        order[i] = order.get(i, 0.0) - c
                    program.constrain(order, -np.inf, 0)
            for terms in per_column.values():
                program.constrain(terms, 0, 1)
            always = spec.meta.get("alltid_tryckta_kolumner") or []
            if always:
                # A column the table prints on every row (its total column): a row's last
                # value in the part that holds it goes there.
                totals_here = [c for c in columns if spec.columns[c] in always]
                for o, values in enumerate(options):
                    if values and totals_here:
                        last = {
                            i: 1.0
                            for i, where in y_where.items()
                            if where[:4] == (r, p, o, len(values) - 1)
                            and where[4] == totals_here[-1]
                        }
                        program.constrain({**last, selectors[o]: -1.0}, 0, 0)

    # Decisions the spec records for rows the arithmetic leaves open (with the reason).
    for r, decision in spec.decisions.items():
        placement = decision["placering"]
        for c, column in enumerate(spec.columns):
            if (r, c) in fixed:
                continue
            wanted = placement.get(column)
            chosen = {
                i: 1.0
                for i, (rr, p, o, v, cc) in y_where.items()
                if rr == r and cc == c and (wanted is None or readings[(rr, p)][o][v] == wanted)
            }
            if wanted is None:
                if chosen:
                    program.constrain(chosen, 0, 0)
            elif not chosen:
                raise ImportFailure(
                    f"{spec.path}: the decision for row {r + 1} ({rows[r].label!r}) puts "
                    f"{wanted!r} in {column!r}, which the text does not allow"
                )
            else:
                program.constrain(chosen, 1, 1)

    def cell(r: int, c: int) -> tuple[Decimal, dict[int, float], dict[int, float] | None]:
        """Constant part, variable part and occupancy (None: always printed) of a cell."""
        if (r, c) in fixed:
            return parse_value(fixed[(r, c)])[0], {}, None
        terms = {i: float(value) for i, value in in_cell.get((r, c), [])}
        return Decimal(0), terms, {i: 1.0 for i in terms}

    def largest(r: int, c: int) -> float:
        constant, terms, _ = cell(r, c)
        return max([abs(float(constant)), *(abs(value) for value in terms.values())])

    precisions: dict[int, Decimal] = {}
    for (r, _), options in readings.items():
        for option in options:
            for value in option:
                precisions[r] = max(
                    precisions.get(r, Decimal(1) if not decimals else Decimal(0)),
                    parse_value(value)[1],
                )
    slack: list[tuple[int, int, Equation]] = []
    for eq in eqs:
        constant, total_terms, occupancy = cell(*eq.total)
        if occupancy == {}:
            continue  # the total cell can never be printed: nothing to check
        terms = dict(total_terms)
        used = [precisions.get(eq.total[0], Decimal(1))]
        for r, c, sign in eq.parts:
            part_constant, part_terms, _ = cell(r, c)
            constant -= sign * part_constant
            for i, value in part_terms.items():
                terms[i] = terms.get(i, 0.0) - sign * value
            used.append(precisions.get(r, Decimal(1)))
        tolerance = float(Decimal("0.5") * max(used) * max(1, len(eq.parts))) + 1e-9
        # A contradiction the register already explains is not the placement's to fix.
        tolerance += float(
            (explained or {}).get((rows[eq.total[0]].label, spec.columns[eq.total[1]]), 0)
        )
        # E = total − Σ parts = dev+ − dev−; beyond the tolerance costs much more
        # than within it, so the placement that meets every total most closely wins and
        # only exact ties are ambiguities.
        dev_above = program.variable(("deviation+", eq.rule_id))
        dev_below = program.variable(("deviation-", eq.rule_id))
        below = program.variable(("slack-", eq.rule_id))
        above = program.variable(("slack+", eq.rule_id))
        terms[dev_above] = -1.0
        terms[dev_below] = 1.0
        slack.append((below, above, eq))
        program.constrain({dev_above: 1.0, above: -1.0}, -np.inf, tolerance)
        program.constrain({dev_below: 1.0, below: -1.0}, -np.inf, tolerance)
        if occupancy is None:
            program.constrain(terms, -float(constant), -float(constant))
        else:
            # As small as can be (a large M makes the solver's tolerances loose).
            big_m = 2 * (largest(*eq.total) + sum(largest(r, c) for r, c, _ in eq.parts)) + 1
            upper = {**terms, **{i: terms.get(i, 0.0) + big_m for i in occupancy}}
            lower = {**terms, **{i: terms.get(i, 0.0) - big_m for i in occupancy}}
            program.constrain(upper, -np.inf, -float(constant) + big_m)
            program.constrain(lower, -float(constant) - big_m, np.inf)

    width = len(program.names)
    kinds = [name[0] for name in program.names]
    is_slack = np.array([kind.startswith(("slack", "deviation")) for kind in kinds])
    objective = np.array(
        [
            1000.0 if k.startswith("slack") else 1.0 if k.startswith("deviation") else 0.0
            for k in kinds
        ]
    )
    integrality = (~is_slack).astype(int)
    bounds = Bounds(np.zeros(width), np.where(is_slack, np.inf, 1.0))
    solutions: list[np.ndarray] = []
    best: float | None = None
    cuts: list[dict[int, float]] = []
    cut_limits: list[float] = []
    while len(solutions) < MAX_SOLUTIONS and width:
        extra = [*cuts]
        low = [*program.lower, *(-np.inf for _ in cuts)]
        high = [*program.upper, *cut_limits]
        if best is not None:
            extra.append({i: float(objective[i]) for i in np.where(is_slack)[0]})
            low.append(-np.inf)
            high.append(best + 1e-6)
        result = milp(
            objective,
            constraints=LinearConstraint(program.matrix(extra), low, high),
            integrality=integrality,
            bounds=bounds,
            options={"disp": False},
        )
        if result.status != 0 or result.x is None:
            break
        if best is None:
            best = float(result.fun)
        solution = result.x.copy()
        solution[~is_slack] = np.round(solution[~is_slack])
        solutions.append(solution)
        chosen = [i for i in y_vars if solution[i] > 0.5]
        if not y_vars:
            break
        cuts.append({i: 1.0 for i in chosen})
        cut_limits.append(len(chosen) - 1)

    if width and not solutions:
        raise ImportFailure(f"{spec.path}: the arithmetic has no solution at all (check the spec)")
    if not solutions:
        solutions = [np.zeros(0)]

    def cells_of(solution: np.ndarray) -> list[dict[str, str]]:
        cells: list[dict[str, str]] = [{} for _ in rows]
        for (r, c), value in fixed.items():
            cells[r][spec.columns[c]] = value
        for i in y_vars:
            if solution[i] > 0.5:
                r, p, o, v, c = y_where[i]
                cells[r][spec.columns[c]] = readings[(r, p)][o][v]
        return cells

    all_cells = [cells_of(solution) for solution in solutions]
    sparse_rows = sorted({y_where[i][0] for i in y_vars})
    placed_rows, ambiguities = [], []
    for r in sparse_rows:
        candidates: list[dict[str, str]] = []
        for cells in all_cells:
            if cells[r] not in candidates:
                candidates.append(cells[r])
        used_rules = sorted(
            {
                eq.rule_id
                for _, _, eq in slack
                if eq.total[0] == r or any(t[0] == r for t in eq.parts)
            }
        )
        placed_rows.append(
            {"row": r, "label": rows[r].label, "placement": candidates[0], "rules": used_rules}
        )
        if len(candidates) > 1:
            ambiguities.append({"row": r, "label": rows[r].label, "candidates": candidates})
    unmet = []
    for below, above, eq in slack:
        beyond = solutions[0][below] + solutions[0][above]
        if beyond > 1e-6:
            unmet.append(
                {
                    "rule_id": eq.rule_id,
                    "row": rows[eq.total[0]].label,
                    "column": spec.columns[eq.total[1]],
                    "beyond_rounding": round(float(beyond), 4),
                }
            )
    return Placement(all_cells[0], placed_rows, ambiguities, unmet)


# ----------------------------------------------------------------------------- output


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
        printed = " | ".join(row.values[part] for part in sorted(row.values) if row.values[part])
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
    """The printed totals no placement meets, as draft rows for the discrepancy register."""
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
    for number, eq in enumerate(eqs, start=1):
        label, column = rows[eq.total[0]].label, spec.columns[eq.total[1]]
        if (label, column) not in unmet:
            continue
        printed = placement.cells[eq.total[0]].get(column, "")
        total = sum(
            (
                sign * parse_value(placement.cells[r][spec.columns[c]])[0]
                for r, c, sign in eq.parts
                if placement.cells[r].get(spec.columns[c])
            ),
            Decimal(0),
        )
        writer.writerow(
            [
                f"UTKAST{number}",
                spec.document_file,
                spec.table,
                label,
                column,
                printed,
                f"{total}".replace(".", ","),
                "sum",
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
    placement = place(spec, rows, eqs, registered_differences(project, spec))
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


def iter_specs(project: Path) -> Iterator[Path]:
    yield from sorted((project / "specs").glob("*.yml"))


__all__ = ["ImportFailure", "ImportResult", "import_table", "iter_specs"]
