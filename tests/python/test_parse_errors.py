"""Junk in a printed cell fails the build with a message naming the value and the cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_project

from regionfinans.project import run_dbt

SEED = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")


@pytest.mark.parametrize("junk", ["12a4", "128.544", "1 2 3", "12 34", "3,7 %%", "4,", "023 911"])
def test_parse_macro_rejects_junk_naming_the_value(junk: str, isolated_db: Path) -> None:
    outcome = run_dbt(
        ["show", "--inline", f"select {{{{ parse_printed_number(\"'{junk}'\") }}}} as v"],
        db_path=isolated_db,
    )
    assert not outcome.success
    assert f'cannot read the printed value "{junk}" as a number' in str(outcome.exception)


@pytest.mark.parametrize("printed", ["128 544", "–4 417", "346,8", "0,0", "3,7 %", "1 232"])
def test_parse_macro_accepts_print(printed: str, isolated_db: Path) -> None:
    outcome = run_dbt(
        ["show", "--inline", f"select {{{{ parse_printed_number(\"'{printed}'\") }}}} as v"],
        db_path=isolated_db,
    )
    assert outcome.success, outcome.exception


def test_junk_in_a_seed_names_file_row_and_column(tmp_path: Path, isolated_db: Path) -> None:
    project = copy_project(tmp_path / "project")
    seed = project / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("10 428", "10 4a8"), encoding="utf-8")
    outcome = run_dbt(
        ["build", "--select", "ssvr_vb_2023__abonnemang_2023+", "registry__source_discrepancies"],
        project_dir=project,
        db_path=isolated_db,
    )
    assert not outcome.success
    messages = " ".join(node.message or "" for node in outcome.failing())
    assert 'cannot read the printed value "10 4a8" as a number' in messages
    assert f'{SEED} line 5 (Skåne), column "Blekinge (thorax)"' in messages
