"""Retention and erasure: what is deleted, when, and how thoroughly.

- ``pseudonym_links`` rows expire ``link_retention_days`` after the session began; then no one
  can tie the transcript to a person.
- ``dialog_state`` rows (the live conversation, keyed by pseudonym) expire when untouched for
  ``link_retention_days``, or when their conversation began that long ago; so a live row never
  outlives the link of its session. A conversation that reached its end keeps its row only
  while the end screen's buttons may still be pressed: ``ENDED_STATE_RETENTION`` after the
  last touch.
- ``processed_events`` (hashed idempotency keys, keyed by pseudonym) expire with the links.
- Transcripts (``sessions`` and their ``events``, ``answers``, ``red_flags``) are deleted
  ``transcript_retention_days`` after they began.

Deleted text must not linger on disk: the connection runs with ``secure_delete``, the
full-text index is optimised (FTS5 otherwise keeps deleted tokens in old segments) and the WAL
is checkpointed and truncated.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

import sqlite_utils

from dialogs.settings import DEFAULT_LINK_RETENTION_DAYS, DEFAULT_TRANSCRIPT_RETENTION_DAYS
from storage.timestamps import hour, utc

log = logging.getLogger(__name__)

ENDED_STATE_RETENTION = timedelta(hours=24)

_SESSION_CHILDREN = ("events", "answers", "red_flags", "pseudonym_links")


@dataclass(frozen=True)
class PurgeCounts:
    """How many rows ``purge`` deleted, by kind."""

    sessions: int = 0
    links: int = 0
    live_states: int = 0
    event_keys: int = 0

    @property
    def total(self) -> int:
        return self.sessions + self.links + self.live_states + self.event_keys

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def delete_sessions(db: sqlite_utils.Database, session_ids: Sequence[str]) -> int:
    """Delete sessions with everything that refers to them; call inside a transaction."""
    deleted = 0
    for session_id in session_ids:
        for table in _SESSION_CHILDREN:
            db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        db.execute("UPDATE dialog_state SET session_id = NULL WHERE session_id = ?", [session_id])
        deleted += db.execute("DELETE FROM sessions WHERE id = ?", [session_id]).rowcount
    return deleted


def purge_expired(
    db: sqlite_utils.Database,
    now: datetime,
    *,
    link_retention_days: int = DEFAULT_LINK_RETENTION_DAYS,
    transcript_retention_days: int = DEFAULT_TRANSCRIPT_RETENTION_DAYS,
) -> PurgeCounts:
    """Delete everything past its retention at ``now``; return what was deleted."""
    now = utc(now)
    link_cutoff = now - timedelta(days=link_retention_days)
    transcript_cutoff = hour(now - timedelta(days=transcript_retention_days))
    with db.atomic():
        expired = [
            row[0]
            for row in db.execute(
                "SELECT id FROM sessions WHERE started_at < ?", [transcript_cutoff]
            ).fetchall()
        ]
        sessions = delete_sessions(db, expired)
        links = db.execute(
            "DELETE FROM pseudonym_links WHERE created_at < ?", [hour(link_cutoff)]
        ).rowcount
        live_states = db.execute(
            "DELETE FROM dialog_state WHERE updated_at < ? OR started_s < ?"
            " OR (ended = 1 AND updated_at < ?)",
            [hour(link_cutoff), link_cutoff.timestamp(), hour(now - ENDED_STATE_RETENTION)],
        ).rowcount
        event_keys = db.execute(
            "DELETE FROM processed_events WHERE processed_at < ?", [hour(link_cutoff)]
        ).rowcount
        # Set-aside updates keep no content; their ids go with the links.
        db.execute(
            "DELETE FROM set_aside WHERE set_aside_at < ?",
            [link_cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")],
        )
    counts = PurgeCounts(
        sessions=sessions, links=links, live_states=live_states, event_keys=event_keys
    )
    if counts.total:
        scrub(db, search_index=sessions > 0)
    log.info(
        "purge: %d sessions, %d links, %d live states, %d event keys deleted",
        counts.sessions,
        counts.links,
        counts.live_states,
        counts.event_keys,
    )
    return counts


def scrub(db: sqlite_utils.Database, *, search_index: bool = True) -> bool:
    """Make deleted rows unrecoverable from the files; call outside a transaction. Whether it
    is done: a reader holding the database keeps the old pages in the write-ahead log, and the
    caller tries again later (``Store.finish_scrub``).

    ``search_index``: also rewrite the full-text index (needed after events were deleted).
    """
    if search_index:
        with db.atomic():
            db.execute("INSERT INTO events_fts (events_fts) VALUES ('optimize')")
    return truncate_log(db)


def truncate_log(db: sqlite_utils.Database) -> bool:
    """Fold the write-ahead log into the database and empty it, without waiting for readers
    (a wait would hold every other chat back); whether it was done. secure_delete has zeroed
    the freed pages in the database; the log keeps their old images until this succeeds."""
    (timeout,) = db.execute("PRAGMA busy_timeout").fetchone()
    db.execute("PRAGMA busy_timeout = 0")
    try:
        busy, frames, done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return busy == 0 and frames in (0, -1, done)
