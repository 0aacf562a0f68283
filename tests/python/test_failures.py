"""One failure report: a failing test's rows are described the same way wherever dbt runs
(`regionfinans build`, the nightly's console and alerts, the test suite's build)."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from conftest import PROJECT_DIR, copy_project

from regionfinans import cli
from regionfinans.failures import (
    describe_outcome,
    describe_row,
    failing_rows,
    seed_lines,
    with_label_map_lines,
    with_seed_lines,
)
from regionfinans.nightly import _dbt_failures, _describe_failure
from regionfinans.project import DbtOutcome, NodeResult
from regionfinans.settings import load_settings

TEST_ID = "test.regionfinans.assert_printed_totals_reconcile"


def outcome_with_stored_rows(db: Path) -> DbtOutcome:
    """A failed reconciliation whose failing row is stored in `db`, as dbt stores it."""
    with duckdb.connect(str(db)) as connection:
        connection.execute("create schema audit")
        connection.execute(
            "create table audit.reconcile as select "
            "'seeds/x/x__t.csv line 5, column \"SUMMA\"' as total_location, "
            "'537 655' as printed_total, 537657 as parts_sum, '1 | 2' as printed_parts, "
            "-2 as difference, 0.5 as tolerance, 0 as parts_in_another_unit "
            "union all select 'seeds/y.csv line 2', '1', 2, '2', -1, 0.5, 1"
        )
    node = NodeResult(TEST_ID, "fail", 2, "Got 2 results, configured to fail if != 0", 1.0)
    node = NodeResult(**{**node.__dict__, "relation_name": "audit.reconcile"})
    return DbtOutcome(success=False, results=[node], exception=None)


def test_build_names_the_file_line_and_figures(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    text = describe_outcome(outcome_with_stored_rows(db), db)
    assert text.splitlines() == [
        f"- FAIL {TEST_ID}: 2 failing row(s)",
        "    Got 2 results, configured to fail if != 0",
        '    seeds/x/x__t.csv line 5, column "SUMMA": printed 537 655, computed 537657 '
        "from [1 | 2], difference -2 (rounding allows 0.5)",
        "    seeds/y.csv line 2: printed 1, computed 2 from [2], difference -1 (rounding allows 0.5)"
        "; 1 of its parts printed in another unit than the total (the unit column of their rows, "
        "or the table's meta unit)",
    ]


def test_the_nightly_describes_the_same_rows_the_same_way(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    outcome = outcome_with_stored_rows(db)
    (entry,), _ = _dbt_failures(outcome, db, [], "2026-12-04T02:15:00", tmp_path)
    settings = load_settings(env={"REGIONFINANS_PUBLISHED": str(tmp_path / "p.duckdb")})
    nightly = _describe_failure(entry, settings).splitlines()
    build = describe_outcome(outcome, db).splitlines()
    assert nightly[0].startswith(build[0] + "; failing since ")
    assert nightly[1 : len(build)] == build[1:]


def test_a_column_check_row_names_the_lines_of_its_seed_file(tmp_path: Path) -> None:
    """The lines a column check's row is about: the value's, the empty cells' for not_null,
    the combination's; none when the model shows the value otherwise or the column is not in
    the file (the row keeps the file alone)."""
    seed = tmp_path / "seeds" / "s.csv"
    seed.parent.mkdir()
    seed.write_text("id;namn;typ\na;Alfa;x\nb;;y\na;Alfa igen;x\nc;Ce;\n", encoding="utf-8")

    def where(check: str, column: str, value: str) -> str:
        row = {"location": "seeds/s.csv", "check_name": check, "column_name": column}
        return with_seed_lines(row | {"failing_value": value}, tmp_path)["location"]

    assert seed_lines(tmp_path, "seeds/s.csv", {"column_name": "id", "failing_value": "a"}) == [
        2,
        4,
    ]
    assert where("unique", "id", "a") == "seeds/s.csv lines 2, 4"
    assert where("not_null", "namn", "None") == "seeds/s.csv line 3"
    assert where("unique_combinations", "id, typ", "a, x") == "seeds/s.csv lines 2, 4"
    assert where("accepted_values", "typ", "y") == "seeds/s.csv line 3"
    assert where("unique", "id", "A") == "seeds/s.csv"
    assert where("unique", "kod", "a") == "seeds/s.csv"
    assert with_seed_lines({"location": "marts.t", "column_name": "id"}, tmp_path) == {
        "location": "marts.t",
        "column_name": "id",
    }


def test_a_seed_dbt_could_not_load_is_named_by_file_line_and_what_is_wrong(
    tmp_path: Path,
) -> None:
    """DuckDB's loader says only that it could not sniff the file; the report says which
    line of it, from the seed check, and keeps the first line of dbt's message."""
    project = tmp_path / "project"
    label_map = project / "seeds" / "reference" / "ref__etiketter.csv"
    label_map.parent.mkdir(parents=True)
    original = (PROJECT_DIR / "seeds" / "reference" / "ref__etiketter.csv").read_text("utf-8")
    lines = original.splitlines(keepends=True)
    lines[4] = lines[4].rstrip("\n").rsplit(";", 1)[0] + "\n"  # line 5 loses its last field
    label_map.write_text("".join(lines), encoding="utf-8")
    node = NodeResult(
        "seed.regionfinans.ref__etiketter",
        "error",
        None,
        "Runtime Error in seed ref__etiketter (seeds/reference/ref__etiketter.csv)\n"
        '  Invalid Input Error: Error when sniffing file "ref__etiketter.csv".\n'
        "\n"
        "  Possible fixes:\n"
        "  * Set delimiter (e.g., delim=',')\n"
        "  * Set quote (e.g., quote='\"')",
        0.1,
    )
    outcome = DbtOutcome(success=False, results=[node], exception=None)
    expected = [
        "- ERROR seed.regionfinans.ref__etiketter: ? failing row(s)",
        "    Runtime Error in seed ref__etiketter (seeds/reference/ref__etiketter.csv)",
        '  Invalid Input Error: Error when sniffing file "ref__etiketter.csv".',
        "  Possible fixes:",
        "    seeds/reference/ref__etiketter.csv line 5: 9 fields where the header has 10",
    ]
    assert describe_outcome(outcome, tmp_path / "none.duckdb", project).splitlines() == expected
    (entry,), _ = _dbt_failures(outcome, tmp_path / "none.duckdb", [], "t", project)
    assert entry["message"].splitlines() == [line[4:] for line in expected[1:2]] + expected[2:4]
    assert [row["problem"] for row in entry["rows"]] == [expected[4].strip()]
    empty = NodeResult(node.unique_id, "error", None, "", 0.1)
    assert describe_outcome(DbtOutcome(False, [empty], None), tmp_path / "none.duckdb", project)


