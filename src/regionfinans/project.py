"""Where the dbt project and its warehouse live, and how dbt is invoked."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import chdir, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dbt takes seconds to import: only the commands that run it pay for it
    from dbt.contracts.graph.manifest import Manifest

PROJECT_ENV_VAR = "REGIONFINANS_PROJECT_DIR"
DB_ENV_VAR = "REGIONFINANS_DB"
SOURCES_ENV_VAR = "REGIONFINANS_SOURCES"
PROJECT_MARKER = "dbt_project.yml"


class NoProjectError(RuntimeError):
    """The command runs outside a project (exit code 2): one line saying where it looked."""


def find_project_dir(start: Path | None = None) -> Path:
    """The project the command works on: $REGIONFINANS_PROJECT_DIR, else the folder it runs
    in or the nearest folder above it holding dbt_project.yml.

    Never the folder the package is installed from: a venv copied elsewhere, or the package
    installed as a wheel, works on the project it is run in.
    """
    named = os.environ.get(PROJECT_ENV_VAR)
    if named:
        project = Path(named).resolve()
        if not (project / PROJECT_MARKER).is_file():
            raise NoProjectError(f"{PROJECT_ENV_VAR}={named}: no {PROJECT_MARKER} there")
        return project
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / PROJECT_MARKER).is_file():
            return folder
    raise NoProjectError(
        f"{here} is not in a regionfinans project (no {PROJECT_MARKER} here or above): "
        f"run the command in the project's folder, or give --project-dir or {PROJECT_ENV_VAR}"
    )


def default_warehouse(project_dir: Path) -> Path:
    """The project's own warehouse file, warehouse/regionfinans.duckdb."""
    return project_dir / "warehouse" / "regionfinans.duckdb"


def sources_dir(project_dir: Path | None = None) -> Path:
    """The folder holding the source documents' text: $REGIONFINANS_SOURCES, else
    ../shared/sources beside the project."""
    named = os.environ.get(SOURCES_ENV_VAR)
    if named:
        return Path(named)
    return (project_dir or find_project_dir()).parent / "shared" / "sources"


def warehouse_path(project_dir: Path | None = None) -> Path:
    """The DuckDB file dbt writes to: $REGIONFINANS_DB, else the project's
    warehouse/regionfinans.duckdb."""
    named = os.environ.get(DB_ENV_VAR)
    if named:
        return Path(named).resolve()
    return default_warehouse(project_dir or find_project_dir()).resolve()


@dataclass(frozen=True)
class NodeResult:
    """One node's outcome as recorded in dbt's run_results.json."""

    unique_id: str
    status: str
    failures: int | None
    message: str | None
    execution_time: float
    relation_name: str | None = None
    # A test's query, its failing rows (regionfinans.failures runs it on failure).
    compiled_code: str | None = None


@dataclass(frozen=True)
class DbtOutcome:
    """What a dbt invocation did: success flag, per-node results, and any exception."""

    success: bool
    results: list[NodeResult]
    exception: BaseException | None

    def count(self, *statuses: str) -> int:
        """Number of nodes whose status is one of `statuses`."""
        return sum(1 for result in self.results if result.status in statuses)

    def failing(self) -> list[NodeResult]:
        """Nodes that failed or errored."""
        return [r for r in self.results if r.status in ("fail", "error", "runtime error")]


@contextmanager
def warehouse_file(db_path: Path | None) -> Iterator[None]:
    """Point dbt at `db_path` by its bare name, from its folder.

    dbt re-parses the whole project when the profile's connection changes, and the
    file's path is part of it: builds into fresh files (the nightly's, every test's)
    would never reuse the parse. The path dbt sees is the file's name, always the same,
    and the process works in the file's folder while dbt runs; project, target and log
    paths are absolute.
    """
    if db_path is None:
        yield
        return
    db_path = db_path.resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    previous = os.environ.get(DB_ENV_VAR)
    os.environ[DB_ENV_VAR] = db_path.name
    try:
        with chdir(db_path.parent):
            yield
    finally:
        if previous is None:
            os.environ.pop(DB_ENV_VAR, None)
        else:
            os.environ[DB_ENV_VAR] = previous


def run_dbt(
    args: list[str],
    project_dir: Path | None = None,
    db_path: Path | None = None,
    target_path: Path | None = None,
    manifest: Manifest | None = None,
) -> DbtOutcome:
    """Run dbt programmatically (dbtRunner) and read run_results.json for the outcome.

    `manifest` (from `parse_project`) skips parsing: for many runs of one unchanged project.
    """
    project_dir = (project_dir or find_project_dir()).resolve()
    target = (target_path or project_dir / "target").resolve()
    full_args = [
        *args,
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(project_dir),
        "--target-path",
        str(target),
        "--log-path",
        str(target if target_path else project_dir / "logs"),
    ]
    # A stale run_results.json must never be read as this run's outcome.
    (target / "run_results.json").unlink(missing_ok=True)
    from dbt.cli.main import dbtRunner

    with warehouse_file(db_path):
        try:
            result = dbtRunner(manifest=manifest).invoke(full_args)
        finally:
            release_duckdb_file()
    return DbtOutcome(
        success=bool(result.success),
        results=read_run_results(target / "run_results.json") if result.exception is None else [],
        exception=result.exception,
    )


def parse_project(project_dir: Path, target_path: Path, db_path: Path | None = None) -> Manifest:
    """Parse the project once; hand the manifest to `run_dbt(manifest=...)` for every later run."""
    from dbt.cli.main import dbtRunner

    with warehouse_file(db_path):
        result = dbtRunner().invoke(
            [
                "parse",
                "--project-dir",
                str(project_dir.resolve()),
                "--profiles-dir",
                str(project_dir.resolve()),
                "--target-path",
                str(target_path.resolve()),
                "--log-path",
                str(target_path.resolve()),
            ]
        )
    if not result.success:
        raise RuntimeError(f"dbt parse failed in {project_dir}: {result.exception}")
    return result.result


def release_duckdb_file() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in this process after a run.

    dbt-duckdb caches one environment (and its open database) per process; until
    it is closed, the file cannot be opened read-only (Great Expectations) nor
    safely renamed over the published file.
    """
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    environment = DuckDBConnectionManager._ENV
    if environment is not None:
        environment.close()
        DuckDBConnectionManager.close_all_connections()


def read_run_results(path: Path) -> list[NodeResult]:
    """Parse dbt's run_results.json into NodeResults (empty if the file is missing)."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        NodeResult(
            unique_id=item["unique_id"],
            status=item["status"],
            failures=item.get("failures"),
            message=item.get("message"),
            execution_time=float(item.get("execution_time") or 0.0),
            relation_name=item.get("relation_name"),
            compiled_code=item.get("compiled_code"),
        )
        for item in data.get("results", [])
    ]
