"""The table specification (`specs/<table>.yml`): where a printed table stands in the
text, its columns as printed, and its rows; and the failure of bad input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml


class ImportFailure(ValueError):
    """Bad input for the importer: one line naming the file, the line and what was expected."""


@dataclass
class Part:
    """One printed piece of a table: a page's heading and the columns it prints."""

    heading: str
    occurrence: int
    columns: list[str]
    end: str | None = None
    header: bool = True


@dataclass
class Spec:
    """A table specification (specs/<table>.yml)."""

    path: Path
    table: str
    table_kind: str
    document_file: str
    parts: list[Part]
    total_columns: list[str]
    rows: list[dict]
    meta: dict
    column_types_extra: list[str] = field(default_factory=list)
    decisions: dict[int, dict] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        """Every column once, in printed order (parts that continue rows on another page
        repeat the same columns)."""
        seen: list[str] = []
        for part in self.parts:
            seen.extend(column for column in part.columns if column not in seen)
        return seen


@dataclass
class Row:
    """One printed row: its label, section, footnote, and its values per part as printed."""

    label: str
    section: str = ""
    footnote: str = ""
    unit: str = ""
    is_total: bool = False
    values: dict[int, str] = field(default_factory=dict)
    lines: dict[int, int] = field(default_factory=dict)


def load_spec(path: Path) -> Spec:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts = [
        Part(
            p["heading"],
            int(p.get("occurrence", 1)),
            list(p["columns"]),
            p.get("end"),
            bool(p.get("header", True)),
        )
        for p in data["parts"]
    ]
    return Spec(
        path=path,
        table=data["table"],
        table_kind=data["table_kind"],
        document_file=data["document_file"],
        parts=parts,
        total_columns=list(data.get("total_columns") or []),
        rows=list(data.get("rows") or []),
        meta=dict(data.get("meta") or {}),
        column_types_extra=list(data.get("row_columns") or []),
        decisions={int(d["rad"]) - 1: d for d in data.get("beslut") or []},
    )


def iter_specs(project: Path) -> Iterator[Path]:
    yield from sorted((project / "specs").glob("*.yml"))
