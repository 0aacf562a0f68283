"""A corpus of malformed seeds, each run through the nightly job.

Each variant is rejected with a message naming file, line and column; nothing
is published (the served file stays byte-identical) and an alert is sent.
Where a variant is in fact acceptable, it is accepted and the test says so: the
acceptable variants are applied to the green night of test_nightly, which publishes them
(`test_acceptable_variant_is_accepted` is there), instead of a night of their own here.

Most variants are stopped by the seed check before dbt runs: the seed's format, or
its trace into its source document (a figure the document does not print, a wrong
checksum). A variant that dbt's tests must catch changes what the document prints
too (in a copy of the source texts beside the project, registered with its new
checksum), so that the trace passes. The few the seed check lets through reach dbt's
tests; those are run together, a handful to one nightly, when their changes touch
different lines, and each must still be named in the alert with its own file, line
and column. Each variant declares which it is (`reaches_dbt`) and its test checks the
declaration against where the run's failures came from; the variants the seed check
stops run in an xdist group of their own, beside the builds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from conftest import (
    PROJECT_DIR,
    copy_project,
    copy_sources,
    copy_warehouse,
    read_seed_csv,
    register_checksum,
    seed_parse_state,
)
from receivers import WebhookReceiver

from regionfinans.nightly import run_nightly
from regionfinans.settings import load_settings

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("bad_input")

ABONNEMANG = "seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv"
RESULTAT = "seeds/ssvr_vb_2023/ssvr_vb_2023__srvn_resultat_2023.csv"
NHV = "seeds/ssvr_vb_2023/ssvr_vb_2023__nhv_2023.csv"
VB_2023_YAML = "seeds/ssvr_vb_2023/_ssvr_vb_2023__seeds.yml"
KANSLI = "seeds/ssvr_vb_2023/ssvr_vb_2023__kansli_bemanning_2023.csv"
BILAGA_2 = "seeds/srvn_processledare/srvn_processledare__bilaga_2_ekonomisk_sammanstallning.csv"
NORV = "seeds/rs_revision_norv_2023/rs_revision_norv_2023__resultat_2023.csv"
REGIONBIDRAG = "seeds/rs_budget_2024/rs_budget_2024__bilaga_4a_regionbidrag.csv"
DOCUMENTS = "seeds/registry/registry__source_documents.csv"
PROJEKTKONTON = "seeds/ssvr_vb_2023/ssvr_vb_2023__projektkonton_2023.csv"
PRINTED_TABLES = "seeds/registry/registry__printed_tables.csv"
TABLE_KINDS = "seeds/registry/registry__table_kinds.csv"
BERAKNINGSFORUTSATTNINGAR = (
    "seeds/rs_budget_2024/rs_budget_2024__ovriga_berakningsforutsattningar.csv"
)
PROJECT_SEEDS = PROJECT_DIR / "seeds"
RESULTATBUDGET = "seeds/rs_budget_2024/rs_budget_2024__bilaga_1_resultatbudget.csv"
NORV_PROSA = "seeds/rs_revision_norv_2023/rs_revision_norv_2023__prosa.csv"
LABEL_MAP = "seeds/reference/ref__etiketter.csv"
PLACEMENTS = "seeds/registry/registry__column_placements.csv"
LABEL_MAP_LINES = len((PROJECT_DIR / LABEL_MAP).read_text(encoding="utf-8").splitlines())
LABEL_MAP_BLEKINGE = next(
    number
    for number, line in enumerate(
        (PROJECT_DIR / LABEL_MAP).read_text(encoding="utf-8").splitlines(), start=1
    )
    if line.startswith("abonnemang;;rad;Blekinge;")
)
# The served copy's source texts, beside the project (REGIONFINANS_SOURCES points there).
SOURCES = "../sources"
VB_2023 = "000_cdb554936ff9ba5f.txt"
BUDGET_2024 = "002_48572fec71d686f8.txt"
SHA_VB_2023 = "5bfa132f3bdff0b22610293406dfa61a93b32452c1138b9c417a09ce7e3589eb"


Change = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Variant:
    """One malformed (or acceptable) change to one seed file, and maybe to others beside it
    (`also`: a new file gets b"" as its old content)."""

    name: str
    file: str
    change: Change
    expect: list[str]
    accepted: bool = False
    also: tuple[tuple[str, Change], ...] = field(default=())
    # The seed check lets it through (its change is printed in the document too, or
    # only dbt's tests see what is wrong): a dbt build must name it.
    reaches_dbt: bool = False
    # Its failure is a test of the marts, downstream of every other test: a variant that
    # fails a test on a model of the chain (a staging check, the reconciliation) in the
    # same nightly skips it, so these variants share their nightlies only among themselves.
    downstream: bool = False
    # Where in the chain its failing test is, for the others of its nightly: 0 a seed's
    # shape or a registry's column check (skips what is built on the seed), 1 a printed
    # label the label map lacks (skips the keyed cells' tests), 2 any other. A nightly
    # runs variants of one stage only, so that none hides another (what a nightly does not
    # name runs again all the same).
    stage: int = 2

    @property
    def changes(self) -> tuple[tuple[str, Change], ...]:
        return ((self.file, self.change), *self.also)


def sub(old: str, new: str) -> Callable[[bytes], bytes]:
    """Replace the first `old` by `new` (the text stays UTF-8)."""

    def change(raw: bytes) -> bytes:
        text = raw.decode("utf-8")
        assert old in text, f"{old!r} not in the seed"
        return text.replace(old, new, 1).encode("utf-8")

    return change


def sub_all(old: str, new: str) -> Callable[[bytes], bytes]:
    """Replace every `old` by `new`."""
    return lambda raw: raw.replace(old.encode(), new.encode())


def drop_lines_starting(prefix: bytes) -> Change:
    """Leave out every line that starts with `prefix` (a registry row by its id)."""
    return lambda raw: b"".join(
        line for line in raw.splitlines(keepends=True) if not line.startswith(prefix)
    )


def on_line(number: int, old: str, new: str) -> Change:
    """Replace `old` by `new` on line `number` (from 1), every occurrence there."""

    def change(raw: bytes) -> bytes:
        lines = raw.decode("utf-8").splitlines(keepends=True)
        assert old in lines[number - 1], f"{old!r} not on line {number}"
        lines[number - 1] = lines[number - 1].replace(old, new)
        return "".join(lines).encode("utf-8")

    return change


def printed_so(document: str, line: int, old: str, new: str) -> tuple[tuple[str, Change]]:
    """The document prints the change too (line `line` of its text): the trace passes,
    and what is wrong is for dbt's tests to say. `applied` registers its new checksum."""
    return ((f"{SOURCES}/{document}", on_line(line, old, new)),)


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


def append(text: str) -> Change:
    """Add lines at the end of a file (or write a new file)."""

    def change(raw: bytes) -> bytes:
        return raw + text.encode("utf-8")

    return change


