"""The register of column placements holds against the committed seeds: every sparse row's
values are in the columns `registry__column_placements.csv` places them in, and a value
moved since, or a register row naming no column, is named by the register's line.
`regionfinans check-seeds` runs the same check (tests/python/test_bad_input.py feeds it
malformed registers through the nightly)."""

from __future__ import annotations

from pathlib import Path

from conftest import PROJECT_DIR, copy_project

from regionfinans.seed_check.placements import PLACEMENTS, check_placements

ABONNEMANG = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")


def placements(project: Path) -> list[str]:
    seeds = {path.stem: path for path in sorted((project / "seeds").glob("*/*.csv"))}
    return [str(problem) for problem in check_placements(project, seeds)]


def edited(tmp_path: Path, file: Path, old: str, new: str) -> Path:
    project = copy_project(tmp_path / "project")
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


def test_every_committed_placement_holds() -> None:
    register = (PROJECT_DIR / PLACEMENTS).read_text(encoding="utf-8").splitlines()
    assert len(register) == 78  # the header and 77 placed rows
    assert placements(PROJECT_DIR) == []


def test_a_value_moved_to_another_column_is_named(tmp_path: Path) -> None:
    project = edited(
        tmp_path,
        ABONNEMANG,
        "Halland;false;134 164;22 745;;160;",
        "Halland;false;134 164;22 745;160;;",
    )
    assert placements(project) == [
        f'{PLACEMENTS} line 3, column "placement": places "160" in column "Blekinge (thorax)", '
        f'but {ABONNEMANG} line 3 prints "" there',
        f'{PLACEMENTS} line 3, column "placement": {ABONNEMANG} line 3 also prints "160" in '
        'column "Kronoberg (onkologi)": place every value the row prints',
    ]


def test_a_placement_naming_no_column_is_named(tmp_path: Path) -> None:
    project = edited(tmp_path, PLACEMENTS, "Blekinge (thorax)=160 |", "Blekinge (torax)=160 |")
    said = placements(project)
    assert (
        f'{PLACEMENTS} line 3, column "placement": "Blekinge (torax)=160" names no column of '
        f"{ABONNEMANG} (write column=value)"
    ) in said


def test_a_label_no_seed_row_has_is_named(tmp_path: Path) -> None:
    project = edited(tmp_path, PLACEMENTS, "abonnemang_2023;Halland;", "abonnemang_2023;Hallands;")
    assert placements(project) == [
        f'{PLACEMENTS} line 3, column "row_label": no row of {ABONNEMANG} has this label '
        "(and section)"
    ]
