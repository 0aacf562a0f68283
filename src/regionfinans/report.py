"""`regionfinans report`: one self-contained HTML file over the marts, readable offline.

The warehouse is opened read-only. Every section reads one mart (or a few) as it is:
no figure is computed here. Every chart is a Vega-Lite spec (regionfinans.charts)
rendered to inline SVG; CSS and the little JavaScript (filtering and sorting of
tables) are inline in the template, so the file needs no network, no fonts and no
scripts from anywhere else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from regionfinans import charts

DEFAULT_REPORT = Path("reports") / "regionfinans.html"  # in the project
DEFAULT_RUN_RESULTS = Path("target") / "run_results.json"  # in the project
KIND_LABELS = {
    "rounding": "avrundning",
    "arithmetic": "räknefel",
    "prose_vs_table": "text mot tabell",
    "prose_words_vs_table": "text (i ord) mot tabell",
    "ambiguity": "tvetydighet",
    "mislabel": "fel etikett",
    "missing_footnote": "saknad fotnot",
    "other": "övrigt",
}
STATUS_LABELS = {
    "green": "grön",
    "red": "röd",
    "pass": "godkänd",
    "success": "klar",
    "warn": "varning",
    "fail": "underkänd",
    "error": "fel",
    "runtime error": "fel",
    "skipped": "överhoppad",
}

Row = dict[str, Any]


class MissingMartError(LookupError):
    """The warehouse lacks a mart the report reads (build it with `regionfinans build`)."""


def sv_number(value: Decimal | float | int | None, decimals: int = 0, sign: bool = False) -> str:
    """`value` in Swedish format: 53 833,9 and –4 417 (en dash); '' when missing."""
    if value is None:
        return ""
    quantized = round(Decimal(str(value)), decimals)
    text = f"{abs(quantized):,.{decimals}f}".replace(",", " ").replace(".", ",")
    if quantized < 0:
        return "–" + text
    return ("+" + text) if sign and quantized > 0 else text


@dataclass
class Report:
    """Everything the template shows, section by section."""

    db_path: Path
    generated_at: str
    nyckeltal: dict = field(default_factory=dict)
    abonnemang: dict = field(default_factory=dict)
    regionbidrag: dict = field(default_factory=dict)
    investeringar: dict = field(default_factory=dict)
    balanskrav: dict = field(default_factory=dict)
    resultatbudget: dict = field(default_factory=dict)
    figurhistorik: dict = field(default_factory=dict)
    prosa: dict = field(default_factory=dict)
    kvalitet: dict = field(default_factory=dict)
    avvikelser: dict = field(default_factory=dict)


def _rows(connection: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[Row]:
    """The result of `sql` as a list of dicts keyed by column name."""
    try:
        cursor = connection.execute(sql, params or [])
    except duckdb.CatalogException as error:
        raise MissingMartError(str(error).splitlines()[0]) from error
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def relation_exists(connection: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    """Whether the table or view `schema.name` exists in the warehouse."""
    found = connection.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, name],
    ).fetchone()
    return bool(found and found[0])


def load_nyckeltal(connection: duckdb.DuckDBPyConnection) -> dict:
    """The key figures per (nyckeltal, year), from rpt_nyckeltal."""
    return {
        (row["nyckeltal"], row["ar"]): row
        for row in _rows(connection, "select * from marts.rpt_nyckeltal order by nyckeltal, ar")
    }


def load_abonnemang(connection: duckdb.DuckDBPyConnection) -> dict:
    """The latest year's buyer × seller matrix (tkr) and its heat map."""
    cells = _rows(
        connection,
        "select * from marts.rpt_abonnemang_kopare_saljare "
        "where ar = (select max(ar) from marts.rpt_abonnemang_kopare_saljare) "
        "order by kopare_sort_order, saljare_sort_order",
    )
    year = cells[0]["ar"] if cells else None
    sellers = sorted({(c["saljare_sort_order"], c["saljare_namn"]) for c in cells})
    buyers = sorted(
        {(c["kopare_sort_order"], c["kopare_region_namn"], c["kopare_summa_tkr"]) for c in cells}
    )
    amounts = {(c["kopare_region_namn"], c["saljare_namn"]): c["belopp_tkr"] for c in cells}
    chart = charts.render(
        charts.heatmap(cells),
        "abonnemang-heatmap-svg",
        f"Abonnemang {year} per köpande region och säljande enhet, tkr",
        f"Värmekarta: {len(buyers)} köpande regioner (rader) och {len(sellers)} säljande enheter "
        "(kolumner), beloppet i varje cell.",
    )
    return {
        "year": year,
        "chart": Markup(chart),
        "sellers": [name for _, name in sellers],
        "rows": [
            {"buyer": name, "values": [amounts.get((name, s)) for _, s in sellers], "sum": total}
            for _, name, total in buyers
        ],
    }


