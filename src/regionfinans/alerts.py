"""Alerts of the nightly job: a Slack/Teams-compatible webhook, e-mail, and always a local log.

Delivery is retried with exponential backoff. An alert no channel could take is
still written to the local alert log, marked undelivered: nothing is lost.
"""

from __future__ import annotations

import json
import smtplib
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

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
    last_error = None
    for attempt in range(1, retries + 1):
        try:
            send()
            return Delivery(channel, True, attempt)
        except Exception as error:  # noqa: BLE001 - any failure of a channel is retried and recorded
            last_error = f"{type(error).__name__}: {error}"
            if attempt < retries:
                time.sleep(backoff_seconds * 2 ** (attempt - 1))
    return Delivery(channel, False, retries, last_error)


def webhook_payload(alert: Alert) -> dict:
    """JSON body accepted by Slack and Microsoft Teams incoming webhooks (`text`), plus details."""
    return {"text": f"*{alert.subject}*\n{alert.text}", "regionfinans": asdict(alert)}


def send_webhook(url: str, alert: Alert, timeout: float) -> None:
    """POST the alert as JSON; any non-2xx answer is an error."""
    body = json.dumps(webhook_payload(alert), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json; charset=utf-8"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - URL is configured
        if not 200 <= response.status < 300:
            raise urllib.error.HTTPError(
                url, response.status, "webhook refused", response.headers, None
            )


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
