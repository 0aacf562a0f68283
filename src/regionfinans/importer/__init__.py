"""`regionfinans import`: from a document's text to a placed seed.

A table specification (`specs/<table>.yml`, data) says where the printed table stands in
the text (a heading and which time it occurs; a table split over pages has one part per
page, each with its columns), its columns as printed, and, for a table the project holds,
its row labels, sections, footnotes and total rows. The arithmetic is not in the spec: it
is the table kind's declaration in `seeds/registry/registry__arithmetic.csv`, resolved
through the label map (`seeds/reference/ref__etiketter.csv`), the same data the build
reconciles with.

The text lost the column of each value in rows with empty cells: a row prints only its
values, left to right. Values are placed by solving the declared arithmetic as an integer
program (scipy's `milp`): each value of a sparse row goes to exactly one column, in
printed order, so that every declared total meets its parts within printed rounding.
Every placement that meets the arithmetic as well as the best one is reported: one is
written, more are an ambiguity listed with all candidates and nothing is picked silently;
a table whose totals no placement meets is an error naming the rows, with a draft
discrepancy for the register.

The stages, one module each, in the order an import runs them:

- `spec`: the table specification (Spec, Part, Row) and ImportFailure;
- `text`: reading the document's text (headings, column headers, rows by their labels);
- `numbers`: the Swedish grammar of a printed number (dbt_project.yml's, read once);
- `arithmetic`: the declared arithmetic of printed totals as equations over the cells;
- `placement`: the integer program that places the values of sparse rows;
- `draft`: the seed, placements, draft discrepancies and report an import writes.
"""

from __future__ import annotations

from regionfinans.importer.arithmetic import (
    Equation,
    equations,
    label_keys,
    registered_differences,
)
from regionfinans.importer.draft import (
    ImportResult,
    draft_discrepancies,
    import_table,
    placements_csv,
    report_text,
    seed_csv,
    seed_yaml,
)
from regionfinans.importer.numbers import (
    NumberGrammar,
    number_grammar,
    number_tokens,
    parse_value,
    segmentations,
)
from regionfinans.importer.placement import MAX_SOLUTIONS, Placement, place
from regionfinans.importer.spec import ImportFailure, Part, Row, Spec, iter_specs, load_spec
from regionfinans.importer.text import read_rows

__all__ = [
    "MAX_SOLUTIONS",
    "Equation",
    "ImportFailure",
    "ImportResult",
    "NumberGrammar",
    "Part",
    "Placement",
    "Row",
    "Spec",
    "draft_discrepancies",
    "equations",
    "import_table",
    "iter_specs",
    "label_keys",
    "load_spec",
    "number_grammar",
    "number_tokens",
    "parse_value",
    "place",
    "placements_csv",
    "read_rows",
    "registered_differences",
    "report_text",
    "seed_csv",
    "seed_yaml",
    "segmentations",
]
