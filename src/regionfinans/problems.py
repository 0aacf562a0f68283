"""The one shape every seed check reports in: file, line, column and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedProblem:
    """One problem in one seed file, located by line (1 = header) and column; `meta`: the
    key of the seed's YAML meta the problem is in (the seed check then names the YAML's
    line instead of the CSV's header)."""

    file: str
    line: int
    column: str
    message: str
    meta: str = ""

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"
