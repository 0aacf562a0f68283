"""The nightly's seed-file contract (`regionfinans.quality`) as a process of its own,
started beside the build.

The process is forked from a small server (`python -m regionfinans.contract_process`):
an interpreter that imported Great Expectations once (`PRELOAD`; the import is most of a
contract run's time) and forks one child per request. A process that runs several nights,
as the test suite's workers do, pays for that import once instead of every night; a single
night pays for it once, beside its build, as before: a request does not wait for the
import (measured on the suite: 30 s less CPU, pytest 106-107 s -> 98-99 s). The server
reads requests on its stdin and ends when its caller does. The caller's main script is
never run again (multiprocessing's own fork server would, to import the caller's main
module). This module imports nothing heavy itself: the nightly imports it before its build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

# regionfinans.quality first: it turns Great Expectations' analytics off before the import.
PRELOAD = ["regionfinans.quality", "great_expectations", "great_expectations.expectations"]

_server: subprocess.Popen | None = None


class Contract:
    """A contract run requested from the server: `join` waits for it and returns what it
    said on stderr; `exitcode` says how it ended (2 when the server could not answer)."""

    def __init__(self, server: subprocess.Popen, out: Path) -> None:
        self._server = server
        self._stderr = stderr_file(out)
        self.exitcode: int | None = None

    def join(self) -> str:
        if self.exitcode is None:
            answer = self._server.stdout.readline() if self._server.stdout else ""
            self.exitcode = int(answer) if answer.strip() else 2
        said = ""
        if self._stderr.exists():
            said = self._stderr.read_text(encoding="utf-8", errors="replace")
            self._stderr.unlink()
        return said


def start(project_dir: Path, out: Path) -> Contract:
    """Run the contract of `project_dir`'s seed files into `out` (JSON), in a forked process;
    what it says on stderr is kept in `stderr_file(out)`."""
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, "-m", "regionfinans.contract_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    assert _server.stdin is not None
    request = [str(project_dir), str(out), str(stderr_file(out))]
    _server.stdin.write(json.dumps(request) + "\n")
    _server.stdin.flush()
    return Contract(_server, out)


def stderr_file(out: Path) -> Path:
    """Where the contract process of `out` writes its stderr."""
    return out.with_suffix(".stderr")


def _run(project_dir: str, out: str, errors: str) -> int:
    """`regionfinans.quality.main` in the forked child, its output discarded and its stderr
    (a traceback, if it fails) in the file `errors`."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.dup2(os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
    try:
        from regionfinans.quality import main

        code = main(["--project-dir", project_dir, "--out", out])
    except Exception:
        import traceback

        traceback.print_exc()
        code = 2
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def serve() -> None:
    """The server: import `PRELOAD`, then fork a child per request line and answer with its
    exit code, until stdin ends. The answers have stdout to themselves: whatever else would
    print there (an import, say) goes nowhere."""
    answers = os.fdopen(os.dup(1), "w")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    for module in PRELOAD:
        import_module(module)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            answers.close()
            os._exit(_run(*json.loads(line)))
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), file=answers, flush=True)


if __name__ == "__main__":
    serve()
