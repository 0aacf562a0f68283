"""Every example query in analyses/ compiles, runs against a built warehouse and gives
the answer the documents print (or the answer the warehouse is known to hold)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, dbt_on_a_copy

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("analyses")

ANALYSES_DIR = PROJECT_DIR / "analyses"
Rows = list[dict[str, object]]


def _discrepancy_count() -> int:
    path = PROJECT_DIR / "seeds" / "registry" / "registry__source_discrepancies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle, delimiter=";"))


def _abonnemang_matrix(rows: Rows) -> None:
    assert len(rows) == 10
    assert sum(row["belopp_tkr"] for row in rows) == Decimal("537657")


def _abonnemang_to_sus(rows: Rows) -> None:
    assert [(row["kopare"], row["belopp_tkr"]) for row in rows] == [
        ("Region Kronoberg", Decimal("137463")),
        ("Region Halland", Decimal("134164")),
        ("Region Blekinge", Decimal("128544")),
    ]
    assert abs(sum(row["andel_procent"] for row in rows) - 100) <= Decimal("0.1")


def _arets_resultat(rows: Rows) -> None:
    by_year = {row["ar"]: row for row in rows}
    assert by_year[2022]["bokslut_mnkr"] == Decimal("2897")
    # 2023 side by side: budget in the resultatbudget, prognos in the balanskrav calculation.
    assert by_year[2023]["budget_mnkr"] == Decimal("-839")
    assert by_year[2023]["prognos_mnkr"] == Decimal("-4533")
    assert by_year[2024]["budget_mnkr"] == Decimal("-4417")
    assert (by_year[2025]["plan_mnkr"], by_year[2026]["plan_mnkr"]) == (652, 1144)


def _balanskrav(rows: Rows) -> None:
    assert {row["ar"]: row["balanskravsresultat_mnkr"] for row in rows} == {
        2022: 1232,
        2023: -4391,
        2024: -4000,
        2025: 0,
        2026: 295,
    }
    assert rows[1]["forklaring"] == "underskott som inte ska återställas (synnerliga skäl)"


def _investeringsplan(rows: Rows) -> None:
    assert (rows[0]["projekt_namn"], rows[0]["investeringsslag"]) == (
        "Nya sjukhusområdet i Malmö",
        "bygg",
    )
    assert rows[0]["planutrymme_mnkr"] == Decimal("12294")
    assert rows[0]["sista_planar"] == 2026
    assert rows[0]["kvar_efter_sista_planar_mnkr"] == Decimal("263")
    assert sum(row["planutrymme_mnkr"] for row in rows) == Decimal("31325")


def _motsagelser(rows: Rows) -> None:
    assert sum(row["antal"] for row in rows) == _discrepancy_count()
    kinds = {(row["edition_id"], row["kind"]): row["antal"] for row in rows}
    assert kinds[("ssvr_vb_2023", "rounding")] >= 4  # the abonnemang parts, D0001–D0004


def _brygga(rows: Rows) -> None:
    assert len(rows) == 15
    hos = [row["belopp_mnkr"] for row in rows if row["sektor_namn"] == "Hälso- och sjukvård"]
    assert hos[0] == Decimal("42463.3") and hos[-1] == Decimal("47060.6")
    assert sum(row["belopp_mnkr"] for row in rows if row["steg_typ"] == "utgående") == Decimal(
        "53833.9"
    )


def _tillvaxt(rows: Rows) -> None:
    # Per inhabitant uses the population printed under "2024" (1 445 146); D0064 registers
    # that the year headers of that table look one year early (with 1 434 802: 585 kr).
    top = rows[0]
    assert (top["namnd_namn"], top["del"]) == ("Primärvårdsnämnden", "offentlig drift")
    assert top["forandring_procent"] == Decimal("44.6")
    assert top["regionbidrag_per_invanare_kr"] == 581


def _summor(rows: Rows) -> None:
    assert [(row["rad_namn"], row["ar"], row["discrepancy_id"]) for row in rows] == [
        ("ÅRETS KASSAFLÖDE", 2023, "D0041"),
        ("ÅRETS KASSAFLÖDE", 2024, "D0042"),
    ]


def _figurhistorik(rows: Rows) -> None:
    # One edition of each document so far: no figure is revised, but the figures printed
    # with a registered contradiction are listed (each with its discrepancy id).
    assert rows
    assert all(
        row["discrepancy_id"] for row in rows if row["skillnad_mot_slutligaste_version"] == 0
    )
    assert {row["edition_id"] for row in rows} <= {
        "rs_budget_2024",
        "ssvr_vb_2023",
        "ssvr_vp_2025_2027",
        "rs_revision_norv_2023",
        "srvn_processledare",
    }


def _var_kommer(rows: Rows) -> None:
    assert len(rows) == 1
    row = rows[0]
    assert (row["printed_value"], row["column_label"], row["row_label"]) == (
        "4 027,2",
        "2024 Budget",
        "Kollektivtrafiknämnden",
    )
    assert row["document_file"] == "002_48572fec71d686f8.txt"
    assert row["seed_location"].startswith("seeds/rs_budget_2024/rs_budget_2024__bilaga_4a_")


def _nhv(rows: Rows) -> None:
    assert [
        (str(row["start_date"]), row["antal_vardomraden"], row["antal_med_tillstand"])
        for row in rows
    ] == [("2024-01-01", 7, 4), ("2024-07-01", 5, 4), ("2025-01-01", 1, 0)]
    # The prose: 13 care areas, permits for 8, Sus responsible for all but PHH's one.
    assert sum(row["antal_vardomraden"] for row in rows) == 13
    assert sum(row["antal_med_tillstand"] for row in rows) == 8
    assert sum(row["antal_phh"] for row in rows) == 1


def _granskning(rows: Rows) -> None:
    assert rows[0]["bedomning"] == "Inte uppfyllt"
    # "IT--säkerhet": the double hyphen is printed so in the table (a line-break artefact).
    assert rows[0]["kriterium"].startswith("Informations- och IT--säkerhet")
    assert len(rows) == 13
    assert {row["bedomningsniva"] for row in rows[1:]} == {2}


def _srvn_projektkonton(rows: Rows) -> None:
    by_name = {row["projekt_namn"]: row for row in rows}
    for row in rows:
        assert (row["ib_kr"] or 0) + row["arets_forandring_kr"] == row["ub_kr"]
    assert by_name["Resultat nämnden 2023–2026"]["ub_kr"] == Decimal("-663740")
    # The printed Delsumma UB: 36 287 324 kr.
    assert sum(row["ub_kr"] for row in rows if row["ingar_i_delsumma"]) == Decimal("36287324")


EXPECTED: dict[str, Callable[[Rows], None]] = {
    "abonnemang_per_kopare_och_saljare": _abonnemang_matrix,
    "abonnemang_till_sus": _abonnemang_to_sus,
    "arets_resultat_budget_och_prognos": _arets_resultat,
    "balanskravsresultat_per_ar": _balanskrav,
    "figurhistorik_reviderade_figurer": _figurhistorik,
    "granskningsbedomningar_med_avvikelser": _granskning,
    "investeringsplan_mot_planutrymme": _investeringsplan,
    "motsagelser_i_dokumenten": _motsagelser,
    "nhv_vardomraden_efter_start": _nhv,
    "regionbidrag_brygga_per_sektor": _brygga,
    "regionbidrag_tillvaxt_per_namnd": _tillvaxt,
    "srvn_projektkonton_2023": _srvn_projektkonton,
    "summor_som_inte_stammer": _summor,
    "var_kommer_siffran_ifran": _var_kommer,
}


@pytest.fixture(scope="module")
def compiled_analyses(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The analyses compiled by dbt against the session's warehouse."""
    _, target = dbt_on_a_copy(
        built_warehouse,
        tmp_path_factory.mktemp("analyses"),
        ["compile", "--select", "resource_type:analysis"],
    )
    return target / "compiled" / "regionfinans" / "analyses"


def test_every_analysis_has_a_checked_answer() -> None:
    names = {path.stem for path in ANALYSES_DIR.glob("*.sql")}
    assert len(names) >= 8
    assert names == set(EXPECTED), "an analysis without an expected answer, or the reverse"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_analysis_answers(name: str, compiled_analyses: Path, built_warehouse: Path) -> None:
    sql = (compiled_analyses / f"{name}.sql").read_text(encoding="utf-8")
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        result = connection.sql(sql)
        columns = result.columns
        rows = [dict(zip(columns, values, strict=True)) for values in result.fetchall()]
    assert rows, f"{name} returned no rows"
    EXPECTED[name](rows)
