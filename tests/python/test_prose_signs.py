"""A change the running text states of a figure positive in both terms keeps the sign the
sentence gives it: a balance that "minskat med ca 1,3 Mkr" is -1,3 (tecken -). With the
sign of every such change flipped, the check of the text against the tables names each of
them (a change compared without its sign let a swapped pair of figures pass), and the
check of direction words fails too (8 of the 13 print "minskat", "ökar" …). A change of a
cost or a result is compared without its sign: "kostnaderna ökar" is + while the cost is
negative in the warehouse."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
from conftest import copy_project, copy_warehouse, seed_parse_state

from regionfinans.project import run_dbt

CHANGES = ("forandring", "forandring_procent")
CHECK = "assert_prose_figures_agree_with_tables"
# The changes whose riktning has a word of ref__riktningsord ("minskat") fail this one too.
WORDS_CHECK = "assert_prose_direction_words_agree"


def signed_changes(db: Path) -> set[str]:
    """The changes the session's warehouse compares with their sign, as "<seed path> line
    <n>" (no registered contradiction)."""
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.sql(
            "select prose_location from intermediate.int_prose_figures_checked "
            "where jamforelse != 'lika' and is_signed_change and discrepancy_id is null"
        ).fetchall()
    return {location.split(" (source line")[0] for (location,) in rows}


def flip(project: Path, changes: set[str]) -> None:
    """Flip the sign (tecken) of the prose rows `changes` names."""
    for path in sorted((project / "seeds").glob("*/*__prosa.csv")):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8")), delimiter=";"))
        header = rows[0]
        column = {name: header.index(name) for name in header}
        for line, row in enumerate(rows[1:], start=2):
            if f"{path.relative_to(project)} line {line}" in changes:
                assert row[column["jamforelse"]] in CHANGES
                row[column["tecken"]] = "-" if row[column["tecken"]] == "+" else "+"
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")


def test_every_change_with_its_sign_flipped_is_named(built_warehouse: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    flipped = signed_changes(built_warehouse)
    assert len(flipped) >= 12
    flip(project, flipped)
    db = copy_warehouse(built_warehouse, tmp_path / "warehouse" / built_warehouse.name)
    target = tmp_path / "target"
    seed_parse_state(built_warehouse, target)
    outcome = run_dbt(
        ["build", "--select", f"stg_prose__figures int_prose_figures_checked {CHECK}"],
        project,
        db_path=db,
        target_path=target,
    )
    assert sorted(node.unique_id.split(".")[2] for node in outcome.failing()) == [
        WORDS_CHECK,
        CHECK,
    ]
    # Every failing row: the check's query run again, as the failure report does.
    query = next(n.compiled_code for n in outcome.failing() if n.unique_id.endswith(CHECK))
    with duckdb.connect(str(db), read_only=True) as connection:
        named = {
            location.split(" (source line")[0]
            for (location,) in connection.sql(
                f"select prose_location from (\n{query}\n) as failing"
            ).fetchall()
        }
    assert named == flipped
