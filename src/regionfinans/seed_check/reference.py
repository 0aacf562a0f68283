"""The seeds the warehouse keys and registers with (seeds/reference, seeds/registry): their
format and declared types, the label map's labels mapped once, each seed name once."""

from __future__ import annotations

import re
from pathlib import Path

from regionfinans.problems import SeedProblem
from regionfinans.seed_check.reading import check_header, decode, records, split_rows
from regionfinans.seed_check.rules import read_csv_lines
from regionfinans.seed_check.values import not_a_key, not_a_year, unusual_space

# The columns of the reference and registry seeds that hold a year.
YEAR_COLUMNS = frozenset({"ar", "edition_year", "covers_from_year", "covers_to_year"})
# The columns of the reference and registry seeds that hold a key, with the wildcards a
# column takes besides (a label map row for every table kind, `*`; a rule's parts, `*`
# every row, `^` the rows above). A key mistyped as a word ("Belopp") built without a word.
KEY_COLUMNS = {
    **dict.fromkeys(
        (
            "source_table",
            "mapped_key",
            "scenario",
            "scenario_id",
            "total_key",
            "total_section",
            "part_section",
            "kvot_key",
            "taljare_key",
            "namnare_key",
            "column_key",
            "rad_id",
            "specificerar_rad_id",
            "region_id",
            "namnd_id",
            "sektor_id",
            "kommun_id",
            "saljare_id",
            "series_id",
            "edition_id",
            "rule_id",
        ),
        frozenset(),
    ),
    "table_kind": frozenset({"*"}),
    "part_key": frozenset({"*", "^"}),
}
# The label map's figure ids may name a part by the cell it is taken from ("{kolumn}").
TEMPLATED_KEY_COLUMNS = frozenset({"figur"})
# How a value of a reference or registry seed's declared type is written in its CSV.
TYPE_GRAMMAR = {
    "integer": (r"-?[0-9]+", "a whole number"),
    "boolean": (r"true|false", "true or false"),
    "decimal": (r"-?[0-9]+(\.[0-9]+)?", "a number (digits, a decimal point)"),
}

# What DuckDB's (and Spark's) integer holds: a larger value stops the seed's load.
INTEGER_RANGE = (-(2**31), 2**31 - 1)


def check_reference_seed(path: Path, project_dir: Path, config: dict) -> list[SeedProblem]:
    """The format of a seed the warehouse keys or registers with (seeds/reference,
    seeds/registry): UTF-8, semicolon-delimited, the columns its YAML declares, every line
    as many fields as the header, each value of its declared type, and no value with
    surrounding or look-alike spaces (a label map's label would match nothing)."""
    relative = str(path.relative_to(project_dir))
    text, problems = decode(path, relative)
    if text is None:
        return problems
    declared = config.get("column_types") or {}
    rows, problems = split_rows(relative, text, len(declared))
    if rows and declared:
        problems += check_header(relative, rows[0], list(declared))
    if problems:
        return problems  # a header to mend first: every line would repeat it
    for index, row in records(relative, rows, problems) if rows else ():
        for column, value in row.items():
            reason = (
                unusual_space(value)
                or (f'"{value}" has surrounding spaces' if value != value.strip() else None)
                or _not_of_type(value, str(declared.get(column, "string")))
                or _not_a_year(column, value)
                or _not_a_key(column, value)
            )
            if reason:
                problems.append(SeedProblem(relative, index, column, reason))
    return problems


def _not_a_year(column: str, value: str) -> str | None:
    """Why a year column's value (the label map's `ar`, the registry's edition and covered
    years) cannot be a year of these documents, or None."""
    return not_a_year(value) if column in YEAR_COLUMNS else None


def _not_a_key(column: str, value: str) -> str | None:
    """Why a key column's value (KEY_COLUMNS, TEMPLATED_KEY_COLUMNS) is not a key, or None."""
    if column in TEMPLATED_KEY_COLUMNS:
        return not_a_key(value, templated=True)
    if column not in KEY_COLUMNS or value in KEY_COLUMNS[column]:
        return None
    return not_a_key(value)


def _not_of_type(value: str, data_type: str) -> str | None:
    """Why a non-empty `value` cannot be loaded as `data_type` (a seed's column_types), or
    None: dbt would stop on it with the loader's message."""
    kind = data_type.split("(")[0].strip().lower()
    if not value or kind not in TYPE_GRAMMAR:
        return None
    pattern, described = TYPE_GRAMMAR[kind]
    if not re.fullmatch(pattern, value):
        return f'"{value}" is not {described}'
    low, high = INTEGER_RANGE
    if kind == "integer" and not low <= int(value) <= high:
        return f'"{value}" does not fit an integer column ({low} to {high})'
    return None


def names_used_twice(project_dir: Path, paths: list[Path]) -> list[SeedProblem]:
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


