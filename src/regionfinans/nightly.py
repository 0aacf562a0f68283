"""The nightly job: check the seeds, build into a fresh file and test it, check the seed
files' contract with Great Expectations (beside the build, in its own process), publish
atomically only when everything is green, record the run, and alert.

Exit codes: 0 green (warnings allowed and reported), 1 red, 2 misconfigured.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from regionfinans import contract_process
from regionfinans.alerts import Alert, deliver
from regionfinans.failures import failure_lines, node_report
from regionfinans.history import append_run, failing_since, read_history, write_history_tables
from regionfinans.project import DbtOutcome, run_dbt
from regionfinans.seed_check import check_seeds
from regionfinans.settings import ConfigurationError, NightlySettings

EXIT_GREEN, EXIT_RED, EXIT_MISCONFIGURED = 0, 1, 2
STEPS = 5


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Progress:
    """Prints each step with its number and duration."""

    def __init__(self) -> None:
        self.number = 0

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Announce a step, run it, print how long it took."""
        self.number += 1
        print(f"[{self.number}/{STEPS}] {name} ...", flush=True)
        start = time.perf_counter()
        try:
            yield
        finally:
            print(
                f"[{self.number}/{STEPS}] {name}: {time.perf_counter() - start:.1f} s", flush=True
            )

    def skip(self, name: str, why: str) -> None:
        """Announce a step that does not run."""
        self.number += 1
        print(f"[{self.number}/{STEPS}] {name}: skipped ({why})", flush=True)


def _test_name(unique_id: str) -> str:
    parts = unique_id.split(".")
    return parts[2] if len(parts) > 2 else unique_id


def _describe_failure(failure: dict, settings: NightlySettings) -> str:
    name = _test_name(failure["unique_id"])
    lines = failure_lines(
        failure["unique_id"],
        failure["status"],
        failure.get("failures"),
        failure.get("message"),
        failure.get("rows", []),
    )
    lines[0] += f"; failing since {failure.get('since', '?')}"
    if failure.get("source") == "dbt":
        lines.append(
            f"    reproduce: cd {settings.project_dir} && .venv/bin/dbt build --profiles-dir . "
            f"--select {name}"
        )
    elif failure.get("source") == "seeds":
        lines.append(
            f"    reproduce: cd {settings.project_dir} && .venv/bin/regionfinans check-seeds"
        )
    else:
        lines.append(
            f"    reproduce: cd {settings.project_dir} && .venv/bin/python -m regionfinans.quality "
            "--project-dir . --out /tmp/kontrakt.json"
        )
    return "\n".join(lines)


def _alert_for(record: dict, previous: dict | None, settings: NightlySettings) -> Alert | None:
    status = record["status"]
    if status == "red":
        kind = "failure"
        subject = f"[regionfinans] nightly RED ({len(record['failures'])} failing) – not published"
    elif previous is not None and previous.get("status") == "red":
        kind = "recovery"
        subject = "[regionfinans] nightly recovered: green again, published"
    elif record["warnings"]:
        kind = "warning"
        subject = (
            f"[regionfinans] nightly green with {len(record['warnings'])} warning(s), published"
        )
    else:
        return None
    body = [
        f"Run {record['run_id']} started {record['started_at']}, ended {record['ended_at']}: "
        f"{status}, published: {record['published']}.",
        f"Published warehouse: {settings.published}",
    ]
    if record.get("message"):
        body.append(record["message"])
    if record["failures"]:
        body.append("Failures:")
        body.extend(_describe_failure(failure, settings) for failure in record["failures"])
    if record["warnings"]:
        body.append("Warnings:")
        body.extend(_describe_failure(warning, settings) for warning in record["warnings"])
    if kind == "recovery":
        body.append(f"Previous run {previous['run_id']} was red ({previous['started_at']}).")
    return Alert(record["run_id"], kind, subject, "\n".join(body), {"run": record})


def _dbt_failures(
    outcome: DbtOutcome, build_file: Path, history: list[dict], now: str, project_dir: Path
) -> tuple[list, list]:
    failures, warnings = [], []
    for node in outcome.results:
        if node.status not in ("fail", "error", "runtime error", "warn"):
            continue
        message, rows = node_report(node, build_file, project_dir)
        entry = {
            "source": "dbt",
            "unique_id": node.unique_id,
            "status": node.status,
            "failures": node.failures,
            "message": message,
            "rows": rows,
        }
        entry["since"] = failing_since(history, node.unique_id, now)
        (warnings if node.status == "warn" else failures).append(entry)
    return failures, warnings


