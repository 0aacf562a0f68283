"""The what-if on indexation: the plan years of regionbidrag re-indexed with another LPIK
path, run as the README says (`--vars`), against a copy of the session's warehouse."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import dbt_on_a_copy

pytestmark = pytest.mark.xdist_group("lpik")

QUERY = (
    "select ar, tryckt_regionbidrag_mnkr, tryckt_lpik_procent, alternativ_lpik_procent,"
    " omraknat_regionbidrag_mnkr, skillnad_mnkr from marts.rpt_regionbidrag_lpik_omrakning"
    " where namnd_id = 'kulturnamnden' order by ar"
)


def test_without_an_alternative_the_printed_plan_is_reproduced(built_warehouse: Path) -> None:
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        differences = connection.sql(
            "select count(*), sum(abs(skillnad_mnkr)) from marts.rpt_regionbidrag_lpik_omrakning"
        ).fetchone()
        rows = connection.sql(QUERY).fetchall()
    assert differences[0] > 20 and differences[1] == 0
    assert [(ar, printed, lpik) for ar, printed, lpik, *_ in rows] == [
        (2025, Decimal("361.3"), Decimal("2.5")),
        (2026, Decimal("361.7"), Decimal("0.9")),
    ]


def test_an_alternative_path_reindexes_the_plan_years(
    built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    db, _ = dbt_on_a_copy(
        built_warehouse,
        tmp_path_factory.mktemp("lpik"),
        [
            "build",
            "--select",
            "rpt_regionbidrag_lpik_omrakning",
            "--vars",
            "{lpik_alternativ: {2025: 3.5, 2026: 2.0}}",
        ],
    )
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.sql(QUERY).fetchall()
    # 361,3 × 1,035 / 1,025 = 364,82…; 361,7 × (1,035 / 1,025) × (1,020 / 1,009) = 369,21…
    assert rows == [
        (2025, Decimal("361.3"), Decimal("2.5"), Decimal("3.5"), Decimal("364.8"), Decimal("3.5")),
        (2026, Decimal("361.7"), Decimal("0.9"), Decimal("2.0"), Decimal("369.2"), Decimal("7.5")),
    ]
