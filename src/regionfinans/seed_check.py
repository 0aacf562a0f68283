"""Check every transcribed seed before dbt sees it, naming file, line and column.

dbt would also reject most malformed seeds, but later and in its own words; this
check runs first so that the message says exactly where the bad cell is. It reads
the project's rules where they live once: the units from `seeds/reference/
ref__enheter.csv`, the number words from `ref__talord.csv`, the printed-number
grammar from `dbt_project.yml` (vars.printed_number_pattern, which the dbt macro
`parse_printed_number` reads too) and each document's minus sign from the
document registry. A seed whose format is right is then traced into its source
document (`regionfinans.trace`): the document's checksum, every printed row and every
prose figure.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from regionfinans.problems import SeedProblem
from regionfinans.project import sources_dir
from regionfinans.trace import TranscribedSeed, load_documents, trace_seed

ROW_COLUMNS = ("row_order", "row_label", "is_total", "section", "footnote", "unit")
NON_PRINTED_DIRS = {"registry", "reference"}
PROSE_FORM = "prosa"
UNIT_MAP = Path("seeds/reference/ref__enheter.csv")
# How a value of a reference or registry seed's declared type is written in its CSV.
TYPE_GRAMMAR = {
    "integer": (r"-?[0-9]+", "a whole number"),
    "boolean": (r"true|false", "true or false"),
    "decimal": (r"-?[0-9]+(\.[0-9]+)?", "a number (digits, a decimal point)"),
}
# The printed words of a table's row, matched to the label map as they are.
LABEL_COLUMNS = ("row_label", "section", "footnote")
# What a header with one field was split by instead of ";" (a spreadsheet's export).
DELIMITERS = ((",", "commas"), ("\t", "tabs"), ("|", "pipes"))
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
BOM = "\ufeff"


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


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


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
    registry = project_dir / "seeds" / "registry"
    return Rules(
        units=frozenset(row["unit"] for row in _read_csv(project_dir / UNIT_MAP)),
        number_words=frozenset(row["talord"] for row in _read_csv(reference / "ref__talord.csv")),
        printed_number=printed_number_pattern(project_dir),
        minus_signs={
            row["document_file"]: row["minus_sign"]
            for row in _read_csv(registry / "registry__source_documents.csv")
        },
        precision=int(project_vars(project_dir)["exact_decimal_precision"]),
        scale=int(project_vars(project_dir)["exact_decimal_scale"]),
        prose_kinds=frozenset(row["slag"] for row in _read_csv(reference / "ref__prosaslag.csv")),
        scenarios=frozenset(
            row["scenario_id"] for row in _read_csv(reference / "ref__scenarier.csv")
        ),
    )


def seed_configs(seeds_dir: Path) -> dict[str, dict]:
    """The `config` of every seed declared in the YAML files under `seeds_dir`."""
    configs: dict[str, dict] = {}
    for path in sorted(seeds_dir.rglob("*.yml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("seeds", []):
            configs[entry["name"]] = entry.get("config") or {}
    return configs


def _decode(path: Path, relative: str) -> tuple[str | None, list[SeedProblem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            SeedProblem(
                relative,
                line,
                "",
                f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}; "
                "Latin-1 or Windows-1252?): save the file as UTF-8",
            )
        ]
    # A UTF-8 byte-order mark is harmless (dbt skips it too): accepted.
    return text.removeprefix(BOM), []


def unusual_space(value: str) -> str | None:
    """Why `value` holds a space-like character other than the ordinary space (a no-break
    space copied from a PDF looks the same on screen but is another character), or None."""
    for char in value:
        if char.isspace() and char != " ":
            name = unicodedata.name(char, "control character").lower()
            return f'"{value}" has a {name} (U+{ord(char):04X}) where an ordinary space belongs'
    return None


def check_printed_value(value: str, unit: str, rules: Rules, minus_sign: str | None) -> str | None:
    """Why `value` is not a valid printed cell of this unit, or None when it is."""
    if unit != "text" and (reason := unusual_space(value)):
        return reason
    if unit == "text":
        return None
    if unit == "datum":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f'"{value}" is not a date as printed (YYYY-MM-DD)'
        return None
    if value in ("-", "–"):
        return None
    if not rules.printed_number.match(value):
        return f'cannot read the printed value "{value}" as a number'
    sign = value[0]
    if minus_sign and sign in "-–" and sign != minus_sign:
        printed = "en dash –" if minus_sign == "–" else "hyphen-minus -"
        return f'"{value}" has minus sign "{sign}" but the document prints {printed}'
    return beyond_precision(value, rules)


def beyond_precision(value: str, rules: Rules) -> str | None:
    """Why a printed number does not fit the warehouse's exact decimal, or None."""
    digits = re.sub(r"[^0-9,]", "", value)
    whole, _, decimals = digits.partition(",")
    if len(whole.lstrip("0")) > rules.precision - rules.scale or len(decimals) > rules.scale:
        return (
            f'"{value}" does not fit decimal({rules.precision}, {rules.scale}), the type every '
            f"amount is stored in: at most {rules.precision - rules.scale} digits before the "
            f"decimal comma and {rules.scale} after"
        )
    return None


