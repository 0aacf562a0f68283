"""The session's warehouse: `dbt build` of the project into a folder every pytest-xdist
worker shares, once per test run.

conftest's `built_warehouse` fixture calls `build_once`; the first worker to start also
runs this file as a process of its own (`python session_build.py FOLDER`), so that the
build runs beside the tests that need no warehouse instead of holding a worker idle.
Whoever takes the folder's lock first builds; the others find it built.
"""

from __future__ import annotations

import fcntl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from regionfinans.failures import describe_outcome
from regionfinans.project import run_dbt

PROJECT_DIR = Path(__file__).resolve().parents[2]
WAREHOUSE = "regionfinans.duckdb"
BUILDING = "building"  # written by the background process once it holds the lock


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold a lock on `folder` across processes (the xdist workers) while the block runs."""
    with (folder / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_once(folder: Path, announce: bool = False) -> str | None:
    """Build the warehouse into `folder` unless it is built; None when it is, else what
    failed. Its own target folder: a full parse, the project's own target/ is never read."""
    db = folder / WAREHOUSE
    with exclusive(folder):
        if announce:
            (folder / BUILDING).touch()
        if (folder / "built").exists():
            return None
        target = folder / "target"
        target.mkdir(exist_ok=True)
        outcome = run_dbt(["build"], PROJECT_DIR, db_path=db, target_path=target)
        if not outcome.success:
            return describe_outcome(outcome, db, PROJECT_DIR) or repr(outcome.exception)
        (folder / "built").touch()
    return None


if __name__ == "__main__":
    sys.exit(0 if build_once(Path(sys.argv[1]), announce=True) is None else 1)
