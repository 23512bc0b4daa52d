"""Configuration from the environment (and an optional ``.env`` file), as one dataclass."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Config:
    """Everything the shells need to know about their environment."""

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    data_dir: Path = Path("data")
    pseudonym_key: str | None = None
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None
    default_language: str = "en"
    transcript_retention_days: int = 180
    link_retention_days: int = 30
    rate_limit: bool = True
    bot_username: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Config:
        """Read the settings; values in the environment win over the ``.env`` file."""
        values = dict(read_dotenv(dotenv or Path(".env")))
        values.update(os.environ if env is None else env)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        return cls(
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
            data_dir=Path(get("BOT_DATA_DIR") or "data"),
            pseudonym_key=get("BOT_PSEUDONYM_KEY"),
            webhook_url=get("WEBHOOK_URL"),
            webhook_listen=get("WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=_int(get("WEBHOOK_PORT"), "WEBHOOK_PORT", 8443),
            webhook_secret=get("WEBHOOK_SECRET"),
            default_language=get("DEFAULT_LANGUAGE") or "en",
            transcript_retention_days=_int(
                get("TRANSCRIPT_RETENTION_DAYS"), "TRANSCRIPT_RETENTION_DAYS", 180
            ),
            link_retention_days=_int(get("LINK_RETENTION_DAYS"), "LINK_RETENTION_DAYS", 30),
            rate_limit=(get("BOT_RATE_LIMIT") or "on").lower() not in ("off", "0", "false", "no"),
            bot_username=get("BOT_USERNAME"),
        )


def _int(raw: str | None, name: str, default: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 0:
        raise ConfigError(f"{name} must not be negative")
    return value


def read_dotenv(path: Path) -> dict[str, str]:
    """``KEY=value`` lines of a ``.env`` file; comments and blank lines are skipped."""
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or "=" not in stripped:
            continue
        key, _, value = stripped.partition("=")
        key = key.removeprefix("export ").strip()
        values[key] = value.strip().strip("'\"")
    return values