def _check_header(relative: str, header: list[str], declared: list[str]) -> list[SeedProblem]:
    problems = [
        SeedProblem(relative, 1, column, "declared column missing from the header")
        for column in declared
        if column not in header
    ]
    problems += [
        SeedProblem(relative, 1, column, "column not declared in the seed's YAML")
        for column in header
        if column not in declared
    ]
    if not problems and header != declared:
        problems.append(SeedProblem(relative, 1, "", f"columns out of order: expected {declared}"))
    return problems


def _split(relative: str, text: str, columns: int) -> tuple[list[list[str]], list[SeedProblem]]:
    """The file's rows, header first, or the problem that stops reading them (`columns`: how
    many the header should have, 0 when unknown)."""
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows:
        return [], [SeedProblem(relative, 1, "", "empty file")]
    if len(rows[0]) == 1 and (
        columns > 1 or (columns == 0 and any(mark in rows[0][0] for mark, _ in DELIMITERS))
    ):
        found = next((name for mark, name in DELIMITERS if mark in rows[0][0]), "no delimiter")
        message = f"header has no ';' ({found}): the file must be semicolon-delimited"
        return [], [SeedProblem(relative, 1, "", message)]
    return rows, []


def _read_rows(
    path: Path, project_dir: Path, config: dict
) -> tuple[str, list[list[str]], list[SeedProblem]]:
    """The seed's rows (header first) or the problems that stop reading them."""
    relative = str(path.relative_to(project_dir))
    text, problems = _decode(path, relative)
    if text is None:
        return relative, [], problems
    declared = list((config.get("column_types") or {}).keys())
    if not declared:
        return (
            relative,
            [],
            [SeedProblem(relative, 1, "", "no column_types declared in the seed's YAML")],
        )
    rows, problems = _split(relative, text, len(declared))
    if problems:
        return relative, [], problems
    return relative, rows, _check_header(relative, rows[0], declared)


def check_reference_seed(path: Path, project_dir: Path, config: dict) -> list[SeedProblem]:
    """The format of a seed the warehouse keys or registers with (seeds/reference,
    seeds/registry): UTF-8, semicolon-delimited, the columns its YAML declares, every line
    as many fields as the header, each value of its declared type, and no value with
    surrounding or look-alike spaces (a label map's label would match nothing)."""
    relative = str(path.relative_to(project_dir))
    text, problems = _decode(path, relative)
    if text is None:
        return problems
    declared = config.get("column_types") or {}
    rows, problems = _split(relative, text, len(declared))
    if rows and declared:
        problems += _check_header(relative, rows[0], list(declared))
    for index, row in _records(relative, rows, problems) if rows else ():
        for column, value in row.items():
            reason = (
                unusual_space(value)
                or (f'"{value}" has surrounding spaces' if value != value.strip() else None)
                or _not_of_type(value, str(declared.get(column, "string")))
            )
            if reason:
                problems.append(SeedProblem(relative, index, column, reason))
    return problems


def _not_of_type(value: str, data_type: str) -> str | None:
    """Why a non-empty `value` cannot be loaded as `data_type` (a seed's column_types), or
    None: dbt would stop on it with the loader's message."""
    kind = data_type.split("(")[0].strip().lower()
    if not value or kind not in TYPE_GRAMMAR:
        return None
    pattern, described = TYPE_GRAMMAR[kind]
    return None if re.fullmatch(pattern, value) else f'"{value}" is not {described}'


def _check_row(relative: str, index: int, row: dict[str, str], rules: Rules) -> list[SeedProblem]:
    problems = []
    if row["row_order"] != str(index - 1):
        problems.append(
            SeedProblem(relative, index, "row_order", f'"{row["row_order"]}" is not {index - 1}')
        )
    if not row["row_label"].strip():
        problems.append(SeedProblem(relative, index, "row_label", "empty row label"))
    for column in LABEL_COLUMNS:
        label = row.get(column) or ""
        reason = unusual_space(label) or (
            f'"{label}" has surrounding spaces' if label != label.strip() else None
        )
        if reason:
            problems.append(SeedProblem(relative, index, column, reason))
    if row["is_total"] not in ("true", "false"):
        problems.append(
            SeedProblem(relative, index, "is_total", f'"{row["is_total"]}" is not true/false')
        )
    row_unit = row.get("unit") or ""
    if row_unit and row_unit not in rules.units:
        problems.append(SeedProblem(relative, index, "unit", f'unknown unit "{row_unit}"'))
    return problems


