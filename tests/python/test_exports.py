"""`regionfinans export`: every mart as Parquet and Swedish CSV, a manifest, atomic replace."""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from regionfinans import exports
from regionfinans.cli import main

# Its module fixture is built once, on one worker.
pytestmark = pytest.mark.xdist_group("exports")

ABONNEMANG_TOTAL = Decimal("537657")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a child process, as a user or cron would run it."""
    return subprocess.run(
        [sys.executable, "-m", "regionfinans.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def marts_row_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as connection:
        tables = connection.sql(
            "select table_name from information_schema.tables where table_schema = 'marts'"
        ).fetchall()
        return {
            name: connection.sql(f'select count(*) from marts."{name}"').fetchone()[0]
            for (name,) in tables
        }


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


@pytest.fixture(scope="module")
def exported(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "exports"
    result = run_cli("export", "--db", str(built_warehouse), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "fct_abonnemang: 10 rows" in result.stdout
    return out


def test_every_mart_is_exported_in_both_formats(built_warehouse: Path, exported: Path) -> None:
    counts = marts_row_counts(built_warehouse)
    assert "fct_abonnemang" in counts and len(counts) >= 16
    assert {p.stem for p in (exported / "parquet").glob("*.parquet")} == set(counts)
    assert {p.stem for p in (exported / "csv").glob("*.csv")} == set(counts)
    assert sorted(p.name for p in exported.iterdir()) == ["csv", "manifest.json", "parquet"]
    assert not list(exported.parent.glob(".exports.*")), "no staging or old directory left"


def test_parquet_reads_back_equal_to_the_table(built_warehouse: Path, exported: Path) -> None:
    counts = marts_row_counts(built_warehouse)
    with duckdb.connect(str(built_warehouse), read_only=True) as connection:
        for table, rows in counts.items():
            parquet = f"read_parquet('{exported / 'parquet' / table}.parquet')"
            assert connection.sql(f"select count(*) from {parquet}").fetchone()[0] == rows
            for left, right in ((f"marts.{table}", parquet), (parquet, f"marts.{table}")):
                missing = connection.sql(
                    f"select count(*) from (select * from {left} except all select * from {right})"
                ).fetchone()[0]
                assert missing == 0, f"{table}: {left} has rows {right} lacks"
        abonnemang = f"read_parquet('{exported / 'parquet' / 'fct_abonnemang.parquet'}')"
        total, dtype = connection.sql(
            f"select sum(belopp_tkr), typeof(any_value(belopp_tkr)) from {abonnemang}"
        ).fetchone()
    assert total == ABONNEMANG_TOTAL
    assert dtype == "DECIMAL(18,4)", "Parquet keeps the column's decimal type"


def test_csv_has_swedish_conventions(built_warehouse: Path, exported: Path) -> None:
    path = exported / "csv" / "fct_abonnemang.csv"
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header = raw[len(codecs.BOM_UTF8) :].split(b"\n", 1)[0].decode("utf-8")
    assert header == (
        "abonnemang_id;kopare_region_id;saljare_id;saljande_region_id;ar;edition_id;belopp_tkr;"
        "is_vald_version;source_cell_id"
    )
    rows = read_csv(path)
    by_id = {row["abonnemang_id"]: row for row in rows}
    assert by_id["blekinge:sus:2023:ssvr_vb_2023"]["belopp_tkr"] == "128544,0000"
    assert by_id["blekinge:sus:2023:ssvr_vb_2023"]["ar"] == "2023"
    assert sum(Decimal(row["belopp_tkr"].replace(",", ".")) for row in rows) == ABONNEMANG_TOTAL

    cells = read_csv(exported / "csv" / "source_cells.csv")
    assert {row["is_total_row"] for row in cells} == {"true", "false"}
    negative = next(row for row in cells if row["value"].startswith("-"))
    assert "," in negative["value"] and "." not in negative["value"]
    assert any("å" in row["row_label"] or "ä" in row["row_label"] for row in cells), "UTF-8 kept"

    counts = marts_row_counts(built_warehouse)
    for table, rows_in_db in counts.items():
        assert len(read_csv(exported / "csv" / f"{table}.csv")) == rows_in_db, table


def test_manifest_matches_the_files_and_the_warehouse(
    built_warehouse: Path, exported: Path
) -> None:
    manifest = json.loads((exported / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"] == "regionfinans export"
    assert manifest["warehouse"]["path"] == str(built_warehouse.resolve())
    assert manifest["warehouse"]["mtime_ns"] == built_warehouse.stat().st_mtime_ns
    assert manifest["csv_conventions"]["delimiter"] == ";"
    counts = marts_row_counts(built_warehouse)
    assert {entry["table"]: entry["rows"] for entry in manifest["tables"]} == counts
    for entry in manifest["tables"]:
        assert set(entry["files"]) == {"parquet", "csv"}
        for record in entry["files"].values():
            data = (exported / record["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == record["sha256"], record["path"]
            assert len(data) == record["bytes"]
    abonnemang = next(e for e in manifest["tables"] if e["table"] == "fct_abonnemang")
    assert {"name": "belopp_tkr", "type": "DECIMAL(18,4)"} in abonnemang["columns"]


def test_missing_warehouse_exits_2_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "regionfinans.duckdb"
    result = run_cli("export", "--db", str(missing), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert str(missing) in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_failed_export_leaves_the_previous_set_untouched(
    built_warehouse: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "exports"
    assert main(["export", "--db", str(built_warehouse), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    written: list[str] = []
    real_write_csv = exports._write_csv

    def failing_write_csv(connection: object, table: str, *args: object) -> None:
        if len(written) == 3:
            raise OSError("disk full (simulated)")
        written.append(table)
        real_write_csv(connection, table, *args)

    monkeypatch.setattr(exports, "_write_csv", failing_write_csv)
    assert main(["export", "--db", str(built_warehouse), "--out", str(out)]) == 1
    assert "simulated" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"], "staging removed"


def test_reexport_replaces_the_set_and_a_foreign_directory_is_refused(
    built_warehouse: Path, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    assert main(["export", "--db", str(built_warehouse), "--out", str(out)]) == 0
    assert main(["export", "--db", str(built_warehouse), "--out", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["csv", "manifest.json"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["formats"] == ["csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]

    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_cli("export", "--db", str(built_warehouse), "--out", str(foreign))
    assert result.returncode == 2
    assert str(foreign) in result.stderr
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"