def copy_of(file: str, replace: tuple[str, str] = ("", "")) -> Change:
    """A new file: a copy of `file` of the project being changed."""

    def change(raw: bytes) -> bytes:
        assert raw == b"", "the copy must be a new file"
        return (PROJECT_SEEDS.parent / file).read_bytes().replace(*(r.encode() for r in replace))

    return change


def seed_yaml(source: str, name: str, document_file: str | None = None) -> Change:
    """A new YAML file declaring seed `name` as a copy of seed `source` (printed in
    `document_file` instead, when given)."""
    entry = next(
        dict(seed)
        for path in PROJECT_SEEDS.rglob("*.yml")
        for seed in (yaml.safe_load(path.read_text("utf-8")) or {}).get("seeds", [])
        if seed["name"] == source
    )
    entry["name"] = name
    if document_file:
        entry["config"] = {**entry["config"], "meta": {**entry["config"]["meta"]}}
        entry["config"]["meta"]["document_file"] = document_file
    document = {"version": 2, "seeds": [entry]}
    return append(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))


def touched(variant: Variant) -> set[str]:
    """The files a variant changes or expects to be named: variants reaching dbt together
    must touch different ones, so that no change hides or rewrites another's message."""
    return {file for file, _ in variant.changes} | {
        fragment for fragment in variant.expect if fragment.startswith("seeds/")
    }


def yaml_line(text: str) -> str:
    """ "<the YAML> line N" of the first line of VB_2023_YAML that holds `text`."""
    lines = (PROJECT_DIR / VB_2023_YAML).read_text(encoding="utf-8").splitlines()
    return f"{VB_2023_YAML} line {next(n for n, line in enumerate(lines, 1) if text in line)}"


def where(file: str, line: int, column: str) -> list[str]:
    return [file, f"line {line}", f'column "{column}"']


def in_abonnemang(name: str, old: str, new: str, line: int, column: str) -> Variant:
    """`old` replaced by `new` in the abonnemang table; the message names `line` and
    `column` of that seed."""
    return Variant(name, ABONNEMANG, sub(old, new), where(ABONNEMANG, line, column))


