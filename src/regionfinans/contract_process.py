"""The nightly's seed-file contract (`regionfinans.quality`) as a process of its own,
started beside the build.

The process is forked from multiprocessing's fork server: a fresh interpreter that imported
Great Expectations once (`PRELOAD`; the import is most of a contract run's time). A process
that runs several nights, as the test suite's workers do, pays for that import once instead
of every night; a single night pays for it once, beside its build, as before (measured on
the suite: 30 s less CPU, pytest 106-107 s -> 98-99 s, runs alternated). The server keeps
the environment of the first night; the contract reads no variable of ours. This module
imports nothing heavy itself: the nightly imports it before its build.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import types
from multiprocessing.process import BaseProcess
from pathlib import Path

# regionfinans.quality first: it turns Great Expectations' analytics off before the import.
PRELOAD = ["regionfinans.quality", "great_expectations", "great_expectations.expectations"]


def start(project_dir: Path, out: Path) -> BaseProcess:
    """Run the contract of `project_dir`'s seed files into `out` (JSON), in a forked process;
    what it says on stderr is kept in `stderr_file(out)`."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    process = context.Process(
        target=_run, args=(str(project_dir), str(out), str(stderr_file(out))), name=out.stem
    )
    # multiprocessing would run the caller's main script again in the new process (its
    # "safe importing of the main module"): a script that calls the nightly without an
    # `if __name__ == "__main__"` guard would start another night there. The contract needs
    # nothing from it, so the process starts from a main module that is empty.
    caller_main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        process.start()
    finally:
        sys.modules["__main__"] = caller_main
    return process


def stderr_file(out: Path) -> Path:
    """Where the contract process of `out` writes its stderr."""
    return out.with_suffix(".stderr")


def _run(project_dir: str, out: str, errors: str) -> None:
    """`regionfinans.quality.main` with its output discarded and its stderr (a traceback, if
    it fails) in the file `errors`; its exit code is the process's."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.dup2(os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
    try:
        from regionfinans.quality import main

        code = main(["--project-dir", project_dir, "--out", out])
    except Exception:
        import traceback

        traceback.print_exc()
        code = 2
    sys.stderr.flush()
    sys.exit(code)
