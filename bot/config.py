"""Configuration from the environment (and an optional ``.env`` file), validated up front.

``Config.from_env`` reads every setting and checks it: a wrong value is a ``ConfigError``
whose message is one line naming the setting and the values it accepts.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from dialogs.settings import DEFAULT_LINK_RETENTION_DAYS, DEFAULT_TRANSCRIPT_RETENTION_DAYS
from locales.translator import SUPPORTED, negotiate

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_USERNAME = re.compile(r"[A-Za-z0-9_]{3,64}")
_ON = ("on", "1", "true", "yes")
_OFF = ("off", "0", "false", "no")

T = TypeVar("T")


class ConfigError(ValueError):
    """A setting is malformed; the message says which and what it accepts."""


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
    transcript_retention_days: int = DEFAULT_TRANSCRIPT_RETENTION_DAYS
    link_retention_days: int = DEFAULT_LINK_RETENTION_DAYS
    rate_limit: bool = True
    send_rate: float = 30.0
    log_level: str | None = None
    health_port: int | None = None
    health_listen: str = "127.0.0.1"
    bot_username: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Config:
        """Read and check the settings; values in the environment win over the ``.env`` file."""
        values = dict(read_dotenv(dotenv or Path(".env")))
        values.update(os.environ if env is None else env)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        def check(name: str, parse: Callable[[str], T], default: T) -> T:
            raw = get(name)
            return default if raw is None else parse(raw)

        return cls(
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=check(
                "TELEGRAM_API_BASE_URL", _url("TELEGRAM_API_BASE_URL"), DEFAULT_API_BASE_URL
            ),
            data_dir=Path(get("BOT_DATA_DIR") or "data"),
            pseudonym_key=get("BOT_PSEUDONYM_KEY"),
            webhook_url=check("WEBHOOK_URL", _https, None),
            webhook_listen=check("WEBHOOK_LISTEN", _address("WEBHOOK_LISTEN"), "127.0.0.1"),
            webhook_port=check("WEBHOOK_PORT", _whole("WEBHOOK_PORT", 1, 65535), 8443),
            webhook_secret=check("WEBHOOK_SECRET", _secret, None),
            default_language=check("DEFAULT_LANGUAGE", _language, "en"),
            transcript_retention_days=check(
                "TRANSCRIPT_RETENTION_DAYS",
                _whole("TRANSCRIPT_RETENTION_DAYS", 1, 36500),
                DEFAULT_TRANSCRIPT_RETENTION_DAYS,
            ),
            link_retention_days=check(
                "LINK_RETENTION_DAYS",
                _whole("LINK_RETENTION_DAYS", 1, 36500),
                DEFAULT_LINK_RETENTION_DAYS,
            ),
            rate_limit=check("BOT_RATE_LIMIT", _switch("BOT_RATE_LIMIT"), True),
            send_rate=check("BOT_SEND_RATE", _rate, 30.0),
            log_level=check("LOG_LEVEL", _log_level, None),
            health_port=check("HEALTH_PORT", _whole("HEALTH_PORT", 1, 65535), None),
            health_listen=check("HEALTH_LISTEN", _address("HEALTH_LISTEN"), "127.0.0.1"),
            bot_username=check("BOT_USERNAME", _username, None),
        )


def _whole(name: str, lowest: int, highest: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            value = lowest - 1
        if not lowest <= value <= highest:
            raise ConfigError(
                f"{name} must be a whole number from {lowest} to {highest}, not {raw!r}"
            )
        return value

    return parse


def _url(name: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        if not _URL.fullmatch(raw):
            raise ConfigError(f"{name} must be an http:// or https:// address, not {raw!r}")
        return raw

    return parse


def _https(raw: str) -> str:
    """Telegram delivers webhooks over HTTPS only (plain http only to this machine, for a
    local Bot API server or a test)."""
    parts = urlsplit(raw)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not _URL.fullmatch(raw) or not (parts.scheme == "https" or local):
        raise ConfigError(f"WEBHOOK_URL must be an https:// address (Telegram's rule), not {raw!r}")
    return raw


def _address(name: str) -> Callable[[str], str]:
    """An IP address to listen on (127.0.0.1, 0.0.0.0, ::1 ...) or ``localhost``."""

    def parse(raw: str) -> str:
        if raw == "localhost":
            return raw
        try:
            ipaddress.ip_address(raw)
        except ValueError:
            raise ConfigError(
                f"{name} must be an IP address to listen on, such as 127.0.0.1, not {raw!r}"
            ) from None
        return raw

    return parse


def _switch(name: str) -> Callable[[str], bool]:
    def parse(raw: str) -> bool:
        if raw.lower() in _ON:
            return True
        if raw.lower() in _OFF:
            return False
        raise ConfigError(f"{name} must be on or off, not {raw!r}")

    return parse


def _rate(raw: str) -> float:
    """Calls a second to Telegram across all chats (Telegram allows about 30)."""
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 1 <= value <= 1000:
        raise ConfigError(
            f"BOT_SEND_RATE must be a number of calls a second from 1 to 1000, not {raw!r}"
        )
    return value


def _log_level(raw: str) -> str:
    level = raw.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {raw!r}")
    return level


def _secret(raw: str) -> str:
    if not _WEBHOOK_SECRET.fullmatch(raw):
        raise ConfigError("WEBHOOK_SECRET must be 1 to 256 of A-Z, a-z, 0-9, _ and -")
    return raw


def _username(raw: str) -> str:
    name = raw.removeprefix("@")
    if not _USERNAME.fullmatch(name):
        raise ConfigError(
            f"BOT_USERNAME must be the bot's @username (letters, digits, _), not {raw!r}"
        )
    return name


def _language(raw: str) -> str:
    language = negotiate(raw, default="")
    if not language:
        codes = ", ".join(SUPPORTED)
        raise ConfigError(f"DEFAULT_LANGUAGE must be one of {codes}, not {raw!r}")
    return language


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
