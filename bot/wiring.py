"""One wiring for every command: the store, the settings and the conversations, built once
from the configuration."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config, ConfigError
from bot.conversation import Conversations
from bot.versions import app_version, content_version
from dialogs.settings import Settings
from dialogs.state import Medium
from storage.database import open_database
from storage.pseudonym import Pseudonymizer, load_pseudonym_key
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


def wire(config: Config) -> Wiring:
    """Open the data directory; ``ConfigError`` (one line) when the key cannot be used."""
    try:
        key = load_pseudonym_key(config.data_dir, config.pseudonym_key)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    pseudonyms = Pseudonymizer(key)
    store = Store(
        open_database(config.data_dir),
        pseudonyms,
        content_version=content_version(),
        app_version=app_version(),
        link_retention_days=config.link_retention_days,
        transcript_retention_days=config.transcript_retention_days,
    )
    return Wiring(config, settings_of(config), pseudonyms, store)