def test_a_failed_build_adds_what_the_seed_check_finds_in_the_seed_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A label map label with a trailing space fails the build as an unmapped label; the
    build then also names the label map's line, the cause (dbt itself stubbed out)."""
    project = copy_project(tmp_path / "project")
    label_map = project / "seeds" / "reference" / "ref__etiketter.csv"
    text = label_map.read_text(encoding="utf-8")
    line = text[: text.index("\nabonnemang;;rad;Blekinge;")].count("\n") + 2
    label_map.write_text(
        text.replace("\nabonnemang;;rad;Blekinge;", "\nabonnemang;;rad;Blekinge ;"), "utf-8"
    )
    failed = NodeResult(
        "test.regionfinans.assert_printed_labels_are_mapped", "fail", 1, "Got 1 result", 0.1
    )
    monkeypatch.setattr(
        cli, "run_dbt", lambda *_, **__: DbtOutcome(False, [failed], exception=None)
    )
    assert cli.main(["build", "--project-dir", str(project)]) == 1
    assert capsys.readouterr().err.splitlines()[-2:] == [
        "The seed check finds in the seed files (maybe the cause):",
        f'- seeds/reference/ref__etiketter.csv line {line}, column "printed_label": '
        '"Blekinge " has surrounding spaces',
    ]


def test_a_key_check_row_names_the_label_map_lines_that_give_its_key(tmp_path: Path) -> None:
    """A mistyped key in the label map fails a mart's relationships check; the row names
    the label map's line, where the fix is (and leaves other checks' rows alone)."""
    label_map = tmp_path / "seeds" / "reference" / "ref__etiketter.csv"
    label_map.parent.mkdir(parents=True)
    label_map.write_text(
        "table_kind;source_table;axis;printed_label;mapped_key\n"
        "abonnemang;;rad;Halland;halland\n"
        "abonnemang;;rad;Blekinge;blekigne\n",
        encoding="utf-8",
    )
    row = {
        "check_name": "relationships",
        "column_name": "kopare_region_id",
        "failing_value": "blekigne",
        "problem": "kopare_region_id blekigne is not a region_id of dim_region",
        "location": "marts.fct_abonnemang",
    }
    assert describe_row(with_label_map_lines(row, tmp_path)) == (
        "marts.fct_abonnemang: kopare_region_id blekigne is not a region_id of dim_region; "
        'the label map gives it: seeds/reference/ref__etiketter.csv line 3 ("Blekinge")'
    )
    assert with_label_map_lines({**row, "failing_value": "kronoberg"}, tmp_path) == {
        **row,
        "failing_value": "kronoberg",
    }
    assert with_label_map_lines({**row, "check_name": "not_null"}, tmp_path) == {
        **row,
        "check_name": "not_null",
    }
    in_a_seed = {**row, "check_name": "unique", "location": "seeds/reference/ref__regioner.csv"}
    assert with_label_map_lines(in_a_seed, tmp_path) == in_a_seed


