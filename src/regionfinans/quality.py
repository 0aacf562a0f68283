"""The Great Expectations gate: the input contract of the seed files as delivered.

dbt proves what the warehouse makes of the transcriptions (every total against its
parts, every label mapped, every fact against its cells). Great Expectations checks
what dbt cannot see before it runs: each CSV file as delivered, read as text. Its
expectations are derived, never written down: the columns from the seed's YAML, the
row count and total rows from the registry's declared shape, the value grammar from
the unit of each column (dbt_project.yml's printed-number pattern, ref__enheter), the
minus sign from the document registry. No figure of any document appears here, so a
correct next edition passes and a broken one fails.

The files are read into four frames (one row per table, per printed row, per printed
number, per prose figure), each with a `plats` column naming file, line and column, so
that a failing expectation names where the bad value is.

Run as `python -m regionfinans.quality --project-dir DIR --out results.json` (the
nightly starts it beside `dbt build`); `--docs DIR` also writes the Data Docs as a
static site.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from regionfinans.seed_check import (
    NON_PRINTED_DIRS,
    PROSE_COLUMNS,
    PROSE_FORM,
    ROW_COLUMNS,
    Rules,
    load_rules,
    read_csv,
    seed_configs,
)

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
COMPARISONS = ["lika", "forandring", "forandring_procent"]
RESULT_FORMAT = {"result_format": "COMPLETE", "unexpected_index_column_names": ["plats"]}


@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation's result on one frame of the delivered seed files."""

    frame: str
    expectation: str
    column: str | None
    success: bool
    observed: str | None


def _rows_of(path: Path) -> tuple[list[str], list[list[str]]]:
    text = path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    return (rows[0] if rows else []), rows[1:]


def _table_frames(
    path: Path, project_dir: Path, config: dict, declared: dict | None, rules: Rules
) -> tuple[dict, list[dict], list[dict]]:
    """One table's shape row, its printed rows and its printed numbers."""
    relative = str(path.relative_to(project_dir))
    meta = config.get("meta") or {}
    header, rows = _rows_of(path)
    columns = list((config.get("column_types") or {}).keys())
    printed = [column for column in header if column not in ROW_COLUMNS]
    total_rows = [
        str(index)
        for index, fields in enumerate(rows, start=1)
        if "is_total" in header
        and len(fields) == len(header)
        and fields[header.index("is_total")] == "true"
    ]
    shape = {
        "plats": relative,
        "kolumner_i_filen": " | ".join(header),
        "deklarerade_kolumner": " | ".join(columns),
        "rader_i_filen": len(rows),
        "deklarerade_rader": int(declared["antal_rader"]) if declared else None,
        "summarader_i_filen": " ".join(total_rows),
        "deklarerade_summarader": declared["summarader"] if declared else None,
    }
    row_records, number_records = [], []
    units = meta.get("column_units") or {}
    minus = rules.minus_signs.get(meta.get("document_file", ""))
    for line, fields in enumerate(rows, start=2):
        if len(fields) != len(header):
            continue
        row = dict(zip(header, fields, strict=True))
        row_records.append(
            {
                "plats": f"{relative} line {line}",
                "row_order": row.get("row_order"),
                "forvantad_row_order": str(line - 1),
                "row_label": row.get("row_label") or None,
                "is_total": row.get("is_total"),
                "unit": row.get("unit") or None,
            }
        )
        for column in printed:
            unit = units.get(column) or row.get("unit") or meta.get("unit", "")
            value = row[column]
            if not value or unit in ("text", "datum"):
                continue
            number_records.append(
                {
                    "plats": f'{relative} line {line}, column "{column}"',
                    "tryckt": value,
                    "minustecken": value[0] if value[0] in "-–" and len(value) > 1 else None,
                    "dokumentets_minustecken": minus,
                }
            )
    return shape, row_records, number_records


def _prose_records(path: Path, project_dir: Path) -> list[dict]:
    relative = str(path.relative_to(project_dir))
    header, rows = _rows_of(path)
    return [
        {
            "plats": f"{relative} line {line}",
            "kolumner_i_filen": " | ".join(header),
            "deklarerade_kolumner": " | ".join(PROSE_COLUMNS),
            **dict(zip(header, fields, strict=False)),
        }
        for line, fields in enumerate(rows, start=2)
    ]


def seed_frames(project_dir: Path) -> dict[str, pd.DataFrame]:
    """The delivered seed files as four frames: tables, rows, numbers, prose figures."""
    seeds_dir = project_dir / "seeds"
    rules = load_rules(project_dir)
    configs = seed_configs(seeds_dir)
    declared = {
        row["source_table"]: row
        for row in read_csv(seeds_dir / "registry" / "registry__printed_tables.csv")
    }
    tables, rows, numbers, prose = [], [], [], []
    for path in sorted(seeds_dir.glob("*/*.csv")):
        if path.parent.name in NON_PRINTED_DIRS or path.stem not in configs:
            continue
        config = configs[path.stem]
        if (config.get("meta") or {}).get("form") == PROSE_FORM:
            prose += _prose_records(path, project_dir)
            continue
        shape, row_records, number_records = _table_frames(
            path, project_dir, config, declared.get(path.stem), rules
        )
        tables.append(shape)
        rows += row_records
        numbers += number_records
    return {
        "tabeller": pd.DataFrame(tables),
        "rader": pd.DataFrame(rows),
        "tal": pd.DataFrame(numbers),
        "prosa": pd.DataFrame(prose).replace({"": None}),
    }


