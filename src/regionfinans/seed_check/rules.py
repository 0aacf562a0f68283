"""The project's rules for seeds, read from where they live: the units, the number words,
the printed-number grammar and decimal type (dbt_project.yml vars), the documents' minus
signs, and the seeds' YAML configs."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROW_COLUMNS = (
    "row_order",
    "row_label",
    "is_total",
    "section",
    "section_footnote",
    "footnote",
    "unit",
)


NON_PRINTED_DIRS = {"registry", "reference"}


PROSE_FORM = "prosa"


UNIT_WORDS = Path("ref__enhetsord.csv")
UNIT_MAP = Path("seeds/reference/ref__enheter.csv")


PROSE_COLUMNS = (
    "prosa_nr",
    "rad",
    "mening",
    "tryckt_tal",
    "enhet",
    "ungefar",
    "riktning",
    "period",
    "subjekt",
    "subjekt_id",
    "matt",
    "figur_id",
    "ar",
    "scenario_id",
    "jamforelse",
    "jamfor_figur_id",
    "jamfor_ar",
    "jamfor_scenario_id",
    "discrepancy_id",
    "slag",
    "tecken",
    "fran_till",
    "bas_ar",
    "bas_scenario_id",
    "bas_prosa_nr",
    "ej_lankad_orsak",
)


MINUS_SIGNS = ("-", "–", "−")


COMPARISONS = {"", "lika", "forandring", "forandring_procent"}


@dataclass(frozen=True)
class Rules:
    """The project's rules for printed values, read from where they live."""

    units: frozenset[str]
    number_words: frozenset[str]
    printed_number: re.Pattern[str]
    minus_signs: dict[str, str] = field(default_factory=dict)
    precision: int = 18
    scale: int = 4
    prose_kinds: frozenset[str] = frozenset()
    scenarios: frozenset[str] = frozenset()
    # The last year each document covers (registry__source_documents.covers_to_year).
    last_years: dict[str, int] = field(default_factory=dict)
    # The words that name a unit after a number in running text (ref__enhetsord), longest
    # first: "miljoner kronor" before "kronor".
    unit_words: tuple[tuple[str, str], ...] = ()
    # The storhet of each unit (ref__enheter), and the storheter a prose figure of each
    # kind may have its unit in (ref__prosaslag.storheter).
    unit_quantities: dict[str, str] = field(default_factory=dict)
    kind_quantities: dict[str, frozenset[str]] = field(default_factory=dict)
    # The words that bound a number wherever they stand right before it (ref__gransord,
    # alltid_grans), longest first.
    bound_words: tuple[str, ...] = ()


def read_csv(path: Path) -> list[dict[str, str]]:
    """A semicolon-delimited seed's rows by column."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def read_csv_lines(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line in the file, row) of a semicolon-delimited seed's rows: the line a row starts
    on (as `records` numbers them), so that an empty line or a value over two lines above
    it does not shift it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        return [
            (reader.line_num - sum(str(value).count("\n") for value in row.values()), row)
            for row in reader
        ]


def project_vars(project_dir: Path) -> dict:
    """The vars of dbt_project.yml, where the number grammar and the decimal type live."""
    project = yaml.safe_load((project_dir / "dbt_project.yml").read_text(encoding="utf-8"))
    return project["vars"]


def printed_number_pattern(project_dir: Path) -> re.Pattern[str]:
    """The printed-number grammar, from dbt_project.yml (vars.printed_number_pattern)."""
    return re.compile(project_vars(project_dir)["printed_number_pattern"])


def load_rules(project_dir: Path) -> Rules:
    """Units, number words, the number grammar and the minus signs of the documents."""
    reference = project_dir / "seeds" / "reference"
    documents = read_csv(project_dir / "seeds" / "registry" / "registry__source_documents.csv")
    units = read_csv(project_dir / UNIT_MAP)
    kinds = read_csv(reference / "ref__prosaslag.csv")
    return Rules(
        units=frozenset(row["unit"] for row in units),
        number_words=frozenset(row["talord"] for row in read_csv(reference / "ref__talord.csv")),
        printed_number=printed_number_pattern(project_dir),
        minus_signs={row["document_file"]: row["minus_sign"] for row in documents},
        precision=int(project_vars(project_dir)["exact_decimal_precision"]),
        scale=int(project_vars(project_dir)["exact_decimal_scale"]),
        prose_kinds=frozenset(kind["slag"] for kind in kinds),
        unit_quantities={row["unit"]: row["storhet"] for row in units},
        kind_quantities={
            kind["slag"]: frozenset((kind.get("storheter") or "").split())
            for kind in kinds
            if kind.get("storheter")
        },
        scenarios=frozenset(
            row["scenario_id"] for row in read_csv(reference / "ref__scenarier.csv")
        ),
        last_years={
            row["document_file"]: int(row["covers_to_year"])
            for row in documents
            if (row.get("covers_to_year") or "").isdigit()
        },
        bound_words=tuple(
            sorted(
                (
                    row["ord"].lower()
                    for row in read_csv(reference / "ref__gransord.csv")
                    if (row.get("alltid_grans") or "").lower() == "true"
                ),
                key=lambda word: -len(word),
            )
        ),
        unit_words=tuple(
            sorted(
                ((row["ord"].lower(), row["unit"]) for row in read_csv(reference / UNIT_WORDS)),
                key=lambda pair: -len(pair[0]),
            )
        ),
    )


def seed_configs(seeds_dir: Path) -> dict[str, dict]:
    """The `config` of every seed declared in the YAML files under `seeds_dir`."""
    configs: dict[str, dict] = {}
    for path in sorted(seeds_dir.rglob("*.yml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("seeds", []):
            configs[entry["name"]] = entry.get("config") or {}
    return configs


SEED_ENTRY = re.compile(r"\s*- name: *(\S+)\s*$")
YAML_KEY = re.compile(r"( *)([^\s:#\"'][^:#]*?|\"[^\"]*\"|'[^']*'):(\s|$)")


def meta_lines(seeds_dir: Path) -> dict[tuple[str, str], tuple[Path, int]]:
    """Where each seed's YAML states each key of its meta: (seed, key) -> (file, line),
    a nested key as "column_units.Tillstånd"."""
    found: dict[tuple[str, str], tuple[Path, int]] = {}
    for path in sorted(seeds_dir.rglob("*.yml")):
        seed, keys = "", []  # keys: (indent, name) from `meta` down to the current key
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            entry, key = SEED_ENTRY.match(line), YAML_KEY.match(line)
            if entry:
                seed, keys = entry[1], []
            elif key:
                indent, name = len(key[1]), key[2].strip("\"'")
                keys = [(i, k) for i, k in keys if i < indent]
                if keys or name == "meta":
                    keys.append((indent, name))
                if len(keys) > 1:
                    dotted = ".".join(k for _, k in keys[1:])
                    found.setdefault((seed, dotted), (path, number))
    return found
