"""Exports of every mart for readers without a DuckDB client: Parquet, and CSV as Swedish Excel
reads it.

`export_marts` opens the warehouse read-only, discovers the tables of schema `marts` from
information_schema and writes, into a fresh staging directory next to the output directory:

- `parquet/<table>.parquet`: the table with its own column types (DECIMAL stays DECIMAL);
- `csv/<table>.csv`: see `CSV_CONVENTIONS`;
- `manifest.json`: per table its rows, columns and the sha256 of each file, and which
  warehouse file (path, mtime, size) the export was read from.

Only when every file is written and checked is the staging directory renamed into place, so a
failed export leaves the previous export (or nothing) and never a half-written set. The output
directory belongs to the export: it is replaced as a whole, and an existing directory that is
neither empty nor an earlier export (no manifest of ours) is refused.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

SCHEMA = "marts"
FORMATS = ("parquet", "csv")
GENERATOR = "regionfinans export"
MANIFEST = "manifest.json"
CSV_CONVENTIONS = {
    "encoding": "UTF-8 with BOM (Excel then detects UTF-8 and shows å, ä, ö right)",
    "delimiter": ";",
    "decimal_separator": ",",
    "decimals": "DECIMAL(p,s) keeps its scale s (537657,0000); DOUBLE/FLOAT as shortest form",
    "thousands_separator": "none",
    "header": "first row, the column names",
    "quote": '" only around values holding ; " or a line break',
    "null": "empty field",
    "dates": "ISO 8601 (2024-01-31; timestamps 2024-01-31 12:00:00)",
    "booleans": "true/false, as DuckDB writes them (language-neutral; not SANT/FALSKT)",
    "line_break": "\\n",
}
# Types whose decimal point becomes a decimal comma in the CSV; nested types are left as
# DuckDB writes them (the marts have none).
_DECIMAL_POINT_TYPES = re.compile(r"DECIMAL\(\d+,\d+\)|DOUBLE|FLOAT|REAL")
_CHUNK = 1 << 20


class ExportError(Exception):
    """The export cannot run as asked (no warehouse, no marts, an output it must not replace)."""


@dataclass(frozen=True)
class ExportedFile:
    """One written file, relative to the output directory, with its checksum."""

    path: str
    sha256: str
    bytes: int


@dataclass(frozen=True)
class ExportedTable:
    """One mart as exported: row count, columns (name and DuckDB type) and its files by format."""

    table: str
    rows: int
    columns: list[dict[str, str]]
    files: dict[str, ExportedFile]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the output directory, its manifest and the tables."""

    out: Path
    manifest: Path
    tables: list[ExportedTable]


def formats_for(choice: str) -> tuple[str, ...]:
    """The formats of a `--format` choice: `parquet`, `csv` or `both`."""
    if choice == "both":
        return FORMATS
    if choice not in FORMATS:
        raise ExportError(f"unknown format {choice!r}: choose parquet, csv or both")
    return (choice,)


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str | Path) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def marts_tables(connection: duckdb.DuckDBPyConnection) -> list[str]:
    """Every table and view of schema `marts` in the open database, by name."""
    rows = connection.execute(
        """
        select table_name
        from information_schema.tables
        where table_catalog = current_database() and table_schema = ?
          and table_type in ('BASE TABLE', 'VIEW')
        order by table_name
        """,
        [SCHEMA],
    ).fetchall()
    return [name for (name,) in rows]


def table_columns(connection: duckdb.DuckDBPyConnection, table: str) -> list[dict[str, str]]:
    """The columns of one mart in order, each as {"name", "type"}."""
    rows = connection.execute(
        """
        select column_name, data_type
        from information_schema.columns
        where table_catalog = current_database() and table_schema = ? and table_name = ?
        order by ordinal_position
        """,
        [SCHEMA, table],
    ).fetchall()
    return [{"name": name, "type": data_type} for name, data_type in rows]


def csv_expression(column: dict[str, str]) -> str:
    """The select expression writing one column by CSV_CONVENTIONS (decimal comma)."""
    name = _identifier(column["name"])
    if _DECIMAL_POINT_TYPES.fullmatch(column["type"]):
        # A DECIMAL cast to text keeps its scale: 537657.0000 -> '537657,0000'.
        return f"replace(cast({name} as varchar), '.', ',') as {name}"
    return name


