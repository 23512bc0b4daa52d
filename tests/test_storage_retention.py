"""Retention (purge) and erasure (/delete)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import sqlite_utils

from storage.database import DATABASE_FILENAME, open_database
from storage.retention import PurgeCounts
from tests.storage_helpers import (
    START,
    FakeClock,
    Person,
    make_store,
    memory_db,
    saved_conversation,
)

SECRET_WORD = "quokkazanzibar"


def _count(db: sqlite_utils.Database, table: str) -> int:
    return db.table(table).count


def _files(data_dir: Path) -> bytes:
    return b"".join(
        path.read_bytes() for path in sorted(data_dir.iterdir()) if path.name.startswith("trans")
    )


# ---- purge ---------------------------------------------------------------------------------


def test_links_expire_after_30_days_and_the_transcript_stays() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    person = Person(store, "1")
    saved_conversation(person)
    assert store.purge(START + timedelta(days=29)).links == 0
    counts = store.purge(START + timedelta(days=31))
    assert counts.links == 1
    assert _count(db, "pseudonym_links") == 0
    assert _count(db, "sessions") == 1
    assert person.erase() == 0  # nothing can be tied to the person any more
    assert _count(db, "sessions") == 1


def test_transcripts_are_deleted_after_180_days() -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store, "1")
    saved_conversation(person)
    person.type(f"{SECRET_WORD} feet")
    person.until("result", red_flags_nerves=["foot_wrist_drop"])
    assert store.purge(START + timedelta(days=179)).sessions == 0
    counts = store.purge(START + timedelta(days=181))
    assert counts.sessions == 1
    for table in ("sessions", "events", "answers", "red_flags", "pseudonym_links"):
        assert _count(db, table) == 0, table
    assert list(db.table("events").search(SECRET_WORD)) == []


def test_live_state_untouched_for_30_days_expires() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    idle = Person(store, "idle", clock=clock)
    idle.start()
    clock.advance(days=20)
    active = Person(store, "active", clock=clock)
    active.start()
    counts = store.purge(START + timedelta(days=31))
    assert counts.live_states == 1
    assert idle.load() is None
    assert active.load() is not None


def test_a_live_state_never_outlives_its_conversations_link() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    person = Person(store, "1", clock=clock)
    saved_conversation(person)
    for target in ("symptom_duration", "sjogren_status", "dry_eyes_3m", "eye_grit", "tears_3x"):
        clock.advance(days=5)  # keeps answering every few days
        person.until(target)
    counts = store.purge(START + timedelta(days=31))
    assert (counts.links, counts.live_states) == (1, 1)
    assert person.load() is None
    assert _count(db, "pseudonym_links") == 0


def test_event_keys_expire_with_the_links() -> None:
    db = memory_db()
    store = make_store(db)
    saved_conversation(Person(store, "1"))
    assert store.purge(START + timedelta(days=31)).event_keys == 5
    assert _count(db, "processed_events") == 0


def test_purge_counts_and_is_idempotent() -> None:
    db = memory_db()
    store = make_store(db)
    saved_conversation(Person(store, "1"))
    Person(store, "2").start()
    later = START + timedelta(days=200)
    assert store.purge(later) == PurgeCounts(sessions=1, links=0, live_states=2, event_keys=6)
    assert store.purge(later) == PurgeCounts()
    assert PurgeCounts(1, 2, 3, 4).total == 10
    assert PurgeCounts(1, 2, 3, 4).as_dict() == {
        "sessions": 1,
        "links": 2,
        "live_states": 3,
        "event_keys": 4,
    }


def test_purge_uses_the_clock_by_default() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    saved_conversation(Person(store, "1", clock=clock))
    clock.advance(days=31)
    assert store.purge().links == 1


def test_retention_periods_are_configurable() -> None:
    db = memory_db()
    store = make_store(db, link_retention_days=1, transcript_retention_days=7)
    saved_conversation(Person(store, "1"))
    assert store.purge(START + timedelta(days=2)).links == 1
    assert store.purge(START + timedelta(days=8)).sessions == 1


def test_purge_leaves_recent_data_alone() -> None:
    db = memory_db()
    store = make_store(db)
    saved_conversation(Person(store, "1"))
    before = {t: _count(db, t) for t in ("sessions", "events", "dialog_state", "pseudonym_links")}
    assert store.purge(START + timedelta(hours=1)) == PurgeCounts()
    assert {t: _count(db, t) for t in before} == before


# ---- erase ---------------------------------------------------------------------------------


def test_erase_deletes_every_session_of_the_person_and_their_state() -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store, "1")
    saved_conversation(person)
    person.start()
    person.until("result", red_flags_nerves=["foot_wrist_drop"])
    other = Person(store, "2")
    saved_conversation(other)
    assert _count(db, "sessions") == 3
    assert person.erase() == 2
    assert person.load() is None
    assert _count(db, "sessions") == 1
    assert _count(db, "pseudonym_links") == 1
    assert _count(db, "red_flags") == 0
    assert not store.seen("1", "telegram", "1")
    assert other.load() is not None
    assert store.seen("2", "telegram", "1")


def test_erase_of_a_person_who_never_saved_deletes_their_live_state() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.start()
    person.until("age_band", consent=["no_save"])
    assert person.erase() == 0
    assert _count(db, "dialog_state") == 0
    assert _count(db, "processed_events") == 0


def test_erase_is_per_channel() -> None:
    db = memory_db()
    store = make_store(db)
    saved_conversation(Person(store, "1", channel="telegram"))
    console = Person(store, "1", channel="console")
    saved_conversation(console)
    assert Person(store, "1", channel="telegram").erase() == 1
    assert console.load() is not None


def test_after_erase_the_person_starts_afresh() -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store, "1")
    saved_conversation(person)
    person.erase()
    assert person.start() is not None
    person.until("age_band")
    assert _count(db, "sessions") == 1


def test_erased_text_is_gone_from_the_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = open_database(data_dir)
    store = make_store(db)
    person = Person(store, "1")
    saved_conversation(person)
    person.type(f"{SECRET_WORD} in my feet")
    for n in range(3):  # others keep writing, so the index has several segments
        saved_conversation(Person(store, f"other-{n}"))
    assert SECRET_WORD.encode() in _files(data_dir)
    person.erase()
    assert SECRET_WORD.encode() not in _files(data_dir)
    assert list(db.table("events").search("feet")) == []


def test_purged_text_is_gone_from_the_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = open_database(data_dir)
    store = make_store(db)
    person = Person(store, "1")
    saved_conversation(person)
    person.type(f"{SECRET_WORD} in my feet")
    assert SECRET_WORD.encode() in _files(data_dir)
    store.purge(START + timedelta(days=181))
    assert SECRET_WORD.encode() not in _files(data_dir)


def test_expired_links_are_gone_from_the_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = open_database(data_dir)
    store = make_store(db)
    saved_conversation(Person(store, "1"))
    (pseudonym,) = db.execute("SELECT pseudonym FROM pseudonym_links").fetchone()
    store.purge(START + timedelta(days=31))
    assert pseudonym.encode() not in (data_dir / DATABASE_FILENAME).read_bytes()
    assert pseudonym.encode() not in _files(data_dir)