def test_a_failing_test_shows_the_rows_of_its_query(tmp_path: Path) -> None:
    """No test stores its failing rows: the report runs the failed test's query again on the
    warehouse it failed on (its compiled code, from run_results.json), ending in a comment
    as a test's query may."""
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as connection:
        connection.execute("create schema marts")
        connection.execute("create table marts.t as select * from range(8) as r(n)")
    query = "select n, 'seeds/a.csv' as location from marts.t where n > 1 -- the failing rows"
    node = NodeResult(TEST_ID, "fail", 6, "Got 6 results", 0.1, compiled_code=query)
    rows = failing_rows(db, node)
    assert [row["n"] for row in rows] == ["2", "3", "4", "5", "6"]
    # A unit test's compiled code is its model, not failing rows.
    unit = NodeResult("unit_test.regionfinans.m.u", "fail", 1, "", 0.1, compiled_code=query)
    assert failing_rows(db, unit) == []


def test_no_data_test_stores_its_failing_rows() -> None:
    """A stored failure is a table or view per test on every green build (the build's
    slowest kind of node); the report gets the rows from the test's query instead."""
    files = sorted(path for path in (PROJECT_DIR / "tests").rglob("*.sql"))
    assert len(files) > 20
    assert [str(path.relative_to(PROJECT_DIR)) for path in files if _stores(path)] == []


def _stores(path: Path) -> bool:
    """The file's config says store_failures (not a comment that mentions it)."""
    text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    text = re.sub(r"--[^\n]*", "", text)
    return re.search(r"store_failures", text) is not None


def test_a_row_that_states_no_problem_shows_where_and_its_columns() -> None:
    """A test whose rows name no problem shows its columns after the seed's line."""
    assert describe_row(
        {"seed_path": "seeds/a/a__t.csv", "line_number": "4", "row_label": "Summa", "n": "2"}
    ) == ("seeds/a/a__t.csv line 4 (Summa): n 2")
    assert describe_row({"figur_id": "f:g", "cell_location": "seeds/b.csv line 2"}) == (
        "seeds/b.csv line 2: figur_id f:g"
    )
    assert describe_row({"edition_id": "rs_budget_2024", "ar": "2024"}) == (
        "edition_id rs_budget_2024, ar 2024"
    )
    assert describe_row({"cell_location": "seeds/b.csv line 2", "problem": "fel"}) == (
        "seeds/b.csv line 2: fel"
    )
    # A problem that names its place already is not prefixed with it again.
    assert describe_row(
        {"seed_path": "seeds/d.csv", "line_number": "1", "problem": "seeds/d.csv line 1: fel"}
    ) == ("seeds/d.csv line 1: fel")
    # A declared total the table lacks has no printed figures to show.
    missing = {"total_location": "t: the declared total s is not in the table"}
    assert describe_row({**missing, "printed_total": "None", "parts_sum": "None"}) == (
        "t: the declared total s is not in the table"
    )
    # NULLs reach the report as "None" (failing_rows stores every value as text).
    assert describe_row(
        {"seed_path": "seeds/c.csv", "line_number": "None", "row_label": "None", "problem": "p"}
    ) == ("p")
    assert describe_row({"cell_location": "None", "problem": "fel"}) == "fel"
    assert describe_row({"cell_location": "seeds/e.csv line 2", "problem": "None"}) == (
        "seeds/e.csv line 2"
    )
    # A problem naming another place that starts like this one keeps the prefix.
    assert describe_row(
        {"cell_location": "seeds/x.csv line 1", "problem": "differs from seeds/x.csv line 12"}
    ) == ("seeds/x.csv line 1: differs from seeds/x.csv line 12")
    # A row naming its file but no line says its problem alone (no "line None").
    assert describe_row({"seed_path": "seeds/c.csv", "problem": "seeds/c.csv: fel"}) == (
        "seeds/c.csv: fel"
    )
