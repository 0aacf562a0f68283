"""Alerts of the nightly job: a Slack/Teams-compatible webhook, e-mail, and always a local log.

Webhooks go through requests, and tenacity retries every channel with exponential backoff.
An alert no channel could take is still written to the local alert log, marked
undelivered: nothing is lost.
"""

from __future__ import annotations

import json
import smtplib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import requests
from tenacity import RetryError, Retrying, stop_after_attempt, wait_exponential

from regionfinans.settings import NightlySettings


@dataclass
class Alert:
    """One alert: why it is sent, a subject line, a readable text and structured details."""

    run_id: str
    kind: str  # failure | warning | recovery
    subject: str
    text: str
    details: dict = field(default_factory=dict)


@dataclass
class Delivery:
    """What happened when one channel was asked to deliver an alert."""

    channel: str
    delivered: bool
    attempts: int
    error: str | None = None


def _with_retries(
    send: Callable[[], None], retries: int, backoff_seconds: float, channel: str
) -> Delivery:
    retrying = Retrying(
        stop=stop_after_attempt(retries),
        wait=wait_exponential(multiplier=backoff_seconds, min=0, max=60),
    )
    try:
        retrying(send)
    except RetryError as error:
        failure = error.last_attempt.exception()
        return Delivery(channel, False, retries, f"{type(failure).__name__}: {failure}")
    return Delivery(channel, True, retrying.statistics["attempt_number"])


def webhook_payload(alert: Alert) -> dict:
    """JSON body accepted by Slack and Microsoft Teams incoming webhooks (`text`), plus details."""
    return {"text": f"*{alert.subject}*\n{alert.text}", "regionfinans": asdict(alert)}


def send_webhook(url: str, alert: Alert, timeout: float) -> None:
    """POST the alert as JSON; any non-2xx answer is an error."""
    body = json.dumps(webhook_payload(alert), ensure_ascii=False).encode("utf-8")
    response = requests.post(
        url,
        data=body,
        headers={"Content-Type": "application/json; charset=utf-8"},
        timeout=timeout,
    )
    response.raise_for_status()


def send_email(settings: NightlySettings, alert: Alert) -> None:
    """Send the alert as a plain-text e-mail over SMTP."""
    assert settings.smtp is not None
    smtp = settings.smtp
    message = EmailMessage()
    message["Subject"] = alert.subject
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.recipients)
    message.set_content(alert.text)
    with smtplib.SMTP(smtp.host, smtp.port, timeout=settings.timeout_seconds) as client:
        if smtp.starttls:
            client.starttls()
        if smtp.user:
            client.login(smtp.user, smtp.password or "")
        client.send_message(message)


def deliver(settings: NightlySettings, alert: Alert) -> list[Delivery]:
    """Send `alert` on every configured channel and append it, with the outcome, to the alert log."""
    deliveries: list[Delivery] = []
    if settings.webhook_url:
        url = settings.webhook_url
        deliveries.append(
            _with_retries(
                lambda: send_webhook(url, alert, settings.timeout_seconds),
                settings.retries,
                settings.backoff_seconds,
                "webhook",
            )
        )
    if settings.smtp:
        deliveries.append(
            _with_retries(
                lambda: send_email(settings, alert),
                settings.retries,
                settings.backoff_seconds,
                "email",
            )
        )
    append_alert_log(settings.alert_log, alert, deliveries)
    return deliveries


def append_alert_log(path: Path, alert: Alert, deliveries: list[Delivery]) -> None:
    """The local alert log always gets the alert, delivered elsewhere or not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "logged_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **asdict(alert),
        "deliveries": [asdict(d) for d in deliveries],
        "undelivered": [d.channel for d in deliveries if not d.delivered],
    }
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
