"""One wiring for every command: the store, the settings and the conversations, built once
from the configuration."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from bot.config import Config, ConfigError
from bot.conversation import Conversations
from bot.instance import usable_data_dir
from bot.versions import app_version, content_version
from dialogs.settings import Settings
from dialogs.state import Medium
from storage.database import DATABASE_FILENAME, DamagedDatabase, open_database
from storage.key_check import MISSING_KEY, KeyProblem, check_key, holds_people
from storage.pseudonym import Pseudonymizer, has_key, load_pseudonym_key
from storage.store import Store


@dataclass(frozen=True)
class Wiring:
    """What a command works with: the configuration, its settings, the pseudonymiser and the
    store over the data directory's database."""

    config: Config
    settings: Settings
    pseudonyms: Pseudonymizer
    store: Store

    def conversations(self, channel: str, medium: Medium) -> Conversations:
        return Conversations(
            self.store,
            channel,
            settings=self.settings,
            content_version=self.store.content_version,
            medium=medium,
        )


def settings_of(config: Config) -> Settings:
    return Settings(
        transcript_retention_days=config.transcript_retention_days,
        link_retention_days=config.link_retention_days,
    )


def wire(config: Config, *, accept_new_key: bool = False) -> Wiring:
    """Open the data directory: the database (checked), the pseudonym key (checked against the
    database). ``ConfigError`` (one line) when either cannot be used; ``accept_new_key``
    starts a new key on purpose."""
    db = _open(config)
    try:
        missing = not has_key(config.data_dir, config.pseudonym_key)
        if missing and not accept_new_key and holds_people(db):
            raise KeyProblem(MISSING_KEY)
        key = load_pseudonym_key(config.data_dir, config.pseudonym_key)
        pseudonyms = Pseudonymizer(key)
        check_key(db, pseudonyms, accept=accept_new_key)
    except (ValueError, KeyProblem) as error:
        raise ConfigError(str(error)) from None
    store = Store(
        db,
        pseudonyms,
        content_version=content_version(),
        app_version=app_version(),
        link_retention_days=config.link_retention_days,
        transcript_retention_days=config.transcript_retention_days,
    )
    return Wiring(config, settings_of(config), pseudonyms, store)


def open_existing(config: Config) -> sqlite_utils.Database:
    """The data directory's database, which must exist already (for a backup or a review
    copy: a mistyped ``BOT_DATA_DIR`` must not yield a copy of a new, empty database). The key
    is not needed."""
    path = config.data_dir / DATABASE_FILENAME
    if not path.is_file():
        raise ConfigError(
            f"there is no database at {path}: is BOT_DATA_DIR right (it is {config.data_dir})?"
        )
    return _open(config)


def _open(config: Config) -> sqlite_utils.Database:
    usable_data_dir(config.data_dir)
    try:
        return open_database(config.data_dir)
    except DamagedDatabase as error:
        raise ConfigError(str(error)) from None
