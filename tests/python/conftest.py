"""Shared fixtures: the project's seeds as transcriptions, the source documents, and one
warehouse built per test session."""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import session_build
import yaml

from regionfinans.project import run_dbt, sources_dir
from regionfinans.seed_check import ROW_COLUMNS

# The project these tests belong to (tests/python/ is two levels below it).
PROJECT_DIR = session_build.PROJECT_DIR
SEEDS_DIR = PROJECT_DIR / "seeds"
NON_PRINTED_SEED_DIRS = {"registry", "reference"}


@dataclass(frozen=True)
class PrintedSeed:
    """A transcribed table: its CSV file, its YAML config and its rows."""

    name: str
    path: Path
    config: dict
    header: list[str]
    rows: list[dict[str, str]]

    @property
    def meta(self) -> dict:
        """The seed's meta (document_file, unit, total_columns …)."""
        return self.config.get("meta", {})

    @property
    def printed_columns(self) -> list[str]:
        """The value columns, in printed order."""
        return [column for column in self.header if column not in ROW_COLUMNS]

    @property
    def is_prose(self) -> bool:
        """True for a seed of figures stated in running text (meta.form prosa)."""
        return self.meta.get("form") == "prosa"


def _seed_configs() -> dict[str, dict]:
    configs: dict[str, dict] = {}
    for yml in SEEDS_DIR.rglob("*.yml"):
        for entry in (yaml.safe_load(yml.read_text(encoding="utf-8")) or {}).get("seeds", []):
            configs[entry["name"]] = entry.get("config", {})
    return configs


def load_transcriptions() -> list[PrintedSeed]:
    """Every transcription under seeds/<document>/: tables and prose figures."""
    configs = _seed_configs()
    seeds = []
    for path in sorted(SEEDS_DIR.glob("*/*.csv")):
        if path.parent.name in NON_PRINTED_SEED_DIRS:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=";")
            rows = list(reader)
            header = list(reader.fieldnames or [])
        seeds.append(PrintedSeed(path.stem, path, configs.get(path.stem, {}), header, rows))
    return seeds


def load_printed_seeds() -> list[PrintedSeed]:
    """Every transcribed table under seeds/<document>/ (not the registries, not prose)."""
    return [seed for seed in load_transcriptions() if not seed.is_prose]


def load_prose_seeds() -> list[PrintedSeed]:
    """Every seed of figures stated in running text."""
    return [seed for seed in load_transcriptions() if seed.is_prose]


def read_seed_csv(relative: str) -> list[dict[str, str]]:
    """The rows of a registry or reference seed, e.g. 'registry/registry__source_documents'."""
    with (SEEDS_DIR / f"{relative}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


@pytest.fixture(scope="session")
def printed_seeds() -> list[PrintedSeed]:
    """All transcribed tables."""
    return load_printed_seeds()


@pytest.fixture(scope="session")
def source_texts() -> dict[str, str]:
    """The source documents' text by file name; skips when the folder is absent."""
    folder = sources_dir()
    if not folder.is_dir():
        pytest.skip(
            f"source documents not found at {folder} "
            "(set REGIONFINANS_SOURCES to the folder holding the .txt files)"
        )
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}


def copy_project(destination: Path) -> Path:
    """Copy the dbt project (no venv, target or warehouse) to `destination`."""
    ignore = shutil.ignore_patterns(
        ".venv", "target", "warehouse", "logs", ".git", "__pycache__", "*.duckdb*", "drafts"
    )
    shutil.copytree(PROJECT_DIR, destination, ignore=ignore)
    return destination


def copy_sources(destination: Path) -> Path:
    """A writable copy of the source documents' texts (`sources_dir()`), for a test that
    changes what a document prints; point REGIONFINANS_SOURCES (or `sources`) at it."""
    destination.mkdir(parents=True)
    for path in sources_dir().glob("*.txt"):
        shutil.copyfile(path, destination / path.name)
    return destination


def register_checksum(project: Path, document: Path) -> None:
    """Register `document`'s present sha256 in the document registry of the project copy
    at `project`: the changed text is what the document prints, not a wrong checksum."""
    registry = project / "seeds" / "registry" / "registry__source_documents.csv"
    digest = hashlib.sha256(document.read_bytes()).hexdigest()
    lines = registry.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith(document.name + ";"):
            lines[index] = line.rstrip("\n").rpartition(";")[0] + f";{digest}\n"
    registry.write_text("".join(lines), encoding="utf-8")