LABEL_MAP = Path("seeds/reference/ref__etiketter.csv")


LABEL_KEY = ("table_kind", "source_table", "axis", "printed_label")


# A label that is a year with at most one word beside it ("2024 Budget", "Resultat 2023",
# "2021"): the column's year. A label that also says more ("Förändring mot 2023", "Budget
# 2023/24", "2023-10 Prognos") may name another year than its own and is not read.
YEAR_WORD = re.compile(r"(?:19|20)[0-9]{2}")


def _year_not_the_labels(row: dict[str, str]) -> str | None:
    """Why a label map row's year is not the year its printed label is, unless the row
    registers the misprint (a discrepancy_id: the 2024 budget's balance sheet prints "2024
    Plan" over the 2025 column), or None."""
    words = (row.get("printed_label") or "").split()
    years = [word for word in words if YEAR_WORD.fullmatch(word)]
    year = row.get("ar") or ""
    if not year or len(words) > 2 or len(years) != 1 or year == years[0]:
        return None
    if row.get("discrepancy_id"):
        return None
    return (
        f'"{row["printed_label"]}" names the year {years[0]} but ar is {year}: '
        "correct ar, or register the misprint (discrepancy_id)"
    )


def check_label_map(project_dir: Path, scenarios: frozenset[str]) -> list[SeedProblem]:
    """A printed label mapped twice in the label map (same table kind, table, axis and
    label), named with both lines: the build could not tell which key it has; a year
    other than the one its label prints; and a scenario not of `scenarios` (ref__scenarier)."""
    problems: list[SeedProblem] = []
    first_line: dict[tuple[str, ...], int] = {}
    for line, row in read_csv_lines(project_dir / LABEL_MAP):
        if reason := _year_not_the_labels(row):
            problems.append(SeedProblem(str(LABEL_MAP), line, "ar", reason))
        scenario = row.get("scenario") or ""
        if scenario and scenario not in scenarios:
            problems.append(
                SeedProblem(
                    str(LABEL_MAP),
                    line,
                    "scenario",
                    f'unknown scenario "{scenario}" (ref__scenarier has {sorted(scenarios)})',
                )
            )
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
    return problems + _keys_of_other_labels(read_csv_lines(project_dir / LABEL_MAP))


def slug(label: str) -> str:
    """The key a printed label slugifies to, as the macro `slugify` makes it: lower case,
    å/ä → a, ö → o, é → e, every run of other characters one underscore."""
    return re.sub(r"[^a-z0-9]+", "_", label.lower().translate(SLUG_LETTERS)).strip("_")


SLUG_LETTERS = str.maketrans("åäöé", "aaoe")


def _yearless(key: str) -> str:
    """A key or slug without its years: a key keeps the year of the edition that first
    printed its label ("…_2023") when the next edition prints the label a year on."""
    return re.sub(r"_+", "_", SLUG_YEAR.sub("", key)).strip("_")


SLUG_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _keys_of_other_labels(rows: list[tuple[int, dict[str, str]]]) -> list[SeedProblem]:
    """A label whose key is not its own slug but another label's of the same table kind and
    axis: two labels' keys swapped (Immateriella and Finansiella anläggningstillgångar
    swapped built green and moved 8 cells of fct_rapportrad). Years aside: the same label a
    year on keeps its key."""
    by_slug: dict[tuple[str, str, str], list[tuple[int, dict[str, str]]]] = {}
    for line, row in rows:
        label = _yearless(slug(row["printed_label"]))
        by_slug.setdefault((row.get("table_kind") or "", row.get("axis") or "", label), []).append(
            (line, row)
        )
    problems = []
    for line, row in rows:
        tail = _yearless((row.get("mapped_key") or "").rsplit(":", 1)[-1])
        own = _yearless(slug(row["printed_label"]))
        if not tail or not own or tail == own:
            continue
        for other_line, other in by_slug.get((row["table_kind"], row["axis"], tail), []):
            if (row.get("source_table") or "") in ("", other.get("source_table") or ""):
                reason = (
                    f'the key {row["mapped_key"]} is the key of "{other["printed_label"]}" '
                    f'(line {other_line}), not of "{row["printed_label"]}": are two keys swapped?'
                )
                problems.append(SeedProblem(str(LABEL_MAP), line, "mapped_key", reason))
                break
    return problems


REFERENCE = Path("seeds/reference")


