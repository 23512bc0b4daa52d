"""The pseudonym key checked against the database it wrote, so it is never replaced silently.

A new key gives everyone a new pseudonym: each person would start over, and /delete could not
find what they stored, so an erasure request could not be honoured. The database keeps a check
value (a keyed hash of a fixed text: it reveals nothing of the key) and the bot refuses to
start when the key it has does not produce it, or when the key file is missing while the
database holds people's conversations, unless the operator accepts a new key on purpose.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils

from storage.pseudonym import Pseudonymizer


class KeyProblem(Exception):
    """The key cannot be used with this database; the message says why, in one line."""


def holds_people(db: sqlite_utils.Database) -> bool:
    """Whether the database links anyone to a conversation (a live state or a link row)."""
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM dialog_state) OR EXISTS (SELECT 1 FROM pseudonym_links)"
    ).fetchone()
    return bool(row[0])


def stored_check(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT check_value FROM key_check WHERE id = 1").fetchone()
    return None if row is None else str(row[0])


def check_key(db: sqlite_utils.Database, pseudonyms: Pseudonymizer, *, accept: bool) -> None:
    """Record the key's check value the first time; afterwards the key must match it.

    ``accept``: the operator starts a new key on purpose; its check value replaces the old.
    Raises ``KeyProblem`` when the key does not match.
    """
    current = pseudonyms.check_value()
    stored = stored_check(db)
    if stored == current:
        return
    if stored is not None and not accept:
        raise KeyProblem(
            "the pseudonym key is not the one this database was written with: people would "
            "start over and /delete could not find their data. Restore the key "
            "(BOT_PSEUDONYM_KEY or pseudonym.key), or run `sjogren-bot accept-key` to start "
            "a new one on purpose (docs/operations.md)."
        )
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO key_check (id, check_value, set_at) VALUES (1, ?, ?)",
            [current, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")],
        )


MISSING_KEY = (
    "the pseudonym key file is missing but the database holds people's conversations: a new "
    "key would make everyone start over and /delete could not find their data. Restore "
    "pseudonym.key (or set BOT_PSEUDONYM_KEY), or run `sjogren-bot accept-key` to start a "
    "new one on purpose (docs/operations.md)."
)
