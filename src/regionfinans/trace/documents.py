"""The registered source documents, read from the sources folder and checked against
their registered sha256."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from regionfinans.problems import SeedProblem
from regionfinans.trace.model import Document, Documents

REGISTRY = Path("seeds") / "registry" / "registry__source_documents.csv"


class MissingSourcesError(Exception):
    """The folder of source documents does not exist: nothing can be traced (the
    commands exit as misconfigured)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"no folder of source documents at {folder}: set REGIONFINANS_SOURCES to the "
            "folder holding the documents' text files"
        )
        self.folder = folder


def load_documents(project_dir: Path, sources: Path) -> tuple[Documents, list[SeedProblem]]:
    """The registered documents' texts, and a problem on the registry's line for each
    document missing from `sources` or whose sha256 is not the registered one (its text
    is still traced: what differs is worth knowing too)."""
    if not sources.is_dir():
        raise MissingSourcesError(sources)
    with (project_dir / REGISTRY).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        registry = [(reader.line_num, row) for row in reader]  # an empty line shifts none
    texts: dict[str, Document] = {}
    problems = []
    for line, row in registry:
        name, expected = row.get("document_file") or "", row.get("sha256") or ""
        path = sources / name
        if not name or not path.is_file():
            problems.append(
                SeedProblem(str(REGISTRY), line, "document_file", f'"{name}" is not in {sources}')
            )
            continue
        raw = path.read_bytes()
        actual = hashlib.sha256(raw).hexdigest()
        if actual != expected:
            problems.append(
                SeedProblem(
                    str(REGISTRY),
                    line,
                    "sha256",
                    f'{path} has sha256 {actual}, the registry says "{expected}": not the '
                    "text the seeds were transcribed from (or the registered checksum is wrong)",
                )
            )
        texts[name] = Document(name, raw.decode("utf-8", errors="replace").splitlines())
    registered = frozenset(row.get("document_file") or "" for _, row in registry)
    return Documents(registered, texts), problems
