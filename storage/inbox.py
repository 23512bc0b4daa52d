"""Updates received and not yet handled: durable from the moment they arrive.

The shell writes each update here before Telegram is told it arrived (before the next
``getUpdates`` offset confirms it, or before the webhook answers 200), and deletes it once it
is handled, in the same transaction as the step it caused when it caused one. At start-up the
rows left are replayed in order; a row that was already replayed ``SET_ASIDE_AFTER`` times
without being handled (it crashed the bot each time) is set aside instead, as is one that
cannot be read. A set-aside row keeps its update id, when and why, and nothing else.

What a row holds is what handling needs: the shell removes names and usernames first. The
chat and the person's ids and the text they typed stay only until the update is handled.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

SET_ASIDE_AFTER = 3


@dataclass(frozen=True)
class Received:
    """One update as stored: its id, its chat (for ordering) and its trimmed JSON."""

    update_id: int
    chat: int | None
    payload: dict[str, Any]


class Inbox:
    """The ``inbox`` and ``set_aside`` tables."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # Updates a step's transaction already took out: ``done`` need not write again.
        self._taken: set[int] = set()

    def receive(self, updates: Sequence[Received], now: datetime | None = None) -> None:
        """Store a batch in one transaction; an update already here is kept as it is."""
        if not updates:
            return
        at = _stamp(now)
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO inbox (update_id, chat, received_at, payload)"
                " VALUES (?, ?, ?, ?)",
                [
                    (u.update_id, u.chat, at, json.dumps(u.payload, ensure_ascii=False))
                    for u in updates
                ],
            )

    def done(self, update_id: int) -> None:
        """The update was handled (its handlers are done)."""
        if update_id in self._taken:
            self._taken.discard(update_id)
            return
        with self.db.atomic():
            delete_handled(self.db, update_id)

    def taken(self, update_id: int) -> None:
        """Inside a step's transaction: the update is handled with the step."""
        delete_handled(self.db, update_id)
        self._taken.add(update_id)
        if len(self._taken) > 10_000:  # a guard: ``done`` normally empties it at once
            self._taken.clear()

    def set_aside(self, update_id: int, reason: str, now: datetime | None = None) -> None:
        """Keep the id and the reason only; the content goes."""
        with self.db.atomic():
            delete_handled(self.db, update_id)
            self.db.execute(
                "INSERT OR REPLACE INTO set_aside (update_id, set_aside_at, reason)"
                " VALUES (?, ?, ?)",
                [update_id, _stamp(now), reason],
            )

    def replay(self, now: datetime | None = None) -> tuple[list[Received], int]:
        """The updates left unhandled, oldest first, each counted as one more attempt; and how
        many were set aside because they had been tried ``SET_ASIDE_AFTER`` times."""
        rows = self.db.execute(
            "SELECT update_id, chat, attempts, payload FROM inbox ORDER BY update_id"
        ).fetchall()
        again: list[Received] = []
        worn_out: list[int] = []
        for update_id, chat, attempts, payload in rows:
            # Handled once when it arrived, then once per start-up: the next try would be one
            # too many.
            if attempts + 1 >= SET_ASIDE_AFTER:
                worn_out.append(update_id)
                continue
            try:
                data = json.loads(payload)
            except ValueError:
                worn_out.append(update_id)
                continue
            again.append(Received(update_id, chat, data))
        with self.db.atomic():
            self.db.execute("UPDATE inbox SET attempts = attempts + 1")
        for update_id in worn_out:
            self.set_aside(update_id, "failed repeatedly", now)
        return again, len(worn_out)

    def pending(self) -> int:
        """How many updates wait to be handled."""
        row = self.db.execute("SELECT count(*) FROM inbox").fetchone()
        return int(row[0])

    def set_aside_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT update_id FROM set_aside")]


def delete_handled(db: sqlite_utils.Database, update_id: int) -> None:
    """Delete a handled update (inside the caller's transaction)."""
    db.execute("DELETE FROM inbox WHERE update_id = ?", [update_id])


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
