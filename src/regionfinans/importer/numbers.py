"""The Swedish grammar of a printed number: space as thousands separator, decimal comma,
the document's minus sign, a percent sign.

The grammar lives once, in dbt_project.yml (vars.printed_number_pattern): the dbt macro
`parse_printed_number` and `regionfinans check-seeds` read it there, and so does the
importer (through `seed_check.printed_number_pattern`). A whole cell is one printed number
when it matches the pattern; a number within running text is found by the same pattern
without its anchors, between a non-word character (or the line's start) and a non-word
character (or the line's end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from regionfinans.importer.spec import ImportFailure
from regionfinans.seed_check import printed_number_pattern


@dataclass(frozen=True)
class NumberGrammar:
    """The project's printed-number grammar, for a whole cell and within a line of text."""

    cell: re.Pattern[str]
    token: re.Pattern[str]

    @classmethod
    def of(cls, cell: re.Pattern[str]) -> NumberGrammar:
        """The grammar of the anchored full-cell pattern `cell` (`^…$`)."""
        source = cell.pattern
        if not (source.startswith("^") and source.endswith("$")):
            raise ValueError(f"the printed-number pattern is not anchored ^…$: {source!r}")
        # Not inside a word and not the decimals of a number already begun ("12,5").
        token = re.compile(rf"(?<![\w,])(?:{source[1:-1]})(?![\w])")
        return cls(cell, token)

    def is_number(self, printed: str) -> bool:
        """True when `printed`, as a whole, is one printed number."""
        return self.cell.fullmatch(printed) is not None


@lru_cache(maxsize=8)
def number_grammar(project: Path) -> NumberGrammar:
    """The grammar of the project at `project` (its dbt_project.yml)."""
    try:
        return NumberGrammar.of(printed_number_pattern(project))
    except (OSError, KeyError, TypeError) as error:
        raise ImportFailure(
            f"{project / 'dbt_project.yml'}: no vars.printed_number_pattern to read "
            f"printed numbers by ({error!r})"
        ) from error


def number_tokens(text: str, grammar: NumberGrammar) -> list[str]:
    """The printed numbers in `text`, left to right, grouped by the Swedish grammar."""
    return [match.group(0).strip() for match in grammar.token.finditer(text)]


def parse_value(printed: str) -> tuple[Decimal, Decimal]:
    """The value of a printed number and its precision (1 for whole numbers, 0,1 …)."""
    text = (
        printed.replace("%", "")
        .replace("+/-", "")
        .replace("+", "")
        .replace(" ", "")
        .replace("–", "-")
    )
    decimals = len(text.split(",")[1]) if "," in text else 0
    return Decimal(text.replace(",", ".")), Decimal(1).scaleb(-decimals)
