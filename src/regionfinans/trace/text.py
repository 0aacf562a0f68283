"""Text as the PDF extraction prints it: whitespace, line-break hyphens, whole numbers."""

from __future__ import annotations

import re

DIGITS = "0123456789"
SIGNS = "+-–−"
SQUEEZED = re.compile(r"[\s-]+")


def normalise(text: str) -> str:
    """Collapse every run of whitespace (non-breaking spaces included) to one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def join_line_break_hyphens(text: str) -> str:
    """Join words the PDF broke at a line end ("samarbets- partner" -> "samarbetspartner")."""
    return re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", text)


def printed_pattern(expected: str) -> re.Pattern[str]:
    """A regex for `expected` that also accepts a line break after any hyphen, and that a
    number at either end is whole (no digit, decimal comma or sign glued on)."""
    body = re.escape(expected).replace("\\-", "\\- ?")
    return re.compile(rf"(?<![\d,+\-–−]){body}(?!\d|,\d)")


def find_whole(text: str, expected: str, glued: str = DIGITS + "," + SIGNS) -> int:
    """Where `expected` first stands in `text` with none of `glued` just before it and no
    digit or decimal comma just after it, else -1: `printed_pattern` without its line
    breaks, and much faster than compiling it."""
    start = text.find(expected)
    while start >= 0:
        end = start + len(expected)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if before not in glued and not (
            after[:1].isdecimal() or after[:1] == "," and after[1:].isdecimal()
        ):
            return start
        start = text.find(expected, start + 1)
    return -1


def squeeze(text: str) -> str:
    """`text` without whitespace and hyphens: the PDF text breaks words ("milj oner",
    "sjukhus- styrelse") where the sentence in the seed does not."""
    return SQUEEZED.sub("", text)


def squeeze_with_positions(text: str) -> tuple[str, list[int]]:
    """`squeeze(text)`, and where each kept character stands in `text`."""
    kept = [i for i, char in enumerate(text) if not (char.isspace() or char == "-")]
    return "".join(text[i] for i in kept), kept


def shown(text: str, start: int, end: int) -> str:
    """text[start:end] for a message, whitespace-normalised and marked where it is cut."""
    start, end = max(0, start), min(len(text), end)
    return ("…" if start else "") + normalise(text[start:end]) + ("…" if end < len(text) else "")