def _publish(build_file: Path, published: Path) -> None:
    """Atomically replace the served file: readers keep the old file until they reconnect."""
    with duckdb.connect(str(build_file)) as connection:
        connection.execute("checkpoint")
    os.replace(build_file, published)
    build_file.parent.rmdir()
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _clean_builds(builds_dir: Path, keep_failed: Path | None = None) -> None:
    """Remove what killed or finished runs left behind (a kept failed build excepted)."""
    for leftover in builds_dir.glob("*"):
        if keep_failed is not None and leftover == keep_failed:
            continue
        if leftover.is_dir():
            for child in sorted(leftover.rglob("*"), reverse=True):
                child.unlink() if child.is_file() or child.is_symlink() else child.rmdir()
            leftover.rmdir()
        else:
            leftover.unlink(missing_ok=True)


def prepare_folders(settings: NightlySettings) -> None:
    """Create and probe the folders the run writes to; ConfigurationError names the one
    that cannot be written (a nightly that cannot publish must not start)."""
    for label, folder in (
        ("REGIONFINANS_PUBLISHED (its folder)", settings.published.parent),
        ("REGIONFINANS_STATE_DIR", settings.state_dir),
        ("the builds folder", settings.builds_dir),
    ):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".write-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise ConfigurationError(
                f"{label} {folder} cannot be written: {error.strerror or error}"
            ) from error


