"""The documentation: `dbt docs generate --static` writes one self-contained HTML file
with the Swedish overview, and every mart is contracted, keyed and fully described."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, dbt_on_a_copy

from regionfinans.docs_coverage import measure

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("docs")


@pytest.fixture(scope="module")
def docs_target(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`dbt docs generate --static` over a copy of the session's warehouse."""
    _, target = dbt_on_a_copy(
        built_warehouse, tmp_path_factory.mktemp("docs"), ["docs", "generate", "--static"]
    )
    return target


def _marts(target: Path) -> dict[str, dict]:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    return {
        node["name"]: node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
        and node["original_file_path"].startswith("models/marts/")
    }


def test_static_docs_are_one_offline_file(docs_target: Path) -> None:
    html = (docs_target / "static_index.html").read_text(encoding="utf-8")
    assert len(html) > 1_000_000  # manifest and catalog are inlined
    # Nothing is fetched from elsewhere: no remote scripts or stylesheets.
    assert not re.search(r"<script[^>]+src=[\"']https?:", html)
    assert not re.search(r"<link[^>]+rel=[\"']stylesheet[\"'][^>]+href=[\"']https?:", html)
    # The Swedish overview page is in it, and so is the catalog of the marts.
    assert "Var varje siffra kommer ifr\\u00e5n" in html or "Var varje siffra kommer ifrån" in html
    assert "rpt_regionbidrag_brygga" in html


def test_every_mart_is_contracted_keyed_and_described(docs_target: Path) -> None:
    marts = _marts(docs_target)
    catalog = json.loads((docs_target / "catalog.json").read_text(encoding="utf-8"))
    built = {
        node["metadata"]["name"]: node
        for node in catalog["nodes"].values()
        if node["metadata"]["schema"] == "marts"
    }
    assert set(built) == set(marts)
    assert len(marts) >= 35
    for name, node in marts.items():
        assert node["config"]["contract"]["enforced"], f"{name}: contract not enforced"
        assert node["description"].strip(), f"{name}: no description"
        keys = [
            column
            for column, spec in node["columns"].items()
            if any(c["type"] == "primary_key" for c in spec.get("constraints", []))
        ]
        model_keys = [c for c in node.get("constraints", []) if c["type"] == "primary_key"]
        assert len(keys) + len(model_keys) == 1, f"{name}: expected one primary key"
        for column in built[name]["columns"]:
            spec = node["columns"].get(column.lower())
            assert spec and spec["description"].strip(), f"{name}.{column} is not described"


def test_every_fact_of_printed_amounts_says_which_version_sums_use(docs_target: Path) -> None:
    """A fact row that is a printed amount (a column in kr, tkr or mnkr, traced to its cell)
    carries is_vald_version: a next edition that prints the same figure again, for a year
    already there, would otherwise be summed twice."""
    catalog = json.loads((docs_target / "catalog.json").read_text(encoding="utf-8"))
    facts = {
        node["metadata"]["name"]: {column.lower() for column in node["columns"]}
        for node in catalog["nodes"].values()
        if node["metadata"]["schema"] == "marts" and node["metadata"]["name"].startswith("fct_")
    }
    amounts = {
        name
        for name, columns in facts.items()
        if "source_cell_id" in columns and any(re.search(r"_(kr|tkr|mnkr)$", c) for c in columns)
    }
    assert len(amounts) >= 9
    assert sorted(name for name in amounts if "is_vald_version" not in facts[name]) == []


def test_the_overview_names_every_mart() -> None:
    """The docs site's front page (models/overview.md, which the README's Layout points
    to) lists the marts by area: a new mart is listed there too."""
    overview = (PROJECT_DIR / "models" / "overview.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+)`", overview))
    marts = {path.stem for path in (PROJECT_DIR / "models" / "marts").rglob("*.sql")}
    assert len(marts) >= 47
    assert sorted(marts - named) == []


def test_descriptions_reach_the_database_as_comments(built_warehouse: Path) -> None:
    """persist_docs writes the Swedish descriptions into DuckDB, where BI tools read them."""
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        missing = connection.sql(
            "select table_name, column_name from duckdb_columns() "
            "where schema_name = 'marts' and (comment is null or comment = '')"
        ).fetchall()
        tables = connection.sql(
            "select table_name from duckdb_tables() "
            "where schema_name = 'marts' and (comment is null or comment = '')"
        ).fetchall()
    assert missing == []
    assert tables == []


def test_every_column_and_macro_is_described(docs_target: Path) -> None:
    coverage = measure(docs_target)
    assert coverage.failing_layers() == [], {
        layer: coverage.missing.get(layer, [])[:10] for layer in coverage.failing_layers()
    }
    assert coverage.undocumented_macros == []
    assert coverage.total["marts"] > 400 and coverage.total["staging"] > 100


def test_the_coverage_check_fails_on_an_undescribed_column(
    docs_target: Path, tmp_path: Path
) -> None:
    manifest = json.loads((docs_target / "manifest.json").read_text(encoding="utf-8"))
    node = manifest["nodes"]["model.regionfinans.int_printed_cells_keyed"]
    node["columns"]["cell_id"]["description"] = ""
    macro = manifest["macros"]["macro.regionfinans.sql_literal"]
    macro["arguments"] = []
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    shutil.copy(docs_target / "catalog.json", tmp_path / "catalog.json")
    coverage = measure(tmp_path)
    assert coverage.failing_layers() == ["intermediate"]
    assert "int_printed_cells_keyed.cell_id" in coverage.missing["intermediate"]
    assert any("sql_literal" in m and "value" in m for m in coverage.undocumented_macros)


def test_exposures_name_what_their_consumers_read(docs_target: Path) -> None:
    manifest = json.loads((docs_target / "manifest.json").read_text(encoding="utf-8"))
    reads = {
        exposure["name"]: {node.split(".")[-1] for node in exposure["depends_on"]["nodes"]}
        for exposure in manifest["exposures"].values()
    }
    report = (PROJECT_DIR / "src" / "regionfinans" / "report.py").read_text(encoding="utf-8")
    assert reads["rapport"] == set(re.findall(r"marts\.(\w+)", report))
    marts = set(_marts(docs_target))
    assert reads["export"] == marts and reads["bi_anslutning"] == marts
    semantic = {
        node["depends_on"]["nodes"][0].split(".")[-1]
        for node in manifest["semantic_models"].values()
    }
    assert reads["matt"] == semantic
