"""Adding next year's documents is a data change: the README's procedure, followed in a copy
of the project with a synthetic second edition of the abonnemang table and of bilaga 4 A.

The numbers are invented here (every amount doubled, so the printed arithmetic holds) and
live only in the temporary copy, printed in synthetic documents written into a copy of
the source texts (the gate traces every seed). The nightly gate passes with both
editions; the facts, the figure history, the report, the exports and the metrics show
both; one changed number of the new edition fails the build; and no .sql or .py file
changed.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import copy_project, copy_sources, seed_parse_state

from regionfinans.nightly import run_nightly
from regionfinans.project import run_dbt
from regionfinans.report import write_report
from regionfinans.seed_check import check_seeds
from regionfinans.settings import load_settings
from tooling.synthetic import NextEdition, add_editions, add_next_edition

pytestmark = pytest.mark.xdist_group("next_edition")

TABLES = ["ssvr_vb_2023__abonnemang_2023", "rs_budget_2024__bilaga_4a_regionbidrag"]
MF = Path(sys.executable).with_name("mf")
PLAN_2026 = (
    "select sum(belopp_mnkr) from marts.fct_regionbidrag"
    " where edition_id = 'rs_budget_2024' and ar = 2026"
)


def code_fingerprint(project: Path) -> dict[str, str]:
    """The hash of every .sql and .py file of the project."""
    return {
        str(path.relative_to(project)): hashlib.sha256(path.read_bytes()).hexdigest()
        for suffix in ("*.sql", "*.py")
        for path in project.rglob(suffix)
        if "target" not in path.parts
    }


@dataclass
class Copy:
    project: Path
    published: Path
    added: NextEdition
    code_before: dict[str, str]
    nightly_code: int


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory, built_warehouse: Path) -> Copy:
    root = tmp_path_factory.mktemp("next-edition")
    project = copy_project(root / "project")
    before = code_fingerprint(project)
    sources = copy_sources(root / "sources")
    added = add_next_edition(project, TABLES, sources=sources)
    env = {
        "REGIONFINANS_SOURCES": str(sources),
        "REGIONFINANS_PUBLISHED": str(root / "served" / "regionfinans.duckdb"),
        "REGIONFINANS_STATE_DIR": str(root / "state"),
    }
    seed_parse_state(built_warehouse, root / "state" / "dbt-target")
    code = run_nightly(load_settings(env=env, project_dir=project))
    return Copy(project, Path(env["REGIONFINANS_PUBLISHED"]), added, before, code)


def query(copy: Copy, sql: str) -> list[tuple]:
    with duckdb.connect(str(copy.published), read_only=True) as connection:
        return connection.sql(sql).fetchall()


def test_the_procedure_adds_data_only(copy: Copy) -> None:
    assert copy.added.editions == {
        "ssvr_vb_2023": "ssvr_vb_2024",
        "rs_budget_2024": "rs_budget_2025",
    }
    assert code_fingerprint(copy.project) == copy.code_before, "no .sql or .py file changes"
    new_files = sorted(
        str(p.relative_to(copy.project)) for p in (copy.project / "seeds").rglob("*_2024*")
    )
    assert "seeds/ssvr_vb_2024/ssvr_vb_2024__abonnemang_2024.csv" in new_files


def test_the_nightly_gate_passes_with_both_editions(copy: Copy) -> None:
    assert copy.nightly_code == 0
    assert copy.published.exists()


def test_both_editions_are_in_the_facts(copy: Copy) -> None:
    per_year = dict(query(copy, "select ar, sum(belopp_tkr) from marts.fct_abonnemang group by ar"))
    assert per_year == {2023: Decimal("537657"), 2024: Decimal("1075314")}
    editions = query(
        copy,
        "select edition_id, count(*) from marts.fct_regionbidrag group by 1 order by 1",
    )
    assert [edition for edition, _ in editions] == ["rs_budget_2024", "rs_budget_2025"]
    chosen = dict(
        query(
            copy,
            "select ar, sum(belopp_mnkr) from marts.fct_regionbidrag"
            " where is_vald_version group by ar order by ar",
        )
    )
    # The new edition's columns are the old ones a year on, doubled: its 2024 budget is
    # twice the old 2023 budget. 2024 is budgeted in both editions and the later one is
    # chosen; 2023 is printed only in the first.
    assert chosen[2023] == Decimal("48872.0")
    assert chosen[2024] == 2 * Decimal("48872.0")
    assert chosen[2027] == 2 * Decimal(query(copy, PLAN_2026)[0][0])


def test_the_figure_history_shows_the_revision(copy: Copy) -> None:
    rows = query(
        copy,
        "select edition_id, varde, skillnad_mot_foregaende_version from marts.rpt_figurhistorik"
        " where figur_id = 'regionbidrag:kollektivtrafiknamnden' and ar = 2024"
        " and scenario_id = 'budget' and table_kind = 'regionbidrag' order by sort_order",
    )
    assert [(edition, value) for edition, value, _ in rows] == [
        ("rs_budget_2024", Decimal("4027.2")),
        ("rs_budget_2025", Decimal("7417.2")),  # 3 708,6 (its 2023 budget) doubled
    ]
    assert rows[1][2] == Decimal("3390.0")


def test_the_report_exports_and_metrics_show_both_years(copy: Copy, tmp_path: Path) -> None:
    html = write_report(copy.published, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 075 314 tkr" in html and "ssvr_vb_2024" in html
    out = tmp_path / "export"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "regionfinans.cli",
            "export",
            "--db",
            str(copy.published),
            "--out",
            str(out),
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with (out / "csv" / "fct_abonnemang.csv").open(encoding="utf-8-sig") as handle:
        years = {row["ar"] for row in csv.DictReader(handle, delimiter=";")}
    assert years == {"2023", "2024"}
    # mf reads target/semantic_manifest.json; the nightly leaves it in its state folder.
    semantic = copy.published.parent.parent / "state" / "dbt-target" / "semantic_manifest.json"
    (copy.project / "target").mkdir(exist_ok=True)
    shutil.copy2(semantic, copy.project / "target" / semantic.name)
    metrics = subprocess.run(
        [
            str(MF),
            "query",
            "--metrics",
            "abonnemang_tkr",
            "--group-by",
            "metric_time__year",
            "--csv",
            str(tmp_path / "mf.csv"),
        ],
        cwd=copy.project,
        env={
            **os.environ,
            "DBT_PROFILES_DIR": str(copy.project),
            "REGIONFINANS_DB": str(copy.published),
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert metrics.returncode == 0, metrics.stdout + metrics.stderr
    with (tmp_path / "mf.csv").open(encoding="utf-8") as handle:
        rows = {
            r["metric_time__year"][:4]: Decimal(r["abonnemang_tkr"]) for r in csv.DictReader(handle)
        }
    assert rows == {"2023": Decimal("537657"), "2024": Decimal("1075314")}


def test_one_changed_number_of_the_new_edition_fails_the_build(copy: Copy) -> None:
    seed = copy.project / "seeds" / "ssvr_vb_2024" / "ssvr_vb_2024__abonnemang_2024.csv"
    original = seed.read_text(encoding="utf-8")
    assert "314 138" in original  # 157 069 doubled
    seed.write_text(original.replace("314 138", "314 198"), encoding="utf-8")
    mutated = copy.published.parent / "mutated" / "regionfinans.duckdb"
    mutated.parent.mkdir(exist_ok=True)
    shutil.copy2(copy.published, mutated)
    try:
        outcome = run_dbt(
            [
                "build",
                "--select",
                "stg_printed__cells_unpivoted+,+assert_printed_totals_reconcile",
                "--indirect-selection",
                "empty",
            ],
            project_dir=copy.project,
            db_path=mutated,
            target_path=copy.published.parent.parent / "state" / "dbt-target",
        )
    finally:
        seed.write_text(original, encoding="utf-8")
    assert [n.unique_id.split(".")[-1] for n in outcome.failing()] == [
        "assert_printed_totals_reconcile"
    ]


def test_editions_of_every_table_and_prose_seed_trace_into_their_documents(
    tmp_path: Path,
) -> None:
    """`make bench`'s scale profile: N editions of everything, prose seeds included, each
    printed in its synthetic document; check-seeds traces them all."""
    project = copy_project(tmp_path / "project")
    sources = copy_sources(tmp_path / "sources")
    before = check_seeds(project, sources)
    added = add_editions(project, 2, sources)
    assert [a.editions["rs_budget_2024"] for a in added] == ["rs_budget_2025", "rs_budget_2026"]
    assert [a.editions["srvn_processledare"] for a in added] == [
        "srvn_processledare_nasta",
        "srvn_processledare_nasta2",
    ]
    prose = sorted(p.name for p in (project / "seeds").glob("rs_budget_202[56]/*__prosa.csv"))
    assert prose == ["rs_budget_2025__prosa.csv", "rs_budget_2026__prosa.csv"]
    after = check_seeds(project, sources)
    assert after.problems == []
    assert after.traced_rows == 3 * before.traced_rows
    assert after.traced_figures == 3 * before.traced_figures
    with pytest.raises(ValueError, match="factor=1"):
        add_next_edition(project, factor=2, prose=True)
