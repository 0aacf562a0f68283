"""A corpus of malformed seeds, each run through the nightly job.

Each variant is rejected with a message naming file, line and column; nothing
is published (the served file stays byte-identical) and an alert is sent.
Where a variant is in fact acceptable, it is accepted and the test says so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_project
from receivers import WebhookReceiver

from regionfinans.nightly import run_nightly
from regionfinans.settings import load_settings

ABONNEMANG = "seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv"
RESULTAT = "seeds/ssvr_vb_2023/ssvr_vb_2023__srvn_resultat_2023.csv"
NHV = "seeds/ssvr_vb_2023/ssvr_vb_2023__nhv_2023.csv"
KANSLI = "seeds/ssvr_vb_2023/ssvr_vb_2023__kansli_bemanning_2023.csv"
BILAGA_2 = "seeds/srvn_processledare/srvn_processledare__bilaga_2_ekonomisk_sammanstallning.csv"
NORV = "seeds/rs_revision_norv_2023/rs_revision_norv_2023__resultat_2023.csv"
REGIONBIDRAG = "seeds/rs_budget_2024/rs_budget_2024__bilaga_4a_regionbidrag.csv"
RESULTATBUDGET = "seeds/rs_budget_2024/rs_budget_2024__bilaga_1_resultatbudget.csv"


@dataclass(frozen=True)
class Variant:
    """One malformed (or acceptable) change to one seed file."""

    name: str
    file: str
    change: Callable[[bytes], bytes]
    expect: list[str]
    accepted: bool = False


def sub(old: str, new: str) -> Callable[[bytes], bytes]:
    """Replace the first `old` by `new` (the text stays UTF-8)."""

    def change(raw: bytes) -> bytes:
        text = raw.decode("utf-8")
        assert old in text, f"{old!r} not in the seed"
        return text.replace(old, new, 1).encode("utf-8")

    return change


def drop_column(label: str) -> Callable[[bytes], bytes]:
    """Remove a column (header and every row)."""

    def change(raw: bytes) -> bytes:
        lines = raw.decode("utf-8").splitlines()
        index = lines[0].split(";").index(label)
        kept = [";".join(f for i, f in enumerate(line.split(";")) if i != index) for line in lines]
        return ("\n".join(kept) + "\n").encode("utf-8")

    return change


def add_column(label: str) -> Callable[[bytes], bytes]:
    """Add an undeclared column."""

    def change(raw: bytes) -> bytes:
        lines = raw.decode("utf-8").splitlines()
        lines = [lines[0] + ";" + label] + [line + ";" for line in lines[1:]]
        return ("\n".join(lines) + "\n").encode("utf-8")

    return change


def where(file: str, line: int, column: str) -> list[str]:
    return [file, f"line {line}", f'column "{column}"']


VARIANTS = [
    Variant("decimal_point", NORV, sub("-91,3", "-91.3"), where(NORV, 2, "Resultat 2023")),
    Variant(
        "thousands_dot", ABONNEMANG, sub("128 544", "128.544"), where(ABONNEMANG, 2, "Skåne (SUS)")
    ),
    Variant(
        "thousands_nbsp",
        ABONNEMANG,
        sub("128 544", "128\u00a0544"),
        where(ABONNEMANG, 2, "Skåne (SUS)"),
    ),
    Variant(
        "thousands_narrow_nbsp",
        ABONNEMANG,
        sub("128 544", "128\u202f544"),
        where(ABONNEMANG, 2, "Skåne (SUS)"),
    ),
    Variant(
        "en_dash_for_hyphen",
        RESULTAT,
        sub("-53 911", "–53 911"),
        [*where(RESULTAT, 2, "Avvikelse mot budget"), "minus sign"],
    ),
    Variant(
        "unicode_minus",
        RESULTAT,
        sub("-53 911", "−53 911"),
        where(RESULTAT, 2, "Avvikelse mot budget"),
    ),
    Variant(
        "hyphen_for_en_dash_in_registry",
        "seeds/registry/registry__source_documents.csv",
        sub(
            "ssvr_vb_2023;Verksamhetsberättelse 2023;Södra sjukvårdsregionen;2023;-",
            "ssvr_vb_2023;Verksamhetsberättelse 2023;Södra sjukvårdsregionen;2023;–",
        ),
        [*where(RESULTAT, 2, "Avvikelse mot budget"), "minus sign"],
    ),
    Variant(
        "stray_letter",
        ABONNEMANG,
        sub("10 428", "10 4a8"),
        where(ABONNEMANG, 5, "Blekinge (thorax)"),
    ),
    Variant(
        "letter_o_for_zero",
        ABONNEMANG,
        sub("400 170", "4OO 170"),
        where(ABONNEMANG, 6, "Skåne (SUS)"),
    ),
    Variant("plus_minus_sign", NORV, sub("+0,2", "±0,2"), where(NORV, 3, "Resultat 2023")),
    Variant(
        "double_space", ABONNEMANG, sub("134 164", "134  164"), where(ABONNEMANG, 3, "Skåne (SUS)")
    ),
    Variant(
        "bad_grouping", ABONNEMANG, sub("128 544", "12 8544"), where(ABONNEMANG, 2, "Skåne (SUS)")
    ),
    Variant(
        "leading_zero",
        ABONNEMANG,
        sub("23 911", "023 911"),
        where(ABONNEMANG, 2, "Kronoberg (rättspsyk)"),
    ),
    Variant(
        "trailing_space",
        ABONNEMANG,
        sub(";137 463;", ";137 463 ;"),
        where(ABONNEMANG, 4, "Skåne (SUS)"),
    ),
    Variant(
        "percent_in_tkr",
        ABONNEMANG,
        sub(";160;", ";160 %;"),
        where(ABONNEMANG, 3, "Blekinge (thorax)"),
    ),
    Variant(
        "empty_row_label", ABONNEMANG, sub("4;Skåne;", "4;;"), where(ABONNEMANG, 5, "row_label")
    ),
    Variant(
        "empty_is_total",
        ABONNEMANG,
        sub("2;Halland;false;", "2;Halland;;"),
        where(ABONNEMANG, 3, "is_total"),
    ),
    Variant(
        "is_total_in_swedish",
        ABONNEMANG,
        sub("2;Halland;false;", "2;Halland;ja;"),
        where(ABONNEMANG, 3, "is_total"),
    ),
    Variant(
        "row_order_gap",
        ABONNEMANG,
        sub("3;Kronoberg", "7;Kronoberg"),
        where(ABONNEMANG, 4, "row_order"),
    ),
    Variant("missing_column", ABONNEMANG, drop_column("SUMMA"), where(ABONNEMANG, 1, "SUMMA")),
    Variant("extra_column", ABONNEMANG, add_column("Gotland"), where(ABONNEMANG, 1, "Gotland")),
    Variant(
        "renamed_column",
        ABONNEMANG,
        sub("Skåne (SUS)", "Skåne (Sus)"),
        where(ABONNEMANG, 1, "Skåne (Sus)"),
    ),
    Variant(
        "short_row", ABONNEMANG, sub(";52 098;537 655", ";52 098"), [ABONNEMANG, "line 6", "fields"]
    ),
    Variant(
        "comma_delimiter",
        ABONNEMANG,
        lambda raw: raw.replace(b";", b","),
        [ABONNEMANG, "line 1", "semicolon"],
    ),
    Variant(
        "latin1_encoding",
        ABONNEMANG,
        lambda raw: raw.decode("utf-8").encode("latin-1"),
        [ABONNEMANG, "line 1", "not UTF-8"],
    ),
    Variant(
        "duplicated_row_label",
        ABONNEMANG,
        sub("2;Halland;", "2;Blekinge;"),
        [*where(ABONNEMANG, 3, "row_label"), "duplicate"],
    ),
    Variant(
        "unknown_region",
        ABONNEMANG,
        sub("2;Halland;", "2;Gotland;"),
        [ABONNEMANG, "line 3 (Gotland)", "unknown buying region"],
    ),
    Variant(
        "year_outside_plan_period",
        BILAGA_2,
        sub("2020;2021;2022", "2020;2021;2027"),
        where(BILAGA_2, 1, "2027"),
    ),
    Variant("broken_date", NHV, sub("2023-03-08", "2023-02-30"), where(NHV, 2, "Tillstånd")),
    Variant("date_in_other_format", NHV, sub("2024-07-01", "2024/07/01"), where(NHV, 9, "Start")),
    Variant(
        "unknown_unit",
        KANSLI,
        sub("Ekonomi;false;text;", "Ekonomi;false;procentenheter;"),
        where(KANSLI, 8, "unit"),
    ),
    Variant(
        "changed_number_breaks_reconciliation",
        ABONNEMANG,
        sub("162 951", "162 991"),
        [ABONNEMANG, 'line 2 (Blekinge), column "SUMMA"', "printed 162 991"],
    ),
    Variant(
        "hyphen_for_en_dash",
        RESULTATBUDGET,
        sub("–57 414", "-57 414"),
        [*where(RESULTATBUDGET, 3, "2023 Budget"), "minus sign"],
    ),
    Variant(
        "unknown_namnd",
        REGIONBIDRAG,
        sub(";Kulturnämnden;", ";Kulturnämden;"),
        [REGIONBIDRAG, "line 2 (Kulturnämden)", "unknown nämnd"],
    ),
    Variant(
        "year_outside_plan_period_regionbidrag",
        REGIONBIDRAG,
        sub("2026 Plan", "2027 Plan"),
        where(REGIONBIDRAG, 1, "2027 Plan"),
    ),
    Variant("utf8_bom", ABONNEMANG, lambda raw: b"\xef\xbb\xbf" + raw, [], accepted=True),
]


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, dict[str, str], WebhookReceiver]]:
    """A project copy whose nightly has published once, and a webhook receiver."""
    root = tmp_path_factory.mktemp("bad-input")
    project = copy_project(root / "project")
    with WebhookReceiver() as webhook:
        env = {
            "REGIONFINANS_PUBLISHED": str(root / "served" / "regionfinans.duckdb"),
            "REGIONFINANS_STATE_DIR": str(root / "state"),
            "REGIONFINANS_ALERT_WEBHOOK_URL": webhook.url,
            "REGIONFINANS_ALERT_RETRIES": "1",
            "REGIONFINANS_ALERT_BACKOFF_SECONDS": "0",
        }
        assert run_nightly(load_settings(env=env, project_dir=project)) == 0
        yield project, env, webhook


def test_the_corpus_is_large_enough() -> None:
    assert len(VARIANTS) >= 30
    assert len({v.name for v in VARIANTS}) == len(VARIANTS)


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_malformed_seed_is_rejected_with_its_location(
    variant: Variant, served: tuple[Path, dict[str, str], WebhookReceiver]
) -> None:
    project, env, webhook = served
    published = Path(env["REGIONFINANS_PUBLISHED"])
    before = hashlib.sha256(published.read_bytes()).hexdigest()
    alerts_before = len(webhook.received)
    path = project / variant.file
    original = path.read_bytes()
    path.write_bytes(variant.change(original))
    try:
        code = run_nightly(load_settings(env=env, project_dir=project))
    finally:
        path.write_bytes(original)
    if variant.accepted:
        assert code == 0, f"{variant.name} is acceptable and must be accepted"
        return
    assert code == 1
    assert hashlib.sha256(published.read_bytes()).hexdigest() == before, "nothing is published"
    assert len(webhook.received) == alerts_before + 1, "an alert is sent"
    text = webhook.received[-1]["text"]
    for fragment in variant.expect:
        assert fragment in text, f"{fragment!r} missing from the alert:\n{text}"
