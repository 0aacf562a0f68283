"""Prose figures: the printed number on its line, the sentence around it as printed."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from regionfinans.problems import SeedProblem
from regionfinans.trace.model import Document, TranscribedSeed
from regionfinans.trace.text import (
    DIGITS,
    find_whole,
    normalise,
    shown,
    squeeze,
    squeeze_with_positions,
)

SENTENCE_WINDOW = 6
SPLIT_SENTENCE_LINES = 40
SPLIT_SENTENCE_MIN = 20
SHOWN = 40


def number_on_line(number: str, lines: list[str], index: int) -> bool:
    """The printed number starts on line `index` (from 0), as a whole number; a number
    broken over the line end ("23" / "414") counts. A number word may be printed in any
    case, at a word's start: Swedish writes it into compounds ("femårsperiod")."""
    line = lines[index].replace("\u00a0", " ").rstrip()
    if number.isalpha():
        return re.search(rf"(?<!\w){re.escape(number)}", line, flags=re.IGNORECASE) is not None
    following = lines[index + 1].replace("\u00a0", " ") if index + 1 < len(lines) else ""
    return 0 <= find_whole(line + " " + following.lstrip(), number, DIGITS + ",") < len(line)


def _window(lines: list[str], index: int, reach: int) -> tuple[int, list[str]]:
    """The lines within `reach` of line `index` (from 0), and the index of the first."""
    first = max(0, index - reach)
    return first, lines[first : index + reach]


def _reach(sentence: str) -> int:
    """How many lines around its line a sentence may reach: more for a longer one."""
    return SENTENCE_WINDOW + len(sentence) // 40


def sentence_around(sentence: str, lines: list[str], index: int) -> bool:
    """The sentence as transcribed is the text around line `index` (from 0): whole within
    a window that grows with its length, or, where a table interrupts it, as a beginning
    (of at least SPLIT_SENTENCE_MIN characters) and an end in that order within
    SPLIT_SENTENCE_LINES lines."""
    wanted = squeeze(sentence)
    if wanted in squeeze(" ".join(_window(lines, index, _reach(sentence))[1])):
        return True
    wide = squeeze(" ".join(_window(lines, index, SPLIT_SENTENCE_LINES)[1]))
    for cut in range(SPLIT_SENTENCE_MIN, len(wanted) - 4):
        start = wide.find(wanted[:cut])
        if start >= 0 and wide.find(wanted[cut:], start + cut) >= 0:
            return True
    return False


def _longest_beginning(wanted: str, text: str) -> int:
    """The length of the longest beginning of `wanted` that `text` holds."""
    low, high = 0, len(wanted)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if wanted[:middle] in text else (low, middle - 1)
    return low


def sentence_difference(sentence: str, document: Document, index: int) -> str:
    """Where the text around line `index` (from 0) stops reading as the sentence: the
    document's line and its text there, and the seed's."""
    first, window = _window(document.lines, index, _reach(sentence))
    text = " ".join(window)
    wanted, in_sentence = squeeze_with_positions(sentence)
    around, in_text = squeeze_with_positions(text)
    length = _longest_beginning(wanted, around)
    if length == 0:
        lines = f"lines {first + 1}-{first + len(window)}"
        return f"no part of it is printed in {lines} of {document.name}"
    at = around.find(wanted[:length]) + length
    position = in_text[at] if at < len(in_text) else len(text)
    starts = list(accumulate((len(line) + 1 for line in window[:-1]), initial=0))
    line = first + bisect.bisect_right(starts, position)
    mark = in_sentence[length] if length < len(in_sentence) else len(sentence)
    return (
        f'{document.name} line {line} reads "{shown(text, position - SHOWN, position + SHOWN)}"'
        f', the seed "{shown(sentence, mark - SHOWN, mark + SHOWN)}"'
    )


def trace_figure(document: Document, row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, what differs) for each way a prose figure is not printed as transcribed."""
    index = int(row["rad"]) - 1
    if not 0 <= index < len(document.lines):
        return [("rad", f"{document.name} has no line {row['rad']}")]
    wrong = []
    if not number_on_line(row["tryckt_tal"], document.lines, index):
        printed = shown(normalise(document.lines[index]), 0, 2 * SHOWN)
        wrong.append(
            (
                "tryckt_tal",
                f'"{row["tryckt_tal"]}" is not printed on line {row["rad"]} of {document.name}, '
                f'which reads "{printed}"',
            )
        )
    if not sentence_around(row["mening"], document.lines, index):
        difference = sentence_difference(row["mening"], document, index)
        wrong.append(
            ("mening", f"the sentence is not the text around line {row['rad']}: {difference}")
        )
    return wrong


def trace_prose(seed: TranscribedSeed, document: Document) -> list[SeedProblem]:
    """A problem for every prose figure not on its line or not in its sentence."""
    return [
        SeedProblem(seed.file, line, column, message)
        for line, row in seed.numbered_rows()
        for column, message in trace_figure(document, row)
    ]
