"""The nightly job: safe publish, history, alerts on failure, warning and recovery, channels
down, kill -9 mid-build, a reader during publish, misconfiguration.

A full nightly is a full build, so the module plays one story once, on one copy of the
project serving a copy of the session's warehouse, and each test checks one thing it
proves:

1. a nightly killed with -9 in the middle of its build → the served file untouched;
2. a printed number changed, in the seed and in (a copy of) its document alike, so that
   the seed check's trace passes and dbt's reconciliation must catch it → red, nothing
   published, the failing rows on the console and in the alerts (webhook and e-mail);
3. the number restored and a warning test added, while a BI reader holds the served
   file → green again and published despite the warning, a recovery alert listing the
   warning, and the reader only ever sees whole warehouses. The seeds of this night
   also carry the acceptable variants of test_bad_input's corpus (a byte-order mark, as
   an editor may write when the number is restored): a green night that publishes the
   same sums accepts them, and no night of their own is built for them.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest
from conftest import (
    PROJECT_DIR,
    copy_project,
    copy_sources,
    copy_warehouse,
    register_checksum,
    seed_parse_state,
)
from receivers import SmtpReceiver, WebhookReceiver
from test_bad_input import ACCEPTED, Variant, applied

from regionfinans import contract_process
from regionfinans.cli import main
from regionfinans.nightly import _alert_for, _finish_contract, run_nightly
from regionfinans.project import sources_dir
from regionfinans.settings import load_settings

pytestmark = pytest.mark.xdist_group("nightly")

ABONNEMANG = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")
PLACEMENTS = Path("seeds/registry/registry__column_placements.csv")
VB_2023 = "000_cdb554936ff9ba5f.txt"
WARN_TEST = Path("tests/assert_warns_for_the_test.sql")
RECONCILE = "assert_printed_totals_reconcile"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def nightly_env(
    root: Path, webhook: str | None = None, smtp_port: int | None = None
) -> dict[str, str]:
    env = {
        "REGIONFINANS_PUBLISHED": str(root / "served" / "regionfinans.duckdb"),
        "REGIONFINANS_STATE_DIR": str(root / "state"),
        # A project copy in a temporary folder has no ../shared beside it.
        "REGIONFINANS_SOURCES": str(sources_dir(PROJECT_DIR).resolve()),
        "REGIONFINANS_ALERT_RETRIES": "2",
        "REGIONFINANS_ALERT_BACKOFF_SECONDS": "0",
        "REGIONFINANS_ALERT_TIMEOUT_SECONDS": "2",
    }
    if webhook:
        env["REGIONFINANS_ALERT_WEBHOOK_URL"] = webhook
    if smtp_port:
        env |= {
            "REGIONFINANS_SMTP_HOST": "127.0.0.1",
            "REGIONFINANS_SMTP_PORT": str(smtp_port),
            "REGIONFINANS_SMTP_FROM": "nightly@example.invalid",
            "REGIONFINANS_SMTP_TO": "analytiker@example.invalid",
        }
    return env


def email_text(raw: str) -> str:
    """Subject and decoded body of an e-mail as the SMTP receiver got it."""
    message = email.message_from_string(raw, policy=email.policy.default)
    return f"{message['Subject']}\n{message.get_content()}"


def nightly_command(project: Path) -> list[str]:
    return [sys.executable, "-m", "regionfinans.cli", "nightly", "--project-dir", str(project)]


READER = """
import duckdb, json, os, sys, time
path, out, stop = sys.argv[1], sys.argv[2], sys.argv[3]
held = duckdb.connect(path, read_only=True)
results, errors = [], []
end = time.time() + 120
while not os.path.exists(stop) and time.time() < end:
    try:
        results.append(str(held.sql("select sum(belopp_tkr) from marts.fct_abonnemang").fetchone()[0]))
        with duckdb.connect(path, read_only=True) as fresh:
            results.append(str(fresh.sql("select sum(belopp_tkr) from marts.fct_abonnemang").fetchone()[0]))
    except Exception as error:
        errors.append(repr(error))
    time.sleep(0.05)
