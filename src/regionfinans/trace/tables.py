"""Printed tables: every row, as transcribed, in the lines its seed's `source_lines` names."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from regionfinans.problems import SeedProblem
from regionfinans.trace.model import Document, TranscribedSeed
from regionfinans.trace.text import (
    find_whole,
    join_line_break_hyphens,
    normalise,
    printed_pattern,
    shown,
)

TRACE_WINDOW = 400
SHOWN = 40
LINE_RANGE = re.compile(r"(\d+)(?:\s*-\s*(\d+))?")


def line_ranges(source_lines: object, length: int) -> list[tuple[int, int]]:
    """The line ranges of a meta `source_lines` ("78-101", "4153-4154, 4268-4269");
    ValueError says why when it names none or a line the document does not have."""
    ranges = []
    for part in str(source_lines if source_lines is not None else "").split(","):
        match = LINE_RANGE.fullmatch(part.strip())
        if not match:
            raise ValueError(
                f'meta source_lines "{source_lines}" is not a list of line ranges '
                '(such as "78-101, 120-130"): the rows cannot be traced'
            )
        first, last = int(match[1]), int(match[2] or match[1])
        if first > last:
            raise ValueError(
                f'meta source_lines "{source_lines}": {first}-{last} runs backwards; '
                f"write {last}-{first}"
            )
        if not 1 <= first <= last <= length:
            raise ValueError(
                f'meta source_lines "{source_lines}": {first}-{last} is not within the '
                f"document's {length} lines"
            )
        ranges.append((first, last))
    return ranges


@dataclass(frozen=True)
class Excerpt:
    """Lines of a document normalised into one text (one space between lines), with
    where each line starts, and the same text with line-break hyphens joined."""

    text: str
    joined: str
    starts: list[int]
    numbers: list[int]

    def line_at(self, position: int) -> int:
        """The document line holding `position` of `text`."""
        return self.numbers[max(0, bisect.bisect_right(self.starts, position) - 1)]


def excerpt(document: Document, ranges: list[tuple[int, int]]) -> Excerpt:
    """The document's lines in `ranges` (first and last line, counted from 1)."""
    parts, starts, numbers, offset = [], [], [], 0
    for first, last in ranges:
        for number in range(first, last + 1):
            part = normalise(document.lines[number - 1])
            if part:
                parts.append(part)
                starts.append(offset)
                numbers.append(number)
                offset += len(part) + 1
    text = " ".join(parts)
    return Excerpt(text, join_line_break_hyphens(text), starts, numbers or [ranges[0][0]])


@dataclass(frozen=True)
class Printed:
    """What the trace looks for of one row: a label, then values (column, value) in
    printed order; `column` is named when the label is not found."""

    column: str
    label: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self, count: int | None = None) -> str:
        """The label and the first `count` values (default all), as printed."""
        values = [value for _, value in self.values[:count]]
        return " ".join([self.label, *values]).strip()


def printed_parts(seed: TranscribedSeed, row: dict[str, str]) -> list[Printed]:
    """What of `row` the document prints, in the pieces the trace looks for (with the
    heading it stands under where that carries a footnote marker)."""
    before = seed.meta.get("printed_before_label") or []
    label = row["row_label"] + (row.get("footnote") or "")
    label = " ".join([*(row[c] for c in before if row.get(c)), label])
    marked = row.get("section") and row.get("section_footnote")
    heading = (
        [Printed("section_footnote", row["section"].split(" > ")[-1] + row["section_footnote"])]
        if marked
        else []
    )
    if seed.meta.get("trace") == "cells":
        cells = [
            Printed(column, row[column].strip())
            for column in seed.printed_columns
            if (row.get(column) or "").strip()
        ]
        return [Printed("row_label", label), *cells, *heading]
    parts = seed.meta.get("trace_parts") or [
        [column for column in seed.printed_columns if column not in before]
    ]
    return [
        Printed(
            "row_label",
            label,
            tuple((c, row[c].strip()) for c in columns if (row.get(c) or "").strip()),
        )
        for columns in parts
    ] + heading


