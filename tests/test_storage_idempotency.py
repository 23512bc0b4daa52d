"""An event delivered twice is applied once; a failed step leaves nothing behind."""

from __future__ import annotations

import sqlite3

import pytest

from dialogs.model import Choose, Start
from dialogs.state import DialogState
from tests.storage_helpers import Person, make_store, memory_db


def test_a_repeated_delivery_writes_nothing() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("consent")
    assert person.send(Choose("save"), key="u-save") is not None
    events = db.table("events").count
    state_before = db.execute("SELECT state FROM dialog_state").fetchone()
    assert person.send(Choose("save"), key="u-save") is None
    assert db.table("events").count == events
    assert db.table("sessions").count == 1
    assert db.execute("SELECT state FROM dialog_state").fetchone() == state_before


def test_a_duplicate_does_not_overwrite_a_later_state() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.send(Choose("none"), key="u2")
    person.send(Choose("no"), key="u3")
    assert person.send(Choose("none"), key="u2") is None
    loaded = person.load()
    assert isinstance(loaded, DialogState) and loaded.state == "consent"


def test_seen_tells_whether_a_key_was_applied() -> None:
    store = make_store(memory_db())
    person = Person(store, "1")
    assert not store.seen("1", "telegram", "u1")
    person.send(Start(), key="u1")
    assert store.seen("1", "telegram", "u1")


def test_keys_are_scoped_to_the_person_and_channel() -> None:
    store = make_store(memory_db())
    assert Person(store, "1").send(Start(), key="7") is not None
    assert Person(store, "2").send(Start(), key="7") is not None
    assert Person(store, "1", channel="console").send(Start(), key="7") is not None
    assert not store.seen("3", "telegram", "7")


def test_keys_are_stored_hashed() -> None:
    db = memory_db()
    Person(make_store(db)).send(Start(), key="update-918273645")
    (key,) = db.execute("SELECT key FROM processed_events").fetchone()
    assert "918273645" not in key
    assert len(key) == 64


def test_a_failed_commit_leaves_the_key_unused(monkeypatch: pytest.MonkeyPatch) -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store, "1")
    person.start()

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("storage.store.items_of", broken)
    with pytest.raises(RuntimeError):
        person.send(Choose("none"), key="u2")
    monkeypatch.undo()
    assert not store.seen("1", "telegram", "u2")
    assert person.send(Choose("none"), key="u2") is not None


def test_an_error_inside_the_transaction_rolls_back_everything() -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store, "1")
    person.start()
    person.until("age_band")
    counts = {t: db.table(t).count for t in ("events", "answers", "processed_events")}
    db.execute(
        "CREATE TRIGGER fail_answers BEFORE INSERT ON answers"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        person.send(Choose("40_59"), key="u-fail")
    assert {t: db.table(t).count for t in counts} == counts
    loaded = store.load("1", "telegram")
    assert isinstance(loaded, DialogState) and loaded.state == "age_band"
    assert not store.seen("1", "telegram", "u-fail")
