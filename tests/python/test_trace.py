"""The trace that `regionfinans check-seeds` runs (regionfinans.trace): on the committed
project it finds every printed row and every prose figure in its source document, and
it fails, naming the file, the line and the document line, when a transcription or
the document registry does not match the text.

Every failure is made in a temporary copy of the seeds (tmp_path); the committed seeds
are never changed. The rules themselves are documented in regionfinans.trace.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, load_printed_seeds, load_prose_seeds, read_seed_csv

from regionfinans.cli import main
from regionfinans.project import sources_dir
from regionfinans.seed_check import SeedCheck, check_seeds

NORV_PROSA = "seeds/rs_revision_norv_2023/rs_revision_norv_2023__prosa.csv"
ABONNEMANG = "seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv"
ABONNEMANG_YAML = "seeds/ssvr_vb_2023/_ssvr_vb_2023__seeds.yml"
REGIONBIDRAG = "seeds/rs_budget_2024/rs_budget_2024__bilaga_4a_regionbidrag.csv"
FORANDRING = "seeds/rs_budget_2024/rs_budget_2024__bilaga_4b_forandring_regionbidrag.csv"
HELARSPROGNOSER = "seeds/rs_revision_norv_2023/rs_revision_norv_2023__helarsprognoser_2023.csv"
DOCUMENTS = "seeds/registry/registry__source_documents.csv"
# Every abonnemang row is a sparse row the register places: an edited value or label is
# named there too.
PLACEMENTS = "seeds/registry/registry__column_placements.csv"
SHA_000 = "5bfa132f3bdff0b22610293406dfa61a93b32452c1138b9c417a09ce7e3589eb"


@pytest.fixture(scope="module")
def sources() -> Path:
    """The source documents' folder; the trace cannot run without it."""
    folder = sources_dir()
    if not folder.is_dir():
        pytest.skip(
            f"source documents not found at {folder} "
            "(set REGIONFINANS_SOURCES to the folder holding the .txt files)"
        )
    return folder


@pytest.fixture(scope="module")
def committed(sources: Path) -> SeedCheck:
    """check-seeds on the committed project."""
    return check_seeds(PROJECT_DIR, sources)


def test_the_committed_seeds_are_traced_without_a_problem(committed: SeedCheck) -> None:
    assert [str(problem) for problem in committed.problems] == []


def test_every_row_and_figure_is_traced(committed: SeedCheck) -> None:
    """All 366 rows of the 28 printed tables, all 560 prose figures, in the 5 documents."""
    assert (committed.traced_rows, committed.traced_figures, committed.documents) == (366, 560, 5)
    declared = sum(
        int(row["antal_rader"]) for row in read_seed_csv("registry/registry__printed_tables")
    )
    assert committed.traced_rows == declared == sum(len(s.rows) for s in load_printed_seeds())
    assert committed.traced_figures == sum(len(seed.rows) for seed in load_prose_seeds())


def on_line(number: int, old: str, new: str) -> tuple[int, str, str]:
    """A change of `old` to `new` on line `number` of a file (every occurrence there)."""
    return number, old, new


@dataclass(frozen=True)
class Broken:
    """A copy of the seeds with one file changed on one line, and the problems the trace
    must report: (file, line, column) each, and fragments of their messages."""

    name: str
    file: str
    change: tuple[int, str, str]
    problems: set[tuple[str, int, str]]
    says: tuple[str, ...]