json.dump({"results": results, "errors": errors}, open(out, "w"))
"""


@dataclass
class Night:
    """What each step of the night did."""

    env: dict[str, str]
    codes: dict[str, int] = field(default_factory=dict)
    served: dict[str, str] = field(default_factory=dict)
    webhook: list[dict] = field(default_factory=list)
    smtp: list[str] = field(default_factory=list)
    console: str = ""
    reader: dict = field(default_factory=dict)
    leftovers: list[str] = field(default_factory=list)
    killed_while_running: bool = False

    @property
    def published(self) -> Path:
        return Path(self.env["REGIONFINANS_PUBLISHED"])


@pytest.fixture(scope="module")
def night(tmp_path_factory: pytest.TempPathFactory, built_warehouse: Path) -> Night:
    """The story of the module docstring, played once: each step records what it did."""
    root = tmp_path_factory.mktemp("nightly")
    project = copy_project(root / "project")
    sources = copy_sources(root / "sources")
    with WebhookReceiver() as webhook, SmtpReceiver() as smtp:
        env = nightly_env(root, webhook.url, smtp.port) | {"REGIONFINANS_SOURCES": str(sources)}
        night = Night(env)
        copy_warehouse(built_warehouse, night.published)
        seed_parse_state(built_warehouse, Path(env["REGIONFINANS_STATE_DIR"]) / "dbt-target")
        night.served["before"] = sha256(night.published)
        _killed_mid_build(night, project)
        _red_on_a_changed_number(night, project, sources)
        _recovery_with_a_reader(night, project, root)
        night.webhook = list(webhook.received)
        night.smtp = [email_text(message) for message in smtp.messages]
    return night


def _killed_mid_build(night: Night, project: Path) -> None:
    """Step 1: a nightly killed with -9 once its build file exists."""
    builds = night.published.parent / ".builds"
    child = subprocess.Popen(
        nightly_command(project),
        env={**os.environ, **night.env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline and not list(builds.glob("build-*/*.duckdb")):
        time.sleep(0.1)
    time.sleep(1.5)
    night.killed_while_running = child.poll() is None
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    night.served["killed"] = sha256(night.published)


def _red_on_a_changed_number(night: Night, project: Path, sources: Path) -> None:
    """Step 2: the seed, the document and the register of placements all print 157 099:
    the seed check passes and the reconciliation of the totals is what fails."""
    seed, document = project / ABONNEMANG, sources / VB_2023
    placed = project / PLACEMENTS
    original, printed = seed.read_text(encoding="utf-8"), document.read_text(encoding="utf-8")
    register = placed.read_text(encoding="utf-8")
    seed.write_text(original.replace("157 069", "157 099"), encoding="utf-8")
    document.write_text(printed.replace("157 069", "157 099"), encoding="utf-8")
    placed.write_text(register.replace("157 069", "157 099"), encoding="utf-8")
    register_checksum(project, document)
    # In this process (step 1 ran the command line): what it prints is the console.
    console = io.StringIO()
    with contextlib.redirect_stdout(console), contextlib.redirect_stderr(console):
        night.codes["red"] = run_nightly(load_settings(env=night.env, project_dir=project))
    night.console = console.getvalue()
    night.served["red"] = sha256(night.published)
    seed.write_text(original, encoding="utf-8")
    document.write_text(printed, encoding="utf-8")
    placed.write_text(register, encoding="utf-8")
    register_checksum(project, document)


def _recovery_with_a_reader(night: Night, project: Path, root: Path) -> None:
    """Step 3: the number restored and a warning test added, the acceptable variants
    applied, a BI reader holding the served file through the run."""
    (project / WARN_TEST).write_text(
        "{{ config(severity='warn') }}\nselect 1 as always_one_row\n", encoding="utf-8"
    )
    out, stop = root / "reader.json", root / "reader.stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(night.published), str(out), str(stop)]
    )
    try:
        time.sleep(1)
        with applied(project, ACCEPTED):
            night.codes["recovery"] = run_nightly(load_settings(env=night.env, project_dir=project))
        time.sleep(0.5)  # the reader reads the published file, too
    finally:
        stop.touch()
        reader.wait(timeout=120)
    night.reader = json.loads(out.read_text())
    night.served["recovery"] = sha256(night.published)
    builds = night.published.parent / ".builds"
    night.leftovers = sorted(path.name for path in builds.glob("build-*"))


def test_kill_9_mid_build_leaves_the_served_file_intact(night: Night) -> None:
    assert night.killed_while_running, "the nightly ended before it could be killed"
    assert night.served["killed"] == night.served["before"]
    assert night.leftovers == [], "the next run cleans what the killed one left"


def test_a_red_run_publishes_nothing_and_names_the_failing_rows(night: Night) -> None:
    assert night.codes["red"] == 1
    assert night.served["red"] == night.served["before"], "a red run must not touch the file"
    failure = night.webhook[0]
    assert failure["regionfinans"]["kind"] == "failure"
    for text in (failure["text"], night.smtp[0], night.console):
        assert RECONCILE in text
        assert 'line 3 (Halland), column "SUMMA": printed 157 099, computed 157069' in text
    assert f"dbt build --profiles-dir . --select {RECONCILE}" in failure["text"]


def test_recovery_with_a_warning_is_published_while_a_reader_holds_the_file(night: Night) -> None:
    assert night.codes["recovery"] == 0, "warnings do not stop the publish"
    assert night.served["recovery"] != night.served["red"], "the recovery published a new file"
    recovery = night.webhook[1]
    assert recovery["regionfinans"]["kind"] == "recovery"
    assert "assert_warns_for_the_test" in recovery["text"], "the warning is in the alert"
    assert "recovered" in night.smtp[1] and "assert_warns_for_the_test" in night.smtp[1]
    assert len(night.webhook) == 2 and len(night.smtp) == 2
    assert night.reader["errors"] == []
    assert len(night.reader["results"]) > 10
    assert set(night.reader["results"]) == {"537657.0000"}


@pytest.mark.parametrize("variant", ACCEPTED, ids=[v.name for v in ACCEPTED])
def test_acceptable_variant_is_accepted(variant: Variant, night: Night) -> None:
    """Published by the recovery night, whose seeds carry it, with the printed sum."""
    assert night.codes["recovery"] == 0, f"{variant.name} must be accepted"
    with duckdb.connect(str(night.published), read_only=True) as connection:
        total = connection.sql("select sum(belopp_tkr) from marts.fct_abonnemang").fetchone()
    assert str(total[0]) == "537657.0000"


def test_the_history_is_in_the_published_file(night: Night) -> None:
    with duckdb.connect(str(night.published), read_only=True) as connection:
        statuses = connection.sql(
            "select status from ops.nightly_runs order by started_at, run_id"
        ).fetchall()
        failed = connection.sql(
            "select unique_id, failing_rows from ops.nightly_test_results where status = 'fail'"
        ).fetchall()
    assert [s for (s,) in statuses] == ["red", "green"], "a killed run records nothing"
    assert any(RECONCILE in uid and rows == 2 for uid, rows in failed), failed


def test_a_green_run_after_a_green_run_sends_nothing() -> None:
    settings = load_settings(env={}, project_dir=None)
    record = {
        "run_id": "b",
        "started_at": "t1",
        "ended_at": "t2",
        "status": "green",
        "published": True,
        "message": None,
        "warnings": [],
        "failures": [],
    }
    assert _alert_for(record, {**record, "run_id": "a"}, settings) is None
    assert _alert_for(record, None, settings) is None
    recovery = _alert_for(record, {**record, "run_id": "a", "status": "red"}, settings)
    assert recovery is not None and recovery.kind == "recovery"
    warned = {**record, "warnings": [{"unique_id": "test.x.w", "status": "warn", "failures": 1}]}
    warning = _alert_for(warned, {**record, "run_id": "a"}, settings)
    assert warning is not None and warning.kind == "warning" and "test.x.w" in warning.text


def test_alert_channels_down_are_recorded_undelivered(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    with WebhookReceiver(status=500) as webhook:
        closed_port = SmtpReceiver()
        port = closed_port.port
        closed_port.server.server_close()
        env = nightly_env(tmp_path, webhook.url, port)
        seed = project / ABONNEMANG
        seed.write_text(
            seed.read_text(encoding="utf-8").replace("10 497", "1O 497"), encoding="utf-8"
        )
        assert run_nightly(load_settings(env=env, project_dir=project)) == 1
        assert webhook.attempts == 2, "the webhook was tried twice"
    path = Path(env["REGIONFINANS_STATE_DIR"]) / "alerts.jsonl"
    record = json.loads(path.read_text().splitlines()[-1])
    assert record["kind"] == "failure"
    assert sorted(record["undelivered"]) == ["email", "webhook"]
    assert all(d["attempts"] == 2 and not d["delivered"] for d in record["deliveries"])
    assert (
        "HTTPError: 500"
        in next(d for d in record["deliveries"] if d["channel"] == "webhook")["error"]
    )
    history = Path(env["REGIONFINANS_STATE_DIR"]) / "nightly_runs.jsonl"
    assert json.loads(history.read_text().splitlines()[-1])["status"] == "red"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REGIONFINANS_ALERT_WEBHOOK_URL", "ftp://example.invalid/hook", "not an http(s) URL"),
        ("REGIONFINANS_ALERT_RETRIES", "many", "REGIONFINANS_ALERT_RETRIES='many'"),
        ("REGIONFINANS_ALERT_BACKOFF_SECONDS", "-1", "greater than or equal to 0"),
        ("REGIONFINANS_SMTP_HOST", "127.0.0.1", "REGIONFINANS_SMTP_FROM"),
        ("REGIONFINANS_PUBLISHED", "/proc/regionfinans/served.duckdb", "/proc/regionfinans"),
        ("REGIONFINANS_SOURCES", "/nonexistent/regionfinans-sources", "REGIONFINANS_SOURCES"),
    ],
)
def test_misconfiguration_exits_2_with_one_line(
    name: str,
    value: str,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for key, setting in nightly_env(tmp_path).items():
        monkeypatch.setenv(key, setting)
    monkeypatch.setenv(name, value)
    assert main(["nightly"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert message in err
    assert not Path(value).exists()


def test_the_contract_process_says_what_stopped_it_and_runs_no_caller_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contract's process (forked from a server that imported Great Expectations) hands
    its traceback to the nightly's message, and never runs the caller's main script again
    (multiprocessing's fork server would, and a script that calls the nightly without a
    main guard would start another night there)."""
    marker, script = tmp_path / "ran", tmp_path / "caller.py"
    script.write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    caller = types.ModuleType("__main__")
    caller.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", caller)
    out, record = tmp_path / "kontrakt.json", {"counts": {}, "failures": []}
    process = contract_process.start(tmp_path / "no-project", out)
    assert _finish_contract(process, out, record, []) is False
    assert process.exitcode == 2
    assert record["message"].startswith("Great Expectations could not run: ")
    assert f"No such file or directory: '{tmp_path / 'no-project' / 'seeds'}" in record["message"]
    assert not marker.exists()
    assert not contract_process.stderr_file(out).exists()
