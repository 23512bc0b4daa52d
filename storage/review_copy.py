"""The review copy: the only database reviewers are given.

It is made with SQLite's online backup (a consistent snapshot while the bot runs) into a new
file created 0600, and then, in the copy only:

- every table that links to a person, holds messages in transit or checks the key is dropped
  (``OPERATIONAL_TABLES``), so the copy holds the reviewer tables, the anonymous counts and
  the views, nothing else;
- ``started_at`` is cut to the day;
- rare combinations are suppressed: where fewer than ``k`` sessions share the language, the
  country and the ISO week, the country is blanked, in the session and wherever the
  transcript names it (the answer, the person's choice and the bot's note of it);
- typed text is redacted again, with the rules in force now (``storage.redact``);
- the file is vacuumed, so nothing dropped or blanked survives in free pages.

What it cannot hide: a bot screen quotes the emergency and crisis numbers of the person's
country, which can narrow the country down (docs/reviewing.md says so).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from dialogs.content import signed_off
from storage.backup import backup
from storage.redact import redact

OPERATIONAL_TABLES = (
    "pseudonym_links",
    "dialog_state",
    "processed_events",
    "inbox",
    "outbox",
    "set_aside",
    "key_check",
    "_sqlite_migrations",
)
DEFAULT_K = 5


@dataclass(frozen=True)
class CopyReport:
    sessions: int
    countries_blanked: int
    texts_redacted: int


def make_review_copy(db: sqlite_utils.Database, out: Path, *, k: int = DEFAULT_K) -> CopyReport:
    """Write the review copy to ``out`` (a new file); what was done to it."""
    if k < 1:
        raise ValueError("k must be at least 1")
    backup(db, out)
    copy = sqlite_utils.Database(sqlite3.connect(out))
    try:
        with copy.conn:
            for table in OPERATIONAL_TABLES:
                copy.execute(f"DROP TABLE IF EXISTS [{table}]")
            copy.execute("UPDATE sessions SET started_at = substr(started_at, 1, 10)")
            blanked = _suppress_rare_countries(copy, k)
            redacted = _redact_typed_text(copy)
            _note_sign_off(copy)
        # The index holds typed text only (storage.schema.index_only_typed_text), built afresh.
        copy.execute("INSERT INTO events_fts (events_fts) VALUES ('delete-all')")
        copy.execute(
            "INSERT INTO events_fts (rowid, text)"
            " SELECT id, text FROM events WHERE kind = 'free_text'"
        )
        copy.conn.commit()
        copy.execute("VACUUM")
        sessions = int(copy.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        copy.close()
    return CopyReport(sessions, blanked, redacted)


def _note_sign_off(copy: sqlite_utils.Database) -> None:
    """The copy says, for each content version in it, whether it was signed off for use with
    patients (docs/safety/content-signoff.md)."""
    copy.execute(
        "CREATE TABLE content_versions (content_version TEXT PRIMARY KEY, sessions INTEGER,"
        " signed_off INTEGER NOT NULL, note TEXT NOT NULL)"
    )
    rows = copy.execute(
        "SELECT content_version, count(*) FROM sessions GROUP BY content_version"
    ).fetchall()
    for version, sessions in rows:
        signed = signed_off(version)
        note = (
            "signed off (docs/safety/content-signoff.md)"
            if signed
            else "NOT signed off by a clinician and native speakers: not for clinical use"
        )
        copy.execute(
            "INSERT INTO content_versions VALUES (?, ?, ?, ?)",
            [version, sessions, int(signed), note],
        )


def _suppress_rare_countries(copy: sqlite_utils.Database, k: int) -> int:
    """Blank the country where fewer than ``k`` sessions share language, country and ISO week;
    how many sessions lost theirs."""
    rare = [
        row[0]
        for row in copy.execute(
            """
            WITH keyed AS (
                SELECT id, language, country, strftime('%Y-%W', started_at) AS week
                FROM sessions WHERE country IS NOT NULL AND country <> 'skip'
            )
            SELECT id FROM keyed k1
            WHERE (SELECT count(*) FROM keyed k2 WHERE k2.language = k1.language
                   AND k2.country = k1.country AND k2.week = k1.week) < ?
            """,
            [k],
        ).fetchall()
    ]
    for session_id in rare:
        copy.execute("UPDATE sessions SET country = NULL WHERE id = ?", [session_id])
        copy.execute(
            "UPDATE answers SET value = '(suppressed)' WHERE session_id = ? AND question_id = ?",
            [session_id, "country"],
        )
        copy.execute(
            "UPDATE events SET option_id = NULL, text = '(suppressed)' WHERE session_id = ?"
            " AND ((actor = 'person' AND question_id = 'country')"
            " OR (actor = 'system' AND kind = 'country'))",
            [session_id],
        )
    return len(rare)


def _redact_typed_text(copy: sqlite_utils.Database) -> int:
    """Typed text redacted again with today's rules; how many texts changed."""
    changed = 0
    rows = copy.execute("SELECT id, text FROM events WHERE kind = 'free_text'").fetchall()
    for event_id, text in rows:
        again = redact(text or "")
        if again != (text or ""):
            copy.execute("UPDATE events SET text = ? WHERE id = ?", [again, event_id])
            changed += 1
    return changed