def _meta_unit_problems(
    relative: str, header: list[str], table_unit: str, column_units: dict, rules: Rules
) -> list[SeedProblem]:
    """The YAML meta's units: the table's `unit` and each of `column_units` a known unit,
    for a column the file has (a mistyped unit or column would read the numbers in another
    unit without a word)."""
    problems = [
        SeedProblem(relative, 1, column, f'meta {what} "{unit}" is not a unit of {UNIT_MAP}')
        for column, what, unit in [
            ("", "unit", table_unit),
            *((column, "column_units", unit) for column, unit in column_units.items()),
        ]
        if unit and unit not in rules.units
    ]
    return problems + [
        SeedProblem(relative, 1, column, "meta column_units names a column the file does not have")
        for column in column_units
        if column not in header
    ]


def check_table_seed(
    relative: str, rows: list[list[str]], config: dict, rules: Rules
) -> list[SeedProblem]:
    """Every problem of one transcribed table (its rows as read, header first)."""
    problems: list[SeedProblem] = []
    header = rows[0]
    meta = config.get("meta") or {}
    table_unit = meta.get("unit", "")
    column_units = meta.get("column_units") or {}
    minus_sign = rules.minus_signs.get(meta.get("document_file", ""))
    problems += _meta_unit_problems(relative, header, table_unit, column_units, rules)
    seen_labels: dict[tuple[str, str, str], int] = {}
    for index, row in _records(relative, rows, problems):
        problems += _check_row(relative, index, row, rules)
        key = (row.get("section") or "", row["row_label"], row.get("unit") or "")
        # In a table of figures a label names one row; text tables (assessments)
        # repeat labels such as "Bedömning" per audit area and förvaltning.
        if key in seen_labels and table_unit != "text":
            problems.append(
                SeedProblem(
                    relative,
                    index,
                    "row_label",
                    f'duplicate row label "{row["row_label"]}" (also on line {seen_labels[key]})',
                )
            )
        seen_labels.setdefault(key, index)
        for column in header:
            if column in ROW_COLUMNS:
                continue
            problems += _check_cell(
                relative,
                index,
                column,
                row[column],
                column_units.get(column) or row.get("unit") or table_unit,
                rules,
                minus_sign,
            )
    return problems