def _write_parquet(
    connection: duckdb.DuckDBPyConnection, table: str, rows: int, target: Path
) -> None:
    connection.execute(
        f"copy (select * from {SCHEMA}.{_identifier(table)}) to {_literal(target)} (format parquet)"
    )
    (written,) = connection.execute(
        f"select count(*) from read_parquet({_literal(target)})"
    ).fetchone() or (None,)
    if written != rows:
        raise RuntimeError(f"{target} holds {written} rows, {SCHEMA}.{table} has {rows}")


def _write_csv(
    connection: duckdb.DuckDBPyConnection,
    table: str,
    columns: list[dict[str, str]],
    target: Path,
) -> None:
    part = target.with_name(target.name + ".part")
    select = ", ".join(csv_expression(column) for column in columns)
    connection.execute(
        f"copy (select {select} from {SCHEMA}.{_identifier(table)}) to {_literal(part)} "
        "(format csv, header true, delimiter ';', quote '\"', nullstr '')"
    )
    with target.open("wb") as sink, part.open("rb") as source:
        sink.write(codecs.BOM_UTF8)
        shutil.copyfileobj(source, sink, _CHUNK)
    part.unlink()


def _check_replaceable(out: Path) -> None:
    """Refuse an output path that is not ours to replace."""
    if not out.exists():
        return
    if not out.is_dir():
        raise ExportError(f"output {out} exists and is not a directory")
    if not any(out.iterdir()):
        return
    manifest = out / MANIFEST
    try:
        generator = json.loads(manifest.read_text(encoding="utf-8")).get("generator")
    except (OSError, ValueError, AttributeError):
        generator = None
    if generator != GENERATOR:
        raise ExportError(
            f"output {out} is not empty and holds no {MANIFEST} of an earlier export; "
            "refusing to replace it (choose another --out)"
        )


def _replace_directory(staged: Path, out: Path) -> None:
    """Put `staged` at `out` by renames on one filesystem; the previous export goes last."""
    if not out.exists():
        staged.rename(out)
        return
    aside = out.with_name(f".{out.name}.old-{secrets.token_hex(4)}")
    out.rename(aside)
    try:
        staged.rename(out)
    except OSError:
        aside.rename(out)
        raise
    shutil.rmtree(aside)


def _warehouse_record(db: Path) -> dict[str, object]:
    stat = db.stat()
    return {
        "path": str(db),
        "mtime": datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(),
        "mtime_ns": stat.st_mtime_ns,
        "bytes": stat.st_size,
    }


def export_marts(db: Path, out: Path, formats: Sequence[str] = FORMATS) -> ExportResult:
    """Write every mart of the warehouse `db` to `out` (atomically) and return what was written.

    Raises ExportError when the warehouse is missing or has no marts, or `out` may not be
    replaced; a DuckDB error (a locked or broken file) propagates as duckdb.Error.
    """
    db, out = Path(db).resolve(), Path(out).resolve()
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        raise ExportError(f"unknown format(s) {unknown or list(formats)}: choose parquet, csv")
    if not db.is_file():
        raise ExportError(
            f"no warehouse at {db}: build it with `regionfinans build` or point --db at one"
        )
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        warehouse = _warehouse_record(db)
        with duckdb.connect(str(db), read_only=True) as connection:
            tables = marts_tables(connection)
            if not tables:
                raise ExportError(f"no tables in schema {SCHEMA} of {db}: is it built?")
            for fmt in formats:
                (staged / fmt).mkdir()
            exported = []
            for table in tables:
                columns = table_columns(connection, table)
                (rows,) = connection.execute(
                    f"select count(*) from {SCHEMA}.{_identifier(table)}"
                ).fetchone() or (0,)
                files = {}
                for fmt in formats:
                    relative = f"{fmt}/{table}.{fmt}"
                    target = staged / relative
                    if fmt == "parquet":
                        _write_parquet(connection, table, rows, target)
                    else:
                        _write_csv(connection, table, columns, target)
                    files[fmt] = ExportedFile(relative, sha256_of(target), target.stat().st_size)
                exported.append(ExportedTable(table, rows, columns, files))
        manifest = {
            "generator": GENERATOR,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "warehouse": warehouse,
            "schema": SCHEMA,
            "formats": list(formats),
            "csv_conventions": CSV_CONVENTIONS if "csv" in formats else None,
            "tables": [asdict(table) for table in exported],
        }
        (staged / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        os.chmod(staged, 0o755)  # mkdtemp makes it 0700; the export is for other readers too
        _replace_directory(staged, out)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return ExportResult(out=out, manifest=out / MANIFEST, tables=exported)
