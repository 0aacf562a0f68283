"""`regionfinans import`: from a document's text to a placed seed.

From the source texts and the specs it reproduces every committed cell of the tables the
project holds; on small invented tables it places a unique row, reports both candidates of
an ambiguous one, names the row of an impossible one, reads wrapped labels, footnote
digits and a table split by a page break; bad input is one line and exit 2.
"""

from __future__ import annotations

import csv
import io
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT_DIR, SEEDS_DIR, read_seed_csv, sources_dir

from regionfinans.cli import main
from regionfinans.importer import (
    ImportFailure,
    ImportResult,
    import_table,
    iter_specs,
    report_text,
)
from regionfinans.seed_check import ROW_COLUMNS

SPECS = list(iter_specs(PROJECT_DIR))


def source(spec: Path) -> Path:
    return sources_dir() / yaml.safe_load(spec.read_text(encoding="utf-8"))["document_file"]


def test_the_hard_tables_have_specs() -> None:
    names = {spec.stem for spec in SPECS}
    assert {
        "ssvr_vb_2023__abonnemang_2023",
        "rs_budget_2024__bilaga_1_resultatbudget",
        "rs_budget_2024__bilaga_1_balanskravsberakning",
        "rs_budget_2024__bilaga_2_kassaflodesbudget",
        "rs_budget_2024__bilaga_3_balansbudget",
        "rs_budget_2024__bilaga_4a_regionbidrag",
        "rs_budget_2024__bilaga_4b_forandring_regionbidrag",
        "rs_budget_2024__bilaga_5a_investeringsbudget",
        "rs_budget_2024__bilaga_5b_strategiska_investeringar",
    } <= names


@pytest.mark.parametrize("spec", SPECS, ids=[spec.stem for spec in SPECS])
def test_reproduces_every_committed_cell(spec: Path) -> None:
    if not source(spec).exists():
        pytest.skip(f"source text {source(spec)} not here")
    result = import_table(source(spec), spec, PROJECT_DIR)
    got = list(csv.DictReader(io.StringIO(result.csv), delimiter=";"))
    committed = next(SEEDS_DIR.rglob(f"{spec.stem}.csv"))
    with committed.open(encoding="utf-8", newline="") as handle:
        want = list(csv.DictReader(handle, delimiter=";"))
    assert [row["row_label"] for row in got] == [row["row_label"] for row in want]
    differences = [
        (w["row_label"], column, w[column], g.get(column, ""))
        for g, w in zip(got, want, strict=True)
        for column in w
        if column not in ROW_COLUMNS and g.get(column, "") != w[column]
    ]
    assert differences == []
    assert result.is_decided
    # The draft's register rows are the committed ones, values listed as the register
    # check reads them (a next edition's rows are pasted from the draft).
    drafted = {
        (row["row_label"], row["placement"]): row["printed_values"]
        for row in csv.DictReader(io.StringIO(result.placements), delimiter=";")
    }
    registered = [
        row
        for row in read_seed_csv("registry/registry__column_placements")
        if row["source_table"] == spec.stem
    ]
    for row in registered:
        assert (
            drafted.get((row["row_label"].split(" [")[0], row["placement"]))
            == (row["printed_values"])
        ), row


def ambiguous_rows(stem: str) -> set[str]:
    spec = PROJECT_DIR / "specs" / f"{stem}.yml"
    result = import_table(source(spec), spec, PROJECT_DIR, use_decisions=False)
    return {ambiguity["label"] for ambiguity in result.placement.ambiguities}


def test_the_arithmetic_alone_finds_the_registered_ambiguities() -> None:
    assert {"Regional vaccinsamordnare", "Demokratiuppdrag"} <= ambiguous_rows(
        "rs_budget_2024__bilaga_4b_forandring_regionbidrag"
    )
    assert {
        "Laboratoriemedicin i Blocket i Lund",
        "Akutmottagning Kristianstad",
        "Akutmottagning Ystad",
    } <= ambiguous_rows("rs_budget_2024__bilaga_5b_strategiska_investeringar")


# ----------------------------------------------------------------------------- invented


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    """A project of one invented table kind: rows A, B and Summa; columns X, Y, Z and
    Summa; each row sums into its Summa column, each column into the Summa row."""
    # The project's dbt_project.yml: the grammar of a printed number lives there.
    (tmp_path / "dbt_project.yml").write_bytes((PROJECT_DIR / "dbt_project.yml").read_bytes())
    (tmp_path / "seeds" / "registry").mkdir(parents=True)
    (tmp_path / "seeds" / "reference").mkdir(parents=True)
    (tmp_path / "seeds" / "registry" / "registry__arithmetic.csv").write_text(
        "table_kind;rule_id;roll;direction;total_section;total_key;part_section;part_key;part_sign;unit\n"
        "liten;kolumnsummor;delsumma;rad;;summa;;*;1;\n"
        "liten;radsummor;delsumma;kolumn;;summa;;*;1;\n",
        encoding="utf-8",
    )
    (tmp_path / "seeds" / "registry" / "registry__source_discrepancies.csv").write_text(
        "discrepancy_id;document_file;source_table;row_label;column_label;printed_value;"
        "computed_value;kind;explanation\n",
        encoding="utf-8",
    )
    (tmp_path / "seeds" / "reference" / "ref__etiketter.csv").write_text(
        "table_kind;source_table;axis;printed_label;mapped_key;figur;ar;scenario;teckenomvandling;discrepancy_id\n"
        "liten;;rad;Summa;summa;;;;;\nliten;;kolumn;Summa;summa;;;;;\n",
        encoding="utf-8",
    )
    return tmp_path


