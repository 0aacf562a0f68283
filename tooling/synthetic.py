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

`add_next_edition(..., years=k)` writes the edition k years on (edition ids, names and
years moved k years, ids that carry no year suffixed `_nasta<k>`), so that `add_editions`
can write N editions side by side (the scale profile of `make bench`). With `prose=True`
each prose seed (meta `form: prosa`) is copied too, one per new edition: its rows' years
(`ar`, `jamfor_ar`, `bas_ar`, `period`) move on, every other cell stays as printed, and
each sentence is printed on its own line of the new edition's document, which the row's
`rad` names. Prose figures are numbers in running text, printed rounded: a multiplied
amount would no longer round as printed, so prose is copied only with `factor=1`.
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

from regionfinans.seed_check import ROW_COLUMNS, printed_number_pattern
from regionfinans.trace.model import TranscribedSeed
from regionfinans.trace.tables import printed_parts

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


def _new_edition_id(edition_id: str, years: int = 1) -> str:
    shifted = shift_years(edition_id, years)
    if shifted != edition_id:
        return shifted
    return f"{edition_id}_nasta" if years == 1 else f"{edition_id}_nasta{years}"


def _print_prose(lines: list[str], title: str, rows: list[dict[str, str]]) -> dict[str, str]:
    """Append a prose seed's sentences to a synthetic document's `lines`, after a title:
    each distinct sentence (by its line and text) once, on a line of its own. Returns the
    new line of each row (by `prosa_nr`)."""
    lines.append(title)
    printed: dict[tuple[str, str], str] = {}
    new_lines = {}
    for row in rows:
        key = (row["rad"], row["mening"])
        if key not in printed:
            lines.append(" ".join(row["mening"].split()))
            printed[key] = str(len(lines))
        new_lines[row["prosa_nr"]] = printed[key]
    return new_lines


def _print_table(lines: list[str], title: str, seed: TranscribedSeed) -> str:
    """Append a table to a synthetic document's `lines`, its title and then each row as
    the trace looks for it; returns its `source_lines`."""
    first = len(lines) + 1
    lines.append(title)
    lines.extend(part.text() for row in seed.rows for part in printed_parts(seed, row))
    return f"{first}-{len(lines)}"


SYNTHETIC = "synthetic_"
PROSE_YEARS = ("ar", "jamfor_ar", "bas_ar", "period")


def add_next_edition(
    project: Path,
    tables: list[str] | None = None,
    factor: int = 2,
    sources: Path | None = None,
    years: int = 1,
    prose: bool = False,
) -> NextEdition:
    """Add the edition `years` years on of `tables` (default: every printed table) to the
    project copy at `project`, as data only, and write each new document's text into
    `sources` when given; with `prose`, the prose seeds of the same documents too.
    Returns what was added."""
    if (project / ".git").exists():
        # A copy (tests' copy_project, the bench's) has no .git: a checkout is refused.
        raise ValueError("a synthetic edition is written into a copy of the project only")
    if prose and factor != 1:
        raise ValueError("prose is copied as printed: only with factor=1")
    writer = _EditionWriter(project, factor, years)
    for table in tables or sorted(writer.declared):
        writer.add_table(table)
    if prose:
        writer.add_prose()
    writer.write(sources)
    return writer.added


