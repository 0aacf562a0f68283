"""Reading the document's text: where a table's parts stand (heading, column header, end
marker) and, row by row, the values printed after each row's label."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from regionfinans.importer.spec import ImportFailure, Part, Row, Spec


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.replace("- ", "-").split()).casefold()


def _squash(text: str) -> str:
    """Letters and digits only: what survives line breaks and lost hyphens."""
    return re.sub(r"[\W_]+", "", _norm(text))


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
