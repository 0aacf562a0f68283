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


def segmentations(
    text: str,
    grammar: NumberGrammar,
    decimals: int | None = None,
    limit: int = 64,
    max_groups: int = 2,
) -> list[list[str]]:
    """Every way to read `text` as a sequence of printed numbers. Spaces both group
    thousands and separate values, so "160 157 069" is 160 and 157 069, or 160 157 and
    069 (impossible: a number does not start with 0), or one number; the arithmetic
    chooses. Each number is one of the project's printed-number `grammar`; `decimals`
    (the table's printed decimals) rules out readings whose numbers
    lack them, and a number has at most `max_groups` thousands groups (a table of amounts
    below a thousand million: 2)."""
    tokens: list[str] = []
    for token in text.split():
        if token == "%" and tokens:
            tokens[-1] += " %"  # "60,6 %": the percent sign belongs to its number
        else:
            tokens.append(token)
    readings: list[list[str]] = []

    def valid(number: str) -> bool:
        if not grammar.is_number(number):
            return False
        if (
            number.count(" ") - number.count(" %") - (1 if number[:2] in ("- ", "– ") else 0)
            > max_groups
        ):
            return False
        if decimals is not None and "%" not in number:
            return ("," in number) == (decimals > 0) and (
                decimals == 0 or len(number.split(",")[1].rstrip(" %")) == decimals
            )
        return True

    def walk(start: int, taken: list[str]) -> None:
        if len(readings) >= limit:
            return
        if start == len(tokens):
            readings.append(list(taken))
            return
        for end in range(start + 1, len(tokens) + 1):
            number = " ".join(tokens[start:end])
            if re.search(r"[,%]", " ".join(tokens[start : end - 1])):
                break
            if valid(number):
                taken.append(number)
                walk(end, taken)
                taken.pop()

    walk(0, [])
    return readings
