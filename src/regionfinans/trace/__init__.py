"""The trace: every transcribed figure stands in its source document, as printed.

`regionfinans check-seeds` (and so the nightly, before dbt) runs it on every seed that
passes the format checks of `seed_check`:

- Documents (`documents`). Each document of
  `seeds/registry/registry__source_documents.csv` is read from the sources folder
  (REGIONFINANS_SOURCES, default ../shared/sources) and must have its registered
  `sha256`: the trace reads the very text the seeds were transcribed from. A missing
  folder is a misconfiguration (`MissingSourcesError`), never a silent pass.
- Printed tables (`tables`). A row is its label (with any footnote marker glued on, as
  printed) followed by its non-empty values in column order, whitespace-normalised,
  found in the document's lines that the seed's meta `source_lines` names ("78-101",
  "4153-4154, 4268-4269"). The PDF text breaks words with a hyphen at line ends, so a
  row also counts as found with those breaks joined. A number at either end of what
  is looked for is whole: "537 65" is not found in "537 655". A table printed in
  parts (bilaga 4 B's two halves) lists its parts in the meta's `trace_parts`; each
  part is traced on its own. A row printed over several lines (a percentage line
  under its label, then an amount line) is found when its label is, and its values
  follow the label within `TRACE_WINDOW` characters. A text table whose layout the
  PDF text scrambles (the audit report's assessment grids) says `trace: cells` in its
  meta, as do figures the documents print in running prose (meta `printed_as:
  prose`): then each of its cells, label and values, is found on its own. A column
  printed before the label (a project number) is named in the meta's
  `printed_before_label`.
- Prose figures (`prose`; seeds with meta `form: prosa`). The printed number
  (`tryckt_tal`, a numeral or a number word) starts on the seed's line (`rad`), and
  the sentence (`mening`) is the document's text around that line, whitespace and
  line-break hyphens aside: whole within a window that grows with its length, or,
  where a table interrupts it, as a beginning and an end in that order.

Every problem names the seed file, its line and column, the document line, and what
the document prints there instead.
"""

from __future__ import annotations

from regionfinans.problems import SeedProblem
from regionfinans.trace.documents import REGISTRY, MissingSourcesError, load_documents
from regionfinans.trace.model import Document, Documents, TranscribedSeed
from regionfinans.trace.prose import trace_prose
from regionfinans.trace.tables import trace_table

__all__ = [
    "Document",
    "Documents",
    "MissingSourcesError",
    "TranscribedSeed",
    "load_documents",
    "trace_seed",
]


def trace_seed(
    seed: TranscribedSeed, documents: Documents, prose: bool
) -> tuple[list[SeedProblem], int]:
    """The seed's problems against its document, and how many of its rows were traced
    (none when its document is missing from the sources: the registry's problem says
    so)."""
    name = seed.meta.get("document_file") or ""
    if name not in documents.registered:
        problem = SeedProblem(
            seed.file,
            1,
            "",
            f'meta document_file "{name}" is not registered in {REGISTRY}: '
            "its rows cannot be traced",
            "document_file",
        )
        return [problem], 0
    document = documents.texts.get(name)
    if document is None:
        return [], 0
    trace = trace_prose if prose else trace_table
    return trace(seed, document), len(seed.rows)