BROKEN = [
    Broken(
        "prose_number_and_sentence_alike",
        NORV_PROSA,
        on_line(65, "11 700", "11 900"),
        {(NORV_PROSA, 65, "tryckt_tal"), (NORV_PROSA, 65, "mening")},
        ('"11 900" is not printed on line 1630', "line 1630 reads", "ca 11 700 i början"),
    ),
    Broken(
        "prose_number_inside_the_sentence_only",
        NORV_PROSA,
        on_line(66, "(ca -40,5 miljoner", "(ca -41,5 miljoner"),
        {(NORV_PROSA, 66, "mening")},
        ("line 1630 reads", "(ca -40,5 miljoner", "the seed", "(ca -41,5 miljoner"),
    ),
    Broken(
        "prose_figure_on_another_line",
        NORV_PROSA,
        on_line(65, ";1630;", ";1680;"),
        {(NORV_PROSA, 65, "tryckt_tal"), (NORV_PROSA, 65, "mening")},
        ('"11 700" is not printed on line 1680',),
    ),
    Broken(
        "table_value",
        ABONNEMANG,
        on_line(2, "162 951", "162 991"),
        {(ABONNEMANG, 2, "SUMMA"), (PLACEMENTS, 2, "placement")},
        ('"162 991" is not printed', "from line 93", "10 497 162 951"),
    ),
    Broken(
        "table_value_cut_short",
        REGIONBIDRAG,
        on_line(2, ";361,7", ";361"),
        {(REGIONBIDRAG, 2, "2026 Plan")},
        ('"361" is not printed', "Kulturnämnden 346,8 357,4 361,3 361,7"),
    ),
    Broken(
        "table_label",
        ABONNEMANG,
        on_line(3, ";Halland;", ";Hallands;"),
        {(ABONNEMANG, 3, "row_label"), (PLACEMENTS, 3, "row_label")},
        ('"Hallands" is not printed in lines 78-101 of 000_cdb554936ff9ba5f.txt',),
    ),
    Broken(
        "table_printed_in_parts",
        FORANDRING,
        on_line(40, ";839,0;", ";839,1;"),
        {(FORANDRING, 40, "PV offentlig")},
        ('"839,1" is not printed', "from line 4266", "REGIONBIDRAG 2024 839,0 7 054,6"),
    ),
    Broken(
        "table_traced_by_cells",
        HELARSPROGNOSER,
        on_line(2, ";-40", ";-45"),
        {(HELARSPROGNOSER, 2, "Helårsprognos")},
        ('"-45" is not printed in lines 1612-1681',),
    ),
    Broken(
        "table_outside_its_source_lines",
        ABONNEMANG_YAML,
        on_line(23, '"78-101"', '"94-101"'),
        {(ABONNEMANG, 2, "row_label")},
        ('"Blekinge" is not printed in lines 94-101 of 000_cdb554936ff9ba5f.txt (it is',),
    ),
    Broken(
        "document_checksum",
        DOCUMENTS,
        on_line(2, SHA_000, "0" + SHA_000[1:]),
        {(DOCUMENTS, 2, "sha256")},
        ("000_cdb554936ff9ba5f.txt has sha256 " + SHA_000, '"0' + SHA_000[1:] + '"'),
    ),
]


def seeds_copy(destination: Path) -> Path:
    """The part of the project check-seeds reads: the seeds and dbt_project.yml."""
    shutil.copytree(PROJECT_DIR / "seeds", destination / "seeds")
    shutil.copy2(PROJECT_DIR / "dbt_project.yml", destination / "dbt_project.yml")
    return destination


def change_line(path: Path, change: tuple[int, str, str]) -> None:
    number, old, new = change
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[number - 1], f"{old!r} not on line {number} of {path}"
    lines[number - 1] = lines[number - 1].replace(old, new)
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("broken", BROKEN, ids=[b.name for b in BROKEN])
def test_the_trace_names_what_differs(broken: Broken, sources: Path, tmp_path: Path) -> None:
    project = seeds_copy(tmp_path / "project")
    change_line(project / broken.file, broken.change)
    problems = check_seeds(project, sources).problems
    assert {(p.file, p.line, p.column) for p in problems} == broken.problems, problems
    text = "\n".join(map(str, problems))
    for fragment in broken.says:
        assert fragment in text


def test_check_seeds_exits_1_naming_the_line(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = seeds_copy(tmp_path / "project")
    change_line(project / ABONNEMANG, on_line(2, "162 951", "162 991"))
    assert main(["check-seeds", "--project-dir", str(project)]) == 1
    out = capsys.readouterr().out
    assert f'{ABONNEMANG} line 2, column "SUMMA"' in out
    assert f'{PLACEMENTS} line 2, column "placement": places "162 951" in column "SUMMA"' in out
    assert out.splitlines()[-1].endswith("2 problem(s)")


def test_check_seeds_without_the_sources_is_misconfigured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-sources"
    monkeypatch.setenv("REGIONFINANS_SOURCES", str(missing))
    assert main(["check-seeds"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert str(missing) in captured.err and "REGIONFINANS_SOURCES" in captured.err
