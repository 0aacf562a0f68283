"""Every data row of every seed, as printed, is found in its source document.

A row is its label (with any footnote marker glued on, as printed) followed by
its non-empty values in column order, whitespace-normalised. The PDF text
breaks words with a hyphen at line ends, so a row also counts as found in the
text with those breaks joined. A table printed in parts (bilaga 4 B's two
halves) lists its parts in the seed's meta `trace_parts`; each part is traced
on its own. A row printed over several lines (a percentage line under its
label, then an amount line) is found when its label is, and its values follow
the label within `TRACE_WINDOW` characters. A text table whose layout the PDF
text scrambles (the audit report's assessment grids) says `trace: cells` in its
meta, as do figures the documents print in running prose (meta `printed_as:
prose`): then each of its cells, label and values, is found on its own. A
column printed before the label (a project number) is named in the meta's
`printed_before_label`.
"""

from __future__ import annotations

import re

import pytest
from conftest import PrintedSeed, load_printed_seeds, load_prose_seeds

SEEDS = load_printed_seeds()
PROSE = load_prose_seeds()
TRACE_WINDOW = 400
SENTENCE_WINDOW = 6


def normalise(text: str) -> str:
    """Collapse every run of whitespace (non-breaking spaces included) to one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def join_line_break_hyphens(text: str) -> str:
    """Join words the PDF broke at a line end ("samarbets- partner" -> "samarbetspartner")."""
    return re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", text)


def row_strings(seed: PrintedSeed, row: dict[str, str]) -> list[tuple[str, str]]:
    """(printed label, printed values) of a row, once per printed part of the table."""
    label = row["row_label"] + (row.get("footnote") or "")
    before = seed.meta.get("printed_before_label") or []
    label = " ".join([*(row[c] for c in before if row.get(c)), label])
    if seed.meta.get("trace") == "cells":
        cells = [row[c].strip() for c in seed.printed_columns if (row.get(c) or "").strip()]
        return [(label, "")] + [(cell, "") for cell in cells]
    parts = seed.meta.get("trace_parts") or [[c for c in seed.printed_columns if c not in before]]
    strings = []
    for columns in parts:
        values = " ".join(row[c].strip() for c in columns if (row.get(c) or "").strip())
        strings.append((label, values))
    return strings


def printed_pattern(expected: str) -> re.Pattern[str]:
    """A regex for `expected` that also accepts a line break after any hyphen."""
    return re.compile(re.escape(expected).replace("\\-", "\\- ?"))


def is_traced(document: str, label: str, values: str) -> bool:
    """True when the row is found in the (normalised) document text."""
    whole = printed_pattern(f"{label} {values}".strip())
    label_pattern = printed_pattern(label)
    values_pattern = printed_pattern(values)
    for text in (document, join_line_break_hyphens(document)):
        if whole.search(text):
            return True
        if not values:
            continue
        for match in label_pattern.finditer(text):
            if values_pattern.search(text, match.end(), match.end() + TRACE_WINDOW):
                return True
    return False


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.name for seed in SEEDS])
def test_every_row_is_found_in_its_document(
    seed: PrintedSeed, source_texts: dict[str, str]
) -> None:
    document = normalise(source_texts[seed.meta["document_file"]])
    missing = [
        f"row {row['row_order']}: {label} {values}"
        for row in seed.rows
        for label, values in row_strings(seed, row)
        if not is_traced(document, label, values)
    ]
    assert not missing, "rows not found in the source text:\n" + "\n".join(missing)


def test_trace_detects_a_changed_number(source_texts: dict[str, str]) -> None:
    seed = next(s for s in SEEDS if s.name == "ssvr_vb_2023__abonnemang_2023")
    document = normalise(source_texts[seed.meta["document_file"]])
    row = dict(seed.rows[0], **{"Skåne (SUS)": "128 545"})
    assert not all(is_traced(document, *pair) for pair in row_strings(seed, row))
    assert all(is_traced(document, *pair) for pair in row_strings(seed, seed.rows[0]))


def squeeze(text: str) -> str:
    """Text without whitespace and line-break hyphens: the PDF text breaks words
    ("milj oner", "sjukhus- styrelse") where the sentence in the seed does not."""
    return re.sub(r"[\s\u00a0-]+", "", text)


def number_on_line(number: str, lines: list[str], index: int) -> bool:
    """The printed number starts on line `index` (a number word in any case; a number
    broken over the line end, "23" / "414", counts)."""
    line = lines[index].replace("\u00a0", " ")
    following = lines[index + 1].replace("\u00a0", " ") if index + 1 < len(lines) else ""
    joined = line.rstrip() + " " + following.lstrip()
    if number.isalpha():
        return re.search(rf"(?<!\w){re.escape(number)}", line, flags=re.IGNORECASE) is not None
    position = joined.find(number)
    return 0 <= position < len(line.rstrip())


def sentence_around(sentence: str, lines: list[str], index: int) -> bool:
    """The sentence as transcribed is the text around its line: whole within a window
    that grows with its length, or, where a table interrupts it, as a beginning and an
    end in that order within forty lines."""
    wanted = squeeze(sentence)
    reach = SENTENCE_WINDOW + len(sentence) // 40
    around = squeeze(" ".join(lines[max(0, index - reach) : index + reach]))
    if wanted in around:
        return True
    # A table printed inside the sentence: the sentence is its beginning, the table,
    # then its end, within forty lines.
    wide = squeeze(" ".join(lines[max(0, index - 40) : index + 40]))
    for cut in range(20, len(wanted) - 4):
        start = wide.find(wanted[:cut])
        if start >= 0 and wide.find(wanted[cut:], start + cut) >= 0:
            return True
    return False


@pytest.mark.parametrize("seed", PROSE, ids=[seed.name for seed in PROSE])
def test_every_prose_figure_stands_on_its_line(
    seed: PrintedSeed, source_texts: dict[str, str]
) -> None:
    """The number is printed on the line the seed gives, and the sentence as
    transcribed is the text around it (whitespace and line breaks aside)."""
    lines = source_texts[seed.meta["document_file"]].splitlines()
    wrong = []
    for row in seed.rows:
        number = int(row["rad"]) - 1
        if not number_on_line(row["tryckt_tal"], lines, number):
            wrong.append(
                f"prosa_nr {row['prosa_nr']}: {row['tryckt_tal']!r} not on line {row['rad']}"
            )
        if not sentence_around(row["mening"], lines, number):
            wrong.append(f"prosa_nr {row['prosa_nr']}: sentence not found around line {row['rad']}")
    assert not wrong, "\n".join(wrong)


def test_prose_trace_detects_a_wrong_line(source_texts: dict[str, str]) -> None:
    seed = PROSE[0]
    lines = source_texts[seed.meta["document_file"]].splitlines()
    row = seed.rows[0]
    assert number_on_line(row["tryckt_tal"], lines, int(row["rad"]) - 1)
    assert not number_on_line(row["tryckt_tal"], lines, int(row["rad"]) + 10)
    assert sentence_around(row["mening"], lines, int(row["rad"]) - 1)
    assert not sentence_around(row["mening"] + " och ett påhittat slut", lines, int(row["rad"]) - 1)