def is_traced(text: Excerpt, printed: Printed, count: int | None = None) -> bool:
    """True when the label and its first `count` values (default all) are printed in
    `text`: together, or the values within TRACE_WINDOW characters after the label."""
    if find_whole(text.text, printed.text(count)) >= 0:
        return True
    values = " ".join(value for _, value in printed.values[:count])
    whole = printed_pattern(printed.text(count))
    label = printed_pattern(printed.label)
    following = printed_pattern(values)
    for candidate in (text.text, text.joined):
        if whole.search(candidate):
            return True
        if not values:
            continue
        for match in label.finditer(candidate):
            found = following.search(candidate, match.end())
            if found and found.end() <= match.end() + TRACE_WINDOW:
                return True
    return False


def _leading_values(text: str, start: int, printed: Printed) -> int:
    """How many of the row's values follow its label at `start` as transcribed."""
    count = 0
    while count < len(printed.values) and text.startswith(printed.text(count + 1), start):
        count += 1
    return count


def _closest_label(text: Excerpt, printed: Printed) -> tuple[str, int] | None:
    """Where the label stands that the row's values follow best (a label is printed in
    a heading too, and a table printed in parts prints its labels twice): first by the
    values that follow as transcribed, then by the values printed soon after. Returns
    the normalised text (line-break hyphens joined where only then the label is found)
    and the label's position in it."""
    label = printed_pattern(printed.label)
    reach = len(printed.text()) + SHOWN
    for candidate in (text.text, text.joined):
        scored = [
            (
                _leading_values(candidate, match.start(), printed),
                sum(
                    find_whole(candidate[match.end() : match.start() + reach], value) >= 0
                    for _, value in printed.values
                ),
                -match.start(),
            )
            for match in label.finditer(candidate)
        ]
        if scored:
            return candidate, -max(scored)[2]
    return None


def _printed_elsewhere(document: Document, label: str) -> str:
    """Where else in the document `label` is printed (for a wrong `source_lines`)."""
    whole = excerpt(document, [(1, len(document.lines))])
    match = printed_pattern(label).search(whole.text)
    return f" (it is printed on line {whole.line_at(match.start())})" if match else ""


def untraced(
    seed: TranscribedSeed, document: Document, text: Excerpt, printed: Printed
) -> tuple[str, str]:
    """(column, what differs) for a piece of a row the document does not print as
    transcribed: the label, or the first value that is not what the row prints."""
    within = f"lines {seed.meta.get('source_lines')} of {document.name}"
    found = _closest_label(text, printed)
    if found is None:
        elsewhere = _printed_elsewhere(document, printed.label)
        return printed.column, f'"{printed.label}" is not printed in {within}{elsewhere}'
    candidate, label = found
    count = next(
        (k for k in range(1, len(printed.values) + 1) if not is_traced(text, printed, k)),
        len(printed.values),
    )
    column, value = printed.values[count - 1]
    prints = shown(candidate, label, label + len(printed.text()) + SHOWN).lstrip("…")
    return column, (
        f'"{value}" is not printed in this row in {within}: from line '
        f'{text.line_at(label)} it reads "{prints}", the seed "{printed.text()}"'
    )


def trace_table(seed: TranscribedSeed, document: Document) -> list[SeedProblem]:
    """A problem for every row whose label or values are not printed in the lines of
    the document that the seed's `source_lines` names."""
    try:
        text = excerpt(document, line_ranges(seed.meta.get("source_lines"), len(document.lines)))
    except ValueError as error:
        return [SeedProblem(seed.file, 1, "", str(error), "source_lines")]
    problems: dict[tuple[int, str], SeedProblem] = {}
    for line, row in seed.numbered_rows():
        for printed in printed_parts(seed, row):
            if is_traced(text, printed):
                continue
            column, message = untraced(seed, document, text, printed)
            problems.setdefault((line, column), SeedProblem(seed.file, line, column, message))
    return list(problems.values())