def run_nightly(settings: NightlySettings) -> int:
    """Run the whole nightly job once; return the exit code."""
    try:
        prepare_folders(settings)
    except ConfigurationError as error:
        print(f"misconfigured: {error}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    lock = settings.lock_file.open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"another nightly run holds {settings.lock_file}; not starting a second one")
        return EXIT_MISCONFIGURED
    try:
        return _run_locked(settings)
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def _new_record(run_id: str, build_file: Path) -> dict:
    return {
        "run_id": run_id,
        "started_at": _now(),
        "status": "red",
        "published": False,
        "failures": [],
        "warnings": [],
        "counts": {},
        "ge_results": [],
        "message": None,
        "build_file": str(build_file),
    }


def _check_seeds(settings: NightlySettings, record: dict, history: list[dict]) -> bool:
    result = check_seeds(settings.project_dir, settings.sources_dir)
    problems = result.problems
    for problem in problems:
        print(f"  {problem}", flush=True)
        record["failures"].append(
            {
                "source": "seeds",
                "unique_id": f"seed_check.{problem.file}",
                "status": "error",
                "failures": 1,
                "message": str(problem),
                "since": failing_since(history, f"seed_check.{problem.file}", record["started_at"]),
            }
        )
    print(f"  {result.summary()}", flush=True)
    return not problems


def _start_contract(
    settings: NightlySettings, run_id: str
) -> tuple[contract_process.Contract, Path]:
    """Start the Great Expectations contract of the seed files in its own process."""
    out = settings.builds_dir / f"kontrakt-{run_id}.json"
    return contract_process.start(settings.project_dir, out), out


def _finish_contract(
    process: contract_process.Contract, out: Path, record: dict, history: list[dict]
) -> bool:
    stderr = process.join()
    if not out.exists():
        record["message"] = f"Great Expectations could not run: {stderr.strip()[-500:]}"
        print(f"  {record['message']}", flush=True)
        return False
    outcomes = json.loads(out.read_text(encoding="utf-8"))
    out.unlink(missing_ok=True)
    record["ge_results"] = outcomes
    record["counts"]["ge_pass"] = sum(1 for outcome in outcomes if outcome["success"])
    record["counts"]["ge_fail"] = sum(1 for outcome in outcomes if not outcome["success"])
    for outcome in outcomes:
        if outcome["success"]:
            continue
        unique_id = f"ge.{outcome['frame']}.{outcome['expectation']}.{outcome['column']}"
        failure = {
            "source": "great_expectations",
            "unique_id": unique_id,
            "status": "fail",
            "failures": None,
            "message": f"seed files ({outcome['frame']}): {outcome['expectation']} on "
            f"{outcome['column']}, observed {outcome['observed']}",
            "since": failing_since(history, unique_id, record["started_at"]),
        }
        record["failures"].append(failure)
        print(f"  {failure['message']}", flush=True)
    print(
        f"  expectations: {record['counts']['ge_pass']} passed, {record['counts']['ge_fail']} failed",
        flush=True,
    )
    return record["counts"]["ge_fail"] == 0


def _build(
    settings: NightlySettings, run_id: str, build_file: Path, record: dict, history: list[dict]
) -> bool:
    outcome = run_dbt(
        ["build", "--quiet"],
        project_dir=settings.project_dir,
        db_path=build_file,
        # One target folder across runs: dbt's partial parse state carries over.
        target_path=settings.state_dir / "dbt-target",
    )
    green = True
    if outcome.exception is not None:
        record["message"] = f"dbt could not run: {outcome.exception}"
        print(f"  {record['message']}", flush=True)
        green = False
    failures, warnings = _dbt_failures(
        outcome, build_file, history, record["started_at"], settings.project_dir
    )
    record["failures"].extend(failures)
    record["warnings"].extend(warnings)
    record["counts"].update(
        {
            "pass": outcome.count("pass", "success"),
            "warn": outcome.count("warn"),
            "error": len(outcome.failing()),
            "skipped": outcome.count("skipped"),
        }
    )
    print(f"  dbt: {record['counts']}", flush=True)
    # The person running the job sees what the alert will say.
    for entry in [*failures, *warnings]:
        print(_describe_failure(entry, settings), flush=True)
    return green and outcome.success and not failures


def _run_locked(settings: NightlySettings) -> int:
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
    history = read_history(settings.history_file)
    previous = history[-1] if history else None
    failed_keep = next(iter(sorted(settings.builds_dir.glob("failed-*"))), None)
    _clean_builds(settings.builds_dir, keep_failed=failed_keep)
    # The build file already has the published file's name, in a folder of its own: DuckDB
    # names a file's catalog after the file, and the views refer to their catalog.
    build_file = settings.builds_dir / f"build-{run_id}" / settings.published.name
    build_file.parent.mkdir(parents=True)
    record = _new_record(run_id, build_file)
    progress = Progress()
    print(f"nightly {run_id}: building {settings.project_dir} into {build_file}", flush=True)

    with progress.step("check seeds"):
        green = _check_seeds(settings, record, history)
    if green:
        contract = _start_contract(settings, run_id)
        with progress.step("dbt build (beside it: the seed files' contract)"):
            green = _build(settings, run_id, build_file, record, history)
        with progress.step("great expectations: the seed files' contract"):
            green = _finish_contract(*contract, record, history) and green
    else:
        progress.skip("dbt build", "seed check failed")
        progress.skip("great expectations", "seed check failed")

    record["status"] = "green" if green else "red"
    record["exit_code"] = EXIT_GREEN if green else EXIT_RED
    record["ended_at"] = _now()
    _publish_or_keep(settings, progress, record, history, build_file, green)
    append_run(settings.history_file, record)
    _send_alerts(settings, progress, record, previous)
    print(f"nightly {run_id}: {record['status'].upper()}", flush=True)
    return int(record["exit_code"])


def _publish_or_keep(
    settings: NightlySettings,
    progress: Progress,
    record: dict,
    history: list[dict],
    build_file: Path,
    green: bool,
) -> None:
    if green:
        with progress.step("publish"):
            record["published"] = True
            write_history_tables(build_file, [*history, record])
            _publish(build_file, settings.published)
            print(f"  published {settings.published}", flush=True)
        return
    progress.skip("publish", f"red: {settings.published} keeps being served untouched")
    if build_file.exists():
        kept = settings.builds_dir / f"failed-{record['run_id']}"
        build_file.parent.rename(kept)
        record["build_file"] = str(kept / build_file.name)
        _clean_builds(settings.builds_dir, keep_failed=kept)
        print(f"  the failed build is kept for inspection: {kept}", flush=True)


def _send_alerts(
    settings: NightlySettings, progress: Progress, record: dict, previous: dict | None
) -> None:
    with progress.step("alerts"):
        alert = _alert_for(record, previous, settings)
        if alert is None:
            print("  nothing to report")
            return
        for delivery in deliver(settings, alert):
            state = "delivered" if delivery.delivered else f"UNDELIVERED ({delivery.error})"
            print(f"  {delivery.channel}: {state} after {delivery.attempts} attempt(s)")
        print(f"  logged in {settings.alert_log}")
