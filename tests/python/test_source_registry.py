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