def expectations(rules: Rules) -> dict[str, list]:
    """The contract, per frame. Nothing in it is a figure of a document."""
    from great_expectations import expectations as gxe

    number = f"({rules.printed_number.pattern})|^[-–]$"
    words = "|".join(sorted(rules.number_words))
    units = sorted(rules.units)
    return {
        "tabeller": [
            gxe.ExpectColumnValuesToNotBeNull(column="deklarerade_rader"),
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="kolumner_i_filen", column_B="deklarerade_kolumner"
            ),
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="rader_i_filen", column_B="deklarerade_rader"
            ),
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="summarader_i_filen", column_B="deklarerade_summarader"
            ),
        ],
        "rader": [
            gxe.ExpectColumnValuesToNotBeNull(column="row_label"),
            gxe.ExpectColumnValuesToBeInSet(column="is_total", value_set=["true", "false"]),
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="row_order", column_B="forvantad_row_order"
            ),
            gxe.ExpectColumnValuesToBeInSet(column="unit", value_set=units),
        ],
        "tal": [
            gxe.ExpectColumnValuesToMatchRegex(column="tryckt", regex=number),
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="minustecken",
                column_B="dokumentets_minustecken",
                ignore_row_if="either_value_is_missing",
            ),
        ],
        "prosa": [
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="kolumner_i_filen", column_B="deklarerade_kolumner"
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="mening"),
            gxe.ExpectColumnValuesToBeInSet(column="enhet", value_set=units),
            gxe.ExpectColumnValuesToBeInSet(column="jamforelse", value_set=COMPARISONS),
            gxe.ExpectColumnValuesToMatchRegex(
                # A number word keeps the case it is printed in ("Två av dessa ...").
                column="tryckt_tal",
                regex=f"({rules.printed_number.pattern})|^(?i:{words})$",
            ),
        ],
    }


def _observed(result: dict) -> str | None:
    """What an expectation saw, with the places of the first unexpected values."""
    observed = result.get("observed_value", result.get("unexpected_count"))
    places = [
        item.get("plats")
        for item in (result.get("unexpected_index_list") or [])[:5]
        if isinstance(item, dict)
    ]
    if places:
        observed = f"{observed} unexpected, at: {'; '.join(map(str, places))}"
    return None if observed is None else str(observed)


def run_checkpoint(project_dir: Path, docs_dir: Path | None = None) -> list[ExpectationOutcome]:
    """Validate the delivered seed files of a project; one outcome per expectation."""
    import great_expectations as gx

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    frames = seed_frames(project_dir)
    suites = expectations(load_rules(project_dir))
    with tempfile.TemporaryDirectory(prefix="regionfinans-gx-") as root:
        if docs_dir is None:
            context = gx.get_context(mode="ephemeral")
        else:
            context = gx.get_context(mode="file", project_root_dir=root)
        context.variables.progress_bars = {"globally": False}
        datasource = context.data_sources.add_pandas("seedfiler")
        outcomes: list[ExpectationOutcome] = []
        for name, frame_expectations in suites.items():
            batch = datasource.add_dataframe_asset(name).add_batch_definition_whole_dataframe(
                "alla"
            )
            suite = context.suites.add(gx.ExpectationSuite(name=f"seedfiler_{name}"))
            for expectation in frame_expectations:
                suite.add_expectation(expectation)
            validation = context.validation_definitions.add(
                gx.ValidationDefinition(data=batch, suite=suite, name=name)
            )
            checkpoint = context.checkpoints.add(
                gx.Checkpoint(
                    name=f"seedfiler_{name}",
                    validation_definitions=[validation],
                    result_format=RESULT_FORMAT,
                    actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs")]
                    if docs_dir is not None
                    else [],
                )
            )
            result = checkpoint.run(batch_parameters={"dataframe": frames[name]})
            for run in result.run_results.values():
                for item in run.results:
                    kwargs = item.expectation_config.kwargs
                    outcomes.append(
                        ExpectationOutcome(
                            frame=name,
                            expectation=item.expectation_config.type,
                            column=kwargs.get("column") or kwargs.get("column_A"),
                            success=bool(item.success),
                            observed=_observed(item.result),
                        )
                    )
        if docs_dir is not None:
            context.build_data_docs()
            site = Path(root) / "gx" / "uncommitted" / "data_docs" / "local_site"
            if docs_dir.exists():
                shutil.rmtree(docs_dir)
            shutil.copytree(site, docs_dir)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    """Validate the seeds of a project and write the outcomes as JSON."""
    parser = argparse.ArgumentParser(prog="python -m regionfinans.quality")
    parser.add_argument("--project-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--docs", type=Path, default=None)
    args = parser.parse_args(argv)
    outcomes = run_checkpoint(args.project_dir, args.docs)
    args.out.write_text(
        json.dumps([asdict(outcome) for outcome in outcomes], ensure_ascii=False),
        encoding="utf-8",
    )
    return 0 if all(outcome.success for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
