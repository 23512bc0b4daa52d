"""Where the shells keep dialog state and transcripts (to be wired to storage/)."""

from __future__ import annotations

from bot.config import Config
from bot.conversation import MemoryStore, Store


def console_store(config: Config) -> Store:
    return MemoryStore()


def purge_now(config: Config) -> dict[str, int]:
    return {}
