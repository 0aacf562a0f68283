"""A synthetic next edition of printed tables, written into a copy of the project.

For tests and `make bench` only: the numbers are invented, so this never writes
into the project itself (`add_next_edition` refuses the project folder). It follows the
README's procedure for adding next year's documents, as data only: for each table a CSV
and a YAML entry under `seeds/<new edition>/`, and rows appended to the registry (the
document, the table's declared shape, its registered discrepancies and column
placements) and to the label map (labels that carry a year). Years in labels, names and
meta move one year on; every amount (a unit whose storhet is `belopp`) is multiplied by
`factor`, which keeps every sum, difference and share the table prints exact. Each new
edition's document is a synthetic text that prints its tables' rows as the trace reads
them; it is registered with its sha256, each table with its `source_lines`, and written
into a sources folder when one is given (check-seeds traces into it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from regionfinans.seed_check import printed_number_pattern
from regionfinans.trace.model import TranscribedSeed
from regionfinans.trace.tables import printed_parts

ROW_COLUMNS = ("row_order", "row_label", "is_total", "section", "footnote", "unit")
YEAR = re.compile(r"(?<!\d)(19|20)(\d{2})(?!\d)")


@dataclass
class NextEdition:
    """What `add_next_edition` wrote: the new editions and tables, old name → new name."""

    editions: dict[str, str] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)


def shift_years(text: str, years: int = 1) -> str:
    """Every four-digit year in `text` moved on by `years`."""
    return YEAR.sub(lambda m: str(int(m.group(0)) + years), text)


def scale_printed(printed: str, factor: int, grammar: re.Pattern[str]) -> str:
    """A printed amount multiplied by `factor`, printed the same way (sign, grouping,
    decimals). What is not a printed amount is returned unchanged: text that is not a
    number of the project's printed-number `grammar` (dbt_project.yml's
    printed_number_pattern), a percentage or a ± figure."""
    if not grammar.fullmatch(printed) or "%" in printed or "+/-" in printed:
        return printed
    # The grammar has accepted it: an optional sign, an optional space, digits grouped by
    # spaces, optional decimals after a comma.
    sign = printed[0] if printed[0] in "-–+" else ""
    rest = printed[len(sign) :]
    space = " " if rest.startswith(" ") else ""
    digits, _, decimals = rest[len(space) :].partition(",")
    value = Decimal(digits.replace(" ", "") + ("." + decimals if decimals else ""))
    scaled = value * factor
    whole, _, fraction = f"{scaled:.{len(decimals)}f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    return sign + space + grouped + ("," + fraction if decimals else "")


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, delimiter=";", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _append(path: Path, rows: list[dict[str, str]]) -> None:
    header, existing = _read(path)
    _write(path, header, [*existing, *rows])


def _seed_entries(seeds: Path) -> dict[str, dict]:
    entries = {}
    for path in seeds.rglob("*.yml"):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("seeds", []):
            entries[entry["name"]] = entry
    return entries


def _new_edition_id(edition_id: str) -> str:
    shifted = shift_years(edition_id)
    return shifted if shifted != edition_id else f"{edition_id}_nasta"


def _print_table(lines: list[str], title: str, seed: TranscribedSeed) -> str:
    """Append a table to a synthetic document's `lines`, its title and then each row as
    the trace looks for it; returns its `source_lines`."""
    first = len(lines) + 1
    lines.append(title)
    lines.extend(part.text() for row in seed.rows for part in printed_parts(seed, row))
    return f"{first}-{len(lines)}"


def add_next_edition(
    project: Path,
    tables: list[str] | None = None,
    factor: int = 2,
    sources: Path | None = None,
) -> NextEdition:
    """Add the next edition of `tables` (default: every printed table) to the project copy
    at `project`, as data only, and write each new document's text into `sources` when
    given. Returns what was added."""
    if (project / ".git").exists():
        # A copy (tests' copy_project, the bench's) has no .git: a checkout is refused.
        raise ValueError("a synthetic edition is written into a copy of the project only")
    seeds = project / "seeds"
    registry, reference = seeds / "registry", seeds / "reference"
    _, documents = _read(registry / "registry__source_documents.csv")
    _, printed_tables = _read(registry / "registry__printed_tables.csv")
    _, discrepancies = _read(registry / "registry__source_discrepancies.csv")
    _, placements = _read(registry / "registry__column_placements.csv")
    _, labels = _read(reference / "ref__etiketter.csv")
    _, units = _read(reference / "ref__enheter.csv")
    amounts = {row["unit"] for row in units if row["storhet"] == "belopp"}
    grammar = printed_number_pattern(project)
    entries = _seed_entries(seeds)
    by_document = {row["document_file"]: row for row in documents}
    declared = {row["source_table"]: row for row in printed_tables}
    chosen = tables or sorted(declared)

    added = NextEdition()
    new_documents, new_tables, new_discrepancies, new_placements = [], [], [], []
    new_entries: dict[str, list[dict]] = {}
    for table in chosen:
        entry = entries[table]
        meta = entry["config"]["meta"]
        document = by_document[meta["document_file"]]
        edition = document["edition_id"]
        if edition not in added.editions:
            new_edition = _new_edition_id(edition)
            new_file = f"synthetic_{new_edition}.txt"
            added.editions[edition] = new_edition
            added.documents[document["document_file"]] = new_file
            new_documents.append(
                {
                    **document,
                    "document_file": new_file,
                    "edition_id": new_edition,
                    "title": shift_years(document["title"]) + " (syntetisk)",
                    "edition_year": shift_years(document["edition_year"]),
                    "covers_from_year": shift_years(document["covers_from_year"]),
                    "covers_to_year": shift_years(document["covers_to_year"]),
                    "sha256": "",  # once its text is printed, below
                }
            )
        new_edition = added.editions[edition]
        name = new_edition + "__" + shift_years(table.removeprefix(edition + "__"))
        added.tables[table] = name

        header, rows = _read(next(seeds.rglob(f"{table}.csv")))
        column_units = meta.get("column_units") or {}
        new_header = [c if c in ROW_COLUMNS else shift_years(c) for c in header]
        new_rows = []
        for row in rows:
            new = {}
            for column, value in row.items():
                if column in ROW_COLUMNS:
                    new[column] = (
                        shift_years(value) if column in ("row_label", "section") else value
                    )
                    continue
                unit = row.get("unit") or column_units.get(column) or meta.get("unit")
                new[shift_years(column)] = (
                    scale_printed(value, factor, grammar) if unit in amounts else value
                )
            new_rows.append(new)
        _write(seeds / new_edition / f"{name}.csv", new_header, new_rows)

        new_file = added.documents[document["document_file"]]
        new_meta = {**meta, "document_file": new_file}
        if "ar" in meta:
            new_meta["ar"] = int(shift_years(str(meta["ar"])))
        if meta.get("total_columns"):
            new_meta["total_columns"] = [shift_years(c) for c in meta["total_columns"]]
        if column_units:
            new_meta["column_units"] = {shift_years(c): u for c, u in column_units.items()}
        new_meta["source_lines"] = _print_table(
            added.texts.setdefault(new_file, []),
            shift_years(str(meta.get("printed_title", name))),
            TranscribedSeed(
                name, new_meta, [c for c in new_header if c not in ROW_COLUMNS], new_rows
            ),
        )
        config = {**entry["config"], "meta": new_meta}
        config["column_types"] = {
            (c if c in ROW_COLUMNS else shift_years(c)): t
            for c, t in entry["config"]["column_types"].items()
        }
        new_entries.setdefault(new_edition, []).append(
            {
                "name": name,
                "description": shift_years(entry.get("description", "")) + " Syntetisk utgåva.",
                "config": config,
            }
        )
        if table in declared:
            new_tables.append({**declared[table], "source_table": name})
        for row in discrepancies:
            if row["source_table"] == table:
                unit = meta.get("unit")
                scale = (
                    (lambda v: scale_printed(v, factor, grammar))
                    if unit in amounts
                    else (lambda v: v)
                )
                new_discrepancies.append(
                    {
                        **row,
                        "discrepancy_id": "S" + row["discrepancy_id"],
                        "document_file": added.documents[document["document_file"]],
                        "source_table": name,
                        "row_label": shift_years(row["row_label"]),
                        "column_label": shift_years(row["column_label"]),
                        "printed_value": scale(row["printed_value"]),
                        "computed_value": scale(row["computed_value"]),
                    }
                )
        for row in placements:
            if row["source_table"] == table:
                new_placements.append(
                    {
                        **row,
                        "source_table": name,
                        "row_label": shift_years(row["row_label"]),
                        "printed_values": scale_printed_list(
                            row["printed_values"], factor, grammar
                        ),
                        "placement": "syntetisk: " + shift_years(row["placement"]),
                    }
                )

    for edition, new_entries_of_edition in new_entries.items():
        path = seeds / edition / f"_{edition}__seeds.yml"
        document = {"version": 2, "seeds": new_entries_of_edition}
        path.write_text(
            yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    for row in new_documents:
        text = ("\n".join(added.texts.get(row["document_file"], [])) + "\n").encode("utf-8")
        row["sha256"] = hashlib.sha256(text).hexdigest()
        if sources is not None:
            (sources / row["document_file"]).write_bytes(text)
    _append(registry / "registry__source_documents.csv", new_documents)
    _append(registry / "registry__printed_tables.csv", new_tables)
    _append(registry / "registry__source_discrepancies.csv", new_discrepancies)
    _append(registry / "registry__column_placements.csv", new_placements)
    _append(reference / "ref__etiketter.csv", _next_labels(labels, added))
    return added


def scale_printed_list(printed: str, factor: int, grammar: re.Pattern[str]) -> str:
    """A ' | '-separated list of printed values, each scaled."""
    return " | ".join(scale_printed(value, factor, grammar) for value in printed.split(" | "))


def _next_labels(labels: list[dict[str, str]], added: NextEdition) -> list[dict[str, str]]:
    """Label-map rows for the new tables: a table's own rows, and every label carrying a
    year moved on, where the map does not already hold it."""
    known = {(r["table_kind"], r["source_table"], r["axis"], r["printed_label"]) for r in labels}
    new_rows = []
    for row in labels:
        source = row["source_table"]
        if source and source not in added.tables:
            continue
        label = shift_years(row["printed_label"])
        if not source and label == row["printed_label"]:
            continue
        new = {
            **row,
            "source_table": added.tables.get(source, ""),
            "printed_label": label,
            "ar": shift_years(row["ar"]) if row["ar"] else "",
        }
        key = (new["table_kind"], new["source_table"], new["axis"], new["printed_label"])
        if key not in known:
            known.add(key)
            new_rows.append(new)
    return new_rows
