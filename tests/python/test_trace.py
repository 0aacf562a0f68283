"""Every data row of every seed, as printed, is found in its source document.

A row is its label (with any footnote marker glued on, as printed) followed by
its non-empty values in column order, whitespace-normalised. The PDF text
breaks words with a hyphen at line ends, so a row also counts as found in the
text with those breaks joined. A table printed in parts (bilaga 4 B's two
halves) lists its parts in the seed's meta `trace_parts`; each part is traced
on its own. A row printed over several lines (a percentage line under its
label, then an amount line) is found when its label is, and its values follow
the label within `TRACE_WINDOW` characters.
"""

from __future__ import annotations

import re

import pytest
from conftest import PrintedSeed, load_printed_seeds

SEEDS = load_printed_seeds()
TRACE_WINDOW = 400


def normalise(text: str) -> str:
    """Collapse every run of whitespace (non-breaking spaces included) to one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def join_line_break_hyphens(text: str) -> str:
    """Join words the PDF broke at a line end ("samarbets- partner" -> "samarbetspartner")."""
    return re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", text)


def row_strings(seed: PrintedSeed, row: dict[str, str]) -> list[tuple[str, str]]:
    """(printed label, printed values) of a row, once per printed part of the table."""
    label = row["row_label"] + (row.get("footnote") or "")
    parts = seed.meta.get("trace_parts") or [seed.printed_columns]
    strings = []
    for columns in parts:
        values = " ".join(row[c].strip() for c in columns if (row.get(c) or "").strip())
        strings.append((label, values))
    return strings


def is_traced(document: str, label: str, values: str) -> bool:
    """True when the row is found in the (normalised) document text."""
    for text in (document, join_line_break_hyphens(document)):
        whole = f"{label} {values}".strip()
        if whole in text:
            return True
        start = text.find(label)
        while start != -1 and values:
            window = text[start + len(label) : start + len(label) + TRACE_WINDOW]
            if values in window:
                return True
            start = text.find(label, start + 1)
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
