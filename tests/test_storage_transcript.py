"""The transcript of a saved conversation: every event in order, the exact text shown, answers,
red flags, retractions, the level and its reasons, typed text with its category."""

from __future__ import annotations

import pytest

from dialogs.model import Back, Choose, SetLanguage
from dialogs.state import Step
from tests.storage_helpers import FakeClock, Person, make_store, memory_db, saved_conversation


def events(db: object) -> list[dict[str, object]]:
    return list(db.query("SELECT * FROM events ORDER BY seq"))  # type: ignore[attr-defined]


def session(db: object) -> dict[str, object]:
    [row] = db.query("SELECT * FROM sessions")  # type: ignore[attr-defined]
    return dict(row)


def test_a_consented_conversation_reads_in_order() -> None:
    db = memory_db()
    saved_conversation(Person(make_store(db)), until="symptom_duration")
    rows = events(db)
    assert [row["seq"] for row in rows] == list(range(1, len(rows) + 1))
    kinds = [(row["actor"], row["kind"], row["question_id"]) for row in rows]
    assert kinds[:3] == [
        ("bot", "screen", "emergency_now"),
        ("person", "option", "emergency_now"),
        ("bot", "screen", "self_harm_check"),
    ]
    assert ("system", "consent", None) in kinds
    assert kinds[-1] == ("bot", "screen", "symptom_duration")


def test_bot_events_hold_the_exact_text_shown_with_the_progress_line() -> None:
    db = memory_db()
    saved_conversation(Person(make_store(db)), until="age_band")
    [age] = db.query("SELECT text FROM events WHERE question_id = 'age_band' AND actor = 'bot'")
    assert age["text"].startswith("Question 5 of about 24")
    assert "For your doctor: how old are you?" in age["text"]


def test_person_events_hold_the_label_of_the_option_pressed() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)), until="age_band")
    person.answer("60_plus")
    [row] = db.query(
        "SELECT text, option_id FROM events WHERE actor = 'person' ORDER BY seq DESC LIMIT 1"
    )
    assert row == {"text": "60 or older", "option_id": "60_plus"}


def test_back_and_done_are_actions_without_a_label() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)), until="nerve_descriptors")
    person.answer("burning", "tingling")
    person.send(Back())
    rows = list(db.query("SELECT option_id, text FROM events WHERE option_id IN ('done', 'back')"))
    assert rows == [{"option_id": "done", "text": None}, {"option_id": "back", "text": None}]


def test_typed_text_is_stored_redacted_with_its_category() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)), until="age_band")
    person.type("write to anna@example.org, I want to die")
    [row] = db.query("SELECT text, category FROM events WHERE kind = 'free_text'")
    assert "anna@example.org" not in row["text"] and "[email]" in row["text"]
    assert row["category"] == "suicidal_wish"


def test_offsets_count_seconds_from_the_start_of_the_conversation() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), clock=clock)
    person.start()
    clock.advance(seconds=90)
    person.until("age_band")
    offsets = [row["offset_s"] for row in events(db)]
    assert offsets[0] == 0 and offsets[-1] == 90


def test_started_at_is_cut_to_the_hour_in_utc() -> None:
    db = memory_db()
    saved_conversation(Person(make_store(db)))
    assert session(db)["started_at"] == "2025-03-04T13:00:00Z"


def test_the_session_row_carries_versions_channel_language_and_referral() -> None:
    db = memory_db()
    person = Person(make_store(db), channel="console", language="de")
    person.start(referral="madrid01")
    person.until("age_band")
    row = session(db)
    assert row["content_version"] == "2.0+test"
    assert row["app_version"] == "0.1.0-test"
    assert row["channel"] == "console"
    assert row["language"] == "de"
    assert row["referral"] == "madrid01"


def test_a_referral_that_is_not_a_deep_link_code_is_dropped() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start(referral="bad code!")
    person.until("age_band")
    assert session(db)["referral"] is None


def test_a_language_change_and_the_country_update_the_session() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)), until="country")
    person.answer("other")
    person.send(Choose("fr"))
    person.send(SetLanguage("fr"))
    row = session(db)
    assert row["language"] == "fr" and row["country"] == "fr"


def test_answers_keep_the_latest_value_per_question_and_ticks_are_joined() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)), until="symptom_duration")
    person.send(Back())
    person.answer("18_39")
    person.until("autonomic")
    person.answer("gut", "dizzy_standing")
    answers = {row["question_id"]: row["value"] for row in db["answers"].rows}
    assert answers["age_band"] == "18_39"
    assert answers["autonomic"] == "dizzy_standing,gut"


def test_the_result_records_its_level_reasons_and_red_flags() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)))
    person.until("result", red_flags_nerves=["foot_wrist_drop"], sjogren_status=["unsure"])
    row = session(db)
    assert row["triage_level"] == "urgent"
    assert row["triage_reasons"] == "foot_wrist_drop, sicca_positive"
    flags = {(r["question_id"], r["option_id"], r["level"]) for r in db["red_flags"].rows}
    assert ("red_flags_nerves", "foot_wrist_drop", "urgent") in flags
    assert ("sjogren_status", "sicca_positive", "soon") in flags


def test_an_emergency_screen_sets_the_level_and_its_reasons() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.until("red_flags_body")
    person.answer("purpura_ulcers", "fever")
    row = session(db)
    assert row["triage_level"] == "emergency"
    assert row["triage_reasons"].startswith("purpura_fever")


def test_a_retraction_is_recorded_and_marks_the_red_flag() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.answer("stroke_brain")
    person.answer("mistake")
    person.answer("yes")
    person.until("age_band")
    [flag] = db.query("SELECT option_id, retracted FROM red_flags")
    assert flag == {"option_id": "stroke_brain", "retracted": 1}
    assert db.execute("SELECT count(*) FROM events WHERE kind = 'retraction'").fetchone()[0] == 1
    assert session(db)["triage_level"] == "emergency"  # the level shown, kept for audit


def test_a_crisis_marks_the_session_even_when_rated_urgent() -> None:
    db = memory_db()
    person = Person(make_store(db))
    person.start()
    person.answer("none")
    person.answer("yes")
    person.answer("no")
    person.answer("continue")
    person.answer("save")
    row = session(db)
    assert row["crisis"] == 1 and row["triage_level"] == "urgent"
    assert "self_harm" in row["triage_reasons"]


def test_reaching_the_end_completes_the_session_and_keeps_recording_its_buttons() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)))
    person.until("result")
    person.send(Choose("end"))
    person.send(Choose("share"))
    row = session(db)
    assert row["completed"] == 1
    last = list(
        db.query("SELECT option_id FROM events WHERE actor = 'person' ORDER BY seq DESC LIMIT 1")
    )
    assert last == [{"option_id": "share"}]


def test_a_restart_closes_the_session_and_a_new_consent_opens_another() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)))
    person.start()
    person.until("age_band")
    rows = list(db.query("SELECT restarted, ended_at_offset_s FROM sessions ORDER BY rowid"))
    assert len(rows) == 2
    assert rows[0]["restarted"] == 1 and rows[0]["ended_at_offset_s"] is not None
    assert rows[1]["restarted"] == 0


def test_shown_must_match_the_screens() -> None:
    db = memory_db()
    store = make_store(db)
    person = Person(store)
    step = person.start()
    assert isinstance(step, Step)
    with pytest.raises(ValueError):
        store.commit(
            person="x",
            channel="telegram",
            event_key="k",
            step=step,
            shown=[],
            render=str,  # type: ignore[arg-type]
        )