def check_reference_rules(project_dir: Path) -> list[SeedProblem]:
    """What two small reference seeds say holds together: a measure of the investment plan
    (ref__investeringsmatt, ingar_i_plan) names the scenario its column prints (utfall
    counted as a plan year built green and moved 2023 into rpt_nyckeltal's plan); a kommun
    (ref__kommuner) is one its region's part of Södra sjukvårdsregionen names
    (ref__regioner, ingar_i_ssvr_med: Hylte given Kronoberg built green)."""
    problems: list[SeedProblem] = []
    measures = REFERENCE / "ref__investeringsmatt.csv"
    if (project_dir / measures).exists():
        for line, row in read_csv_lines(project_dir / measures):
            if (row.get("ingar_i_plan") or "").lower() == "true" and not row.get("scenario_id"):
                reason = "a measure of the plan names the scenario its column prints (scenario_id)"
                problems.append(SeedProblem(str(measures), line, "ingar_i_plan", reason))
    kommuner, regioner = REFERENCE / "ref__kommuner.csv", REFERENCE / "ref__regioner.csv"
    if (project_dir / kommuner).exists() and (project_dir / regioner).exists():
        parts = {
            row["region_id"]: row.get("ingar_i_ssvr_med") or ""
            for _, row in read_csv_lines(project_dir / regioner)
        }
        for line, row in read_csv_lines(project_dir / kommuner):
            region, name = row.get("region_id") or "", row.get("kommun_namn") or ""
            if region in parts and name not in parts[region]:
                reason = (
                    f'{region}\'s part of Södra sjukvårdsregionen, "{parts[region]}" '
                    f"(ref__regioner), does not name {name}"
                )
                problems.append(SeedProblem(str(kommuner), line, "region_id", reason))
    return problems


DOCUMENTS = Path("seeds/registry/registry__source_documents.csv")
# A year as a document's title prints it ("Verksamhetsplan 2025–2027"; not a date's year,
# "2024-03-20", nor a law's number, "2017:725").
TITLE_YEAR = re.compile(r"(?<![0-9:-])(?:19|20)[0-9]{2}(?![0-9:-])")


def check_document_years(project_dir: Path) -> list[SeedProblem]:
    """An edition's years agree (registry__source_documents): the years it covers in order,
    its own year among them, and, where its title prints years, the first and the last of
    them (a budget 2024 registered as of 2023 reordered its figures' versions without a word;
    a budget 2024 with plan 2025–2026 registered as covering 2027 changed dim_edition)."""
    problems: list[SeedProblem] = []
    for line, row in read_csv_lines(project_dir / DOCUMENTS):
        try:
            own, first, last = (
                int(row.get(column) or "")
                for column in ("edition_year", "covers_from_year", "covers_to_year")
            )
        except ValueError:
            continue  # the type check names it
        if first > last:
            reason = f"the edition covers {first} to {last}: the last year is before the first"
            problems.append(SeedProblem(str(DOCUMENTS), line, "covers_to_year", reason))
            continue
        if not first <= own <= last:
            reason = f"{own} is not among the years the edition covers ({first}–{last})"
            problems.append(SeedProblem(str(DOCUMENTS), line, "edition_year", reason))
        title = row.get("title") or ""
        printed = sorted({int(y) for y in TITLE_YEAR.findall(title)})
        for column, covered, named in (
            ("covers_from_year", first, printed[:1]),
            ("covers_to_year", last, printed[-1:]),
        ):
            if named and named[0] != covered:
                span = f"{printed[0]}–{printed[-1]}" if len(printed) > 1 else f"{printed[0]}"
                reason = f'the title "{title}" prints {span}: {column} is {named[0]}, not {covered}'
                problems.append(SeedProblem(str(DOCUMENTS), line, column, reason))
    return problems


SERIES = Path("seeds/registry/registry__document_series.csv")
# The years of a title with what joins them ("2025–2027", "2024 med plan för 2025–2026").
TITLE_YEARS = re.compile(
    r"\s*(?<![0-9:-])(?:19|20)[0-9]{2}(?:\s*[–-]\s*(?:19|20)[0-9]{2})?(?![0-9:-])"
)


def check_document_series(project_dir: Path) -> list[SeedProblem]:
    """An edition's title (registry__source_documents), its years left out, begins with its
    series' title (registry__document_series): the plan 2025–2027 given the annual report's
    series built green, took the series' kind and title in dim_edition and made the annual
    report 2023 no longer the latest of its series."""
    if not (project_dir / SERIES).exists():
        return []
    titles = {
        row.get("series_id"): row.get("series_title") or ""
        for _, row in read_csv_lines(project_dir / SERIES)
    }
    problems: list[SeedProblem] = []
    for line, row in read_csv_lines(project_dir / DOCUMENTS):
        series, title = row.get("series_id"), row.get("title") or ""
        if series not in titles:
            continue  # the relationship check names it
        yearless = " ".join(TITLE_YEARS.sub(" ", title).split()).replace(" ,", ",")
        if not yearless.startswith(" ".join(titles[series].split())):
            reason = (
                f'the title "{title}" is not of the series {series}, '
                f'"{titles[series]}" ({SERIES.name})'
            )
            problems.append(SeedProblem(str(DOCUMENTS), line, "series_id", reason))
    return problems