class _EditionWriter:
    """The next edition as it is written: the project's registry and label map as read,
    and the rows and seeds the new edition adds to them."""

    def __init__(self, project: Path, factor: int, years: int) -> None:
        self.seeds = project / "seeds"
        self.registry, self.reference = self.seeds / "registry", self.seeds / "reference"
        self.factor, self.years = factor, years
        self.discrepancy_prefix = "S" if years == 1 else f"S{years}_"
        _, documents = _read(self.registry / "registry__source_documents.csv")
        _, printed_tables = _read(self.registry / "registry__printed_tables.csv")
        _, self.discrepancies = _read(self.registry / "registry__source_discrepancies.csv")
        _, self.placements = _read(self.registry / "registry__column_placements.csv")
        _, units = _read(self.reference / "ref__enheter.csv")
        self.amounts = {row["unit"] for row in units if row["storhet"] == "belopp"}
        self.grammar = printed_number_pattern(project)
        self.entries = _seed_entries(self.seeds)
        self.by_document = {row["document_file"]: row for row in documents}
        self.declared = {row["source_table"]: row for row in printed_tables}
        self.added = NextEdition()
        self.new_documents: list[dict[str, str]] = []
        self.new_tables: list[dict[str, str]] = []
        self.new_discrepancies: list[dict[str, str]] = []
        self.new_placements: list[dict[str, str]] = []
        self.new_entries: dict[str, list[dict]] = {}

    def shift(self, text: str) -> str:
        return shift_years(text, self.years)

    def scale(self, value: str, unit: str | None) -> str:
        """A printed value of `unit` as the new edition prints it: an amount multiplied."""
        if unit in self.amounts:
            return scale_printed(value, self.factor, self.grammar)
        return value

    def edition_of(self, document: dict[str, str]) -> str:
        """The new edition of `document`'s, registered (without its checksum) at first use."""
        edition = document["edition_id"]
        if edition not in self.added.editions:
            new_edition = _new_edition_id(edition, self.years)
            new_file = f"{SYNTHETIC}{new_edition}.txt"
            self.added.editions[edition] = new_edition
            self.added.documents[document["document_file"]] = new_file
            self.new_documents.append(
                {
                    **document,
                    "document_file": new_file,
                    "edition_id": new_edition,
                    "title": self.shift(document["title"]) + " (syntetisk)",
                    "edition_year": self.shift(document["edition_year"]),
                    "covers_from_year": self.shift(document["covers_from_year"]),
                    "covers_to_year": self.shift(document["covers_to_year"]),
                    "sha256": "",  # once its text is printed, in write()
                }
            )
        return self.added.editions[edition]

    def new_name(self, document: dict[str, str], name: str) -> tuple[str, str]:
        """The new edition of `document` and the new name of its seed `name`."""
        new_edition = self.edition_of(document)
        new = new_edition + "__" + self.shift(name.removeprefix(document["edition_id"] + "__"))
        self.added.tables[name] = new
        return new_edition, new

    def add_entry(self, edition: str, name: str, entry: dict, config: dict) -> None:
        self.new_entries.setdefault(edition, []).append(
            {
                "name": name,
                "description": self.shift(entry.get("description", "")) + " Syntetisk utgåva.",
                "config": config,
            }
        )

    def add_table(self, table: str) -> None:
        """A printed table's next edition: its seed, its YAML entry, its lines of the new
        document, and its rows of the registry."""
        entry = self.entries[table]
        meta = entry["config"]["meta"]
        document = self.by_document[meta["document_file"]]
        new_edition, name = self.new_name(document, table)
        header, rows = _read(next(self.seeds.rglob(f"{table}.csv")))
        new_header = [c if c in ROW_COLUMNS else self.shift(c) for c in header]
        new_rows = [self.next_row(row, meta) for row in rows]
        _write(self.seeds / new_edition / f"{name}.csv", new_header, new_rows)
        new_meta = self.next_meta(meta, self.added.documents[document["document_file"]])
        new_meta["source_lines"] = _print_table(
            self.added.texts.setdefault(new_meta["document_file"], []),
            self.shift(str(meta.get("printed_title", name))),
            TranscribedSeed(
                name, new_meta, [c for c in new_header if c not in ROW_COLUMNS], new_rows
            ),
        )
        config = {**entry["config"], "meta": new_meta}
        config["column_types"] = {
            (c if c in ROW_COLUMNS else self.shift(c)): t
            for c, t in entry["config"]["column_types"].items()
        }
        self.add_entry(new_edition, name, entry, config)
        if table in self.declared:
            self.new_tables.append({**self.declared[table], "source_table": name})
        for row in self.discrepancies:
            if row["source_table"] == table:
                self.new_discrepancies.append(self.next_discrepancy(row, name, meta))
        for row in self.placements:
            if row["source_table"] == table:
                self.new_placements.append(self.next_placement(row, name, meta))

    def next_row(self, row: dict[str, str], meta: dict) -> dict[str, str]:
        """A seed row as the next edition prints it: years moved on, amounts scaled."""
        column_units = meta.get("column_units") or {}
        new = {}
        for column, value in row.items():
            if column in ROW_COLUMNS:
                new[column] = self.shift(value) if column in ("row_label", "section") else value
                continue
            unit = row.get("unit") or column_units.get(column) or meta.get("unit")
            new[self.shift(column)] = self.scale(value, unit)
        return new

    def next_meta(self, meta: dict, document_file: str) -> dict:
        """A table's YAML meta for the next edition (its `source_lines` are set apart)."""
        new_meta = {**meta, "document_file": document_file}
        if "ar" in meta:
            new_meta["ar"] = int(self.shift(str(meta["ar"])))
        if meta.get("total_columns"):
            new_meta["total_columns"] = [self.shift(c) for c in meta["total_columns"]]
        if meta.get("column_units"):
            new_meta["column_units"] = {self.shift(c): u for c, u in meta["column_units"].items()}
        return new_meta

    def next_discrepancy(self, row: dict[str, str], name: str, meta: dict) -> dict[str, str]:
        """A registered discrepancy of a table, registered again against its next edition.
        A rounding of an amount scaled by `factor` is one no more (a difference of 1 made 2):
        it is registered as an arithmetic error of the synthetic edition."""
        unit = meta.get("unit")
        scaled = self.scale(row["printed_value"], unit) != row["printed_value"]
        return {
            **row,
            "kind": "arithmetic" if row["kind"] == "rounding" and scaled else row["kind"],
            "discrepancy_id": self.discrepancy_prefix + row["discrepancy_id"],
            "document_file": self.added.documents[meta["document_file"]],
            "source_table": name,
            "row_label": self.shift(row["row_label"]),
            "column_label": self.shift(row["column_label"]),
            "printed_value": self.scale(row["printed_value"], unit),
            "computed_value": self.scale(row["computed_value"], unit),
        }

    def next_placement(self, row: dict[str, str], name: str, meta: dict) -> dict[str, str]:
        """A registered placement of a sparse row, for the next edition's cells: scaled where
        the column is an amount (a project number is not), as the table's rows are."""
        column_units = meta.get("column_units") or {}
        moved = {}
        for part in row["placement"].split(" | "):
            column, _, value = (side.strip() for side in part.partition("="))
            unit = column_units.get(column) or meta.get("unit")
            moved[part] = (self.shift(column), self.scale(value, unit))
        new_values = {
            value: moved[part][1]
            for part, value in ((part, part.partition("=")[2].strip()) for part in moved)
        }
        return {
            **row,
            "source_table": name,
            "row_label": self.shift(row["row_label"]),
            "printed_values": " | ".join(
                new_values.get(value, value) for value in row["printed_values"].split(" | ")
            ),
            "placement": " | ".join(f"{c}={v}" for c, v in moved.values()),
        }

    def add_prose(self) -> None:
        """The prose seeds of every document that is not itself synthetic, copied into
        their documents' next editions."""
        copied = {row["discrepancy_id"] for row in self.new_discrepancies}
        for entry in list(self.entries.values()):
            meta = entry.get("config", {}).get("meta") or {}
            document_file = meta.get("document_file") or SYNTHETIC
            if meta.get("form") != "prosa" or document_file.startswith(SYNTHETIC):
                continue
            document = self.by_document[document_file]
            new_edition, name = self.new_name(document, entry["name"])
            new_file = self.added.documents[document_file]
            header, rows = _read(next(self.seeds.rglob(f"{entry['name']}.csv")))
            new_lines = _print_prose(
                self.added.texts.setdefault(new_file, []),
                self.shift(name.replace("_", " ")),
                rows,
            )
            new_rows = [
                self.next_prose_row(
                    row, new_lines[row["prosa_nr"]], new_file, copied, (entry["name"], name)
                )
                for row in rows
            ]
            _write(self.seeds / new_edition / f"{name}.csv", header, new_rows)
            config = {**entry["config"], "meta": {**meta, "document_file": new_file}}
            self.add_entry(new_edition, name, entry, config)

    def next_prose_row(
        self,
        row: dict[str, str],
        line: str,
        new_file: str,
        copied: set[str],
        seed: tuple[str, str],
    ) -> dict[str, str]:
        """A prose row on its new line, its years moved on, its discrepancy registered (a
        discrepancy that names the prose seed, `seed` (old, new name), names the new one)."""
        new = {**row, "rad": line}
        new.update({column: self.shift(row[column]) for column in PROSE_YEARS})
        if row["discrepancy_id"]:
            new["discrepancy_id"] = self.discrepancy_prefix + row["discrepancy_id"]
            if new["discrepancy_id"] not in copied:
                # Its table is not in the new edition: the contradiction is registered
                # against the document's new prose all the same.
                copied.add(new["discrepancy_id"])
                registered = next(
                    r for r in self.discrepancies if r["discrepancy_id"] == row["discrepancy_id"]
                )
                self.new_discrepancies.append(
                    {
                        **registered,
                        "discrepancy_id": new["discrepancy_id"],
                        "document_file": new_file,
                        "source_table": seed[1]
                        if registered["source_table"] == seed[0]
                        else registered["source_table"],
                    }
                )
        return new

    def write(self, sources: Path | None) -> None:
        """The YAML of each new edition's seeds, the documents' texts and checksums, and the
        rows appended to the registry and the label map."""
        for edition, entries in self.new_entries.items():
            path = self.seeds / edition / f"_{edition}__seeds.yml"
            document = {"version": 2, "seeds": entries}
            path.write_text(
                yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
        for row in self.new_documents:
            text = "\n".join(self.added.texts.get(row["document_file"], [])) + "\n"
            row["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if sources is not None:
                (sources / row["document_file"]).write_bytes(text.encode("utf-8"))
        _append(self.registry / "registry__source_documents.csv", self.new_documents)
        _append(self.registry / "registry__printed_tables.csv", self.new_tables)
        _append(self.registry / "registry__source_discrepancies.csv", self.new_discrepancies)
        _append(self.registry / "registry__column_placements.csv", self.new_placements)
        _, labels = _read(self.reference / "ref__etiketter.csv")
        _append(
            self.reference / "ref__etiketter.csv",
            _next_labels(
                labels,
                self.added,
                self.years,
                {
                    row["table_kind"]: row["series_id"]
                    for row in _read(self.registry / "registry__table_kinds.csv")[1]
                },
            ),
        )


def _next_labels(
    labels: list[dict[str, str]],
    added: NextEdition,
    years: int = 1,
    series: dict[str, str] | None = None,
) -> list[dict[str, str]]:
    """Label-map rows for the new tables: a table's own rows, and every label carrying a
    year moved on, where the map does not already hold it. A label that links its cell to
    a figure of another series' table kind (`series`: kind -> series; the audit report's
    "Summa Regionbidrag 2023" is the budget's regionbidrag) is not linked in the copy:
    moved a year on, the audit report would restate a year the budget of the year before
    prints otherwise, and the synthesis invents no agreement between series."""
    series = series or {}
    known = {(r["table_kind"], r["source_table"], r["axis"], r["printed_label"]) for r in labels}
    new_rows = []
    for row in labels:
        source = row["source_table"]
        if source and source not in added.tables:
            continue
        label = shift_years(row["printed_label"], years)
        if not source and label == row["printed_label"]:
            continue
        new = {
            **row,
            "source_table": added.tables.get(source, ""),
            "printed_label": label,
            "ar": shift_years(row["ar"], years) if row["ar"] else "",
        }
        linked_kind = row["figur"].split(":")[0]
        if series.get(linked_kind, series.get(row["table_kind"])) != series.get(row["table_kind"]):
            new["figur"] = ""
        key = (new["table_kind"], new["source_table"], new["axis"], new["printed_label"])
        if key not in known:
            known.add(key)
            new_rows.append(new)
    return new_rows


def add_editions(
    project: Path, count: int, sources: Path | None = None, factor: int = 1
) -> list[NextEdition]:
    """`count` synthetic editions of every printed table and every prose seed, the k-th
    k years on, into the project copy at `project` (`make bench`'s scale profile); the
    documents' texts into `sources` when given. Amounts are multiplied by `factor`
    (1, the default, leaves every number as printed: prose is copied only so)."""
    _, printed_tables = _read(project / "seeds" / "registry" / "registry__printed_tables.csv")
    tables = sorted(row["source_table"] for row in printed_tables)
    return [
        add_next_edition(
            project, tables, factor=factor, sources=sources, years=k, prose=factor == 1
        )
        for k in range(1, count + 1)
    ]