def load_regionbidrag(connection: duckdb.DuckDBPyConnection) -> dict:
    """The latest bridge per sector (mnkr) as waterfalls, from rpt_regionbidrag_brygga."""
    steps = _rows(
        connection,
        "select * from marts.rpt_regionbidrag_brygga "
        "where ar = (select max(ar) from marts.rpt_regionbidrag_brygga) "
        "order by sektor_sort_order, sort_order",
    )
    year = steps[0]["ar"] if steps else None
    sectors: dict[str, list[Row]] = defaultdict(list)
    for step in steps:
        sectors[step["sektor_namn"]].append(step)
    chart = charts.render(
        charts.waterfall(steps),
        "regionbidrag-waterfall-svg",
        f"Regionbidrag per sektor {year - 1 if year else ''} → {year}, mnkr",
        "Vattenfall per sektor: föregående års budget, förändringarna i bilaga 4 B och "
        "budgetårets regionbidrag (varje sektor har egen skala).",
    )
    return {"year": year, "chart": Markup(chart), "sectors": sectors}


def load_investeringar(connection: duckdb.DuckDBPyConnection) -> dict:
    """The strategic investment plan of the latest budget per project and year (mnkr)."""
    per_year = _rows(connection, "select * from marts.rpt_investeringar_per_ar")
    projects = _rows(
        connection,
        "select * from marts.rpt_investeringsplan where is_senaste_utgava "
        "order by planutrymme_mnkr desc nulls last, projekt_namn, investeringsslag",
    )
    planned = {row["investeringsprojekt_id"] for row in per_year}
    chart = charts.render(
        charts.plan_per_project(per_year),
        "investeringsplan-svg",
        "Strategiska investeringar per projekt: budgetår och planår, mnkr",
        f"Staplade liggande staplar för {len(planned)} projekt, en färg per år, "
        "sorterade efter summan.",
    )
    return {
        "chart": Markup(chart),
        "projects": projects,
        "without_plan": len(projects) - len(planned),
    }


def load_balanskrav(connection: duckdb.DuckDBPyConnection) -> dict:
    """The balanskrav path (mnkr) with the explanation per year."""
    years = _rows(connection, "select * from marts.rpt_balanskrav order by ar")
    chart = charts.render(
        charts.balanskrav(years),
        "balanskrav-svg",
        "Balanskravsresultat och årets resultat per år, mnkr",
        "Staplar: balanskravsresultat per år (grönt uppfyllt, rött underskott); linje: årets "
        "resultat.",
    )
    return {"chart": Markup(chart), "years": years}


def load_resultatbudget(connection: duckdb.DuckDBPyConnection) -> dict:
    """The income statement (mnkr) as printed, from rpt_finansiella_rapporter."""
    cells = _rows(
        connection,
        "select * from marts.rpt_finansiella_rapporter "
        "where rapport = 'resultatbudget' and is_vald_version order by sort_order, ar",
    )
    periods = sorted({(cell["ar"], cell["scenario_id"]) for cell in cells})
    lines: dict[str, Row] = {}
    for cell in cells:
        line = lines.setdefault(
            cell["rad_id"],
            {"namn": cell["rad_namn"], "typ": cell["rad_typ"], "belopp": {}, "avvikelser": {}},
        )
        period = (cell["ar"], cell["scenario_id"])
        line["belopp"][period] = cell["belopp_mnkr"]
        if cell["discrepancy_id"]:
            line["avvikelser"][period] = (cell["discrepancy_id"], cell["summa_av_delar_mnkr"])
    result_rows = _rows(
        connection,
        "select ar, scenario_id, belopp_mnkr from marts.rpt_finansiella_rapporter as r "
        "where r.rapport = 'resultatbudget' and r.is_vald_version and r.rad_id in ("
        "  select d.rad_id from marts.dim_rapportrad as d "
        "  where d.rapport = 'resultatbudget' and d.summeras_i_rad_id is null and d.rad_typ = 'summa') "
        "order by ar",
    )
    chart = charts.render(
        charts.resultatbudget([c for c in cells if c["rad_typ"] == "post"], result_rows),
        "resultatbudget-svg",
        "Resultatbudgetens poster och årets resultat per år, mnkr",
        "Per år staplas intäktsposterna uppåt och kostnadsposterna nedåt; romben är årets "
        "resultat.",
    )
    return {
        "chart": Markup(chart),
        "periods": periods,
        "lines": list(lines.values()),
        "results": result_rows,
    }


def load_figurhistorik(connection: duckdb.DuckDBPyConnection) -> dict:
    """The figures whose versions differ, from rpt_figurhistorik."""
    rows = _rows(
        connection,
        "select * from marts.rpt_figurhistorik where figur_id in ("
        "  select figur_id from marts.rpt_figurhistorik "
        "  where skillnad_mot_slutligaste_version != 0 or discrepancy_id is not null) "
        "order by figur_id, ar, sort_order",
    )
    figures = len({(row["figur_id"], row["ar"]) for row in rows})
    return {"rows": rows, "figures": figures}


