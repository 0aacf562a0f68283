"""A printed value of a unit: the number grammar, the document's minus sign, the
warehouse's decimal, and no look-alike space."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from regionfinans.seed_check.rules import Rules

# A whole number as a seed writes it: ASCII digits ("2023¹" with a footnote mark is not).
WHOLE = re.compile(r"[0-9]+")
# The years a public-finance document of a Swedish region can be about or refer to (a
# typo such as 20233 for 2023 is not one; it became a row of dim_ar).
YEARS = (1900, 2100)


def not_a_year(value: str) -> str | None:
    """Why a whole number in a year's place cannot be a year of these documents, or None."""
    first, last = YEARS
    if not WHOLE.fullmatch(value) or first <= int(value) <= last:
        return None
    return f'"{value}" is not a year {first}–{last}'


# A key as the warehouse writes it (a label map's mapped_key, a region_id, a figure id):
# lower-case a–z, digits and _ (what the slugify macro makes of a label), in parts joined
# by ":"; a figure id may name a part by the cell it takes it from ("{kolumn}"). A printed
# word ("Belopp", "Blekinge") is not one.
KEY_PART = r"[a-z0-9_]+"
KEY = re.compile(rf"{KEY_PART}(:{KEY_PART})*")
TEMPLATED_KEY = re.compile(rf"({KEY_PART}|{{{KEY_PART}}})(:({KEY_PART}|{{{KEY_PART}}}))*")


def not_a_key(value: str, templated: bool = False) -> str | None:
    """Why a non-empty `value` in a key's place is not written as a key, or None."""
    if not value or (TEMPLATED_KEY if templated else KEY).fullmatch(value):
        return None
    hint = f' (write "{value.lower()}")' if KEY.fullmatch(value.lower()) else ""
    return f'"{value}" is not a key: lower-case a–z, digits and _, parts joined by ":"{hint}'


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