VARIANTS = [
    Variant("decimal_point", NORV, sub("-91,3", "-91.3"), where(NORV, 2, "Resultat 2023")),
    in_abonnemang("thousands_dot", "128 544", "128.544", 2, "Skåne (SUS)"),
    in_abonnemang("thousands_nbsp", "128 544", "128\u00a0544", 2, "Skåne (SUS)"),
    in_abonnemang("thousands_narrow_nbsp", "128 544", "128\u202f544", 2, "Skåne (SUS)"),
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
        DOCUMENTS,
        sub(
            "ssvr_vb_2023;ssvr_verksamhetsberattelse;Verksamhetsberättelse 2023;2023;2023;2023;-;",
            "ssvr_vb_2023;ssvr_verksamhetsberattelse;Verksamhetsberättelse 2023;2023;2023;2023;–;",
        ),
        [*where(RESULTAT, 2, "Avvikelse mot budget"), "minus sign"],
    ),
    in_abonnemang("stray_letter", "10 428", "10 4a8", 5, "Blekinge (thorax)"),
    in_abonnemang("letter_o_for_zero", "400 170", "4OO 170", 6, "Skåne (SUS)"),
    Variant("plus_minus_sign", NORV, sub("+0,2", "±0,2"), where(NORV, 3, "Resultat 2023")),
    in_abonnemang("double_space", "134 164", "134  164", 3, "Skåne (SUS)"),
    in_abonnemang("bad_grouping", "128 544", "12 8544", 2, "Skåne (SUS)"),
    in_abonnemang("leading_zero", "23 911", "023 911", 2, "Kronoberg (rättspsyk)"),
    in_abonnemang("trailing_space", ";137 463;", ";137 463 ;", 4, "Skåne (SUS)"),
    in_abonnemang("percent_in_tkr", ";160;", ";160 %;", 3, "Blekinge (thorax)"),
    in_abonnemang("empty_row_label", "4;Skåne;", "4;;", 5, "row_label"),
    in_abonnemang("empty_is_total", "2;Halland;false;", "2;Halland;;", 3, "is_total"),
    in_abonnemang("is_total_in_swedish", "2;Halland;false;", "2;Halland;ja;", 3, "is_total"),
    in_abonnemang("row_order_gap", "3;Kronoberg", "7;Kronoberg", 4, "row_order"),
    Variant("missing_column", ABONNEMANG, drop_column("SUMMA"), where(ABONNEMANG, 1, "SUMMA")),
    Variant("extra_column", ABONNEMANG, add_column("Gotland"), where(ABONNEMANG, 1, "Gotland")),
    in_abonnemang("renamed_column", "Skåne (SUS)", "Skåne (Sus)", 1, "Skåne (Sus)"),
    Variant(
        "short_row", ABONNEMANG, sub(";52 098;537 655", ";52 098"), [ABONNEMANG, "line 6", "fields"]
    ),
    Variant(
        "comma_delimiter",
        ABONNEMANG,
        lambda raw: raw.replace(b";", b","),
        [ABONNEMANG, "line 1", "(commas)", "semicolon"],
    ),
    Variant(
        "tab_delimiter",
        ABONNEMANG,
        lambda raw: raw.replace(b";", b"\t"),
        [ABONNEMANG, "line 1", "(tabs)", "semicolon"],
    ),
    Variant(
        "empty_line_at_the_end",
        ABONNEMANG,
        lambda raw: raw + b"\n",
        [ABONNEMANG, "line 7", "an empty line"],
    ),
    Variant(
        "no_break_space_in_a_number",
        ABONNEMANG,
        sub("162 951", "162\u00a0951"),
        [*where(ABONNEMANG, 2, "SUMMA"), "no-break space (U+00A0)"],
    ),
    Variant(
        "label_with_a_trailing_space",
        ABONNEMANG,
        sub(";Blekinge;", ";Blekinge ;"),
        [*where(ABONNEMANG, 2, "row_label"), '"Blekinge " has surrounding spaces'],
    ),
    Variant(
        "unknown_table_unit_in_the_yaml",
        VB_2023_YAML,
        sub("unit: tkr\n", "unit: tkrr\n"),
        [
            f'{yaml_line("unit: tkr")}: meta unit "tkrr" is not a unit',
            f"(the meta of {ABONNEMANG})",
        ],
    ),
    Variant(
        "unknown_table_scenario_in_the_yaml",
        VB_2023_YAML,
        sub("        scenario: bokslut\n", "        scenario: boksult\n"),
        [
            f'{yaml_line("scenario: bokslut")}: meta scenario "boksult" is not one of',
            f"(the meta of {ABONNEMANG})",
        ],
    ),
    Variant(
        "table_year_after_its_document_in_the_yaml",
        VB_2023_YAML,
        sub("        ar: 2023\n", "        ar: 2033\n"),
        [
            f"{yaml_line('ar: 2023')}: meta ar: 2033 is after the last year its document "
            "covers (2023)",
            f"(the meta of {ABONNEMANG})",
        ],
    ),
    Variant(
        "column_units_name_a_column_the_file_lacks",
        VB_2023_YAML,
        sub("Tillstånd: datum", "Tillstand: datum"),
        [
            f'{yaml_line("Tillstånd: datum")}, column "Tillstand": meta column_units names a '
            f"column the file does not have (the meta of {NHV})"
        ],
    ),
    Variant(
        "a_sparse_value_moved_to_another_column",
        ABONNEMANG,
        sub("Halland;false;134 164;22 745;;160;", "Halland;false;134 164;22 745;160;;"),
        [
            f'{PLACEMENTS} line 3, column "placement": places "160" in column "Blekinge '
            f'(thorax)", but {ABONNEMANG} line 3 prints "" there',
            f'{ABONNEMANG} line 3 also prints "160" in column "Kronoberg (onkologi)"',
        ],
    ),
    Variant(
        "a_placement_naming_no_column",
        PLACEMENTS,
        sub("Blekinge (thorax)=160 |", "Blekinge (torax)=160 |"),
        [
            f'{PLACEMENTS} line 3, column "placement": "Blekinge (torax)=160" names no column '
            f"of {ABONNEMANG}"
        ],
    ),
    Variant(
        "document_file_not_registered",
        VB_2023_YAML,
        sub("document_file: 000_cdb554936ff9ba5f.txt", "document_file: 000_cdb554936ff9ba5f.text"),
        [
            yaml_line("document_file: 000_cdb554936ff9ba5f.txt")
            + ': meta document_file "000_cdb554936ff9ba5f.text" is not registered',
            f"(the meta of {ABONNEMANG})",
        ],
    ),
    Variant(
        "source_lines_backwards",
        VB_2023_YAML,
        sub('source_lines: "78-101"', 'source_lines: "101-78"'),
        [
            yaml_line('source_lines: "78-101"') + ': meta source_lines "101-78"',
            f"runs backwards; write 78-101 (the meta of {ABONNEMANG})",
        ],
    ),
    Variant(
        "a_semicolon_at_the_end_of_every_line",
        ABONNEMANG,
        lambda raw: raw.replace(b"\n", b";\n"),
        [ABONNEMANG, "line 1", "an unnamed column: a ';' too many in the header line?"],
    ),
    Variant(
        "a_column_named_twice",
        ABONNEMANG,
        lambda raw: b"\n".join(
            line + (b";SUMMA" if number == 0 else b";1") if line else line
            for number, line in enumerate(raw.split(b"\n"))
        ),
        [ABONNEMANG, 'line 1, column "SUMMA": the header names this column twice'],
    ),
    Variant(
        "unclosed_quote_before_a_label",
        ABONNEMANG,
        sub(";Blekinge;", ';"Blekinge;'),
        [f'{ABONNEMANG} line 2: lines 2-7 are read as one row: a field opens a quote (")'],
    ),
    Variant(
        "a_label_over_two_lines",
        ABONNEMANG,
        lambda raw: sub(";Blekinge;", ';"Blekinge\n";')(raw) + b"\n",
        [
            f"{ABONNEMANG} line 2: lines 2-3 are read as one row",
            f"{ABONNEMANG} line 8: an empty line",
        ],
    ),
    Variant(
        "the_same_seed_in_two_folders",
        ABONNEMANG,
        lambda raw: raw,
        [
            "seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv line 1: the seed name "
            "ssvr_vb_2023__abonnemang_2023 is also seeds/rs_budget_2024/"
            "ssvr_vb_2023__abonnemang_2023.csv: rename one"
        ],
        also=(
            (
                "seeds/rs_budget_2024/ssvr_vb_2023__abonnemang_2023.csv",
                lambda _: (PROJECT_DIR / ABONNEMANG).read_bytes(),
            ),
        ),
    ),
    Variant(
        "prose_year_with_a_digit_too_many",
        NORV_PROSA,
        on_line(67, ";2023;", ";20233;"),
        [*where(NORV_PROSA, 67, "ar"), '"20233" is not a year 1900–2100'],
    ),
    Variant(
        "label_map_year_with_a_digit_too_many",
        LABEL_MAP,
        on_line(3, ";2023;prognos;", ";20233;prognos;"),
        [*where(LABEL_MAP, 3, "ar"), '"20233" is not a year 1900–2100'],
    ),
    Variant(
        "registry_year_with_a_letter_o",
        DOCUMENTS,
        on_line(2, ";Verksamhetsberättelse 2023;2023;", ";Verksamhetsberättelse 2023;2O23;"),
        [*where(DOCUMENTS, 2, "edition_year"), '"2O23" is not a whole number'],
    ),
    Variant(
        "label_map_line_missing_a_field",
        LABEL_MAP,
        lambda raw: b"\n".join(
            line.rsplit(b";", 1)[0] if number == 4 else line
            for number, line in enumerate(raw.split(b"\n"))
        ),
        [LABEL_MAP, "line 5", "9 fields where the header has 10"],
    ),
    Variant(
        "label_map_label_with_a_trailing_space",
        LABEL_MAP,
        sub("\nabonnemang;;rad;Blekinge;", "\nabonnemang;;rad;Blekinge ;"),
        [*where(LABEL_MAP, LABEL_MAP_BLEKINGE, "printed_label"), "surrounding spaces"],
    ),
    Variant(
        "label_map_key_written_as_a_word",
        LABEL_MAP,
        on_line(2, ";2022 Bokslut;belopp;", ";2022 Bokslut;Belopp;"),
        [*where(LABEL_MAP, 2, "mapped_key"), '"Belopp" is not a key', 'write "belopp"'],
    ),
    Variant(
        "label_map_unknown_scenario",
        LABEL_MAP,
        on_line(3, ";2023;prognos;", ";2023;progons;"),
        [*where(LABEL_MAP, 3, "scenario"), 'unknown scenario "progons"'],
    ),
    Variant(
        "label_map_year_not_the_labels",
        LABEL_MAP,
        on_line(5, ";2024 Budget;belopp;;2024;budget;", ";2024 Budget;belopp;;2025;budget;"),
        [*where(LABEL_MAP, 5, "ar"), '"2024 Budget" names the year 2024 but ar is 2025'],
    ),
    Variant(
        "reference_integer_too_large",
        "seeds/reference/ref__scenarier.csv",
        sub("årsredovisning.;1\n", "årsredovisning.;9999999999\n"),
        [
            *where("seeds/reference/ref__scenarier.csv", 2, "finalitetsordning"),
            "does not fit an integer column",
        ],
    ),
    Variant(
        "edition_year_outside_the_years_it_covers",
        DOCUMENTS,
        sub(" med plan för 2025–2026;2024;2024;2026;", " med plan för 2025–2026;2023;2024;2026;"),
        [*where(DOCUMENTS, 4, "edition_year"), "2023 is not among the years the edition covers"],
    ),
    Variant(
        "title_prints_a_year_the_edition_does_not_cover",
        DOCUMENTS,
        sub(" med plan för 2025–2026;2024;2024;2026;", " med plan för 2025–2026;2024;2024;2025;"),
        [
            *where(DOCUMENTS, 4, "covers_to_year"),
            "prints 2024–2026: covers_to_year is 2026, not 2025",
        ],
    ),
    Variant(
        # A direction word the sentence does not print: built green.
        "prose_direction_word_not_printed",
        NORV_PROSA,
        on_line(46, ";minskat;per december", ";ökat;per december"),
        [*where(NORV_PROSA, 46, "riktning"), '"ökat" is not in the sentence'],
    ),
    Variant(
        # A placement's reasoning emptied: built green, column_placements lost why.
        "placement_without_its_reasoning",
        PLACEMENTS,
        on_line(
            4, ";" + read_seed_csv("registry/registry__column_placements")[2]["reasoning"], ";"
        ),
        [*where(PLACEMENTS, 4, "reasoning"), "a placement says how it was made"],
    ),
    Variant(
        # "cirka 190 … miljoner kronor" coded exact: built green, the bound lost.
        "prose_bound_word_left_out",
        "seeds/rs_budget_2024/rs_budget_2024__prosa.csv",
        on_line(109, ";190;mnkr;cirka;", ";190;mnkr;;"),
        [
            *where("seeds/rs_budget_2024/rs_budget_2024__prosa.csv", 109, "ungefar"),
            'the sentence prints "cirka 190": ungefar is cirka',
        ],
    ),
    Variant(
        # Kulturnämnden's regionbidrag of 2024 given the year 2023 in its period: built green.
        "prose_year_against_its_period",
        "seeds/rs_budget_2024/rs_budget_2024__prosa.csv",
        on_line(53, ";mnkr;;;2024;Kulturnämnden;", ";mnkr;;;2023;Kulturnämnden;"),
        [
            *where("seeds/rs_budget_2024/rs_budget_2024__prosa.csv", 53, "ar"),
            "the period printed is the year 2023: ar is 2023",
        ],
    ),
    Variant(
        # Kulturnämnden's regionbidrag (357,4 mnkr) as a share: built green.
        "prose_amount_coded_as_a_share",
        "seeds/rs_budget_2024/rs_budget_2024__prosa.csv",
        on_line(53, ";lika;;;;;niva;+;", ";lika;;;;;andel;+;"),
        [
            *where("seeds/rs_budget_2024/rs_budget_2024__prosa.csv", 53, "slag"),
            "slag andel takes a unit of storhet andel or antal or kvot (ref__prosaslag); "
            "mnkr is belopp",
        ],
    ),
    Variant(
        # Utfall counted as a plan year: built green, 2023 moved into the plan's sums.
        "outcome_counted_as_a_plan_year",
        "seeds/reference/ref__investeringsmatt.csv",
        sub("\nutfall_tom;utfall_tom;;true;false", "\nutfall_tom;utfall_tom;;true;true"),
        [
            *where("seeds/reference/ref__investeringsmatt.csv", 2, "ingar_i_plan"),
            "a measure of the plan names the scenario its column prints",
        ],
    ),
    Variant(
        # Hylte given Kronoberg: built green, dim_kommun moved it.
        "kommun_given_another_region",
        "seeds/reference/ref__kommuner.csv",
        sub("\nhylte;Hylte;halland;", "\nhylte;Hylte;kronoberg;"),
        [
            *where("seeds/reference/ref__kommuner.csv", 4, "region_id"),
            'kronoberg\'s part of Södra sjukvårdsregionen, "hela regionen"',
        ],
    ),
    Variant(
        # The plan 2025–2027 given the annual report's series: built green, dim_edition gave
        # it that series' kind and title, and the report 2023 was no longer the latest.
        "edition_given_another_series",
        DOCUMENTS,
        sub(
            "\n001_39e96ad5ccc90b94.txt;ssvr_vp_2025_2027;ssvr_verksamhetsplan;",
            "\n001_39e96ad5ccc90b94.txt;ssvr_vp_2025_2027;ssvr_verksamhetsberattelse;",
        ),
        [
            *where(DOCUMENTS, 3, "series_id"),
            'the title "Verksamhetsplan 2025–2027" is not of the series '
            'ssvr_verksamhetsberattelse, "Verksamhetsberättelse"',
        ],
    ),
    Variant(
        # A sector role on a key no section is mapped to: the sector check of bilaga 4 A
        # went quiet, built green.
        "key_role_on_a_key_no_label_has",
        "seeds/reference/ref__nyckelroller.csv",
        sub(
            "\nregionbidrag;avsnitt;regional_utveckling;sektor",
            "\nregionbidrag;avsnitt;regionala_utvecklingsnamnden;sektor",
        ),
        [
            *where("seeds/reference/ref__nyckelroller.csv", 9, "mapped_key"),
            "not a key the label map (ref__etiketter.csv) gives a label of table kind "
            "regionbidrag on the axis avsnitt",
        ],
    ),
    Variant(
        # Utfall to date without its year: built green, the year lost from 28 facts.
        "measure_without_the_year_its_column_prints",
        "seeds/reference/ref__investeringsmatt.csv",
        sub("\nutfall_tom;utfall_tom;;true;false", "\nutfall_tom;utfall_tom;;false;false"),
        [
            *where("seeds/reference/ref__investeringsmatt.csv", 2, "har_ar"),
            'the label map gives the column "Utfall t o m 2023 inkl prognos" (utfall_tom) '
            "the year 2023, but har_ar is false",
        ],
    ),
    Variant(
        # A rounding registered with a mistyped computed value: built green, explaining
        # nothing (the total is within rounding either way).
        "rounding_registered_with_another_sum",
        "seeds/registry/registry__source_discrepancies.csv",
        sub(
            ";SUMMA;Skåne (SUS);400 170;400 171;rounding;",
            ";SUMMA;Skåne (SUS);400 170;400 172;rounding;",
        ),
        [
            "registry__source_discrepancies.csv: D0002 registers a rounding of "
            'ssvr_vb_2023__abonnemang_2023, row "SUMMA", column "Skåne (SUS)": printed 400 170, '
            "computed 400 172, but the reconciliation computes 400171",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        # A post typed as a summa: built green, finansnetto gone from fct_rapportrad.
        "statement_line_given_another_type",
        "seeds/reference/ref__rapportrader.csv",
        sub(
            "\nresultatbudget:finansnetto;resultatbudget;post;",
            "\nresultatbudget:finansnetto;resultatbudget;summa;",
        ),
        [
            "seeds/reference/ref__rapportrader.csv line 10: resultatbudget:finansnetto is of "
            "rad_typ summa, whose 22 other line(s) are printed totals, but its row is not one",
        ],
        reaches_dbt=True,
    ),
    Variant(
        # A row of a mnkr table given tkr: built green (the arithmetic was checked on the
        # printed numbers), the row gone from fct_rapportrad.
        "row_given_another_unit",
        "seeds/rs_budget_2024/rs_budget_2024__intaktsutveckling.csv",
        sub("\n4;Inkomstutjämningsbidrag;false;;", "\n4;Inkomstutjämningsbidrag;false;tkr;"),
        [
            "rs_budget_2024__intaktsutveckling.csv line 8 (Utjämning (miljoner kronor))",
            "1 of its parts printed in another unit than the total",
        ],
        reaches_dbt=True,
    ),
    Variant(
        # The plan measure left out of the plan: built green, the budget's plan ended in
        # 2024 and its plan years left rpt_investeringar_per_ar.
        "plan_years_left_out_of_the_plan",
        "seeds/reference/ref__investeringsmatt.csv",
        sub("\nplan;belopp;plan;true;true", "\nplan;belopp;plan;true;false"),
        [
            "seeds/reference/ref__investeringsmatt.csv: the investment plan of rs_budget_2024 "
            "ends in 2024, but the edition covers the years to 2026",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        # Utgående återställningskrav made an ordinary row, in the seed and its declared
        # shape alike: built green, its declared role (summa_utan_regel) applied to nothing.
        "declared_total_made_an_ordinary_row",
        "seeds/rs_budget_2024/rs_budget_2024__bilaga_1_balanskravsberakning.csv",
        sub("\n11;Utgående återställningskrav;true;", "\n11;Utgående återställningskrav;false;"),
        [
            "seeds/reference/ref__nyckelroller.csv line 13: balanskravsberakning:utgaende_"
            "aterstallningskrav (balanskravsberakning, rad) is declared summa_utan_regel",
            "no table of the kind prints it as a total",
        ],
        also=(
            (
                PRINTED_TABLES,
                sub(
                    "\nrs_budget_2024__bilaga_1_balanskravsberakning;balanskravsberakning;11;5;4 8 11;",
                    "\nrs_budget_2024__bilaga_1_balanskravsberakning;balanskravsberakning;11;5;4 8;",
                ),
            ),
        ),
        reaches_dbt=True,
    ),
    Variant(
        # A rounding's registration deleted: the total reconciles within rounding and
        # built green, its difference gone from source_discrepancies.
        "rounding_registration_deleted",
        "seeds/registry/registry__source_discrepancies.csv",
        drop_lines_starting(b"D0002;"),
        [
            'ssvr_vb_2023__abonnemang_2023.csv line 6 (SUMMA), column "Skåne (SUS)": printed '
            "400 170, computed 400171 from its parts: a difference of -1 within the rounding",
            "add a row of kind rounding",
        ],
        reaches_dbt=True,
    ),
    Variant(
        # A registration a prose row refers to deleted: the failure named ref__talord.csv,
        # the one seed its model reads by ref, not the prose seed holding the reference.
        "discrepancy_of_a_prose_row_deleted",
        "seeds/registry/registry__source_discrepancies.csv",
        drop_lines_starting(b"D0064;"),
        [
            "seeds/rs_budget_2024/rs_budget_2024__prosa.csv line 115: discrepancy_id D0064 is "
            "not a discrepancy_id",
        ],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        # Ingående återställningskrav's pivot column given utgående's key: built green,
        # the balanskrav rule then compared utgående with itself.
        "pivot_column_given_another_columns_key",
        "seeds/reference/ref__pivot_kolumner.csv",
        sub(
            "\nbalanskravsberakning;rad;balanskravsberakning:ingaende_aterstallningskrav;value;",
            "\nbalanskravsberakning;rad;balanskravsberakning:utgaende_aterstallningskrav;value;",
        ),
        [
            "seeds/reference/ref__pivot_kolumner.csv lines 4, 5: (table_kind, axis, mapped_key, "
            "falt) = (balanskravsberakning, rad, balanskravsberakning:utgaende_aterstallningskrav, "
            "value) is not unique",
        ],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        # A printed word of the value map left out: the contract of dim_bedomningsniva
        # failed ("NOT NULL constraint failed"), naming no file.
        "value_map_word_left_out",
        "seeds/reference/ref__varden.csv",
        sub(
            "\ngranskningsbedomningar;bedomning;Inte uppfyllt;3\n",
            "\ngranskningsbedomningar;bedomning;;3\n",
        ),
        ["seeds/reference/ref__varden.csv line 10: printed_value is empty in 1 row(s)"],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        # A sector's name mistyped: built green, the name split group-bys in four marts.
        "sector_name_mistyped",
        "seeds/reference/ref__sektorer.csv",
        sub(";Hälso- och sjukvård", ";Hälso och sjukvård"),
        [
            "seeds/reference/ref__sektorer.csv line 3: the sector halso_och_sjukvard is named "
            '"Hälso och sjukvård", but bilaga 4 A prints its heading "HÄLSO- OCH SJUKVÅRD"',
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        # The same contradiction registered twice, under a new id.
        "discrepancy_registered_twice",
        "seeds/registry/registry__source_discrepancies.csv",
        append(
            "D0999;000_cdb554936ff9ba5f.txt;ssvr_vb_2023__abonnemang_2023;Blekinge;SUMMA;"
            "162 951;162 952;rounding;En kopia.\n"
        ),
        [
            "registry__source_discrepancies.csv lines 2, ",
            "(source_table, row_label, column_label, kind, printed_value, computed_value) = "
            "(ssvr_vb_2023__abonnemang_2023, Blekinge, SUMMA, rounding, 162 951, 162 952) "
            "is not unique: 2 rows",
        ],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        # An assessment moved to another section: built green, moved in the marts.
        "row_given_another_sections_name",
        "seeds/rs_revision_norv_2023/rs_revision_norv_2023__bedomningar.csv",
        on_line(24, ";Granskning av nämndens verksamhet;", ";Granskning av nämndens ekonomi;"),
        [
            *where(
                "seeds/rs_revision_norv_2023/rs_revision_norv_2023__bedomningar.csv", 27, "section"
            ),
            'section "Granskning av nämndens ekonomi" ended on line 24',
        ],
    ),
    Variant(
        # Two rows of the balance sheet swapped their keys: built green, 8 cells moved.
        "label_keys_swapped",
        LABEL_MAP,
        sub(
            ";Immateriella tillgångar;balansbudget:immateriella_tillgangar;",
            ";Immateriella tillgångar;balansbudget:finansiella_anlaggningstillgangar;",
        ),
        [
            *where(LABEL_MAP, 71, "mapped_key"),
            'is the key of "Finansiella anläggningstillgångar" (line 73)',
        ],
    ),
    Variant(
        # "27 miljoner kronor" coded in tkr built green: a thousandth of the figure.
        "prose_unit_against_its_word",
        "seeds/rs_budget_2024/rs_budget_2024__prosa.csv",
        on_line(88, " med 27 miljoner kronor.;27;mnkr;", " med 27 miljoner kronor.;27;tkr;"),
        [
            *where("seeds/rs_budget_2024/rs_budget_2024__prosa.csv", 88, "enhet"),
            'the sentence prints "27 miljoner kronor": enhet is mnkr, not tkr',
        ],
    ),
    Variant(
        # A year on: dim_edition said the budget 2024 covers 2027, and built green.
        "edition_covers_a_year_its_title_does_not_print",
        DOCUMENTS,
        sub(" med plan för 2025–2026;2024;2024;2026;", " med plan för 2025–2026;2024;2024;2027;"),
        [
            *where(DOCUMENTS, 4, "covers_to_year"),
            "prints 2024–2026: covers_to_year is 2026, not 2027",
        ],
    ),
    Variant(
        "prose_figure_id_in_capitals",
        NORV_PROSA,
        on_line(2, ";resultat:norv_digit;", ";Resultat:norv_digit;"),
        [*where(NORV_PROSA, 2, "figur_id"), '"Resultat:norv_digit" is not a key'],
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
        [
            ABONNEMANG,
            'line 3: the rad label "Gotland" is not in the label map',
            "ref__etiketter.csv",
        ],
        # The register of placements follows the seed, as a transcriber's edit must.
        also=(
            *printed_so(VB_2023, 95, "Halland", "Gotland"),
            (PLACEMENTS, on_line(3, ";Halland;", ";Gotland;")),
        ),
        reaches_dbt=True,
        stage=1,
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
        sub("Ekonomi;false;text;", "Ekonomi;false;procentandelar;"),
        where(KANSLI, 8, "unit"),
    ),
    Variant(
        "changed_number_breaks_reconciliation",
        ABONNEMANG,
        sub("162 951", "162 991"),
        [ABONNEMANG, 'line 2 (Blekinge), column "SUMMA": printed 162 991'],
        also=(
            *printed_so(VB_2023, 93, "162 951", "162 991"),
            (PLACEMENTS, on_line(2, "162 951", "162 991")),
        ),
        reaches_dbt=True,
    ),
    Variant(
        "changed_number_not_in_the_document",
        ABONNEMANG,
        sub("134 164", "134 194"),
        [*where(ABONNEMANG, 3, "Skåne (SUS)"), '"134 194" is not printed', "from line 95"],
    ),
    Variant(
        "prose_figure_changed_with_its_sentence",
        NORV_PROSA,
        on_line(65, "11 700", "11 900"),
        [*where(NORV_PROSA, 65, "tryckt_tal"), '"11 900" is not printed on line 1630'],
    ),
    Variant(
        "prose_number_changed_inside_its_sentence",
        NORV_PROSA,
        on_line(66, "(ca -40,5 miljoner", "(ca -41,5 miljoner"),
        [*where(NORV_PROSA, 66, "mening"), "line 1630 reads", "(ca -40,5 miljoner"],
    ),
    Variant(
        "wrong_document_checksum",
        DOCUMENTS,
        sub(SHA_VB_2023, "0" + SHA_VB_2023[1:]),
        [*where(DOCUMENTS, 2, "sha256"), f"{VB_2023} has sha256 {SHA_VB_2023}"],
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
        [REGIONBIDRAG, 'line 2: the rad label "Kulturnämden" is not in the label map'],
        also=printed_so(BUDGET_2024, 3991, "Kulturnämnden", "Kulturnämden"),
        reaches_dbt=True,
        stage=1,
    ),
    Variant(
        "namnd_given_another_sector",
        "seeds/reference/ref__namnder.csv",
        sub(
            "\nkulturnamnden;Kulturnämnden;;regional_utveckling;",
            "\nkulturnamnden;Kulturnämnden;;halso_och_sjukvard;",
        ),
        [
            REGIONBIDRAG,
            "line 2 (Kulturnämnden): printed under REGIONAL UTVECKLING, but ref__namnder "
            "gives kulturnamnden the sector halso_och_sjukvard",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "seller_given_the_buyers_region",
        "seeds/reference/ref__abonnemang_saljare.csv",
        sub(
            ";Region Blekinges Thoraxcentrum;blekinge;",
            ";Region Blekinges Thoraxcentrum;kronoberg;",
        ),
        [
            ABONNEMANG,
            'line 4 (Kronoberg), column "Blekinge (thorax)": kronoberg köper av sin egen region',
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "arithmetic_rule_deleted",
        "seeds/registry/registry__arithmetic.csv",
        sub("\nkassaflode_not;summa;delsumma;rad;;kassaflode_not:summa;;*;1;", ""),
        [
            "seeds/rs_budget_2024/rs_budget_2024__bilaga_2_kassaflode_not.csv line 7 (Summa)",
            "a printed total no rule of registry__arithmetic checks",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "sign_conversion_removed_from_a_part",
        LABEL_MAP,
        sub(
            ";ÅRETS FÖRÄNDRING AV RÄNTEBÄRANDE NETTOSKULD;"
            "kassaflodesbudget:arets_forandring_av_rantebarande_nettoskuld;;;;-1;",
            ";ÅRETS FÖRÄNDRING AV RÄNTEBÄRANDE NETTOSKULD;"
            "kassaflodesbudget:arets_forandring_av_rantebarande_nettoskuld;;;;;",
        ),
        [
            "seeds/rs_budget_2024/rs_budget_2024__bilaga_2_kassaflodesbudget.csv line 23 "
            "(Räntebärande nettoskuld vid årets slut)",
            "converted to the warehouse signs otherwise than this subtotal",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "prose_subject_mistyped",
        "seeds/rs_budget_2024/rs_budget_2024__prosa.csv",
        on_line(2, ";Region Skåne;skane;", ";Region Skåne;skaane;"),
        [
            "seeds/rs_budget_2024/rs_budget_2024__prosa.csv line 2",
            "the subject skaane is not a namnd_id, region_id or sektor_id",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "prose_figure_a_mart_reads_mistyped",
        "seeds/ssvr_vb_2023/ssvr_vb_2023__prosa.csv",
        on_line(9, ";abonnemang:grundsumma_andel;", ";abonnemang:grundsumma_andell;"),
        ["ingen utgåva anger grundsummans andel av ersättningen"],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        # "de sex sjukvårdsregionerna" as an outcome of the accounts: a count states none.
        "count_given_the_outcome_scenario",
        "seeds/srvn_processledare/srvn_processledare__prosa.csv",
        on_line(14, ";antal_sjukvardsregioner;;;;", ";antal_sjukvardsregioner;;;bokslut;"),
        [
            "srvn_processledare__prosa.csv line 14 (source line 72",
            "a count, duration or index (storhet antal) states no scenario",
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        # "minskat med 1,2 procent" coded as a rise: only its direction word says so.
        "prose_change_against_its_word",
        NORV_PROSA,
        on_line(46, ";forandring_procent;-;", ";forandring_procent;+;"),
        [
            f"{NORV_PROSA} line 46 (source line 1147",
            'the change is signed 1, its word "minskat" says -1',
        ],
        reaches_dbt=True,
        downstream=True,
    ),
    Variant(
        "year_outside_plan_period_regionbidrag",
        REGIONBIDRAG,
        sub("2026 Plan", "2027 Plan"),
        where(REGIONBIDRAG, 1, "2027 Plan"),
    ),
    Variant(
        "unmapped_row_label",
        RESULTATBUDGET,
        sub(";Verksamhetens intäkter;", ";Verksamhetens intäkterna;"),
        [RESULTATBUDGET, "line 2", '"Verksamhetens intäkterna" is not in the label map'],
        also=printed_so(BUDGET_2024, 3771, "Verksamhetens intäkter", "Verksamhetens intäkterna"),
        reaches_dbt=True,
        stage=1,
    ),
    Variant(
        "duplicated_edition",
        "seeds/ssvr_vb_2023/ssvr_vb_2023__projektkonton_2023_kopia.csv",
        copy_of(PROJEKTKONTON),
        ["edition ssvr_vb_2023 already has a table of kind projektkonton", PROJEKTKONTON],
        also=(
            (
                "seeds/ssvr_vb_2023/_kopia.yml",
                seed_yaml(
                    "ssvr_vb_2023__projektkonton_2023", "ssvr_vb_2023__projektkonton_2023_kopia"
                ),
            ),
            (
                PRINTED_TABLES,
                append("ssvr_vb_2023__projektkonton_2023_kopia;projektkonton;7;6;5 7;6\n"),
            ),
        ),
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        "unregistered_edition",
        "seeds/ssvr_vb_2024/ssvr_vb_2024__kansli_bemanning_2024.csv",
        copy_of(KANSLI),
        [
            "seeds/ssvr_vb_2024/ssvr_vb_2024__kansli_bemanning_2024.csv",
            "999_not_registered.txt",
            "registry__source_documents.csv",
        ],
        also=(
            (
                "seeds/ssvr_vb_2024/_ssvr_vb_2024__seeds.yml",
                seed_yaml(
                    "ssvr_vb_2023__kansli_bemanning_2023",
                    "ssvr_vb_2024__kansli_bemanning_2024",
                    "999_not_registered.txt",
                ),
            ),
        ),
    ),
    Variant(
        "shape_differs_from_declared",
        NHV,
        lambda raw: raw.rstrip(b"\n").rsplit(b"\n", 1)[0] + b"\n",
        [NHV, "declared 13 rows", "found 12 rows"],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        "emptied_seed",
        RESULTAT,
        lambda raw: raw.split(b"\n", 1)[0] + b"\n",
        [RESULTAT, "declared 4 rows", "found 0 rows"],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        "too_large_for_its_column",
        ABONNEMANG,
        sub("128 544", "128 544 000 000 000 000 000"),
        [*where(ABONNEMANG, 2, "Skåne (SUS)"), "does not fit decimal(18, 4)"],
    ),
    Variant(
        "label_mapped_twice",
        LABEL_MAP,
        append("*;;kolumn;2022 Bokslut;summa;;2022;bokslut;;\n"),
        [LABEL_MAP, "line 2 and line " + str(LABEL_MAP_LINES + 1), '"2022 Bokslut"'],
    ),
    Variant(
        # The footnote marker of a heading mistyped: the heading is not printed so.
        "heading_footnote_mistyped",
        BERAKNINGSFORUTSATTNINGAR,
        sub_all(";Arbetsgivaravgifter procent;1;", ";Arbetsgivaravgifter procent;2;"),
        [
            *where(BERAKNINGSFORUTSATTNINGAR, 6, "section_footnote"),
            '"Arbetsgivaravgifter procent2" is not printed',
        ],
    ),
    Variant(
        # The footnote marker of a heading left out on one of its rows.
        "heading_footnote_left_out_on_a_row",
        BERAKNINGSFORUTSATTNINGAR,
        sub(";Arbetsgivaravgifter procent;1;", ";Arbetsgivaravgifter procent;;"),
        [
            *where(BERAKNINGSFORUTSATTNINGAR, 6, "section_footnote"),
            'the 4 other rows under "Arbetsgivaravgifter procent" have "1"',
        ],
    ),
    Variant(
        # The footnote marker of a heading left out on every row: the trace reads what a
        # row prints, and footnote 1 (on the heading of five rows) was no one's.
        "heading_footnote_left_out",
        BERAKNINGSFORUTSATTNINGAR,
        sub_all(";Arbetsgivaravgifter procent;1;", ";Arbetsgivaravgifter procent;;"),
        [
            "rs_budget_2024__ovriga_berakningsforutsattningar_fotnoter.csv line 2: footnote 1 "
            "is printed for no row",
        ],
        reaches_dbt=True,
        stage=0,
    ),
    Variant(
        # A table of footnotes no longer said to explain its kind's markers: 5 B's
        # projects lost their footnotes' texts without a word.
        "footnotes_not_linked_to_their_table",
        TABLE_KINDS,
        sub(
            ";Strategiska investeringar, fotnoter;;strategiska_investeringar\n",
            ";Strategiska investeringar, fotnoter;;\n",
        ),
        [
            "rs_budget_2024__bilaga_5b_strategiska_investeringar.csv lines 2, 17, 18, 38: "
            "footnote marker 1 has no footnote: no table of footnotes of this document "
            "explains the kind strategiska_investeringar",
        ],
        reaches_dbt=True,
        stage=0,
    ),
    Variant("utf8_bom", ABONNEMANG, lambda raw: b"\xef\xbb\xbf" + raw, [], accepted=True),
]


ACCEPTED = [v for v in VARIANTS if v.accepted]
REJECTED = [v for v in VARIANTS if not v.accepted]
REACHING_DBT = [v for v in REJECTED if v.reaches_dbt]
STOPPED = [v for v in REJECTED if not v.reaches_dbt]


@contextmanager
def applied(project: Path, variants: list[Variant]) -> Iterator[None]:
    """The variants' changes written into the project (and its source texts beside it,
    each changed text registered with its new checksum), and the files restored after."""
    originals: dict[Path, bytes | None] = {}
    try:
        for variant in variants:
            for file, change in variant.changes:
                path = project / file
                if path not in originals:
                    originals[path] = path.read_bytes() if path.exists() else None
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(change(path.read_bytes() if path.exists() else b""))
        registry = project / DOCUMENTS
        for path in [p for p in originals if p.parent == project / SOURCES]:
            originals.setdefault(registry, registry.read_bytes())
            register_checksum(project, path)
        yield
    finally:
        for path, original in originals.items():
            if original is None:
                path.unlink()
            else:
                path.write_bytes(original)


@dataclass
class Served:
    """A project copy, its served file and state, a webhook receiver, and what ran."""

    project: Path
    env: dict[str, str]
    webhook: WebhookReceiver
    # Each variant's nightly, run in groups by the fixture.
    outcomes: dict[str, dict] = field(default_factory=dict)

    def nightly(self) -> int:
        return run_nightly(load_settings(env=self.env, project_dir=self.project))

    def last_failure_sources(self) -> set[str]:
        """Where the last run's failures came from (seeds, dbt, great_expectations)."""
        history = Path(self.env["REGIONFINANS_STATE_DIR"]) / "nightly_runs.jsonl"
        last = json.loads(history.read_text(encoding="utf-8").splitlines()[-1])
        return {failure["source"] for failure in last["failures"]}

    def run_together(self, variants: list[Variant]) -> dict:
        """One nightly with every change of `variants` applied; what it did."""
        published = Path(self.env["REGIONFINANS_PUBLISHED"])
        before = hashlib.sha256(published.read_bytes()).hexdigest()
        alerts_before = len(self.webhook.received)
        with applied(self.project, variants):
            code = self.nightly()
        return {
            "code": code,
            "unchanged": hashlib.sha256(published.read_bytes()).hexdigest() == before,
            "alerts": len(self.webhook.received) - alerts_before,
            "text": self.webhook.received[-1]["text"] if self.webhook.received else "",
            "together_with": [v.name for v in variants],
            "failure_sources": self.last_failure_sources(),
        }


def served_project(root: Path, webhook: WebhookReceiver) -> Served:
    """A project copy with its source texts beside it, a state folder and a served path."""
    project = copy_project(root / "project")
    sources = copy_sources(project / SOURCES)
    env = {
        "REGIONFINANS_SOURCES": str(sources),
        "REGIONFINANS_PUBLISHED": str(root / "served" / "regionfinans.duckdb"),
        "REGIONFINANS_STATE_DIR": str(root / "state"),
        "REGIONFINANS_ALERT_WEBHOOK_URL": webhook.url,
        "REGIONFINANS_ALERT_RETRIES": "1",
        "REGIONFINANS_ALERT_BACKOFF_SECONDS": "0",
    }
    return Served(project, env, webhook)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, built_warehouse: Path) -> Iterator[Served]:
    """A project copy serving the session's warehouse; the variants that reach dbt run
    in groups, one nightly each."""
    root = tmp_path_factory.mktemp("bad-input")
    with WebhookReceiver() as webhook:
        served = served_project(root, webhook)
        copy_warehouse(built_warehouse, Path(served.env["REGIONFINANS_PUBLISHED"]))
        seed_parse_state(built_warehouse, Path(served.env["REGIONFINANS_STATE_DIR"]) / "dbt-target")
        # A failing test on a staging model skips the tests downstream of it, so one
        # variant can hide another's message: what a group did not name runs again, in
        # new groups, until each is named or has run alone.
        served.outcomes = run_in_groups(
            served,
            REACHING_DBT,
            lambda v: (v.downstream, v.stage),
            lambda v, outcome: all(fragment in outcome["text"] for fragment in v.expect),
        )
        yield served


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A project copy for the variants the seed check stops: no build runs, so the served
    file is a stand-in that must stay byte-identical (its own xdist group: these tests
    need no warehouse and run beside the builds of `served`)."""
    root = tmp_path_factory.mktemp("bad-input-stopped")
    with WebhookReceiver() as webhook:
        served = served_project(root, webhook)
        published = Path(served.env["REGIONFINANS_PUBLISHED"])
        published.parent.mkdir(parents=True)
        published.write_bytes(b"the last good warehouse")
        # The seed check names every file's problems in one run: variants of different
        # files share a nightly, each named in its own file's failure (a variant named
        # only across failures, or hidden, runs again alone).
        served.outcomes = run_in_groups(
            served, STOPPED, lambda v: (), lambda v, outcome: stopped_and_named(v, outcome)
        )
        yield served


def run_in_groups(
    served: Served,
    variants: list[Variant],
    kind: Callable[[Variant], tuple],
    named: Callable[[Variant, dict], bool],
) -> dict[str, dict]:
    """Each variant's outcome, from nightlies of variants of one `kind` that touch different
    files; a variant its group did not name (`named`) runs again in new groups, until each
    is named or has run alone."""
    outcomes: dict[str, dict] = {}
    remaining = variants
    while remaining:
        groups: list[list[Variant]] = []
        for variant in remaining:
            home = next(
                (
                    g
                    for g in groups
                    if kind(g[0]) == kind(variant)
                    and not touched(variant) & set().union(*map(touched, g))
                ),
                None,
            )
            if home is None:
                groups.append([variant])
            else:
                home.append(variant)
        unnamed = []
        for members in groups:
            outcome = served.run_together(members)
            for variant in members:
                if len(members) == 1 or named(variant, outcome):
                    outcomes[variant.name] = outcome
                else:
                    unnamed.append(variant)
        if len(unnamed) == len(remaining) and len(groups) == 1:
            break
        remaining = unnamed
    return outcomes


def stopped_and_named(variant: Variant, outcome: dict) -> bool:
    """Stopped by the seed check alone, and every fragment of `variant.expect` in one
    failure of the alert (a fragment such as "line 3" could be another file's)."""
    failures = re.split(r"\n(?=- )", outcome["text"])
    return outcome["failure_sources"] == {"seeds"} and any(
        all(fragment in failure for fragment in variant.expect) for failure in failures
    )


def assert_rejected(variant: Variant, outcome: dict) -> None:
    """Exit 1, nothing published, one alert naming every fragment of `variant.expect`."""
    assert outcome["code"] == 1
    assert outcome["unchanged"], "nothing is published"
    assert outcome["alerts"] == 1, "an alert is sent"
    for fragment in variant.expect:
        assert fragment in outcome["text"], (
            f"{fragment!r} missing from the alert:\n{outcome['text']}"
        )


def test_the_corpus_is_large_enough() -> None:
    assert len(VARIANTS) >= 40
    assert len({v.name for v in VARIANTS}) == len(VARIANTS)


@pytest.mark.parametrize("variant", REACHING_DBT, ids=[v.name for v in REACHING_DBT])
def test_malformed_seed_is_rejected_by_dbt_with_its_location(
    variant: Variant, served: Served
) -> None:
    outcome = served.outcomes.get(variant.name) or served.run_together([variant])
    assert "seeds" not in outcome["failure_sources"], "declared to pass the seed check"
    assert "dbt" in outcome["failure_sources"]
    assert_rejected(variant, outcome)


@pytest.mark.xdist_group("stopped")
@pytest.mark.parametrize("variant", STOPPED, ids=[v.name for v in STOPPED])
def test_malformed_seed_is_stopped_by_the_seed_check(variant: Variant, stopped: Served) -> None:
    outcome = stopped.outcomes.get(variant.name) or stopped.run_together([variant])
    assert outcome["failure_sources"] == {"seeds"}, "the seed check stops it before dbt"
    assert_rejected(variant, outcome)
