"""The seed check names what is wrong instead of failing itself: a careless edit of a seed
the rules come from, a byte-order mark, a footnote mark in a year, a quote that never
closes in a large file (found by a review of the check, each once a traceback)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from conftest import PROJECT_DIR, copy_project

from regionfinans.seed_check import ROW_COLUMNS, check_formats
from regionfinans.seed_check.reference import slug

UNITS = Path("seeds/reference/ref__enheter.csv")
PROSE = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__prosa.csv")
LABEL_MAP = Path("seeds/reference/ref__etiketter.csv")
NAMNDER = Path("seeds/reference/ref__namnder.csv")
PLACEMENTS = Path("seeds/registry/registry__column_placements.csv")


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


def test_lines_after_an_empty_line_keep_their_numbers(tmp_path: Path) -> None:
    """An empty line in the label map or the register of placements is named, and what is
    wrong further down is named by its own line, not the line above it."""

    def empty_line_then_a_wrong_year(raw: bytes) -> bytes:
        lines = raw.decode("utf-8").splitlines(keepends=True)
        lines[10] = lines[10].replace(";2021;belopp;;2021;", ";2021;belopp;;2022;")
        return "".join([*lines[:3], "\n", *lines[3:]]).encode("utf-8")

    project = edited(tmp_path, LABEL_MAP, empty_line_then_a_wrong_year)
    assert {(problem.line, problem.column) for problem in check_formats(project)} == {
        (4, ""),
        (12, "ar"),
    }
    placements = edited(tmp_path / "b", PLACEMENTS, lambda raw: raw.replace(b"\n", b"\n\n", 1))
    (line, entry), *_ = [
        (number, text)
        for number, text in enumerate(
            (placements / PLACEMENTS).read_text(encoding="utf-8").splitlines(), start=1
        )
        if text.startswith("ssvr_vb_2023__abonnemang_2023;Halland;")
    ]
    (placements / PLACEMENTS).write_text(
        (placements / PLACEMENTS)
        .read_text(encoding="utf-8")
        .replace(entry, entry.replace("Blekinge (thorax)=160", "Kronoberg (onkologi)=160")),
        encoding="utf-8",
    )
    assert line in {problem.line for problem in check_formats(placements)}


def test_a_semicolon_too_many_in_a_reference_header_is_named_once(tmp_path: Path) -> None:
    """The header line is named, not each of the lines below it (25 problems before)."""
    project = edited(tmp_path, NAMNDER, lambda raw: raw.replace(b"\n", b";\n", 1))
    assert [(str(p.file), p.line, p.message) for p in check_formats(project)] == [
        (str(NAMNDER), 1, "an unnamed column: a ';' too many in the header line?")
    ]


def test_the_seed_checks_slug_is_the_macros() -> None:
    """The seed check's slug (which finds two labels' keys swapped) makes the keys the
    macro `slugify` makes: the literal cases of its data test bind both."""
    text = (PROJECT_DIR / "tests" / "naming" / "assert_slugify_literals.sql").read_text(
        encoding="utf-8"
    )
    cases = re.findall(r"'([^']*)' as printed_label,\s*'([^']*)' as expected_slug", text)
    assert len(cases) == 5
    assert [slug(label) for label, _ in cases] == [expected for _, expected in cases]


def test_the_build_reads_the_row_columns_the_seed_check_knows() -> None:
    """The staging macro and the seed check agree on a seed's row columns (the rest are
    printed columns): a row column one of them lacks would be read as a printed column."""
    macro = (PROJECT_DIR / "macros/staging/stage_printed_tables.sql").read_text(encoding="utf-8")
    listed = re.search(r"set row_columns = \[(.*?)\]", macro, re.S)
    assert listed is not None
    assert tuple(re.findall(r"'(\w+)'", listed.group(1))) == ROW_COLUMNS
    assert "section_footnote" in ROW_COLUMNS
