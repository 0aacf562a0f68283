"""Settings of the nightly job, read from REGIONFINANS_* environment variables by pydantic-settings.

No secrets live in the repo. A bad value is a ConfigurationError with one line naming the
variable, which the CLI turns into exit code 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from regionfinans.project import NoProjectError, default_warehouse, find_project_dir
from regionfinans.trace import MissingSourcesError

ENV_PREFIX = "REGIONFINANS_"


class ConfigurationError(ValueError):
    """The environment does not describe a runnable nightly job (exit code 2)."""


class NightlyEnvironment(BaseSettings):
    """The variables, their types and limits; pydantic-settings reads and validates them."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="ignore")

    # Defaults follow the project (the folder the command runs in): see load_settings.
    project_dir: Path | None = None
    published: Path | None = None
    sources: Path | None = None
    state_dir: Path | None = None
    alert_webhook_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int = Field(25, ge=1, le=65535)
    smtp_from: str | None = None
    smtp_to: str = ""
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    alert_retries: int = Field(3, ge=1)
    alert_backoff_seconds: float = Field(1.0, ge=0)
    alert_timeout_seconds: float = Field(10.0, gt=0)

    @field_validator("alert_webhook_url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url and not url.startswith(("http://", "https://")):
            raise ValueError("is not an http(s) URL")
        return url

    @model_validator(mode="after")
    def _smtp_complete(self) -> NightlyEnvironment:
        if self.smtp_host and not (self.smtp_from and self.recipients):
            raise ValueError(
                f"{ENV_PREFIX}SMTP_HOST is set, so {ENV_PREFIX}SMTP_FROM and {ENV_PREFIX}SMTP_TO are needed"
            )
        return self

    @property
    def recipients(self) -> list[str]:
        return [r.strip() for r in self.smtp_to.split(",") if r.strip()]


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
    sources_dir: Path
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


def _one_line(error: ValidationError) -> str:
    first = error.errors()[0]
    name = ENV_PREFIX + "_".join(str(part) for part in first["loc"]).upper()
    message = first["msg"].removeprefix("Value error, ")
    if not first["loc"]:
        return message
    return f"{name}={first['input']!r}: {message}"


def load_settings(
    env: dict[str, str] | None = None, project_dir: Path | None = None
) -> NightlySettings:
    """Read and validate the nightly settings from `env` (default: the process environment)."""
    try:
        if env is None:
            raw = NightlyEnvironment()
        else:
            raw = NightlyEnvironment.model_validate(
                {
                    name.removeprefix(ENV_PREFIX).lower(): value
                    for name, value in env.items()
                    if name.startswith(ENV_PREFIX) and value != ""
                }
            )
    except ValidationError as error:
        raise ConfigurationError(_one_line(error)) from None
    try:
        project = (project_dir or raw.project_dir or find_project_dir()).resolve()
    except NoProjectError as error:
        raise ConfigurationError(str(error)) from None
    if not (project / "dbt_project.yml").is_file():
        raise ConfigurationError(f"no dbt project at {project} (dbt_project.yml missing)")
    published = (raw.published or default_warehouse(project)).resolve()
    sources = (raw.sources or project.parent / "shared" / "sources").resolve()
    if not sources.is_dir():
        # The seed check traces every seed into these texts: without them it cannot run.
        raise ConfigurationError(str(MissingSourcesError(sources)))
    smtp = None
    if raw.smtp_host and raw.smtp_from:
        smtp = SmtpSettings(
            host=raw.smtp_host,
            port=raw.smtp_port,
            sender=raw.smtp_from,
            recipients=raw.recipients,
            user=raw.smtp_user,
            password=raw.smtp_password.get_secret_value() if raw.smtp_password else None,
            starttls=raw.smtp_starttls,
        )
    return NightlySettings(
        project_dir=project,
        published=published,
        state_dir=(raw.state_dir or published.parent / "state").resolve(),
        sources_dir=sources,
        webhook_url=raw.alert_webhook_url,
        smtp=smtp,
        retries=raw.alert_retries,
        backoff_seconds=raw.alert_backoff_seconds,
        timeout_seconds=raw.alert_timeout_seconds,
    )
