"""The generic test `column_checks` (tests/generic/test_column_checks.sql) fails for each of
its checks and names the check, the column and the value in its failing rows.

A private copy of the session's warehouse is broken once per check (a foreign key that
points nowhere, a duplicated key, a value outside an enum, an empty required column, a
duplicated composite key) and the models' column checks run against it. The duplicated
region is also written into a copy of its seed file, as a careless edit would put it there,
and the report names both lines of that file."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, SEEDS_DIR, copy_warehouse, seed_parse_state

from regionfinans.failures import describe_row, failing_rows
from regionfinans.project import run_dbt

pytestmark = pytest.mark.xdist_group("column_checks")

BREAKS = [
    "update marts.fct_abonnemang set kopare_region_id = 'xx' where abonnemang_id in "
    "(select abonnemang_id from marts.fct_abonnemang order by abonnemang_id limit 2)",
    "insert into raw.ref__regioner select * from raw.ref__regioner where region_id = 'blekinge'",
    "update raw.registry__source_documents set minus_sign = '~' where document_file = "
    "(select min(document_file) from raw.registry__source_documents)",
    "update raw.registry__source_documents set edition_id = null where document_file = "
    "(select max(document_file) from raw.registry__source_documents)",
    "insert into raw.ref__varden select * from raw.ref__varden "
    "where (table_kind, column_key, printed_value) in "
    "(select (table_kind, column_key, printed_value) from raw.ref__varden "
    "order by all limit 1)",
]

TESTS = [
    "column_checks_fct_abonnemang",
    "column_checks_stg_reference__regioner",
    "column_checks_stg_registry__source_documents",
    "column_checks_stg_reference__varden",
]


@pytest.fixture(scope="module")
def failed(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("column_checks")
    db = copy_warehouse(built_warehouse, folder / "warehouse" / built_warehouse.name)
    with duckdb.connect(str(db)) as connection:
        for statement in BREAKS:
            connection.execute(statement)
    # The seed files as the broken warehouse was loaded from them: ref__regioner.csv with
    # the line of Blekinge twice (lines 2 and 6), ref__varden.csv as committed.
    seeds = folder / "project" / "seeds" / "reference"
    seeds.mkdir(parents=True)
    regioner = (SEEDS_DIR / "reference" / "ref__regioner.csv").read_text(encoding="utf-8")
    blekinge = next(line for line in regioner.splitlines() if line.startswith("blekinge;"))
    (seeds / "ref__regioner.csv").write_text(regioner + blekinge + "\n", encoding="utf-8")
    (seeds / "ref__varden.csv").write_bytes(
        (SEEDS_DIR / "reference" / "ref__varden.csv").read_bytes()
    )
    target = folder / "target"
    seed_parse_state(built_warehouse, target)
    outcome = run_dbt(["test", "--select", *TESTS], PROJECT_DIR, db_path=db, target_path=target)
    return {
        node.unique_id.split(".")[2]: [
            describe_row(row) for row in failing_rows(db, node, folder / "project")
        ]
        for node in outcome.failing()
    }


def test_every_check_fails_and_says_what_is_wrong(failed: dict) -> None:
    assert sorted(failed) == sorted(TESTS)
    assert failed["column_checks_fct_abonnemang"] == [
        "marts.fct_abonnemang: kopare_region_id xx is not a region_id of dim_region"
    ]
    # The row duplicated whole: its name is duplicated too (names are unique as well).
    assert sorted(failed["column_checks_stg_reference__regioner"]) == [
        "seeds/reference/ref__regioner.csv lines 2, 6: region_id blekinge is not unique: 2 rows",
        "seeds/reference/ref__regioner.csv lines 2, 6: region_namn Region Blekinge is not "
        "unique: 2 rows",
    ]
    assert sorted(failed["column_checks_stg_registry__source_documents"]) == [
        "staging.stg_registry__source_documents: edition_id is empty in 1 row(s)",
        "staging.stg_registry__source_documents: minus_sign ~ is not one of the accepted values",
    ]
    # The file holds the combination once (the duplicate is the warehouse's): its one line.
    [combination] = failed["column_checks_stg_reference__varden"]
    found = re.fullmatch(
        r"seeds/reference/ref__varden\.csv line (\d+): \(table_kind, column_key, "
        r"printed_value\) = \((.*)\) is not unique: 2 rows",
        combination,
    )
    assert found, combination
    line = (
        (SEEDS_DIR / "reference" / "ref__varden.csv")
        .read_text(encoding="utf-8")
        .splitlines()[int(found[1]) - 1]
    )
    assert line.split(";")[:3] == found[2].split(", ")


def test_the_unbroken_warehouse_passes_them(built_warehouse: Path, tmp_path: Path) -> None:
    """The same tests on an unchanged copy: nothing fails (the breaks above are the cause)."""
    db = copy_warehouse(built_warehouse, tmp_path / "warehouse" / built_warehouse.name)
    seed_parse_state(built_warehouse, tmp_path / "target")
    outcome = run_dbt(
        ["test", "--select", *TESTS], PROJECT_DIR, db_path=db, target_path=tmp_path / "target"
    )
    assert outcome.success and not outcome.failing()