def _records(
    relative: str, rows: list[list[str]], problems: list[SeedProblem]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row by column) of every data row; a row with the wrong number of fields is a
    problem (appended to `problems`) and is not yielded."""
    header = rows[0]
    for index, fields in enumerate(rows[1:], start=2):
        if not fields:
            problems.append(SeedProblem(relative, index, "", "an empty line: remove it"))
            continue
        if len(fields) != len(header):
            message = f"{len(fields)} fields where the header has {len(header)}"
            if any("\n" in field or ";" in field for field in fields):
                message += ': a field opens a quote (") that does not close before its ";"'
            problems.append(SeedProblem(relative, index, "", message))
            continue
        yield index, dict(zip(header, fields, strict=True))


def _check_cell(
    relative: str,
    index: int,
    column: str,
    value: str,
    unit: str,
    rules: Rules,
    minus_sign: str | None,
) -> list[SeedProblem]:
    if reason := unusual_space(value):
        return [SeedProblem(relative, index, column, reason)]
    if value != value.strip():
        return [SeedProblem(relative, index, column, f'"{value}" has surrounding spaces')]
    if not value:
        return []
    if "%" in value and unit not in ("procent", "text"):
        return [
            SeedProblem(relative, index, column, f'"{value}" has a percent sign in a {unit} cell')
        ]
    reason = check_printed_value(value, unit, rules, minus_sign)
    return [SeedProblem(relative, index, column, reason)] if reason else []


def check_prose_seed(
    relative: str, rows: list[list[str]], config: dict, rules: Rules
) -> list[SeedProblem]:
    """Every problem of one seed of figures stated in running text (its rows as read,
    header first)."""
    problems: list[SeedProblem] = []
    header = rows[0]
    if tuple(header) != PROSE_COLUMNS:
        return [SeedProblem(relative, 1, "", f"a prose seed has the columns {list(PROSE_COLUMNS)}")]
    for index, row in _records(relative, rows, problems):
        if row["prosa_nr"] != str(index - 1):
            problems.append(
                SeedProblem(relative, index, "prosa_nr", f'"{row["prosa_nr"]}" is not {index - 1}')
            )
        for column in ("rad", "ar", "jamfor_ar", "bas_ar", "bas_prosa_nr"):
            if row[column] and not row[column].isdigit():
                problems.append(
                    SeedProblem(relative, index, column, f'"{row[column]}" is not a whole number')
                )
        if not row["rad"] or not row["mening"].strip():
            problems.append(
                SeedProblem(relative, index, "rad", "a prose figure needs its line and sentence")
            )
        if row["enhet"] not in rules.units:
            problems.append(SeedProblem(relative, index, "enhet", f'unknown unit "{row["enhet"]}"'))
        if row["jamforelse"] not in COMPARISONS:
            problems.append(
                SeedProblem(
                    relative,
                    index,
                    "jamforelse",
                    f'"{row["jamforelse"]}" is not one of {sorted(COMPARISONS - {""})}',
                )
            )
        number = row["tryckt_tal"]
        if number.lower() not in rules.number_words:
            reason = check_printed_value(number, row["enhet"], rules, None)
            if reason:
                problems.append(SeedProblem(relative, index, "tryckt_tal", reason))
        problems += [
            SeedProblem(relative, index, column, reason)
            for column, reason in _meaning_problems(row, rules, len(rows) - 1)
        ]
    return problems


def _meaning_problems(row: dict[str, str], rules: Rules, last_row: int) -> list[tuple[str, str]]:
    """What is wrong with the columns that say what a prose figure means."""
    problems = []
    if row["slag"] not in rules.prose_kinds:
        problems.append(("slag", f'"{row["slag"]}" is not one of {sorted(rules.prose_kinds)}'))
    if row["tecken"] not in ("+", "-"):
        problems.append(("tecken", f'"{row["tecken"]}" is not + or -'))
    elif row["tryckt_tal"][:1] in MINUS_SIGNS and row["tecken"] != "-":
        problems.append(("tecken", f'"{row["tryckt_tal"]}" is printed with a minus: tecken is -'))
    if row["fran_till"] not in ("", "fran", "till"):
        problems.append(("fran_till", f'"{row["fran_till"]}" is not fran, till or empty'))
    if row["fran_till"] == "till" and not row["bas_prosa_nr"]:
        problems.append(("bas_prosa_nr", "a till row names its fran row"))
    for column in ("scenario_id", "bas_scenario_id"):
        if row[column] and row[column] not in rules.scenarios:
            problems.append((column, f'unknown scenario "{row[column]}"'))
    target = row["bas_prosa_nr"]
    if target.isdigit() and not (1 <= int(target) <= last_row and target != row["prosa_nr"]):
        problems.append(("bas_prosa_nr", f'"{target}" is not another row of this seed'))
    return problems


@dataclass(frozen=True)
class SeedCheck:
    """What `check-seeds` found: the problems, and how much it traced into the documents."""

    problems: list[SeedProblem]
    traced_rows: int
    traced_figures: int
    documents: int

    def summary(self) -> str:
        """One line: what was traced and how many problems were found."""
        return (
            f"traced {self.traced_rows} table rows and {self.traced_figures} prose figures "
            f"into {self.documents} documents; {len(self.problems)} problem(s)"
        )


def _transcribed(path: Path, project_dir: Path, config: dict) -> TranscribedSeed:
    """A seed that passed its format checks, as the trace reads it."""
    # utf-8-sig: a byte-order mark is accepted (see _decode), and must not rename a column.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        rows = list(reader)
        header = list(reader.fieldnames or [])
    return TranscribedSeed(
        file=str(path.relative_to(project_dir)),
        meta=config.get("meta") or {},
        printed_columns=[column for column in header if column not in ROW_COLUMNS],
        rows=rows,
    )


def _format_problems(
    path: Path, project_dir: Path, config: dict, rules: Rules
) -> list[SeedProblem]:
    """The format problems of a transcribed table or prose seed (not its trace)."""
    relative, rows, problems = _read_rows(path, project_dir, config)
    if rows and not problems:
        prose = (config.get("meta") or {}).get("form") == PROSE_FORM
        check = check_prose_seed if prose else check_table_seed
        problems = check(relative, rows, config, rules)
    return problems


def _names_used_twice(project_dir: Path, paths: list[Path]) -> list[SeedProblem]:
    """A seed's name is its file's name, once in the project (dbt cannot tell two apart)."""
    first: dict[str, Path] = {}
    problems = []
    for path in paths:
        if path.stem in first:
            problems.append(
                SeedProblem(
                    str(path.relative_to(project_dir)),
                    1,
                    "",
                    f"the seed name {path.stem} is also "
                    f"{first[path.stem].relative_to(project_dir)}: rename one",
                )
            )
        first.setdefault(path.stem, path)
    return problems


def check_seed_file(
    path: Path, project_dir: Path, configs: dict[str, dict] | None = None
) -> list[SeedProblem]:
    """The format problems of one seed file of any kind, without the trace into its
    document: what is wrong with a seed that dbt could not load (`configs`: the seeds'
    YAML configs, read from the project when not given)."""
    if configs is None:
        configs = seed_configs(project_dir / "seeds")
    config = configs.get(path.stem)
    if path.parent.name in NON_PRINTED_DIRS:
        return check_reference_seed(path, project_dir, config or {})
    if config is None:
        return [SeedProblem(str(path.relative_to(project_dir)), 1, "", "seed has no YAML entry")]
    return _format_problems(path, project_dir, config, load_rules(project_dir))


def check_formats(project_dir: Path) -> list[SeedProblem]:
    """The format problems of every seed file, the label map's and the seed names', without
    the trace (no source documents needed): what `regionfinans build` adds to a failed
    build, where a careless edit may be the cause."""
    paths = sorted((project_dir / "seeds").glob("*/*.csv"))
    configs = seed_configs(project_dir / "seeds")
    return [
        *check_label_map(project_dir),
        *_names_used_twice(project_dir, paths),
        *(problem for path in paths for problem in check_seed_file(path, project_dir, configs)),
    ]


def check_seeds(project_dir: Path, sources: Path | None = None) -> SeedCheck:
    """Every problem in every transcribed seed of the project: its format, and its trace
    into its source document (in `sources`, default `sources_dir()`; a missing folder
    raises MissingSourcesError)."""
    seeds_dir = project_dir / "seeds"
    configs = seed_configs(seeds_dir)
    rules = load_rules(project_dir)
    documents, problems = load_documents(project_dir, sources or sources_dir())
    problems.extend(check_label_map(project_dir))
    traced = {False: 0, True: 0}
    problems.extend(_names_used_twice(project_dir, sorted(seeds_dir.glob("*/*.csv"))))
    for path in sorted(seeds_dir.glob("*/*.csv")):
        if path.parent.name in NON_PRINTED_DIRS:
            problems.extend(check_reference_seed(path, project_dir, configs.get(path.stem, {})))
            continue
        if path.stem not in configs:
            problems.append(
                SeedProblem(str(path.relative_to(project_dir)), 1, "", "seed has no YAML entry")
            )
            continue
        config = configs[path.stem]
        prose = (config.get("meta") or {}).get("form") == PROSE_FORM
        format_problems = _format_problems(path, project_dir, config, rules)
        problems.extend(format_problems)
        if format_problems:
            continue  # a malformed seed is named as such; its trace would only repeat it
        trace_problems, count = trace_seed(
            _transcribed(path, project_dir, config), documents, prose
        )
        problems.extend(trace_problems)
        traced[prose] += count
    return SeedCheck(problems, traced[False], traced[True], len(documents.texts))


LABEL_MAP = Path("seeds/reference/ref__etiketter.csv")
LABEL_KEY = ("table_kind", "source_table", "axis", "printed_label")


def check_label_map(project_dir: Path) -> list[SeedProblem]:
    """A printed label mapped twice in the label map (same table kind, table, axis and
    label), named with both lines: the build could not tell which key it has."""
    problems: list[SeedProblem] = []
    first_line: dict[tuple[str, ...], int] = {}
    for line, row in enumerate(_read_csv(project_dir / LABEL_MAP), start=2):
        key = tuple(row.get(column) or "" for column in LABEL_KEY)
        if key in first_line:
            table_kind, source_table, axis, label = key
            problems.append(
                SeedProblem(
                    str(LABEL_MAP),
                    line,
                    "printed_label",
                    f'"{label}" ({axis}, table kind {table_kind}'
                    f"{', table ' + source_table if source_table else ''}) is mapped twice: "
                    f"line {first_line[key]} and line {line}; keep one",
                )
            )
        else:
            first_line[key] = line
    return problems


def check_project_seeds(project_dir: Path, sources: Path | None = None) -> list[SeedProblem]:
    """Every problem in every transcribed seed of the project (see `check_seeds`)."""
    return check_seeds(project_dir, sources).problems
