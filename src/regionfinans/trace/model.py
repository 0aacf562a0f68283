"""What the trace reads: the source documents' texts and the transcribed seeds."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A registered source document's text; line n of the document is lines[n - 1]."""

    name: str
    lines: list[str]


@dataclass(frozen=True)
class Documents:
    """Every registered document's name, and the text of those found in the sources folder."""

    registered: frozenset[str]
    texts: dict[str, Document] = field(default_factory=dict)


@dataclass(frozen=True)
class TranscribedSeed:
    """A seed file as the trace reads it: its path in the project, its YAML meta, its
    printed columns in order, and its data rows (row i, from 0, on line i + 2)."""

    file: str
    meta: dict
    printed_columns: list[str]
    rows: list[dict[str, str]]

    def numbered_rows(self) -> list[tuple[int, dict[str, str]]]:
        """(line in the file, row) of every data row."""
        return list(enumerate(self.rows, start=2))
