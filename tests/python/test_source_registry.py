"""The document registry identifies the very texts the seeds were transcribed from."""

from __future__ import annotations

import csv
import hashlib
import re

from conftest import SEEDS_DIR

from regionfinans.project import sources_dir


def _registry() -> list[dict[str, str]]:
    path = SEEDS_DIR / "registry" / "registry__source_documents.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_every_document_is_registered_with_its_sha256(source_texts: dict[str, str]) -> None:
    registry = {row["document_file"]: row for row in _registry()}
    assert set(registry) == set(source_texts)
    for name in source_texts:
        digest = hashlib.sha256((sources_dir() / name).read_bytes()).hexdigest()
        assert registry[name]["sha256"] == digest, name


def test_minus_sign_is_the_one_the_document_prints(source_texts: dict[str, str]) -> None:
    for row in _registry():
        text = source_texts[row["document_file"]]
        en_dash_numbers = len(re.findall(r"–\d", text))
        hyphen_numbers = len(re.findall(r"(?<![\w-])-\s?\d", text))
        if row["minus_sign"] == "–":
            assert en_dash_numbers >= hyphen_numbers, row["document_file"]
        else:
            assert hyphen_numbers >= en_dash_numbers, row["document_file"]


def test_kommuner_stand_on_the_line_they_cite(source_texts: dict[str, str]) -> None:
    """ref__kommuner names the source line of each municipality; the line must name it."""
    path = SEEDS_DIR / "reference" / "ref__kommuner.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {row["kommun_namn"] for row in rows} == {"Halmstad", "Laholm", "Hylte"}
    for row in rows:
        line = source_texts[row["document_file"]].splitlines()[int(row["source_line"]) - 1]
        assert row["kommun_namn"] in line and "södra Halland" in line, row


def test_statement_lines_carry_the_printed_labels() -> None:
    """ref__rapportrader names each statement row by table, order and printed label."""
    reference = SEEDS_DIR / "reference" / "ref__rapportrader.csv"
    with reference.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle, delimiter=";"))
    seeds: dict[str, dict[str, str]] = {}
    for line in lines:
        if line["source_table"] not in seeds:
            seed = SEEDS_DIR / "rs_budget_2024" / f"{line['source_table']}.csv"
            with seed.open(encoding="utf-8", newline="") as handle:
                seeds[line["source_table"]] = {
                    row["row_order"]: row["row_label"]
                    for row in csv.DictReader(handle, delimiter=";")
                }
        assert seeds[line["source_table"]][line["row_order"]] == line["row_label"], line
    assert sum(len(rows) for rows in seeds.values()) == len(lines)
