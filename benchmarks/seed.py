"""A transcript database holding many stored sessions, quickly.

One real conversation is walked through the product's own storage (``Conversations`` over the
``TranscriptStore`` that ``sjogren-bot telegram`` opens) from /start to the end screen; then
every row that belongs to it (its session, events, answers, red flags, pseudonym link, live
state and processed-event keys) is copied in SQL, with fresh session ids, pseudonyms and keys,
until the database holds ``count`` sessions. The copy reads the tables' columns from the
database itself, so it follows the schema as storage changes it; the full-text index is kept
up to date by storage's own triggers.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchmarks.core import store_config
from benchmarks.walker import next_event
from bot.telegram.handlers import CHANNEL
from bot.wiring import wire
from dialogs.model import Start

TEMPLATE_PERSON = "seed-template"
MAX_STEPS = 200  # one conversation is about 25 steps


def _walk_one_conversation(data_dir: Path) -> None:
    conversations = wire(store_config(data_dir)).conversations(CHANNEL, "buttons")
    step = conversations.handle(TEMPLATE_PERSON, "seed-0", Start(), language="en")
    for n in range(1, MAX_STEPS):
        assert step is not None
        if step.state.state == "end":
            return
        screen = step.screens[-1] if step.screens else None
        step = conversations.handle(TEMPLATE_PERSON, f"seed-{n}", next_event(screen))
    raise RuntimeError("the template conversation never reached the end")


def _copyable_tables(db: sqlite3.Connection) -> list[str]:
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%_fts%' AND name NOT LIKE '\\_%' ESCAPE '\\'"
        )
    ]
    # Sessions first: the other tables refer to them.
    return sorted(names, key=lambda name: (name != "sessions", name))


def seed_sessions(data_dir: Path, count: int) -> dict[str, float | int]:
    """Make ``data_dir/transcripts.db`` hold ``count`` stored sessions; return what it did."""
    began = time.perf_counter()
    _walk_one_conversation(data_dir)
    db = sqlite3.connect(data_dir / "transcripts.db", isolation_level=None)
    try:
        db.execute("PRAGMA synchronous = OFF")
        (session_id,) = db.execute("SELECT id FROM sessions").fetchone()
        (pseudonym,) = db.execute("SELECT pseudonym FROM dialog_state").fetchone()
        db.execute("BEGIN")
        db.execute("CREATE TEMP TABLE copies (n INTEGER PRIMARY KEY)")
        db.execute(
            "INSERT INTO copies WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL"
            " SELECT n + 1 FROM c WHERE n < ?) SELECT n FROM c",
            [count - 1],
        )
        rows = 0
        for table in _copyable_tables(db):
            rows += _copy_rows(db, table, session_id, pseudonym)
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (sessions,) = db.execute("SELECT count(*) FROM sessions").fetchone()
    finally:
        db.close()
    size = (data_dir / "transcripts.db").stat().st_size
    return {
        "sessions": int(sessions),
        "rows_copied": rows,
        "db_mib": size / 2**20,
        "seconds": time.perf_counter() - began,
    }


def _copy_rows(db: sqlite3.Connection, table: str, session_id: str, pseudonym: str) -> int:
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    columns = [row[1] for row in info]
    key_columns = [row for row in info if row[5]]
    # An INTEGER PRIMARY KEY is the rowid: let SQLite number the copies.
    rowid = (
        key_columns[0][1]
        if len(key_columns) == 1 and str(key_columns[0][2]).upper() == "INTEGER"
        else None
    )
    if "pseudonym" in columns:
        where = "pseudonym = :pseudonym"
    elif "session_id" in columns:
        where = "session_id = :session"
    elif table == "sessions":
        where = "id = :session"
    else:
        return 0  # not about one person or session: nothing to copy
    fresh_session = "substr(:session, 1, 24) || printf('%08x', copies.n)"
    expressions = {
        "session_id": fresh_session,
        "pseudonym": "substr(:pseudonym, 1, length(:pseudonym) - 8) || printf('%08x', copies.n)",
        "key": "key || printf('.%x', copies.n)",
    }
    if table == "sessions":
        expressions["id"] = fresh_session
    chosen = [column for column in columns if column != rowid]
    selected = ", ".join(expressions.get(column, f"{table}.{column}") for column in chosen)
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(chosen)}) SELECT {selected}"
        f" FROM {table}, copies WHERE {table}.{where}",
        {"session": session_id, "pseudonym": pseudonym},
    )
    return int(cursor.rowcount)
