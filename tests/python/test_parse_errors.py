"""Junk in a printed cell fails the build with a message naming the value and the cell.

The macro is compiled by dbt once; each printed value then runs through the compiled SQL
in DuckDB, the engine the warehouse builds on.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, copy_project, copy_warehouse, seed_parse_state

from regionfinans.project import release_duckdb_file, run_dbt, warehouse_file

SEED = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")


@pytest.fixture(scope="module")
def parse_sql(tmp_path_factory: pytest.TempPathFactory, built_warehouse: Path) -> str:
    """parse_printed_number compiled for a bound parameter.

    Compiled in a target folder of its own (started from the session build's parse
    state) against a DuckDB file of its own: never the project's target/ or warehouse/.
    """
    from dbt.cli.main import dbtRunner

    target = tmp_path_factory.mktemp("parse-macro")
    seed_parse_state(built_warehouse, target)
    with warehouse_file(target / built_warehouse.name):
        result = dbtRunner().invoke(
            [
                "compile",
                "--inline",
                "select {{ parse_printed_number('printed') }} as parsed"
                " from (select cast($printed as varchar) as printed)",
                *("--project-dir", str(PROJECT_DIR), "--profiles-dir", str(PROJECT_DIR)),
                *("--target-path", str(target), "--log-path", str(target)),
                "--quiet",
            ]
        )
    release_duckdb_file()
    assert result.success, result.exception
    return result.result.results[0].node.compiled_code


def parse(sql: str, printed: str) -> object:
    with duckdb.connect() as connection:
        return connection.execute(sql, {"printed": printed}).fetchone()[0]


@pytest.mark.parametrize("junk", ["12a4", "128.544", "1 2 3", "12 34", "3,7 %%", "4,", "023 911"])
def test_parse_macro_rejects_junk_naming_the_value(junk: str, parse_sql: str) -> None:
    with pytest.raises(duckdb.Error) as error:
        parse(parse_sql, junk)
    assert f'cannot read the printed value "{junk}" as a number' in str(error.value)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("128 544", "128544"),
        ("–4 417", "-4417"),
        ("346,8", "346.8"),
        ("0,0", "0"),
        ("3,7 %", "3.7"),
        ("1 232", "1232"),
        ("", None),
        ("–", None),
    ],
)
def test_parse_macro_reads_print_exactly(printed: str, value: str | None, parse_sql: str) -> None:
    parsed = parse(parse_sql, printed)
    assert (None if parsed is None else parsed.normalize()) == (
        None if value is None else Decimal(value).normalize()
    )


def test_junk_in_a_seed_names_file_row_and_column(tmp_path: Path, built_warehouse: Path) -> None:
    project = copy_project(tmp_path / "project")
    seed_parse_state(built_warehouse, project / "target")
    seed = project / SEED
    seed.write_text(seed.read_text(encoding="utf-8").replace("10 428", "10 4a8"), encoding="utf-8")
    outcome = run_dbt(
        ["build", "--select", "stg_printed__cells_unpivoted", "stg_printed__cells"],
        project_dir=project,
        db_path=copy_warehouse(built_warehouse, tmp_path / "warehouse" / built_warehouse.name),
    )
    assert not outcome.success
    messages = " ".join(node.message or "" for node in outcome.failing())
    assert 'cannot read the printed value "10 4a8" as a number' in messages
    assert f'{SEED} line 5 (Skåne), column "Blekinge (thorax)"' in messages
