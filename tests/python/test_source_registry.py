"""The registries identify the very texts the seeds were transcribed from, and the
label map holds no mapping a transcription does not print."""

from __future__ import annotations

import re

from conftest import load_printed_seeds, read_seed_csv


def test_every_document_is_registered(source_texts: dict[str, str]) -> None:
    """Every text in the sources folder is registered (check-seeds checks each registered
    document's sha256: tests/python/test_trace.py)."""
    registry = {
        row["document_file"] for row in read_seed_csv("registry/registry__source_documents")
    }
    assert registry == set(source_texts)


def test_every_edition_belongs_to_a_series() -> None:
    series = {row["series_id"] for row in read_seed_csv("registry/registry__document_series")}
    editions = read_seed_csv("registry/registry__source_documents")
    assert {row["series_id"] for row in editions} <= series
    for row in editions:
        assert int(row["covers_from_year"]) <= int(row["covers_to_year"]), row["edition_id"]


def test_minus_sign_is_the_one_the_document_prints(source_texts: dict[str, str]) -> None:
    for row in read_seed_csv("registry/registry__source_documents"):
        text = source_texts[row["document_file"]]
        en_dash_numbers = len(re.findall(r"–\d", text))
        hyphen_numbers = len(re.findall(r"(?<![\w-])-\s?\d", text))
        if row["minus_sign"] == "–":
            assert en_dash_numbers >= hyphen_numbers, row["document_file"]
        else:
            assert hyphen_numbers >= en_dash_numbers, row["document_file"]


def test_kommuner_stand_on_the_line_they_cite(source_texts: dict[str, str]) -> None:
    """ref__kommuner names the source line of each municipality; the line must name it."""
    rows = read_seed_csv("reference/ref__kommuner")
    assert {row["kommun_namn"] for row in rows} == {"Halmstad", "Laholm", "Hylte"}
    for row in rows:
        line = source_texts[row["document_file"]].splitlines()[int(row["source_line"]) - 1]
        assert row["kommun_namn"] in line and "södra Halland" in line, row


def test_every_label_mapping_is_printed_somewhere() -> None:
    """A mapping row of ref__etiketter is used: its label is printed in a table of its
    kind (or, for '*', in some table). A stale row would hide a misspelt label."""
    kinds = {
        row["source_table"]: row["table_kind"]
        for row in read_seed_csv("registry/registry__printed_tables")
    }
    printed: set[tuple[str, str, str]] = set()
    for seed in load_printed_seeds():
        kind = kinds[seed.name]
        for row in seed.rows:
            printed.add((kind, "rad", row["row_label"]))
            for part in (row.get("section") or "").split(" > "):
                if part:
                    printed.add((kind, "avsnitt", part))
        for column in seed.printed_columns:
            printed.add((kind, "kolumn", column))
    unused = [
        row
        for row in read_seed_csv("reference/ref__etiketter")
        if not any(
            (kind, row["axis"], row["printed_label"]) in printed
            for kind in ({row["table_kind"]} if row["table_kind"] != "*" else set(kinds.values()))
        )
    ]
    assert unused == []
