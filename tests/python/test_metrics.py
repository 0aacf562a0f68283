"""The MetricFlow examples of the README run with `mf query` against a built warehouse
and give the figures the documents print."""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PROJECT_DIR, copy_project, copy_warehouse, seed_parse_state

from regionfinans.project import run_dbt

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("metrics")

MF = Path(sys.executable).with_name("mf")
README = PROJECT_DIR / "README.md"
Rows = list[dict[str, str]]


def readme_mf_examples() -> list[str]:
    """The `mf query` commands of the README's metrics section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- mf-examples -->")[1]
    commands = re.findall(r"^mf query .*$", section, flags=re.MULTILINE)
    return commands


@pytest.fixture(scope="module")
def mf_project(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project pointed at a copy of the session's warehouse."""
    root = tmp_path_factory.mktemp("metricflow")
    project = copy_project(root / "project")
    # The copy keeps the file's name: DuckDB names the catalog after it, and dbt's parse
    # state holds for the same catalog only.
    db = copy_warehouse(built_warehouse, root / "warehouse" / built_warehouse.name)
    seed_parse_state(built_warehouse, project / "target")
    # mf reads target/semantic_manifest.json, which `make build` leaves behind.
    outcome = run_dbt(["parse"], project_dir=project, db_path=db, target_path=project / "target")
    assert outcome.exception is None and (project / "target" / "semantic_manifest.json").exists()
    return project


# `mf`'s own command group (the console script `mf` calls it), once per README command in
# one process: MetricFlow and dbt load once instead of once per command.
RUN_ALL = """
import json, sys, traceback
from dbt_metricflow.cli.main import cli
codes = []
for args in json.loads(sys.argv[1]):
    try:
        cli.main(args=args, prog_name="mf", standalone_mode=False)
        codes.append(0)
    except SystemExit as stop:
        codes.append(stop.code if isinstance(stop.code, int) else 1)
    except Exception:
        traceback.print_exc()
        codes.append(1)
json.dump(codes, open(sys.argv[2], "w"))
"""


@pytest.fixture(scope="module")
def mf_rows(mf_project: Path, built_warehouse: Path) -> list[Rows]:
    """Each README `mf query` command run in the project copy, its CSV output read."""
    outs, argvs = [], []
    for number, command in enumerate(readme_mf_examples()):
        args = shlex.split(command)
        assert args[:2] == ["mf", "query"]
        outs.append(mf_project / f"mf_result_{number}.csv")
        argvs.append([*args[1:], "--csv", str(outs[-1])])
    codes_file = mf_project / "mf_codes.json"
    completed = subprocess.run(
        [sys.executable, "-c", RUN_ALL, json.dumps(argvs), str(codes_file)],
        cwd=mf_project,
        env={
            **os.environ,
            "DBT_PROFILES_DIR": str(mf_project),
            "REGIONFINANS_DB": str(mf_project.parent / "warehouse" / built_warehouse.name),
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    log = completed.stdout + completed.stderr
    assert completed.returncode == 0 and codes_file.exists(), log
    codes = json.loads(codes_file.read_text(encoding="utf-8"))
    rows = []
    for command, code, out in zip(readme_mf_examples(), codes, outs, strict=True):
        assert code == 0 and out.exists(), f"{command}\n{log}"
        with out.open(encoding="utf-8", newline="") as handle:
            rows.append(list(csv.DictReader(handle)))
    return rows


def test_readme_has_the_examples() -> None:
    assert len(readme_mf_examples()) == 5
    # The README's `mf` is the console script of the command group RUN_ALL calls.
    assert "from dbt_metricflow.cli.main import cli" in MF.read_text(encoding="utf-8")


def test_regionbidrag_per_sector_and_year(mf_rows: list[Rows]) -> None:
    rows = mf_rows[0]
    per_year: dict[str, Decimal] = {}
    for row in rows:
        year = row["metric_time__year"][:4]
        per_year[year] = per_year.get(year, Decimal(0)) + Decimal(row["regionbidrag_mnkr"])
    # Bilaga 4 A's TOTALSUMMA 2024: 53 833,9 mnkr.
    assert per_year["2024"] == Decimal("53833.9")
    hos_2024 = [
        row
        for row in rows
        if row["metric_time__year"].startswith("2024")
        and row["namnd__sektor_namn"] == "Hälso- och sjukvård"
    ]
    assert Decimal(hos_2024[0]["regionbidrag_mnkr"]) == Decimal("47060.6")


def test_abonnemang_per_buyer_and_seller(mf_rows: list[Rows]) -> None:
    rows = mf_rows[1]
    assert len(rows) == 10
    assert sum(Decimal(row["abonnemang_tkr"]) for row in rows) == Decimal("537657")
    to_sus = {
        row["region__region_namn"]: Decimal(row["abonnemang_tkr"])
        for row in rows
        if row["saljare__saljare_namn"] == "Skånes universitetssjukhus (Sus)"
    }
    assert to_sus == {
        "Region Blekinge": Decimal("128544"),
        "Region Halland": Decimal("134164"),
        "Region Kronoberg": Decimal("137463"),
    }


def test_regionbidrag_bridge(mf_rows: list[Rows]) -> None:
    rows = mf_rows[2]
    by_part = {
        row["forandringspost__avsnitt"]: Decimal(row["regionbidrag_forandring_mnkr"])
        for row in rows
    }
    assert by_part["Uppräkning 2024"] == Decimal("1389.1")
    # The text: regionbidraget ökar med 4 961,9 mnkr; the parts sum to 4 961,8 (rounding).
    assert sum(by_part.values()) == Decimal("4961.8")


def test_investments_per_year(mf_rows: list[Rows]) -> None:
    rows = mf_rows[3]
    assert {
        row["metric_time__year"][:4]: Decimal(row["investering_budget_och_plan_mnkr"])
        for row in rows
    } == {"2024": Decimal("3554"), "2025": Decimal("2719"), "2026": Decimal("1839")}


def test_income_statement(mf_rows: list[Rows]) -> None:
    rows = mf_rows[4]
    by_year = {(row["metric_time__year"][:4], row["rapportrad__scenario_id"]): row for row in rows}
    assert Decimal(by_year[("2024", "budget")]["arets_resultat_mnkr"]) == Decimal("-4417")
    assert Decimal(by_year[("2024", "budget")]["verksamhetens_intakter_mnkr"]) == Decimal("11190")
    assert Decimal(by_year[("2024", "budget")]["verksamhetens_kostnader_mnkr"]) == Decimal("-62834")
    # 2025: the posts sum to 653, the printed ÅRETS RESULTAT is 652 (D0026).
    assert Decimal(by_year[("2025", "plan")]["arets_resultat_mnkr"]) == Decimal("653")
