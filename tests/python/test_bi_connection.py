"""A BI tool's view of the warehouse: SQLAlchemy (duckdb-engine), read-only, with comments."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("bi_connection")


@pytest.fixture(scope="module")
def engine(built_warehouse: Path) -> Iterator[Engine]:
    """What Superset or a notebook creates from the README's URL."""
    engine = create_engine(f"duckdb:///{built_warehouse}", connect_args={"read_only": True})
    yield engine
    engine.dispose()


def marts_from_information_schema(engine: Engine) -> set[str]:
    # Through the engine: in one process DuckDB refuses a second, differently configured
    # connection (duckdb.connect) to a file the engine holds open.
    with engine.connect() as connection:
        rows = connection.execute(
            text("select table_name from information_schema.tables where table_schema = 'marts'")
        ).scalars()
        return set(rows)


def test_every_mart_is_listed_and_queryable(engine: Engine) -> None:
    tables = inspect(engine).get_table_names(schema="marts")
    assert set(tables) == marts_from_information_schema(engine)
    assert {"fct_abonnemang", "source_cells", "rpt_balanskrav"} <= set(tables)
    with engine.connect() as connection:
        for table in tables:
            rows = connection.execute(text(f'select count(*) from marts."{table}"')).scalar_one()
            assert rows > 0, f"marts.{table} is empty"
            sample = connection.execute(text(f'select * from marts."{table}" limit 5')).all()
            assert len(sample) == min(rows, 5), table
        total = connection.execute(
            text("select sum(belopp_tkr) from marts.fct_abonnemang")
        ).scalar_one()
    assert total == Decimal("537657")


def test_swedish_descriptions_reach_the_bi_tool(engine: Engine) -> None:
    inspector = inspect(engine)
    columns = {c["name"]: c for c in inspector.get_columns("fct_abonnemang", schema="marts")}
    assert (
        columns["belopp_tkr"]["comment"] == "Abonnemangets storlek i tusentals kronor, som tryckt."
    )
    assert isinstance(columns["belopp_tkr"]["type"], sqlalchemy.Numeric)
    assert (columns["belopp_tkr"]["type"].precision, columns["belopp_tkr"]["type"].scale) == (18, 4)
    assert "537 657" in (
        inspector.get_table_comment("fct_abonnemang", schema="marts")["text"] or ""
    )
    with engine.connect() as connection:
        undocumented = connection.execute(
            text(
                "select table_name || '.' || column_name from duckdb_columns() "
                "where schema_name = 'marts' and comment is null"
            )
        ).scalars()
        assert list(undocumented) == [], "every mart column carries its dbt description"


def test_the_read_only_engine_cannot_write(engine: Engine, built_warehouse: Path) -> None:
    before = built_warehouse.stat().st_mtime_ns
    with engine.connect() as connection, pytest.raises(sqlalchemy.exc.DBAPIError) as raised:
        connection.execute(text("create table marts.bi_scratch (a integer)"))
    assert "read-only" in str(raised.value)
    with engine.connect() as connection, pytest.raises(sqlalchemy.exc.DBAPIError):
        connection.execute(text("delete from marts.fct_abonnemang"))
    with engine.connect() as connection:
        rows = connection.execute(text("select count(*) from marts.fct_abonnemang")).scalar_one()
    assert rows == 10, "the failed delete removed nothing"
    assert "bi_scratch" not in inspect(engine).get_table_names(schema="marts")
    assert built_warehouse.stat().st_mtime_ns == before
