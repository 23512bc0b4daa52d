"""Replies owed: every message or edit the bot still has to send, durable until it is sent.

A step's replies are written in the same transaction as the step (``Store.commit``), so a
crash after an answer is stored cannot lose the next question: at start-up every row left is
sent. A row holds the chat id and the Bot API call's parameters (the text shown) only until
the call succeeded; then it is deleted.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import sqlite_utils


class Priority(IntEnum):
    """The order replies go out in when Telegram's limit holds them back."""

    SAFETY = 0  # emergency and crisis screens, the self-harm questions, safety lines
    REPLY = 1  # the next screen of someone waiting (oldest first)
    COSMETIC = 2  # marking an old question answered: may be merged, or dropped when behind


@dataclass
class Letter:
    """One Bot API call owed to a chat. ``merge_key`` names what a later letter with the same
    key replaces (an edit of the same message). ``id`` is set when the letter is stored."""

    chat: int
    method: str
    params: dict[str, Any]
    priority: Priority = Priority.REPLY
    merge_key: str | None = None
    created_at: float = field(default_factory=time.time)
    id: int | None = None


class Outbox:
    """The ``outbox`` table."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(self, letters: Sequence[Letter]) -> None:
        """Store letters in their own transaction."""
        if letters:
            with self.db.atomic():
                write(self.db, letters)

    def sent(self, letter_ids: Iterable[int]) -> None:
        """Forget letters that were sent (or given up)."""
        ids = [(letter_id,) for letter_id in letter_ids]
        if ids:
            with self.db.atomic():
                self.db.conn.executemany("DELETE FROM outbox WHERE id = ?", ids)

    def owed(self) -> list[Letter]:
        """Every letter not yet sent, in the order they were written."""
        rows = self.db.execute(
            "SELECT id, chat, priority, method, params, merge_key, created_at FROM outbox"
            " ORDER BY id"
        ).fetchall()
        letters = []
        for letter_id, chat, priority, method, params, merge_key, created_at in rows:
            letters.append(
                Letter(
                    chat=chat,
                    method=method,
                    params=json.loads(params),
                    priority=Priority(priority),
                    merge_key=merge_key,
                    created_at=created_at,
                    id=letter_id,
                )
            )
        return letters


def write(db: sqlite_utils.Database, letters: Sequence[Letter]) -> None:
    """Store letters inside the caller's transaction; each gets its id."""
    for letter in letters:
        cursor = db.execute(
            "INSERT INTO outbox (chat, priority, method, params, merge_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                letter.chat,
                int(letter.priority),
                letter.method,
                json.dumps(letter.params, ensure_ascii=False, separators=(",", ":")),
                letter.merge_key,
                letter.created_at,
            ],
        )
        letter.id = cursor.lastrowid