@pytest.fixture()
def isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh DuckDB path for one test, exported as REGIONFINANS_DB."""
    db = tmp_path / "test.duckdb"
    monkeypatch.setenv("REGIONFINANS_DB", str(db))
    return db


def shared_dir(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder shared by every pytest-xdist worker of this run (one per run without xdist)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    folder = base / name
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _session_build_in_the_background(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """The first worker to start runs the session's build in a process of its own, so that
    no worker waits idle for it while tests that need no warehouse are left to run (and no
    build starts when no collected test needs the warehouse)."""
    if not any("built_warehouse" in item.fixturenames for item in request.session.items):
        yield
        return
    folder = shared_dir(tmp_path_factory, "built_warehouse")
    try:
        (folder / "started").open("x").close()
    except FileExistsError:
        yield
        return
    process = subprocess.Popen(
        [sys.executable, str(Path(session_build.__file__)), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Until it holds the folder's lock, a worker asking for the warehouse would build it too.
    deadline = time.monotonic() + 60
    while (
        not (folder / session_build.BUILDING).exists()
        and process.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    try:
        yield
    finally:
        try:
            process.wait(timeout=600)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a warehouse built once per test run (`dbt build` of the project).

    Built by the process the first worker started (or, if that failed, by the first worker
    that asks, which then reports what failed); the other workers wait for it.
    Shared by every test that reads the marts: open it read-only, or copy it
    (`copy_warehouse`) to change it.
    """
    folder = shared_dir(tmp_path_factory, "built_warehouse")
    failed = session_build.build_once(folder)
    assert failed is None, failed
    return folder / session_build.WAREHOUSE


def seed_parse_state(built: Path, target: Path) -> None:
    """Start a dbt target folder from the session build's parse state (dbt re-parses
    only what differs, so a copy of the project parses in seconds, not twenty)."""
    state = built.parent / "target" / "partial_parse.msgpack"
    if state.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(state, target / state.name)


def dbt_on_a_copy(built: Path, folder: Path, args: list[str]) -> tuple[Path, Path]:
    """Run dbt `args` over the project against a private copy of the session's warehouse
    (a dbt connection writes, and other workers read the shared file), starting from the
    session build's parse state. Returns the copy and the target folder."""
    db = copy_warehouse(built, folder / "warehouse" / built.name)
    target = folder / "target"
    seed_parse_state(built, target)
    outcome = run_dbt(args, PROJECT_DIR, db_path=db, target_path=target)
    assert outcome.success, [n.unique_id for n in outcome.failing()] or outcome.exception
    return db, target


def copy_warehouse(built: Path, destination: Path) -> Path:
    """A private copy of the session's warehouse, to change or to build on."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(built, destination)
    return destination


os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")


# --- Isolation: no test touches the project's own build output ---------------------------
#
# Every test builds, compiles and publishes in folders of its own (tmp_path, the session's
# shared warehouse, copies of the project). The project's own `warehouse/`, `target/` and
# `logs/` belong to `make build` and a user's work: a test that wrote there would race the
# other xdist worker for DuckDB's file lock and depend on what was built before. The
# controller process fingerprints them before the run and fails the run if they changed.
GUARDED_DIRS = ("warehouse", "target", "logs")


def project_output_fingerprint(project_dir: Path = PROJECT_DIR) -> dict[str, tuple[int, int]]:
    """(mtime_ns, size) of every file under the project's guarded output folders."""
    found: dict[str, tuple[int, int]] = {}
    for name in GUARDED_DIRS:
        root = project_dir / name
        if root.is_dir():
            for path in root.rglob("*"):
                if path.is_file():
                    stat = path.stat()
                    found[str(path.relative_to(project_dir))] = (stat.st_mtime_ns, stat.st_size)
    return found


# The groups whose fixtures take longest (measured: the nightly's three nights, the bad-input
# nightlies, the next edition, the mutation builds), sent to the workers first among the
# modules that need the warehouse: started last, one of them would keep one worker busy
# alone at the end of the run.
LONGEST_FIRST = ("nightly", "bad_input", "next_edition", "mutations")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order the run for two workers (pytest-xdist hands out whole groups in this order,
    `--no-loadscope-reorder`): first the modules that need no warehouse, which run while the
    session's build does, then the longest groups. A module stays in one piece, so that its
    module fixtures are set up once."""
    modules: dict[str, tuple[bool, int]] = {}
    for item in items:
        marker = item.get_closest_marker("xdist_group")
        group = (marker.args[0] if marker.args else marker.kwargs.get("name")) if marker else ""
        needs, rank = modules.get(item.module.__name__, (False, len(LONGEST_FIRST)))
        modules[item.module.__name__] = (
            needs or "built_warehouse" in item.fixturenames,
            min(rank, LONGEST_FIRST.index(group) if group in LONGEST_FIRST else rank),
        )
    items.sort(key=lambda item: modules[item.module.__name__])


def _is_controller() -> bool:
    return not os.environ.get("PYTEST_XDIST_WORKER")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Fingerprint the project's output folders (controller only)."""
    if _is_controller():
        session.config.stash[_FINGERPRINT] = project_output_fingerprint()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when a test changed the project's own warehouse/, target/ or logs/."""
    before = session.config.stash.get(_FINGERPRINT, None)
    if before is None:
        return
    after = project_output_fingerprint()
    changed = sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )
    if changed:
        session.config.stash[_TOUCHED] = changed
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the files a test touched in the project's own output folders."""
    changed = terminalreporter.config.stash.get(_TOUCHED, None)
    if changed:
        terminalreporter.write_line(
            "FAILED isolation: tests changed the project's own output (they must use "
            "folders of their own): " + ", ".join(changed[:20]),
            red=True,
        )


_FINGERPRINT = pytest.StashKey[dict[str, tuple[int, int]]]()
_TOUCHED = pytest.StashKey[list[str]]()
