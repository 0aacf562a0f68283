"""A Great Expectations checkpoint over the marts, the expectation suite kept as code.

GE's SQL datasource does not work on DuckDB here: it reads results after the
connection is closed (GE issues 10738 and 11579). The marts are therefore read
through a read-only DuckDB connection into pandas frames, and GE validates those
frames as batches of a pandas datasource.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

import great_expectations as gx  # noqa: E402 - the env var must be set before import
from great_expectations import expectations as gxe  # noqa: E402

UNITS = ["kr", "tkr", "mnkr", "procent", "antal", "datum", "text"]
DISCREPANCY_KINDS = [
    "rounding",
    "arithmetic",
    "prose_vs_table",
    "mislabel",
    "ambiguity",
    "missing_footnote",
    "other",
]


def expectation_suites() -> dict[str, list]:
    """Expectations per mart: keys, ranges, totals and allowed values."""
    return {
        "source_cells": [
            gxe.ExpectColumnValuesToNotBeNull(column="cell_id"),
            gxe.ExpectColumnValuesToBeUnique(column="cell_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="printed_value"),
            gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=UNITS),
            gxe.ExpectColumnValuesToNotBeNull(column="document_file"),
        ],
        "source_documents": [
            gxe.ExpectTableRowCountToEqual(value=5),
            gxe.ExpectColumnValuesToBeUnique(column="document_file"),
            gxe.ExpectColumnValueLengthsToEqual(column="sha256", value=64),
        ],
        "source_discrepancies": [
            gxe.ExpectColumnValuesToBeUnique(column="discrepancy_id"),
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=DISCREPANCY_KINDS),
            gxe.ExpectColumnValuesToNotBeNull(column="explanation"),
        ],
        "dim_region": [
            gxe.ExpectTableRowCountToEqual(value=4),
            gxe.ExpectColumnValuesToBeInSet(
                column="region_id", value_set=["blekinge", "halland", "kronoberg", "skane"]
            ),
        ],
        "fct_abonnemang": [
            gxe.ExpectColumnValuesToBeUnique(column="abonnemang_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="belopp_tkr"),
            gxe.ExpectColumnValuesToBeBetween(column="belopp_tkr", min_value=0, max_value=500_000),
            # SUMMA 537 655 tkr as printed; ten parts rounded to whole tkr.
            gxe.ExpectColumnSumToBeBetween(
                column="belopp_tkr", min_value=537_650, max_value=537_660
            ),
        ],
        "fct_regionbidrag": [
            gxe.ExpectColumnValuesToBeUnique(column="regionbidrag_id"),
            gxe.ExpectColumnValuesToBeInSet(column="ar", value_set=[2023, 2024, 2025, 2026]),
            gxe.ExpectColumnValuesToBeInSet(column="scenario", value_set=["budget", "plan"]),
            gxe.ExpectColumnValuesToBeBetween(column="belopp_mnkr", min_value=0, max_value=20_000),
            # 24 budget lines × 4 years; the four printed TOTALSUMMA together.
            gxe.ExpectTableRowCountToEqual(value=96),
            gxe.ExpectColumnSumToBeBetween(
                column="belopp_mnkr", min_value=213_572.85, max_value=213_572.95
            ),
        ],
        "fct_regionbidrag_forandring": [
            gxe.ExpectColumnValuesToBeUnique(column="forandring_id"),
            # FINANS carries the counter-entry: the bridge sums to zero over all columns.
            gxe.ExpectColumnSumToBeBetween(column="belopp_mnkr", min_value=-0.5, max_value=0.5),
        ],
        "rpt_regionbidrag_brygga": [
            gxe.ExpectTableRowCountToEqual(value=15),
            gxe.ExpectColumnValuesToBeInSet(
                column="steg_typ", value_set=["ingående", "förändring", "utgående"]
            ),
        ],
        "fct_rapportrad": [
            gxe.ExpectColumnValuesToBeUnique(column="rapportrad_id"),
            gxe.ExpectColumnValuesToBeInSet(
                column="scenario", value_set=["bokslut", "prognos", "budget", "plan"]
            ),
            gxe.ExpectColumnValuesToBeBetween(column="ar", min_value=2022, max_value=2026),
        ],
        "rpt_nhv": [
            # Thirteen care areas in the annual report 2023.
            gxe.ExpectTableRowCountToEqual(value=13),
            gxe.ExpectColumnValuesToNotBeNull(column="start_date"),
        ],
        "rpt_regionbidrag_per_namnd": [
            gxe.ExpectColumnValuesToBeUnique(column="namnd_id"),
            gxe.ExpectColumnSumToBeBetween(
                column="regionbidrag_2024_mnkr", min_value=53_833.85, max_value=53_833.95
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="regionbidrag_2024_per_invanare_kr", min_value=0, max_value=20_000
            ),
        ],
    }


@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation's result on one mart."""

    mart: str
    expectation: str
    column: str | None
    success: bool
    observed: str | None


def run_checkpoint(db_path: Path) -> list[ExpectationOutcome]:
    """Validate every mart of the DuckDB file at `db_path` with its suite; one outcome each."""
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    datasource = context.data_sources.add_pandas("marts")
    outcomes: list[ExpectationOutcome] = []
    with duckdb.connect(str(db_path), read_only=True) as connection:
        frames = {
            mart: connection.sql(f'select * from marts."{mart}"').df()
            for mart in expectation_suites()
        }
    for mart, expectations in expectation_suites().items():
        batch = datasource.add_dataframe_asset(mart).add_batch_definition_whole_dataframe("all")
        suite = context.suites.add(gx.ExpectationSuite(name=f"{mart}_suite"))
        for expectation in expectations:
            suite.add_expectation(expectation)
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(data=batch, suite=suite, name=f"{mart}_validation")
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(name=f"{mart}_checkpoint", validation_definitions=[validation])
        )
        result = checkpoint.run(batch_parameters={"dataframe": frames[mart]})
        for validation_result in result.run_results.values():
            for item in validation_result.results:
                observed = item.result.get("observed_value", item.result.get("unexpected_count"))
                outcomes.append(
                    ExpectationOutcome(
                        mart=mart,
                        expectation=item.expectation_config.type,
                        column=item.expectation_config.kwargs.get("column"),
                        success=bool(item.success),
                        observed=None if observed is None else str(observed),
                    )
                )
    return outcomes
