"""Nothing is recorded without consent; a person who declines still gets the whole dialog; a
conversation saved is recorded from /start, its safety answers included."""

from __future__ import annotations

import sqlite_utils

from dialogs.model import Choose
from dialogs.state import DialogState
from tests.storage_helpers import FakeClock, Person, make_store, memory_db

TRANSCRIPT_TABLES = ("sessions", "events", "answers", "red_flags", "pseudonym_links")


def _transcript_rows(db: sqlite_utils.Database) -> dict[str, int]:
    return {table: db.table(table).count for table in TRANSCRIPT_TABLES}


def _nothing_recorded(db: sqlite_utils.Database) -> bool:
    return all(count == 0 for count in _transcript_rows(db).values())


def test_nothing_is_recorded_before_the_person_chooses() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("consent")
    assert _nothing_recorded(db)
    assert isinstance(person.load(), DialogState)


def test_choosing_save_records_from_the_start_with_the_safety_answers() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("consent")
    person.answer("save")
    rows = list(db.query("SELECT actor, kind, question_id, option_id FROM events ORDER BY seq"))
    assert rows[0] == {
        "actor": "bot",
        "kind": "screen",
        "question_id": "emergency_now",
        "option_id": None,
    }
    assert {
        "actor": "person",
        "kind": "option",
        "question_id": "emergency_now",
        "option_id": "none",
    } in rows
    assert {
        "actor": "person",
        "kind": "option",
        "question_id": "self_harm_check",
        "option_id": "no",
    } in rows
    answers = {row["question_id"]: row["value"] for row in db["answers"].rows}
    assert answers == {"emergency_now": "none", "self_harm_check": "no", "consent": "save"}
    assert db.table("sessions").count == 1
    assert db.table("pseudonym_links").count == 1


def test_typed_text_before_consent_is_recorded_redacted_once_saved() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.answer("none")
    person.answer("no")
    person.type("my phone is 0612345678 and my feet are burning")
    person.answer("save")
    [row] = db.query("SELECT text, category FROM events WHERE kind = 'free_text'")
    assert "0612345678" not in row["text"]
    assert "burning" in row["text"]
    assert row["category"] == "none"
    assert all(
        "0612345678" not in (text or "") for (text,) in db.execute("SELECT text FROM events")
    )


def test_a_person_who_declines_gets_the_dialog_but_no_transcript() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("result", consent=["no_save"], red_flags_nerves=["foot_wrist_drop"])
    person.type("my feet burn at night")
    assert _nothing_recorded(db)
    loaded = person.load()
    assert isinstance(loaded, DialogState) and loaded.state == "result"


def test_a_declining_persons_live_state_holds_no_preface() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("consent")
    person.answer("no_save")
    (preface,) = db.execute("SELECT preface FROM dialog_state").fetchone()
    assert preface == "[]"


def test_the_offsets_of_what_came_before_consent_are_kept() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), clock=clock)
    person.start()
    clock.advance(seconds=20)
    person.answer("none")
    clock.advance(seconds=20)
    person.answer("no")
    person.answer("save")
    offsets = [r["offset_s"] for r in db.query("SELECT offset_s FROM events ORDER BY seq")]
    assert offsets[0] == 0 and 20 in offsets and offsets[-1] == 40
    assert offsets == sorted(offsets)


def test_skipped_consent_means_no_save() -> None:
    db = memory_db()
    person = Person(make_store(db), channel="console", skip_consent=True)
    person.start()
    person.until("age_band")
    assert _nothing_recorded(db)


def test_after_a_restart_nothing_is_recorded_until_consent_is_given_again() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("age_band")
    person.start()
    person.until("age_band", consent=["no_save"])
    assert db.table("sessions").count == 1
    [restarted] = db.query("SELECT restarted FROM sessions")
    assert restarted["restarted"] == 1


def test_a_declining_persons_state_expires_soon_after_the_end() -> None:
    db = memory_db()
    clock = FakeClock()
    store = make_store(db, clock)
    person = Person(store, clock=clock)
    person.start()
    person.answer("belly_blocked")
    person.answer("end")
    assert person.load() is not None  # the end screen's buttons still work
    clock.advance(hours=26)
    counts = store.purge()
    assert counts.live_states == 1
    assert person.load() is None
    assert db.table("dialog_state").count == 0


def test_a_step_committed_after_erase_does_not_record_again() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("age_band")
    saved = person.load()
    person.erase()
    # The shell applied the next event to the state it had loaded before the erase.
    person.conversations.handle(person.person, "late", Choose("40_59"), current=saved)
    assert _nothing_recorded(db)


def test_emergency_crisis_and_retraction_screens_are_counted_without_consent() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.answer("breathing_chest")
    person.answer("mistake")
    person.answer("yes")
    person.answer("none")
    person.answer("yes")
    person.answer("no")
    person.answer("continue")
    person.answer("no_save")
    assert _nothing_recorded(db)
    counted = {row["route"]: row["screens"] for row in db["safety_counts"].rows}
    assert counted == {
        "emergency:breathing_chest": 1,
        "retracted:breathing_chest": 1,
        "self_harm_check:yes": 1,
        "crisis:self_harm_plan:no": 1,
    }
    assert {row["language"] for row in db["safety_counts"].rows} == {"en"}


def test_a_repeat_disclosure_within_a_day_is_counted_again() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.answer("drowsy_overdose")
    person.answer("on_purpose")
    person.answer("end")
    person.start()  # within 24 hours: the crisis flag is carried into the new conversation
    person.answer("drowsy_overdose")
    person.answer("on_purpose")
    person.type("I want to die")
    counted = {row["route"]: row["screens"] for row in db["safety_counts"].rows}
    assert counted["emergency:on_purpose"] == 2
    assert counted["carried:crisis"] == 1
    assert counted["free_text:suicidal_wish"] == 1