def load_prosa(connection: duckdb.DuckDBPyConnection) -> dict:
    """The figures the documents state in running text, per document."""
    rows = _rows(connection, "select * from marts.fct_prosafigur order by document_file, prosa_nr")
    by_document: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_document[row["dokument_titel"]].append(row)
    return {"documents": dict(by_document), "count": len(rows)}


def load_kvalitet(connection: duckdb.DuckDBPyConnection, run_results: Path | None) -> dict:
    """The latest data-quality status: nightly history, else dbt's run_results.json, else none."""
    if relation_exists(connection, "ops", "nightly_runs"):
        runs = _rows(connection, "select * from ops.nightly_runs order by started_at desc limit 10")
        if runs:
            latest = runs[0]
            tests = _rows(
                connection,
                "select source, unique_id, status, failing_rows, message "
                "from ops.nightly_test_results where run_id = ? order by status, unique_id",
                [latest["run_id"]],
            )
            return {
                "kind": "nightly",
                "source": "ops.nightly_runs och ops.nightly_test_results",
                "status": latest["status"],
                "latest": latest,
                "runs": runs,
                "tests": tests,
            }
    if run_results is not None and run_results.exists():
        data = json.loads(run_results.read_text(encoding="utf-8"))
        results = data.get("results", [])
        counts: dict[str, int] = defaultdict(int)
        for result in results:
            counts[result["status"]] += 1
        failing = [r for r in results if r["status"] in ("fail", "error", "runtime error", "warn")]
        bad = sum(counts[s] for s in ("fail", "error", "runtime error"))
        return {
            "kind": "dbt",
            "source": str(run_results),
            "status": "red" if bad else "green",
            "generated_at": data.get("metadata", {}).get("generated_at", "")[:19].replace("T", " "),
            "command": data.get("args", {}).get("which", ""),
            "counts": {
                "ok": counts["pass"] + counts["success"],
                "warn": counts["warn"],
                "fail": bad,
                "skipped": counts["skipped"],
            },
            "tests": [
                {
                    "unique_id": r["unique_id"],
                    "status": r["status"],
                    "failing_rows": r.get("failures"),
                    "message": r.get("message"),
                }
                for r in failing
            ],
        }
    return {"kind": "none", "status": None}


def load_avvikelser(connection: duckdb.DuckDBPyConnection) -> dict:
    """The full discrepancy register, with the document titles."""
    rows = _rows(
        connection,
        """
        select d.discrepancy_id, coalesce(s.title, d.document_file) as dokument, d.source_table,
               d.row_label, d.column_label, d.printed_value, d.computed_value, d.difference,
               d.kind, d.explanation
        from marts.source_discrepancies as d
        left join marts.source_documents as s on s.document_file = d.document_file
        order by d.discrepancy_id
        """,
    )
    kinds: dict[str, int] = defaultdict(int)
    for row in rows:
        kinds[row["kind"]] += 1
    return {"rows": rows, "kinds": sorted(kinds.items(), key=lambda item: (-item[1], item[0]))}


def _decimals_of(value: Decimal | float | int | None) -> int:
    """How many decimals `value` needs (at most 2), for values of mixed precision."""
    if value is None:
        return 0
    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    return min(max(-int(exponent), 0), 2) if isinstance(exponent, int) else 0


def _sv_auto(value: Decimal | float | int | None, sign: bool = False) -> str:
    return sv_number(value, _decimals_of(value), sign)


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("regionfinans", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["num"] = sv_number
    environment.filters["num_auto"] = _sv_auto
    environment.globals["KIND_LABELS"] = KIND_LABELS
    environment.globals["STATUS_LABELS"] = STATUS_LABELS
    return environment


def collect(db_path: Path, run_results: Path | None = None) -> Report:
    """Read every section of the report from the warehouse at `db_path` (read-only)."""
    with duckdb.connect(str(db_path), read_only=True) as connection:
        return Report(
            db_path=db_path,
            generated_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
            nyckeltal=load_nyckeltal(connection),
            abonnemang=load_abonnemang(connection),
            regionbidrag=load_regionbidrag(connection),
            investeringar=load_investeringar(connection),
            balanskrav=load_balanskrav(connection),
            resultatbudget=load_resultatbudget(connection),
            figurhistorik=load_figurhistorik(connection),
            prosa=load_prosa(connection),
            kvalitet=load_kvalitet(connection, run_results),
            avvikelser=load_avvikelser(connection),
        )


def render(report: Report) -> str:
    """The report as one self-contained HTML document."""
    return _environment().get_template("report.html.j2").render(r=report)


def write_report(db_path: Path, out: Path, run_results: Path | None = None) -> Path:
    """Collect, render and write the report to `out` (folders created); returns `out`."""
    html = render(collect(db_path, run_results))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
