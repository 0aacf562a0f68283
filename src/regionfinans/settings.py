"""Settings of the nightly job, read from environment variables (no secrets in the repo)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from regionfinans.project import DEFAULT_DB, PROJECT_DIR


class ConfigurationError(ValueError):
    """The environment does not describe a runnable nightly job (exit code 2)."""


@dataclass(frozen=True)
class SmtpSettings:
    """Where alert e-mails go."""

    host: str
    port: int
    sender: str
    recipients: list[str]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = False


@dataclass(frozen=True)
class NightlySettings:
    """Everything the nightly job needs to know about its environment."""

    project_dir: Path
    published: Path
    state_dir: Path
    webhook_url: str | None
    smtp: SmtpSettings | None
    retries: int
    backoff_seconds: float
    timeout_seconds: float

    @property
    def builds_dir(self) -> Path:
        """Fresh builds go here, on the published file's filesystem (for an atomic rename)."""
        return self.published.parent / ".builds"

    @property
    def history_file(self) -> Path:
        """Append-only history of every run (JSON lines)."""
        return self.state_dir / "nightly_runs.jsonl"

    @property
    def alert_log(self) -> Path:
        """Append-only log of every alert and whether each channel got it."""
        return self.state_dir / "alerts.jsonl"

    @property
    def lock_file(self) -> Path:
        """Held (flock) while a nightly runs; released by the OS if the process dies."""
        return self.state_dir / "nightly.lock"


def _int(env: dict[str, str], name: str, default: int, minimum: int) -> int:
    raw = env.get(name, str(default))
    try:
        value = int(raw)
    except ValueError as error:
        raise ConfigurationError(f"{name}={raw!r} is not a whole number") from error
    if value < minimum:
        raise ConfigurationError(f"{name}={value} must be at least {minimum}")
    return value


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, str(default))
    try:
        value = float(raw)
    except ValueError as error:
        raise ConfigurationError(f"{name}={raw!r} is not a number") from error
    if value < 0:
        raise ConfigurationError(f"{name}={value} must not be negative")
    return value


def load_settings(
    env: dict[str, str] | None = None, project_dir: Path | None = None
) -> NightlySettings:
    """Read and validate the nightly settings; raise ConfigurationError when they are wrong."""
    env = dict(os.environ if env is None else env)
    project = (project_dir or Path(env.get("REGIONFINANS_PROJECT_DIR", PROJECT_DIR))).resolve()
    if not (project / "dbt_project.yml").is_file():
        raise ConfigurationError(f"no dbt project at {project} (dbt_project.yml missing)")
    published = Path(env.get("REGIONFINANS_PUBLISHED", DEFAULT_DB)).resolve()
    state_dir = Path(env.get("REGIONFINANS_STATE_DIR", published.parent / "state")).resolve()

    webhook = env.get("REGIONFINANS_ALERT_WEBHOOK_URL") or None
    if webhook and not webhook.startswith(("http://", "https://")):
        raise ConfigurationError(
            f"REGIONFINANS_ALERT_WEBHOOK_URL={webhook!r} is not an http(s) URL"
        )

    smtp = None
    if env.get("REGIONFINANS_SMTP_HOST"):
        sender = env.get("REGIONFINANS_SMTP_FROM", "")
        recipients = [
            r.strip() for r in env.get("REGIONFINANS_SMTP_TO", "").split(",") if r.strip()
        ]
        if not sender or not recipients:
            raise ConfigurationError(
                "REGIONFINANS_SMTP_HOST is set, so REGIONFINANS_SMTP_FROM and REGIONFINANS_SMTP_TO are needed"
            )
        smtp = SmtpSettings(
            host=env["REGIONFINANS_SMTP_HOST"],
            port=_int(env, "REGIONFINANS_SMTP_PORT", 25, 1),
            sender=sender,
            recipients=recipients,
            user=env.get("REGIONFINANS_SMTP_USER") or None,
            password=env.get("REGIONFINANS_SMTP_PASSWORD") or None,
            starttls=env.get("REGIONFINANS_SMTP_STARTTLS", "0") in ("1", "true", "yes"),
        )
    return NightlySettings(
        project_dir=project,
        published=published,
        state_dir=state_dir,
        webhook_url=webhook,
        smtp=smtp,
        retries=_int(env, "REGIONFINANS_ALERT_RETRIES", 3, 1),
        backoff_seconds=_float(env, "REGIONFINANS_ALERT_BACKOFF_SECONDS", 1.0),
        timeout_seconds=_float(env, "REGIONFINANS_ALERT_TIMEOUT_SECONDS", 10.0),
    )
