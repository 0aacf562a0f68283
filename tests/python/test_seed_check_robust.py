"""The seed check names what is wrong instead of failing itself: a careless edit of a seed
the rules come from, a byte-order mark, a footnote mark in a year, a quote that never
closes in a large file (found by a review of the check, each once a traceback)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import copy_project

from regionfinans.seed_check import check_formats

UNITS = Path("seeds/reference/ref__enheter.csv")
PROSE = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__prosa.csv")


def edited(tmp_path: Path, file: Path, change: Callable[[bytes], bytes]) -> Path:
    project = copy_project(tmp_path / "project")
    path = project / file
    path.write_bytes(change(path.read_bytes()))
    return project


def test_a_byte_order_mark_on_a_rules_seed_is_harmless(tmp_path: Path) -> None:
    assert check_formats(edited(tmp_path, UNITS, lambda raw: b"\xef\xbb\xbf" + raw)) == []


def test_a_rules_seed_split_by_tabs_is_named_not_a_traceback(tmp_path: Path) -> None:
    project = edited(tmp_path, UNITS, lambda raw: raw.replace(b";", b"\t"))
    said = [str(problem) for problem in check_formats(project)]
    assert f"{UNITS} line 1: header has no ';' (tabs): the file must be semicolon-delimited" in said
    assert any("the rules cannot be read" in line for line in said)


def test_a_footnote_mark_in_a_year_is_named(tmp_path: Path) -> None:
    project = edited(
        tmp_path, PROSE, lambda raw: raw.replace(b";2023;bokslut;", ";2023¹;bokslut;".encode(), 1)
    )
    said = [str(problem) for problem in check_formats(project)]
    assert any('"2023¹" is not a whole number' in line for line in said), said


def test_a_quote_that_never_closes_in_a_large_file_is_named(tmp_path: Path) -> None:
    def change(raw: bytes) -> bytes:
        lines = raw.split(b"\n")
        lines[1] = lines[1].replace(b";", b';"', 1)
        return b"\n".join(lines + lines[2:] * 12)

    said = [str(problem) for problem in check_formats(edited(tmp_path, PROSE, change))]
    assert any(f"{PROSE} line 1: cannot be read as CSV" in line for line in said), said
