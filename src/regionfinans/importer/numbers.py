"""The Swedish grammar of a printed number: space as thousands separator, decimal comma,
the document's minus sign, a percent sign."""

from __future__ import annotations

import re
from decimal import Decimal

NUMBER_TOKEN = re.compile(
    r"(?<![\w,])(?:[-–+]|\+/-)? ?(?:[1-9]\d{0,2}(?: \d{3})+|\d+)(?:,\d+)?(?: ?%)?(?![\w])"
)


def number_tokens(text: str) -> list[str]:
    """The printed numbers in `text`, left to right, grouped by the Swedish grammar."""
    return [match.group(0).strip() for match in NUMBER_TOKEN.finditer(text)]


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
