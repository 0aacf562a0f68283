"""Every transcription follows the conventions of seeds/README.md."""

from __future__ import annotations

import csv
import re

import pytest
from conftest import SEEDS_DIR, PrintedSeed, load_printed_seeds

from regionfinans.project import PROJECT_DIR

SEEDS = load_printed_seeds()
IDS = [seed.name for seed in SEEDS]


def _registered_documents() -> set[str]:
    path = SEEDS_DIR / "registry" / "registry__source_documents.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["document_file"] for row in csv.DictReader(handle, delimiter=";")}


def _staging_models_in_union() -> set[str]:
    text = (PROJECT_DIR / "macros" / "staging" / "printed_table_models.sql").read_text()
    return set(re.findall(r"'(stg_[a-z0-9_]+)'", text))


def test_there_are_transcriptions() -> None:
    assert "ssvr_vb_2023__abonnemang_2023" in IDS


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_file_is_utf8_semicolon_lf(seed: PrintedSeed) -> None:
    raw = seed.path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert b"\r\n" not in raw, "LF line ends"
    raw.decode("utf-8")
    assert seed.header[:3] == ["row_order", "row_label", "is_total"]
    assert seed.path.stem.startswith(seed.path.parent.name + "__")


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_header_matches_declared_column_types(seed: PrintedSeed) -> None:
    declared = list(seed.config.get("column_types", {}))
    assert declared == seed.header, "column_types must list the CSV header in order"
    for column in seed.header:
        expected = {"row_order": "integer", "is_total": "boolean"}.get(column, "varchar")
        assert seed.config["column_types"][column] == expected


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_rows_are_numbered_in_printed_order(seed: PrintedSeed) -> None:
    assert [int(row["row_order"]) for row in seed.rows] == list(range(1, len(seed.rows) + 1))
    assert all(row["is_total"] in ("true", "false") for row in seed.rows)
    assert all(row["row_label"].strip() == row["row_label"] != "" for row in seed.rows)


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_meta_names_a_registered_document(seed: PrintedSeed) -> None:
    assert seed.meta.get("document_file") in _registered_documents()
    assert seed.meta.get("unit") in {"kr", "tkr", "mnkr", "procent", "antal", "text", "mixed"}
    for column in seed.meta.get("total_columns", []):
        assert column in seed.printed_columns


@pytest.mark.parametrize("seed", SEEDS, ids=IDS)
def test_every_seed_is_staged_and_in_source_cells(seed: PrintedSeed) -> None:
    model = f"stg_{seed.name}"
    assert (PROJECT_DIR / "models" / "staging" / seed.path.parent.name / f"{model}.sql").exists()
    assert model in _staging_models_in_union()
