"""One grammar of a printed number: the importer and the synthetic edition read
dbt_project.yml's printed_number_pattern, as the dbt macro and the seed check do.

The importer finds numbers in running text with the pattern's body between non-word
characters (a token) and checks a whole value with the anchored pattern (a cell); the two
agree on every number token in every committed source document, on every reading of every
row the specs import, and on every committed cell.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT_DIR, SEEDS_DIR, load_printed_seeds, sources_dir

from regionfinans.importer import (
    iter_specs,
    load_spec,
    number_grammar,
    number_tokens,
    read_rows,
    segmentations,
)
from regionfinans.seed_check import load_rules

sys.path.insert(0, str(PROJECT_DIR))
from tooling.synthetic import scale_printed  # noqa: E402

GRAMMAR = number_grammar(PROJECT_DIR)


def agree(printed: str) -> bool:
    """The cell pattern and the token finder agree on `printed`: it is one printed number
    exactly when the token finder finds it, whole, as the only number."""
    return GRAMMAR.is_number(printed) == (number_tokens(printed, GRAMMAR) == [printed])


def test_the_importer_reads_the_grammar_of_dbt_project_yml() -> None:
    pattern = yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))["vars"][
        "printed_number_pattern"
    ]
    assert GRAMMAR.cell.pattern == pattern
    assert load_rules(PROJECT_DIR).printed_number.pattern == pattern
    assert GRAMMAR.token.pattern == rf"(?<![\w,])(?:{pattern[1:-1]})(?![\w])"


def test_every_number_token_of_every_source_document_is_a_printed_number() -> None:
    documents = [
        sources_dir() / row["document_file"]
        for row in csv.DictReader(
            (SEEDS_DIR / "registry" / "registry__source_documents.csv").open(encoding="utf-8"),
            delimiter=";",
        )
    ]
    present = [path for path in documents if path.exists()]
    if not present:
        pytest.skip(f"no source documents at {sources_dir()}")
    tokens = [
        token
        for path in present
        for line in path.read_text(encoding="utf-8").splitlines()
        for token in number_tokens(line, GRAMMAR)
    ]
    assert len(tokens) > 500
    assert [token for token in tokens if not (GRAMMAR.is_number(token) and agree(token))] == []


@pytest.mark.parametrize("spec_path", list(iter_specs(PROJECT_DIR)), ids=lambda path: path.stem)
def test_every_reading_of_every_imported_row_is_a_token(spec_path: Path) -> None:
    spec = load_spec(spec_path)
    text = sources_dir() / spec.document_file
    if not text.exists():
        pytest.skip(f"source text {text} not here")
    rows = read_rows(spec, text.read_text(encoding="utf-8"), text)
    numbers = {
        number
        for row in rows
        for printed in row.values.values()
        for reading in segmentations(printed, GRAMMAR, spec.meta.get("decimals"))
        for number in reading
    }
    assert numbers
    assert [n for n in numbers if not (GRAMMAR.is_number(n) and agree(n))] == []


def test_the_grammar_agrees_on_every_committed_cell() -> None:
    cells = {
        value.strip()
        for seed in load_printed_seeds()
        for row in seed.rows
        for column in seed.printed_columns
        if (value := row[column] or "").strip()
    }
    assert [cell for cell in cells if not agree(cell)] == []
    assert sum(GRAMMAR.is_number(cell) for cell in cells) > 500


@pytest.mark.parametrize(
    ("printed", "scaled"),
    [
        ("1 234", "2 468"),
        ("-12,5", "-25,0"),
        ("– 600", "– 1 200"),
        ("1234", "2 468"),  # ungrouped: the grammar reads it, printed grouped
        ("60,6 %", "60,6 %"),  # a percentage is not an amount
        ("+/-3", "+/-3"),
        ("012", "012"),  # not a printed number
        ("2021 2022", "2021 2022"),
    ],
)
def test_the_synthetic_edition_scales_what_the_grammar_reads(printed: str, scaled: str) -> None:
    assert scale_printed(printed, 2, re.compile(GRAMMAR.cell.pattern)) == scaled
