"""The nightly job: safe publish, history, alerts on failure and recovery, channels down."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from conftest import copy_project
from receivers import SmtpReceiver, WebhookReceiver

from regionfinans.cli import main
from regionfinans.nightly import run_nightly
from regionfinans.settings import load_settings

ABONNEMANG = Path("seeds/ssvr_vb_2023/ssvr_vb_2023__abonnemang_2023.csv")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def nightly_env(
    root: Path, webhook: str | None = None, smtp_port: int | None = None
) -> dict[str, str]:
    env = {
        "REGIONFINANS_PUBLISHED": str(root / "served" / "regionfinans.duckdb"),
        "REGIONFINANS_STATE_DIR": str(root / "state"),
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


def run(project: Path, env: dict[str, str]) -> int:
    return run_nightly(load_settings(env=env, project_dir=project))


def alert_log(env: dict[str, str]) -> list[dict]:
    path = Path(env["REGIONFINANS_STATE_DIR"]) / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture()
def project(tmp_path: Path) -> Iterator[Path]:
    yield copy_project(tmp_path / "project")


def test_failure_then_recovery_reach_webhook_and_smtp(project: Path, tmp_path: Path) -> None:
    with WebhookReceiver() as webhook, SmtpReceiver() as smtp:
        env = nightly_env(tmp_path, webhook.url, smtp.port)
        published = Path(env["REGIONFINANS_PUBLISHED"])

        assert run(project, env) == 0
        served = sha256(published)
        assert webhook.received == [] and smtp.messages == []

        seed = project / ABONNEMANG
        original = seed.read_text(encoding="utf-8")
        seed.write_text(original.replace("157 069", "157 099"), encoding="utf-8")
        assert run(project, env) == 1
        assert sha256(published) == served, "a red run must not touch the served file"
        failure = webhook.received[-1]
        assert failure["regionfinans"]["kind"] == "failure"
        assert "abonnemang_2023_row_sums_reconcile" in failure["text"]
        assert "printed 157 099" in failure["text"]
        assert 'line 3 (Halland), column "SUMMA"' in failure["text"]
        assert (
            "dbt build --profiles-dir . --select abonnemang_2023_row_sums_reconcile"
            in failure["text"]
        )
        assert "abonnemang_2023_row_sums_reconcile" in smtp.messages[-1]

        seed.write_text(original, encoding="utf-8")
        assert run(project, env) == 0
        assert webhook.received[-1]["regionfinans"]["kind"] == "recovery"
        assert "recovered" in smtp.messages[-1]
        assert len(webhook.received) == 2 and len(smtp.messages) == 2

    with duckdb.connect(str(published), read_only=True) as connection:
        statuses = connection.sql(
            "select status from ops.nightly_runs order by started_at, run_id"
        ).fetchall()
        failed = connection.sql(
            "select unique_id, failing_rows from ops.nightly_test_results where status = 'fail'"
        ).fetchall()
    assert [s for (s,) in statuses] == ["green", "red", "green"]
    assert any("abonnemang_2023_row_sums_reconcile" in uid and rows == 1 for uid, rows in failed)


def test_alert_channels_down_are_recorded_undelivered(project: Path, tmp_path: Path) -> None:
    with WebhookReceiver(status=500) as webhook:
        closed_port = SmtpReceiver()
        port = closed_port.port
        closed_port.server.server_close()
        env = nightly_env(tmp_path, webhook.url, port)
        seed = project / ABONNEMANG
        seed.write_text(
            seed.read_text(encoding="utf-8").replace("10 497", "1O 497"), encoding="utf-8"
        )
        assert run(project, env) == 1
    record = alert_log(env)[-1]
    assert record["kind"] == "failure"
    assert sorted(record["undelivered"]) == ["email", "webhook"]
    assert all(d["attempts"] == 2 and not d["delivered"] for d in record["deliveries"])
    history = Path(env["REGIONFINANS_STATE_DIR"]) / "nightly_runs.jsonl"
    assert json.loads(history.read_text().splitlines()[-1])["status"] == "red"


READER = """
import duckdb, json, sys, time
path, out, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
held = duckdb.connect(path, read_only=True)
results, errors = [], []
end = time.time() + seconds
while time.time() < end:
    try:
        results.append(str(held.sql("select sum(belopp_tkr) from marts.fct_abonnemang").fetchone()[0]))
        with duckdb.connect(path, read_only=True) as fresh:
            results.append(str(fresh.sql("select sum(belopp_tkr) from marts.fct_abonnemang").fetchone()[0]))
    except Exception as error:
        errors.append(repr(error))
    time.sleep(0.05)
json.dump({"results": results, "errors": errors}, open(out, "w"))
"""


def test_bi_reader_holding_the_file_never_sees_a_half_built_state(
    project: Path, tmp_path: Path
) -> None:
    env = nightly_env(tmp_path)
    published = Path(env["REGIONFINANS_PUBLISHED"])
    assert run(project, env) == 0
    first = sha256(published)
    out = tmp_path / "reader.json"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published), str(out), "25"])
    try:
        time.sleep(1)
        assert run(project, env) == 0
    finally:
        reader.wait(timeout=60)
    seen = json.loads(out.read_text())
    assert seen["errors"] == []
    assert len(seen["results"]) > 10
    assert set(seen["results"]) == {"537657.0000"}
    assert sha256(published) != first, "the second run published a new file"


def test_kill_9_mid_build_leaves_the_served_file_intact(project: Path, tmp_path: Path) -> None:
    env = nightly_env(tmp_path)
    published = Path(env["REGIONFINANS_PUBLISHED"])
    assert run(project, env) == 0
    served = sha256(published)
    builds = published.parent / ".builds"
    child = subprocess.Popen(
        [sys.executable, "-m", "regionfinans.cli", "nightly", "--project-dir", str(project)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline and not list(builds.glob("build-*.duckdb")):
        time.sleep(0.1)
    time.sleep(1.5)
    assert child.poll() is None, "the nightly ended before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert sha256(published) == served
    assert run(project, env) == 0
    assert not list(builds.glob("build-*"))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REGIONFINANS_ALERT_WEBHOOK_URL", "ftp://example.invalid/hook"),
        ("REGIONFINANS_ALERT_RETRIES", "many"),
        ("REGIONFINANS_SMTP_HOST", "127.0.0.1"),
    ],
)
def test_misconfiguration_exits_2(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for key, setting in nightly_env(tmp_path).items():
        monkeypatch.setenv(key, setting)
    monkeypatch.setenv(name, value)
    assert main(["nightly"]) == 2


def test_warnings_publish_and_alert(project: Path, tmp_path: Path) -> None:
    (project / "tests" / "assert_warns_for_the_test.sql").write_text(
        "{{ config(severity='warn') }}\nselect 1 as always_one_row\n", encoding="utf-8"
    )
    with WebhookReceiver() as webhook:
        env = nightly_env(tmp_path, webhook.url)
        assert run(project, env) == 0, "warnings are allowed"
        assert Path(env["REGIONFINANS_PUBLISHED"]).exists(), "a run with warnings publishes"
        alert = webhook.received[-1]
    assert alert["regionfinans"]["kind"] == "warning"
    assert "assert_warns_for_the_test" in alert["text"]
