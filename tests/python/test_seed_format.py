"""Every transcription follows the conventions of seeds/README.md, and every table is
declared in the registry with its kind, its edition and its shape."""

from __future__ import annotations

import pytest
from conftest import PrintedSeed, load_printed_seeds, load_transcriptions, read_seed_csv

SEEDS = load_printed_seeds()
ALL = load_transcriptions()
IDS = [seed.name for seed in SEEDS]
UNITS = {row["unit"] for row in read_seed_csv("reference/ref__enheter")}


def test_there_are_transcriptions() -> None:
    assert "ssvr_vb_2023__abonnemang_2023" in IDS
    assert any(seed.is_prose for seed in ALL)


@pytest.mark.parametrize("seed", ALL, ids=[seed.name for seed in ALL])
def test_file_is_utf8_semicolon_lf(seed: PrintedSeed) -> None:
    raw = seed.path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r\n" not in raw, "LF line ends"
    raw.decode("utf-8")
    assert seed.path.stem.startswith(seed.path.parent.name + "__")
    declared = list(seed.config.get("column_types", {}))
    assert declared == seed.header, "column_types must list the CSV header in order"


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_table_columns_and_row_numbers(seed: PrintedSeed) -> None:
    assert seed.header[:3] == ["row_order", "row_label", "is_total"]
    for column in seed.header:
        expected = {"row_order": "integer", "is_total": "boolean"}.get(column, "string")
        assert seed.config["column_types"][column] == expected
    assert [int(row["row_order"]) for row in seed.rows] == list(range(1, len(seed.rows) + 1))
    assert all(row["is_total"] in ("true", "false") for row in seed.rows)
    assert all(row["row_label"].strip() == row["row_label"] != "" for row in seed.rows)


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_meta_names_a_registered_edition_and_a_known_unit(seed: PrintedSeed) -> None:
    documents = {
        row["document_file"] for row in read_seed_csv("registry/registry__source_documents")
    }
    assert seed.meta.get("document_file") in documents
    assert seed.meta.get("unit") in UNITS
    for column in seed.meta.get("total_columns", []):
        assert column in seed.printed_columns


def test_every_table_is_declared_with_its_shape() -> None:
    """registry__printed_tables declares each table once, with the shape the seed has."""
    declared = {
        row["source_table"]: row for row in read_seed_csv("registry/registry__printed_tables")
    }
    assert set(declared) == set(IDS)
    kinds = {row["table_kind"] for row in read_seed_csv("registry/registry__table_kinds")}
    for seed in SEEDS:
        row = declared[seed.name]
        assert row["table_kind"] in kinds
        assert int(row["antal_rader"]) == len(seed.rows), seed.name
        assert int(row["antal_kolumner"]) == len(seed.printed_columns), seed.name
        totals = [r["row_order"] for r in seed.rows if r["is_total"] == "true"]
        assert row["summarader"].split() == totals, seed.name
