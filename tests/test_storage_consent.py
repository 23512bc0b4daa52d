"""Nothing is recorded without consent; a person who declines still gets the whole dialog."""

from __future__ import annotations

import sqlite_utils

from dialogs.model import Level, PersonRecord, Step
from dialogs.text import Msg
from tests.conftest_storage import (
    FakeClock,
    Person,
    answer,
    choose_consent,
    end,
    free_text,
    make_store,
    memory_db,
    restart,
    result,
    screen,
    start,
    state,
)

TRANSCRIPT_TABLES = ("sessions", "events", "answers", "red_flags", "pseudonym_links")


def _transcript_rows(db: sqlite_utils.Database) -> dict[str, int]:
    return {table: db.table(table).count for table in TRANSCRIPT_TABLES}


def _nothing_recorded(db: sqlite_utils.Database) -> bool:
    return all(count == 0 for count in _transcript_rows(db).values())


def test_nothing_is_recorded_before_the_person_chooses() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start())
    assert _nothing_recorded(db)
    assert person.load() is not None


def test_free_text_before_consent_is_never_recorded_not_even_quoted() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(), shown=["Welcome"])
    typed = "I have burning feet"
    person.send(
        free_text("consent", typed, consent=None), shown=[f"You wrote “{typed}”", "Welcome"]
    )
    person.send(choose_consent("save", next_state="q1"))
    texts = [row["text"] for row in db.query("SELECT text FROM events")]
    assert not any("burning" in (text or "") for text in texts)
    assert texts[0] == "Welcome"


def test_a_person_who_declines_gets_the_dialog_but_no_transcript() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start())
    person.send(choose_consent("no_save", next_state="q1"))
    person.send(answer("q1", "burning", "q2", consent="no_save"))
    person.send(free_text("q2", "my feet burn at night", consent="no_save"))
    person.send(
        result("q2", "yes", Level.URGENT, ("rapid_weakness",), consent="no_save", crisis=True)
    )
    assert _nothing_recorded(db)
    loaded = person.load()
    assert loaded is not None and loaded.state == "result"


def test_a_declining_persons_live_state_holds_no_welcome_text() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(), shown=["Welcome, may we save?"])
    person.send(choose_consent("no_save", next_state="q1"))
    (preface,) = db.execute("SELECT preface FROM dialog_state").fetchone()
    assert preface == "[]"


def test_choosing_save_records_from_the_welcome_on() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(), shown=["Welcome, may we save?"])
    person.send(choose_consent("save", next_state="q1"), shown=["Q1"])
    rows = list(db.query("SELECT actor, kind, text FROM events ORDER BY seq"))
    assert rows[0] == {"actor": "bot", "kind": "screen", "text": "Welcome, may we save?"}
    assert rows[1]["actor"] == "person"
    assert rows[2] == {"actor": "system", "kind": "consent", "text": "save"}
    assert db.table("sessions").count == 1
    assert db.table("pseudonym_links").count == 1


def test_the_welcome_shown_again_before_consent_is_kept_in_order() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), "1")
    person.send(start(), shown=["Welcome"])
    clock.advance(seconds=20)
    privacy = Step(
        state("consent", consent=None),
        (screen("consent", "notice"), screen("consent")),
        (PersonRecord("consent", "consent", "privacy", text=Msg("label:privacy")),),
    )
    person.send(privacy, shown=["Privacy notice", "W2"])
    clock.advance(seconds=20)
    person.send(choose_consent("save", next_state="q1"), shown=["Q1"])
    rows = list(db.query("SELECT offset_s, actor, text FROM events ORDER BY seq"))
    assert [(r["offset_s"], r["actor"]) for r in rows] == [
        (0, "bot"),
        (20, "bot"),
        (20, "bot"),
        (40, "person"),
        (40, "system"),
        (40, "bot"),
    ]


def test_consent_given_at_start_opens_the_session_at_once() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(consent="save"), shown=["Q1"])
    assert db.table("sessions").count == 1
    assert db.table("events").count == 1


def test_skipped_consent_means_no_save() -> None:
    db = memory_db()
    person = Person(make_store(db), "1", channel="console")
    person.send(start(consent="no_save"))
    person.send(answer("country", "DE", "q1", consent="no_save"))
    assert _nothing_recorded(db)


def test_after_a_restart_nothing_is_recorded_until_consent_is_given_again() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start())
    person.send(choose_consent("save", next_state="q1"))
    events_before = db.table("events").count
    person.send(restart("q1"))
    person.send(choose_consent("no_save", next_state="q1"))
    person.send(answer("q1", "x", "q2", consent="no_save"))
    assert db.table("sessions").count == 1
    assert db.table("events").count == events_before + 1  # the restart, in the old session


def test_declining_after_saving_stops_the_recording() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start())
    person.send(choose_consent("save", next_state="consent"))
    person.send(choose_consent("no_save", next_state="q1"))
    count = db.table("events").count
    person.send(answer("q1", "x", "q2", consent="no_save"))
    assert db.table("events").count == count
    last = next(db.query("SELECT kind, text FROM events ORDER BY seq DESC LIMIT 1"))
    assert last == {"kind": "consent", "text": "no_save"}


def test_a_declining_persons_state_expires_soon_after_the_end() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    person = Person(store, "1")
    person.send(start())
    person.send(choose_consent("no_save", next_state="topics"))
    person.send(end(consent="no_save"))
    assert person.load() is not None  # the end screen's buttons still work
    clock.advance(hours=26)
    counts = store.purge()
    assert counts.live_states == 1
    assert person.load() is None
    assert db.table("dialog_state").count == 0


def test_a_step_committed_after_erase_does_not_record_again() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start())
    person.send(choose_consent("save", next_state="q1"))
    person.erase()
    # The shell applied the next event to the state it had loaded before the erase.
    person.send(answer("q1", "x", "q2"))
    assert _nothing_recorded(db)
