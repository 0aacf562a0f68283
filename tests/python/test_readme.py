"""Every SQL query of the README runs against a built warehouse and answers something."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR

README = PROJECT_DIR / "README.md"
QUERIES = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
# One edition of each document so far: no figure is revised yet.
MAY_BE_EMPTY = ("skillnad_mot_foregaende_version != 0",)


def test_the_readme_has_its_queries() -> None:
    assert len(QUERIES) >= 9


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_readme_query_runs(sql: str, built_warehouse: Path) -> None:
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        rows = connection.sql(sql).fetchall()
    if not any(marker in sql for marker in MAY_BE_EMPTY):
        assert rows, f"the README's query answers nothing:\n{sql}"
