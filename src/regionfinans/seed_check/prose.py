"""The checks of a seed of figures stated in running text: one row per printed number,
what it means in columns a query can use."""

from __future__ import annotations

import re

from regionfinans.problems import SeedProblem
from regionfinans.seed_check.reading import records
from regionfinans.seed_check.rules import (
    COMPARISONS,
    MINUS_SIGNS,
    PROSE_COLUMNS,
    Rules,
)
from regionfinans.seed_check.values import WHOLE, check_printed_value, not_a_key, not_a_year

# A period that is a year and nothing more ("2024").
YEAR_ONLY = re.compile(r"(?:19|20)[0-9]{2}")


def check_prose_seed(
    relative: str, rows: list[list[str]], config: dict, rules: Rules
) -> list[SeedProblem]:
    """Every problem of one seed of figures stated in running text (its rows as read,
    header first)."""
    problems: list[SeedProblem] = []
    header = rows[0]
    if tuple(header) != PROSE_COLUMNS:
        return [SeedProblem(relative, 1, "", f"a prose seed has the columns {list(PROSE_COLUMNS)}")]
    for index, row in records(relative, rows, problems):
        if row["prosa_nr"] != str(index - 1):
            problems.append(
                SeedProblem(relative, index, "prosa_nr", f'"{row["prosa_nr"]}" is not {index - 1}')
            )
        for column in ("rad", "ar", "jamfor_ar", "bas_ar", "bas_prosa_nr"):
            if row[column] and not WHOLE.fullmatch(row[column]):
                problems.append(
                    SeedProblem(relative, index, column, f'"{row[column]}" is not a whole number')
                )
        problems += [
            SeedProblem(relative, index, column, reason)
            for column in ("ar", "jamfor_ar", "bas_ar")
            if (reason := not_a_year(row[column]))
        ]
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
        if reason := unit_word_problem(row, rules):
            problems.append(SeedProblem(relative, index, "enhet", reason))
        if reason := bound_word_problem(row, rules):
            problems.append(SeedProblem(relative, index, "ungefar", reason))
        problems += [
            SeedProblem(relative, index, column, reason)
            for column, reason in _meaning_problems(row, rules, len(rows) - 1)
        ]
    return problems


def _the_one_place(row: dict[str, str]) -> tuple[int, int] | None:
    """Where the number stands in its sentence, when it stands there once."""
    found = [
        match.span()
        for match in re.finditer(
            rf"(?<![\w,]){re.escape(row['tryckt_tal'])}(?![\w,])", row["mening"]
        )
    ]
    return found[0] if len(found) == 1 and row["tryckt_tal"] else None


def bound_word_problem(row: dict[str, str], rules: Rules) -> str | None:
    """Where the sentence prints a bound word right before the number ("knappt 177",
    ref__gransord with alltid_grans), the row's ungefar is that word."""
    place = _the_one_place(row)
    if place is None:
        return None
    before = row["mening"][: place[0]].rstrip().lower()
    for word in rules.bound_words:
        start = len(before) - len(word)
        if before.endswith(word) and (start == 0 or not before[start - 1].isalpha()):
            if (row.get("ungefar") or "").lower() != word:
                return f'the sentence prints "{word} {row["tryckt_tal"]}": ungefar is {word}'
            return None
    return None


def unit_word_problem(row: dict[str, str], rules: Rules) -> str | None:
    """Where the sentence prints a unit word right after the number ("27 miljoner kronor",
    ref__enhetsord), the row's unit is that unit. None when the number stands more than
    once in the sentence, or no unit word follows it."""
    place = _the_one_place(row)
    if place is None:
        return None
    after = row["mening"][place[1] :].lstrip().lower()
    for word, unit in rules.unit_words:
        if after.startswith(word) and not after[len(word) : len(word) + 1].isalpha():
            if unit != row["enhet"]:
                return (
                    f'the sentence prints "{row["tryckt_tal"]} {word}": enhet is {unit}, '
                    f"not {row['enhet']}"
                )
            return None
    return None


def _meaning_problems(row: dict[str, str], rules: Rules, last_row: int) -> list[tuple[str, str]]:
    """What is wrong with the columns that say what a prose figure means."""
    problems = []
    if row["slag"] not in rules.prose_kinds:
        problems.append(("slag", f'"{row["slag"]}" is not one of {sorted(rules.prose_kinds)}'))
    quantity = rules.unit_quantities.get(row["enhet"])
    allowed = rules.kind_quantities.get(row["slag"])
    if quantity and allowed and quantity not in allowed:
        problems.append(
            (
                "slag",
                f"slag {row['slag']} takes a unit of storhet {' or '.join(sorted(allowed))} "
                f"(ref__prosaslag); {row['enhet']} is {quantity}",
            )
        )
    if row["tecken"] not in ("+", "-"):
        problems.append(("tecken", f'"{row["tecken"]}" is not + or -'))
    elif row["tryckt_tal"][:1] in MINUS_SIGNS and row["tecken"] != "-":
        problems.append(("tecken", f'"{row["tryckt_tal"]}" is printed with a minus: tecken is -'))
    if row["fran_till"] not in ("", "fran", "till"):
        problems.append(("fran_till", f'"{row["fran_till"]}" is not fran, till or empty'))
    if row["fran_till"] == "till" and not row["bas_prosa_nr"]:
        problems.append(("bas_prosa_nr", "a till row names its fran row"))
    for column in ("scenario_id", "jamfor_scenario_id", "bas_scenario_id"):
        if row[column] and row[column] not in rules.scenarios:
            problems.append((column, f'unknown scenario "{row[column]}"'))
    problems += [
        (column, reason)
        for column in ("subjekt_id", "matt", "figur_id", "jamfor_figur_id")
        if (reason := not_a_key(row[column]))
    ]
    word = row["riktning"].split()[0].lower() if row["riktning"].strip() else ""
    if word and word not in row["mening"].lower():
        problems.append(
            ("riktning", f'"{word}" is not in the sentence: riktning is the direction as worded')
        )
    period = row["period"].strip()
    if YEAR_ONLY.fullmatch(period) and row["ar"] and period not in (row["ar"], row["bas_ar"]):
        problems.append(("ar", f"the period printed is the year {period}: ar is {period}"))
    target = row["bas_prosa_nr"]
    if WHOLE.fullmatch(target) and not (1 <= int(target) <= last_row and target != row["prosa_nr"]):
        problems.append(("bas_prosa_nr", f'"{target}" is not another row of this seed'))
    return problems
