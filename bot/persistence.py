"""Where the shells keep dialog state and transcripts: the SQLite store in BOT_DATA_DIR."""

from __future__ import annotations

from importlib import metadata

from bot.config import Config
from dialogs.content import CONTENT_VERSION
from storage.database import open_database
from storage.pseudonym import Pseudonymizer, load_pseudonym_key
from storage.retention import PurgeCounts
from storage.store import TranscriptStore


def app_version() -> str:
    """The installed package's version, recorded on every transcript."""
    try:
        return metadata.version("sjogren-sfn-bot")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def open_store(config: Config) -> TranscriptStore:
    """The transcript store in BOT_DATA_DIR, its pseudonym key beside it unless configured."""
    return TranscriptStore(
        open_database(config.data_dir),
        Pseudonymizer(load_pseudonym_key(config.data_dir, config.pseudonym_key)),
        content_version=CONTENT_VERSION,
        app_version=app_version(),
        link_retention_days=config.link_retention_days,
        transcript_retention_days=config.transcript_retention_days,
    )


def purge_now(config: Config) -> PurgeCounts:
    """Apply the retention rules now."""
    return open_store(config).purge()
