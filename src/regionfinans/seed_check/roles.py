"""The reference seeds that give a mapped key a role, held to the label map that gives the
keys: a role names a key some printed label is mapped to (ref__nyckelroller), and a
measure of the investment plan has a year exactly when the columns it reads do
(ref__investeringsmatt, har_ar). A role on a mistyped key applies to nothing and says so
nowhere: the sector check of bilaga 4 A went quiet, and a plan measure's years were lost
from fct_investering, each with the build green."""

from __future__ import annotations

from pathlib import Path

from regionfinans.problems import SeedProblem
from regionfinans.seed_check.rules import read_csv_lines

LABEL_MAP = Path("seeds/reference/ref__etiketter.csv")
ROLES = Path("seeds/reference/ref__nyckelroller.csv")
MEASURES = Path("seeds/reference/ref__investeringsmatt.csv")
EVERY_KIND = "*"


def check_key_roles(project_dir: Path) -> list[SeedProblem]:
    """Problems of ref__nyckelroller and ref__investeringsmatt against the label map."""
    if not (project_dir / LABEL_MAP).exists():
        return []
    labels = [row for _, row in read_csv_lines(project_dir / LABEL_MAP)]
    problems: list[SeedProblem] = []
    if (project_dir / ROLES).exists():
        problems += _roles_on_unmapped_keys(read_csv_lines(project_dir / ROLES), labels)
    if (project_dir / MEASURES).exists():
        problems += _measure_years(read_csv_lines(project_dir / MEASURES), labels)
    return problems


def _roles_on_unmapped_keys(
    roles: list[tuple[int, dict[str, str]]], labels: list[dict[str, str]]
) -> list[SeedProblem]:
    """A role whose key no label of its table kind and axis is mapped to."""
    given = {(row.get("table_kind"), row.get("axis"), row.get("mapped_key")) for row in labels}
    problems = []
    for line, role in roles:
        kind, axis, key = role.get("table_kind"), role.get("axis"), role.get("mapped_key")
        if (kind, axis, key) in given or (EVERY_KIND, axis, key) in given:
            continue
        reason = (
            f'"{key}" is not a key the label map ({LABEL_MAP.name}) gives a label of table '
            f"kind {kind} on the axis {axis}: the role {role.get('roll')} would apply to nothing"
        )
        problems.append(SeedProblem(str(ROLES), line, "mapped_key", reason))
    return problems


def _measure_years(
    measures: list[tuple[int, dict[str, str]]], labels: list[dict[str, str]]
) -> list[SeedProblem]:
    """A measure whose `har_ar` is not what the label map says of the columns it reads:
    every column mapped to its key (and scenario, where it names one) has a year, or none."""
    problems = []
    for line, measure in measures:
        key, scenario = measure.get("column_key"), measure.get("scenario_id") or ""
        read = [
            row
            for row in labels
            if row.get("mapped_key") == key and (not scenario or row.get("scenario") == scenario)
        ]
        has_year = (measure.get("har_ar") or "").lower() == "true"
        against = [row for row in read if bool(row.get("ar")) != has_year]
        if against:
            row = against[0]
            year = f"the year {row['ar']}" if row.get("ar") else "no year"
            reason = (
                f'the label map gives the column "{row.get("printed_label")}" ({key}) {year}, '
                f"but har_ar is {measure.get('har_ar')}"
            )
            problems.append(SeedProblem(str(MEASURES), line, "har_ar", reason))
    return problems