def write_spec(project: Path, rows: list[dict], parts: list[dict] | None = None) -> Path:
    spec = {
        "table": "liten_tabell",
        "table_kind": "liten",
        "document_file": "liten.txt",
        "parts": parts or [{"heading": "Tabell 1", "columns": ["X", "Y", "Z", "Summa"]}],
        "row_columns": ["footnote"],
        "total_columns": ["Summa"],
        "meta": {"unit": "tkr", "alltid_tryckta_kolumner": ["Summa"]},
        "rows": rows,
    }
    path = project / "specs" / "liten_tabell.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return path


ROWS = [{"label": "A"}, {"label": "B"}, {"label": "Summa", "is_total": True}]


def run(
    project: Path, text: str, rows: list[dict] = ROWS, parts: list[dict] | None = None
) -> ImportResult:
    document = project / "liten.txt"
    document.write_text(textwrap.dedent(text), encoding="utf-8")
    return import_table(document, write_spec(project, rows, parts), project)


def cells(result: ImportResult) -> list[dict[str, str]]:
    return [
        {k: v for k, v in row.items() if k not in ROW_COLUMNS and v}
        for row in csv.DictReader(io.StringIO(result.csv), delimiter=";")
    ]


def test_a_unique_placement(tiny: Path) -> None:
    result = run(
        tiny,
        """\
        Tabell 1
        X Y Z Summa
        A 5 7 12
        B 1 2 3 6
        Summa 6 2 10 18
        """,
    )
    # A's 5 and 7 can only be X and Z: Y's column sums to B's 2 alone.
    assert cells(result)[0] == {"X": "5", "Z": "7", "Summa": "12"}
    assert result.is_decided
    assert "kolumnsummor" in result.placements and "A;5 | 7 | 12;X=5 | Z=7 | Summa=12" in (
        result.placements
    )


def test_an_ambiguous_placement_lists_both_candidates(tiny: Path) -> None:
    result = run(
        tiny,
        """\
        Tabell 1
        X Y Z Summa
        A 4 4
        B 4 4
        Summa 4 4 8
        """,
    )
    ambiguities = {a["label"]: a["candidates"] for a in result.placement.ambiguities}
    assert {"X": "4", "Summa": "4"} in ambiguities["A"] and {"Y": "4", "Summa": "4"} in ambiguities[
        "A"
    ]
    assert not result.is_decided
    assert "TVETYDIG rad 1 (A)" in report_text(result)


@pytest.mark.parametrize(
    ("printed", "kind"),
    [("15", "sum"), ("8", "rounding")],
    ids=["no_placement_meets_it", "within_rounding"],
)
def test_a_total_that_differs_from_its_parts_is_drafted(
    tiny: Path, printed: str, kind: str
) -> None:
    """A total no placement meets is named and drafted for the register; one within
    rounding of its parts is drafted as a rounding (the build holds every total that
    differs to a registration), once where both sums of the table give the same sum."""
    result = run(
        tiny,
        f"""\
        Tabell 1
        X Y Z Summa
        A 1 2 3 6
        B 1 1 1 3
        Summa 2 3 4 {printed}
        """,
    )
    unmet = {(u["row"], u["column"]) for u in result.placement.unmet}
    assert (("Summa", "Summa") in unmet) == (kind == "sum")
    assert result.is_decided == (kind == "rounding")
    drafted = result.discrepancies.splitlines()[1:]
    assert len(drafted) == 1
    assert f";Summa;Summa;{printed};9;{kind};" in drafted[0]


def test_wrapped_labels_footnote_digits_and_a_page_break(tiny: Path) -> None:
    rows = [
        {"label": "A med en lång etikett", "footnote": "6"},
        {"label": "B"},
        {"label": "Summa", "is_total": True},
    ]
    parts = [
        {"heading": "Tabell 1", "occurrence": 1, "columns": ["X", "Y", "Z", "Summa"]},
        {"heading": "Tabell 1", "occurrence": 2, "columns": ["X", "Y", "Z", "Summa"]},
    ]
    result = run(
        tiny,
        """\
        Tabell 1
        X Y Z Summa
        A med en lång
        etikett6 1 2 3 6
        sida 7
        Forts. Tabell 1
        X Y Z Summa
        B 1 1 1 3
        Summa 2 3 4 9
        """,
        rows,
        parts,
    )
    assert cells(result) == [
        {"X": "1", "Y": "2", "Z": "3", "Summa": "6"},
        {"X": "1", "Y": "1", "Z": "1", "Summa": "3"},
        {"X": "2", "Y": "3", "Z": "4", "Summa": "9"},
    ]
    assert result.is_decided


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Något annat\nX Y Z Summa\nA 1 2 3 6\n", "liten.txt: no table heading 'Tabell 1'"),
        ("Tabell 1\nP Q R\nA 1 2 3 6\n", "liten.txt line 2: the column header does not match"),
        (
            "Tabell 1\nX Y Z Summa\nA 1 2 3 4 5 6\nB 1 1 1 3\nSumma 2 3 4 9\n",
            "row 'A' (source line 3) prints '1 2 3 4 5 6', which does not read as at most 4 values",
        ),
    ],
    ids=["no_such_table", "header_mismatch", "more_values_than_columns"],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tiny: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tiny / "liten.txt"
    document.write_text(text, encoding="utf-8")
    spec = write_spec(tiny, ROWS)
    out = tiny / "drafts"
    with pytest.raises(ImportFailure):
        import_table(document, spec, tiny)
    code = main(
        [
            "import",
            str(document),
            "--table",
            str(spec),
            "--out",
            str(out),
            "--project-dir",
            str(tiny),
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and message in err, err
    assert not out.exists(), "nothing is written"
