"""The per-answer path does no schema work: a primary-key read and one small transaction."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from dialogs.model import Choose
from storage.database import open_database
from tests.storage_helpers import Person, make_store, saved_conversation

SCHEMA_WORK = re.compile(r"^\s*(CREATE|ALTER|DROP|PRAGMA|VACUUM|ANALYZE)\b", re.I)


@contextmanager
def _statements(db: sqlite_utils.Database) -> Iterator[list[str]]:
    seen: list[str] = []
    # Statements run by triggers are reported as "-- TRIGGER …" comments: count them apart.
    callback: Callable[[str], None] = seen.append
    db.conn.set_trace_callback(callback)
    try:
        yield seen
    finally:
        db.conn.set_trace_callback(None)


def _table(statement: str) -> str:
    match = re.search(r"\b(?:INTO|FROM|UPDATE)\s+(\w+)", statement)
    assert match, statement
    return match.group(1)


def _top_level(statements: list[str]) -> list[str]:
    return [s for s in statements if not s.lstrip().startswith("--")]


def test_an_answer_is_one_transaction_without_schema_work(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    person = Person(make_store(db), "1")
    saved_conversation(person, until="symptom_duration")
    current = person.load()  # the shell reads the state before it applies the event
    with _statements(db) as seen:
        person.conversations.handle(person.person, "k", Choose("over_1y"), current=current)
    statements = _top_level(seen)
    assert not [s for s in statements if SCHEMA_WORK.match(s)]
    assert statements[0] == "BEGIN"
    assert statements[-1] == "COMMIT"
    assert statements.count("BEGIN") == 1
    touched = {_table(statement) for statement in statements[1:-1]}
    assert touched == {"processed_events", "dialog_state", "events", "answers"}, touched
    # The person's live row was read once, before the step, not again inside it.
    assert not [s for s in statements if s.startswith("SELECT") and "dialog_state" in s]


def test_loading_the_state_is_one_primary_key_read(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    person = Person(make_store(db), "1")
    saved_conversation(person)
    with _statements(db) as seen:
        person.load()
    (statement,) = _top_level(seen)
    assert statement.startswith("SELECT state, session_id, started_s, referral, preface, ended")
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT state FROM dialog_state WHERE pseudonym = ? AND channel = ?",
        ["x", "telegram"],
    ).fetchall()
    assert any("USING INDEX sqlite_autoindex_dialog_state_1" in row[-1] for row in plan), plan
