"""`regionfinans report`: one self-contained HTML file over the marts, readable offline.

The warehouse is opened read-only. Every chart is inline SVG drawn by `regionfinans.svg`;
CSS and the little JavaScript (filtering and sorting of tables) are inline in the
template, so the file needs no network, no fonts and no scripts from anywhere else.
Where a mart the report prefers is not built yet, the section falls back to the marts
it is derived from, and says so.
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

from regionfinans import svg
from regionfinans.project import PROJECT_DIR
from regionfinans.svg import Step, sv_number

DEFAULT_REPORT = PROJECT_DIR / "reports" / "regionfinans.html"
DEFAULT_RUN_RESULTS = PROJECT_DIR / "target" / "run_results.json"
ABONNEMANG_TABLE = "ssvr_vb_2023__abonnemang_2023"
RESULTATBUDGET_TABLE = "rs_budget_2024__bilaga_1_resultatbudget"
SELLER_ORDER = ("sus", "rattspsykiatri_vaxjo", "onkologi_vaxjo", "thorax_blekinge")
SECTOR_ORDER = ("regional_utveckling", "halso_och_sjukvard", "verksamhetsstod_ovriga")
KIND_LABELS = {
    "rounding": "avrundning",
    "arithmetic": "räknefel",
    "prose_vs_table": "text mot tabell",
    "ambiguity": "tvetydighet",
    "mislabel": "fel etikett",
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


@dataclass
class Report:
    """Everything the template shows, section by section."""

    db_path: Path
    generated_at: str
    abonnemang: dict = field(default_factory=dict)
    regionbidrag: dict = field(default_factory=dict)
    investeringar: dict = field(default_factory=dict)
    balanskrav: dict = field(default_factory=dict)
    resultatbudget: dict = field(default_factory=dict)
    kvalitet: dict = field(default_factory=dict)
    avvikelser: dict = field(default_factory=dict)


def _rows(connection: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[Row]:
    """The result of `sql` as a list of dicts keyed by column name."""
    cursor = connection.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def relation_exists(connection: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    """Whether the table or view `schema.name` exists in the warehouse."""
    found = connection.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, name],
    ).fetchone()
    return bool(found and found[0])


def _ordered(key: str, order: tuple[str, ...]) -> tuple[int, str]:
    return (order.index(key) if key in order else len(order), key)


# --------------------------------------------------------------------------- a. abonnemang


def load_abonnemang(connection: duckdb.DuckDBPyConnection) -> dict:
    """The buyer × seller matrix 2023 (tkr), its computed and printed totals, its discrepancies."""
    cells = _rows(
        connection,
        """
        select f.kopare_region_id, r.region_namn, f.saljare_id, s.saljare_namn, f.belopp_tkr
        from marts.fct_abonnemang as f
        inner join marts.dim_region as r on r.region_id = f.kopare_region_id
        inner join marts.dim_abonnemang_saljare as s on s.saljare_id = f.saljare_id
        where f.ar = 2023
        """,
    )
    buyers = dict(
        (row["kopare_region_id"], row["kopare_region_namn"])
        for row in _rows(
            connection,
            "select kopare_region_id, kopare_region_namn from marts.rpt_abonnemang_kopare_saljare "
            "where ar = 2023 order by kopare_region_namn",
        )
    )
    sellers = {row["saljare_id"]: row["saljare_namn"] for row in cells}
    seller_ids = sorted(sellers, key=lambda key: _ordered(key, SELLER_ORDER))
    amounts = {(row["kopare_region_id"], row["saljare_id"]): row["belopp_tkr"] for row in cells}
    matrix = [[amounts.get((buyer, seller)) for seller in seller_ids] for buyer in buyers]
    total = sum((row["belopp_tkr"] for row in cells), Decimal(0))
    printed = _rows(
        connection,
        "select printed_value, value from marts.source_cells "
        "where source_table = ? and is_total_row and is_total_column",
        [ABONNEMANG_TABLE],
    )
    discrepancies = _rows(
        connection,
        "select discrepancy_id, row_label, column_label, printed_value, computed_value "
        "from marts.source_discrepancies where source_table = ? order by discrepancy_id",
        [ABONNEMANG_TABLE],
    )
    printed_total = printed[0]["value"] if printed else None
    by_seller = {
        seller: sum(v or 0 for v in column)
        for seller, column in zip(seller_ids, zip(*matrix, strict=True), strict=True)
    }
    top_seller = sellers[max(by_seller, key=by_seller.__getitem__)] if by_seller else "–"
    chart = svg.heatmap(
        "abonnemang-heatmap-svg",
        "Abonnemang 2023 per köpande region och säljande enhet, tkr",
        f"Värmekarta: fyra köpande regioner (rader) och fyra säljande enheter (kolumner). "
        f"Summan av delarna är {sv_number(total)} tkr; störst säljare är {top_seller}.",
        list(buyers.values()),
        [sellers[seller] for seller in seller_ids],
        matrix,
        "tkr",
    )
    return {
        "chart": Markup(chart),
        "total": total,
        "printed_total": printed_total,
        "printed_total_text": printed[0]["printed_value"] if printed else None,
        "difference": (total - printed_total) if printed_total is not None else None,
        "discrepancies": discrepancies,
        "rows": [
            {"buyer": name, "values": values, "sum": sum(v for v in values if v is not None)}
            for name, values in zip(buyers.values(), matrix, strict=True)
        ],
        "sellers": [sellers[seller] for seller in seller_ids],
    }


# --------------------------------------------------------------------------- b. regionbidrag


def _step(sector: Row, order: int, label: str, kind: str, amount: Decimal) -> Row:
    """One row shaped like marts.rpt_regionbidrag_brygga, for the fallback bridge."""
    return {
        "sektor_id": sector["sektor_id"],
        "sektor_namn": sector["sektor_namn"],
        "steg_ordning": order,
        "steg": label,
        "steg_typ": kind,
        "belopp_mnkr": amount,
    }


def load_regionbidrag(connection: duckdb.DuckDBPyConnection) -> dict:
    """The 2023 → 2024 bridge per sector (mnkr), from the bridge mart or computed from the facts."""
    if relation_exists(connection, "marts", "rpt_regionbidrag_brygga"):
        source = "marts.rpt_regionbidrag_brygga"
        steps = _rows(
            connection,
            "select sektor_id, sektor_namn, steg_ordning, steg, steg_typ, belopp_mnkr "
            "from marts.rpt_regionbidrag_brygga order by sektor_id, steg_ordning",
        )
    else:
        source = "marts.fct_regionbidrag och marts.dim_namnd (bryggmarten finns inte ännu)"
        steps = []
        for row in _rows(
            connection,
            """
            select
                n.sektor_id,
                n.sektor_namn,
                sum(case when f.ar = 2023 and f.scenario = 'budget' then f.belopp_mnkr end) as b2023,
                sum(case when f.ar = 2024 and f.scenario = 'budget' then f.belopp_mnkr end) as b2024
            from marts.fct_regionbidrag as f
            inner join marts.dim_namnd as n on n.namnd_id = f.namnd_id
            group by n.sektor_id, n.sektor_namn
            """,
        ):
            steps += [
                _step(row, 1, "Budget 2023", "ingående", row["b2023"]),
                _step(row, 2, "Förändring 2023–2024", "förändring", row["b2024"] - row["b2023"]),
                _step(row, 3, "Budget 2024", "utgående", row["b2024"]),
            ]
    by_sector: dict[str, list[Row]] = defaultdict(list)
    for step in steps:
        by_sector[step["sektor_id"]].append(step)
    sectors = []
    for sector_id in sorted(by_sector, key=lambda key: _ordered(key, SECTOR_ORDER)):
        sector_steps = sorted(by_sector[sector_id], key=lambda step: step["steg_ordning"])
        name = sector_steps[0]["sektor_namn"]
        opening = sum(s["belopp_mnkr"] for s in sector_steps if s["steg_typ"] == "ingående")
        closing = sum(s["belopp_mnkr"] for s in sector_steps if s["steg_typ"] == "utgående")
        steps_sum = sum(s["belopp_mnkr"] for s in sector_steps if s["steg_typ"] == "förändring")
        change = closing - opening
        chart = svg.waterfall(
            f"regionbidrag-{sector_id}",
            f"Regionbidrag {name} 2023 → 2024, mnkr",
            f"Vattenfall för {name}: {sv_number(opening, 1)} mnkr 2023, förändring "
            f"{sv_number(change, 1, sign=True)} mnkr, {sv_number(closing, 1)} mnkr 2024.",
            [Step(s["steg"], s["steg_typ"], s["belopp_mnkr"]) for s in sector_steps],
            "mnkr",
        )
        sectors.append(
            {
                "id": sector_id,
                "name": name,
                "steps": sector_steps,
                "chart": Markup(chart),
                "opening": opening,
                "closing": closing,
                "change": change,
                "percent": (change / opening * 100) if opening else None,
                "steps_sum": steps_sum,
                "residual": closing - opening - steps_sum,
            }
        )
    opening = sum((s["opening"] for s in sectors), Decimal(0))
    closing = sum((s["closing"] for s in sectors), Decimal(0))
    return {
        "source": source,
        "fallback": not source.startswith("marts.rpt_regionbidrag_brygga"),
        "sectors": sectors,
        "opening": opening,
        "closing": closing,
        "change": closing - opening,
        "percent": ((closing - opening) / opening * 100) if opening else None,
    }


# --------------------------------------------------------------------------- c. investeringar


def load_investeringar(connection: duckdb.DuckDBPyConnection) -> dict:
    """The strategic investment plan per project and year (mnkr)."""
    projects = _rows(
        connection,
        """
        select projekt_namn, investeringsslag, sektor, utfall_tom_2023_mnkr, budget_2024_mnkr,
               plan_2025_mnkr, plan_2026_mnkr, prognos_mnkr, planutrymme_mnkr,
               planerat_tom_2026_mnkr, andel_av_planutrymme_tom_2026_procent, fotnot_text
        from marts.rpt_investeringsplan
        order by planutrymme_mnkr desc nulls last, projekt_namn, investeringsslag
        """,
    )
    totals = {
        (row["matt"], row["ar"]): row["belopp_mnkr"]
        for row in _rows(
            connection,
            "select matt, ar, sum(belopp_mnkr) as belopp_mnkr from marts.fct_investering "
            "group by matt, ar",
        )
    }
    years = ("budget_2024_mnkr", "plan_2025_mnkr", "plan_2026_mnkr")
    planned = [p for p in projects if any(p[year] for year in years)]
    planned.sort(key=lambda p: -sum(p[year] or 0 for year in years))
    chart = svg.horizontal_stacks(
        "investeringsplan-svg",
        "Strategiska investeringar per projekt: budget 2024 och plan 2025–2026, mnkr",
        f"Staplade liggande staplar för {len(planned)} projekt med belopp 2024–2026, "
        "en färg per år, sorterade efter summan 2024–2026.",
        [
            (f"{p['projekt_namn']} ({p['investeringsslag']})", [p[year] for year in years])
            for p in planned
        ],
        ["Budget 2024", "Plan 2025", "Plan 2026"],
        "mnkr",
    )
    return {
        "chart": Markup(chart),
        "projects": projects,
        "without_plan": len(projects) - len(planned),
        "totals": {
            "utfall_tom_2023": totals.get(("utfall_tom", 2023)),
            "budget_2024": totals.get(("budget", 2024)),
            "plan_2025": totals.get(("plan", 2025)),
            "plan_2026": totals.get(("plan", 2026)),
            "prognos": totals.get(("prognos", None)),
            "planutrymme": totals.get(("planutrymme", None)),
        },
    }


# --------------------------------------------------------------------------- d. balanskrav


def load_balanskrav(connection: duckdb.DuckDBPyConnection) -> dict:
    """The balanskrav path 2022–2026 (mnkr) with the explanation per year."""
    years = _rows(connection, "select * from marts.rpt_balanskrav order by ar")
    chart = svg.bars_and_line(
        "balanskrav-svg",
        "Balanskravsresultat och årets resultat 2022–2026, mnkr",
        "Staplar: balanskravsresultat per år (grönt uppfyllt, rött underskott); linje: årets "
        "resultat. "
        + "; ".join(f"{y['ar']}: {sv_number(y['balanskravsresultat_mnkr'])} mnkr" for y in years),
        [(str(y["ar"]), y["scenario"]) for y in years],
        [y["balanskravsresultat_mnkr"] for y in years],
        [y["arets_resultat_mnkr"] for y in years],
        "Balanskravsresultat",
        "Årets resultat",
        "mnkr",
    )
    return {"chart": Markup(chart), "years": years}


# --------------------------------------------------------------------------- e. resultatbudget


def _period(label: str) -> tuple[int, str]:
    """'2024 Budget' → (2024, 'budget')."""
    year, _, scenario = label.partition(" ")
    return int(year), scenario.strip().lower()


def load_resultatbudget(connection: duckdb.DuckDBPyConnection) -> dict:
    """The income statement 2023–2026 (mnkr), from rpt_finansiella_rapporter or source_cells."""
    if relation_exists(connection, "marts", "rpt_finansiella_rapporter"):
        source = "marts.rpt_finansiella_rapporter"
        cells = _rows(
            connection,
            "select rad_id, rad_namn, rad_ordning, rad_typ, ar, scenario, belopp_mnkr, "
            "summa_av_delar_mnkr, discrepancy_id "
            "from marts.rpt_finansiella_rapporter where rapport = 'resultatbudget' "
            "order by rad_ordning, ar",
        )
    else:
        source = (
            f"marts.source_cells, tabell {RESULTATBUDGET_TABLE} (rapportmarten finns inte ännu)"
        )
        cells = []
        for row in _rows(
            connection,
            "select row_order, row_label, column_label, is_total_row, value "
            "from marts.source_cells where source_table = ? and not is_total_column "
            "order by row_order, column_order",
            [RESULTATBUDGET_TABLE],
        ):
            year, scenario = _period(row["column_label"])
            cells.append(
                {
                    "rad_id": str(row["row_order"]),
                    "rad_namn": row["row_label"],
                    "rad_ordning": row["row_order"],
                    "rad_typ": "summa" if row["is_total_row"] else "post",
                    "ar": year,
                    "scenario": scenario,
                    "belopp_mnkr": row["value"],
                }
            )
    periods = sorted({(cell["ar"], cell["scenario"]) for cell in cells})
    lines: dict[str, Row] = {}
    for cell in cells:
        line = lines.setdefault(
            cell["rad_id"],
            {
                "namn": cell["rad_namn"],
                "ordning": cell["rad_ordning"],
                "typ": cell["rad_typ"],
                "belopp": {},
                "avvikelser": {},
            },
        )
        period = (cell["ar"], cell["scenario"])
        line["belopp"][period] = cell["belopp_mnkr"]
        if cell.get("discrepancy_id"):
            line["avvikelser"][period] = (cell["discrepancy_id"], cell.get("summa_av_delar_mnkr"))
    ordered = sorted(lines.values(), key=lambda line: line["ordning"])
    result_line = next(
        (line for line in ordered if line["namn"].strip().lower() == "årets resultat"),
        next((line for line in reversed(ordered) if line["typ"] == "summa"), None),
    )
    posts = [line for line in ordered if line["typ"] == "post"]
    categories = [f"{year} {scenario}" for year, scenario in periods]
    results = [result_line["belopp"].get(p) if result_line else None for p in periods]
    chart = svg.diverging_stacks(
        "resultatbudget-svg",
        "Resultatbudget 2023–2026: intäkter, kostnader och årets resultat, mnkr",
        "Per år staplas intäktsposterna uppåt och kostnadsposterna nedåt; romben är årets "
        "resultat. "
        + "; ".join(f"{c}: {sv_number(r)} mnkr" for c, r in zip(categories, results, strict=True)),
        categories,
        [(post["namn"], [post["belopp"].get(p) for p in periods]) for post in posts],
        "Årets resultat",
        results,
        "mnkr",
    )
    return {
        "source": source,
        "fallback": source != "marts.rpt_finansiella_rapporter",
        "chart": Markup(chart),
        "periods": periods,
        "lines": ordered,
        "results": list(zip(categories, results, strict=True)),
    }


# --------------------------------------------------------------------------- f. datakvalitet


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


# --------------------------------------------------------------------------- g. avvikelser


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
    return {
        "rows": rows,
        "kinds": sorted(kinds.items(), key=lambda item: (-item[1], item[0])),
    }


# --------------------------------------------------------------------------- rendering


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


def collect(db_path: Path, run_results: Path | None = DEFAULT_RUN_RESULTS) -> Report:
    """Read every section of the report from the warehouse at `db_path` (read-only)."""
    with duckdb.connect(str(db_path), read_only=True) as connection:
        return Report(
            db_path=db_path,
            generated_at=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
            abonnemang=load_abonnemang(connection),
            regionbidrag=load_regionbidrag(connection),
            investeringar=load_investeringar(connection),
            balanskrav=load_balanskrav(connection),
            resultatbudget=load_resultatbudget(connection),
            kvalitet=load_kvalitet(connection, run_results),
            avvikelser=load_avvikelser(connection),
        )


def render(report: Report) -> str:
    """The report as one self-contained HTML document."""
    return _environment().get_template("report.html.j2").render(r=report)


def write_report(db_path: Path, out: Path, run_results: Path | None = DEFAULT_RUN_RESULTS) -> Path:
    """Collect, render and write the report to `out` (folders created); returns `out`."""
    html = render(collect(db_path, run_results))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
