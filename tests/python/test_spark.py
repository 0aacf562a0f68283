"""The same project on Apache Spark: every seed, model, data test and unit test runs
there through dbt-spark (a local SparkSession in this process, `--target spark`), and
every mart equals DuckDB's, row by row, decimals exactly.

Run by `make test-spark` (marker `spark`; the default pytest run deselects it). The
DuckDB side is the session's warehouse (`built_warehouse`), built once per run. On
Spark the seeds load first (`dbt seed`): staging reads their tables there, and dbt
cannot order a model after seeds it finds at run time, so `dbt run` and then
`dbt test` follow.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR

from regionfinans.project import NodeResult, read_run_results, run_dbt

pytestmark = pytest.mark.spark

SPARK_DIR_ENV = "REGIONFINANS_SPARK_DIR"
# Nodes that run on one engine only, with the reason (printed by the test). Empty: every
# seed, model, data test and unit test runs on both.
ENGINE_ONLY: dict[str, str] = {}
# DuckDB's and Spark's names of the contract types.
TYPE_NAMES = {
    "VARCHAR": "string",
    "INTEGER": "int",
    "BIGINT": "bigint",
    "BOOLEAN": "boolean",
    "DATE": "date",
}


@dataclass(frozen=True)
class SparkBuild:
    """The nodes each dbt command ran on Spark."""

    results: list[NodeResult]


@pytest.fixture(scope="module")
def spark_build(tmp_path_factory: pytest.TempPathFactory) -> SparkBuild:
    """Seed, run and test the project on Spark, in a folder of this run's own."""
    folder = tmp_path_factory.mktemp("spark")
    previous = os.environ.get(SPARK_DIR_ENV)
    os.environ[SPARK_DIR_ENV] = str(folder)
    results: list[NodeResult] = []
    try:
        for command in ("seed", "run", "test"):
            outcome = run_dbt(
                [command, "--target", "spark"], PROJECT_DIR, target_path=folder / "target"
            )
            failing = [f"{node.unique_id}: {node.message}" for node in outcome.failing()]
            assert outcome.success, failing or outcome.exception
            results.extend(outcome.results)
    finally:
        if previous is None:
            os.environ.pop(SPARK_DIR_ENV, None)
        else:
            os.environ[SPARK_DIR_ENV] = previous
    return SparkBuild(results)


def spark_session():  # noqa: ANN201 - pyspark is imported only where Spark runs
    """The SparkSession dbt-spark started in this process."""
    from pyspark.sql import SparkSession

    return SparkSession.builder.getOrCreate()


def duckdb_nodes(built_warehouse: Path) -> list[NodeResult]:
    """The nodes of the session's DuckDB build (conftest's target folder)."""
    return read_run_results(built_warehouse.parent / "target" / "run_results.json")


EXECUTED_KINDS = ("seed", "model", "test", "unit_test")  # exposures are only listed


def node_kind(unique_id: str) -> str:
    """seed, model, test or unit_test, from a node's unique id."""
    return unique_id.split(".", 1)[0]


def executed(results: list[NodeResult]) -> set[str]:
    """The unique ids of the seeds, models, data tests and unit tests a run executed."""
    return {node.unique_id for node in results if node_kind(node.unique_id) in EXECUTED_KINDS}


def test_every_node_runs_on_both_engines(
    spark_build: SparkBuild, built_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duck = executed(duckdb_nodes(built_warehouse))
    spark = executed(spark_build.results)
    only = {uid: "DuckDB only" for uid in duck - spark} | {
        uid: "Spark only" for uid in spark - duck
    }
    duck_kinds = Counter(node_kind(uid) for uid in duck)
    spark_kinds = Counter(node_kind(uid) for uid in spark)
    lines = ["nodes          DuckDB   Spark"]
    for kind in sorted(duck_kinds | spark_kinds):
        lines.append(f"{kind:<13} {duck_kinds[kind]:>7} {spark_kinds[kind]:>7}")
    for uid, side in sorted(only.items()):
        lines.append(f"differs: {uid} ({side}): {ENGINE_ONLY.get(uid, 'no reason registered')}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert duck_kinds["model"] == len([n for n in duck if n.startswith("model.")]) > 80
    assert set(only) == set(ENGINE_ONLY), "\n".join(lines)


def mart_columns(connection: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    """Every mart's (column, type) in order, from DuckDB's catalog."""
    rows = connection.sql(
        "select table_name, column_name, data_type from information_schema.columns "
        "where table_schema = 'marts' order by table_name, ordinal_position"
    ).fetchall()
    marts: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        marts.setdefault(table, []).append((column, data_type))
    return marts


def spark_type_name(duckdb_type: str) -> str:
    """Spark's name of a DuckDB contract type (DECIMAL(18,4) -> decimal(18,4))."""
    return TYPE_NAMES.get(duckdb_type, duckdb_type.lower().replace(" ", ""))


def exact(value: object) -> object:
    """A value as compared: a decimal by its printed digits and scale, all else as is."""
    return ("decimal", str(value)) if isinstance(value, Decimal) else value


def sort_key(row: tuple) -> tuple:
    """Rows sort by every column, nulls first, whatever the column's type."""
    return tuple((value is not None, str(value)) for value in row)


def test_every_mart_equals_duckdbs_row_by_row(
    spark_build: SparkBuild, built_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spark = spark_session()
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        marts = mart_columns(connection)
        spark_marts = {row.tableName for row in spark.sql("show tables in marts").collect()}
        assert spark_marts == set(marts)
        compared = 0
        for table, columns in sorted(marts.items()):
            spark_frame = spark.table(f"marts.{table}")
            assert [
                (field.name, field.dataType.simpleString()) for field in spark_frame.schema
            ] == [(name, spark_type_name(data_type)) for name, data_type in columns], table
            duck_rows = sorted(
                (
                    tuple(exact(v) for v in row)
                    for row in connection.sql(f"select * from marts.{table}").fetchall()
                ),
                key=sort_key,
            )
            spark_rows = sorted(
                (tuple(exact(v) for v in row) for row in spark_frame.collect()), key=sort_key
            )
            if duck_rows != spark_rows:
                only_duck = [row for row in duck_rows if row not in spark_rows][:3]
                only_spark = [row for row in spark_rows if row not in duck_rows][:3]
                pytest.fail(
                    f"marts.{table}: {len(duck_rows)} rows on DuckDB, {len(spark_rows)} on "
                    f"Spark; DuckDB only {only_duck}; Spark only {only_spark}"
                )
            compared += len(duck_rows)
    with capsys.disabled():
        print(f"\n{len(marts)} marts, {compared} rows: equal on DuckDB and Spark")
    assert len(marts) > 40 and compared > 1000
