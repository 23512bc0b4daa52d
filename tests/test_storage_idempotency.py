"""An event delivered twice is applied once."""

from __future__ import annotations

import sqlite3

import pytest

from dialogs.model import Step
from storage.store import TranscriptStore
from tests.conftest_storage import (
    answer,
    choose_consent,
    make_store,
    memory_db,
    render,
    shown_texts,
    start,
)


def _commit(
    store: TranscriptStore, event_key: str, step: Step, person: str = "1", channel: str = "telegram"
) -> bool:
    return store.commit(
        person=person,
        channel=channel,
        event_key=event_key,
        step=step,
        shown=shown_texts(step),
        render=render,
    )


def test_a_repeated_delivery_writes_nothing() -> None:
    db = memory_db()
    store = make_store(db)
    assert _commit(store, "u1", start())
    assert _commit(store, "u2", choose_consent("save", next_state="q1"))
    events = db.table("events").count
    state_before = db.execute("SELECT state FROM dialog_state").fetchone()
    assert not _commit(store, "u2", choose_consent("save", next_state="q1"))
    assert db.table("events").count == events
    assert db.table("sessions").count == 1
    assert db.execute("SELECT state FROM dialog_state").fetchone() == state_before


def test_a_duplicate_does_not_overwrite_a_later_state() -> None:
    db = memory_db()
    store = make_store(db)
    _commit(store, "u1", start())
    _commit(store, "u2", choose_consent("save", next_state="q1"))
    _commit(store, "u3", answer("q1", "x", "q2"))
    assert not _commit(store, "u2", choose_consent("save", next_state="q1"))
    loaded = store.load("1", "telegram")
    assert loaded is not None and loaded.state == "q2"


def test_seen_tells_whether_a_key_was_applied() -> None:
    store = make_store(memory_db())
    assert not store.seen("1", "telegram", "u1")
    _commit(store, "u1", start())
    assert store.seen("1", "telegram", "u1")


def test_keys_are_scoped_to_the_person_and_channel() -> None:
    store = make_store(memory_db())
    assert _commit(store, "7", start(), person="1")
    assert _commit(store, "7", start(), person="2")
    assert _commit(store, "7", start(), person="1", channel="console")
    assert not store.seen("3", "telegram", "7")


def test_keys_are_stored_hashed() -> None:
    db = memory_db()
    store = make_store(db)
    _commit(store, "update-918273645", start())
    (key,) = db.execute("SELECT key FROM processed_events").fetchone()
    assert "918273645" not in key
    assert len(key) == 64


def test_a_failed_commit_leaves_the_key_unused(monkeypatch: pytest.MonkeyPatch) -> None:
    db = memory_db()
    store = make_store(db)
    _commit(store, "u1", start())

    def broken(text: object) -> str:
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        store.commit(
            person="1",
            channel="telegram",
            event_key="u2",
            step=choose_consent("save", next_state="q1"),
            shown=["Q1"],
            render=broken,
        )
    assert not store.seen("1", "telegram", "u2")
    assert _commit(store, "u2", choose_consent("save", next_state="q1"))


def test_an_error_inside_the_transaction_rolls_back_everything() -> None:
    db = memory_db()
    store = make_store(db)
    _commit(store, "u1", start())
    _commit(store, "u2", choose_consent("save", next_state="q1"))
    counts = {t: db.table(t).count for t in ("events", "answers", "processed_events")}
    db.execute(
        "CREATE TRIGGER fail_answers BEFORE INSERT ON answers"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        _commit(store, "u3", answer("q1", "x", "q2"))
    assert {t: db.table(t).count for t in counts} == counts
    loaded = store.load("1", "telegram")
    assert loaded is not None and loaded.state == "q1"
    assert not store.seen("1", "telegram", "u3")
