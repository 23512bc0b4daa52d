"""What a step becomes in the transcript: events, answers, red flags, the session row."""

from __future__ import annotations

from typing import Any

import pytest
import sqlite_utils

from dialogs.model import (
    Level,
    PersonRecord,
    Record,
    RedFlagRecord,
    Screen,
    Step,
    SystemRecord,
)
from dialogs.text import Msg, Verbatim
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
    saved_conversation,
    set_language,
    start,
    state,
)


def _events(db: sqlite_utils.Database, session_id: str | None = None) -> list[dict[str, Any]]:
    where = "WHERE session_id = :id" if session_id else ""
    return list(
        db.query(
            "SELECT seq, offset_s, actor, kind, state, question_id, option_id, text"
            f" FROM events {where} ORDER BY session_id, seq",
            {"id": session_id} if session_id else None,
        )
    )


def _session(db: sqlite_utils.Database) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM sessions"))
    assert len(rows) == 1
    return rows[0]


def test_a_consented_conversation_reads_in_order() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(), shown=["Welcome. May we save your answers?"])
    person.send(choose_consent("save", next_state="q1"), shown=["Question one?"])
    person.send(answer("q1", "burning", "q2"), shown=["Question two?"])
    assert [(e["actor"], e["kind"], e["state"], e["question_id"]) for e in _events(db)] == [
        ("bot", "screen", "consent", "consent"),
        ("person", "option", "consent", "consent"),
        ("system", "consent", "consent", None),
        ("bot", "screen", "q1", "q1"),
        ("person", "option", "q1", "q1"),
        ("bot", "screen", "q2", "q2"),
    ]
    assert [e["seq"] for e in _events(db)] == [1, 2, 3, 4, 5, 6]


def test_bot_events_hold_the_exact_text_shown() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(language="de"), shown=["Willkommen! Dürfen wir speichern?"])
    person.send(choose_consent("save", language="de", next_state="q1"), shown=["Brennen die Füße?"])
    bot = [e["text"] for e in _events(db) if e["actor"] == "bot"]
    assert bot == ["Willkommen! Dürfen wir speichern?", "Brennen die Füße?"]


def test_person_events_hold_the_label_of_the_option_pressed() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=0)
    step = Step(
        state("q2"),
        (Screen("q2", ()),),
        (PersonRecord("q1", "q1", "burning", text=Verbatim("Brennen")),),
    )
    person.send(step)
    said = [e for e in _events(db) if e["actor"] == "person"][-1]
    assert (said["option_id"], said["text"]) == ("burning", "Brennen")


def test_back_and_done_are_actions_without_text() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(Step(state("q1"), (Screen("q1", ()),), (PersonRecord("q2", "q2", "back"),)))
    said = [e for e in _events(db) if e["actor"] == "person"][-1]
    assert (said["kind"], said["option_id"], said["text"]) == ("option", "back", None)
    person.send(Step(state("q1"), (Screen("q1", ()),), (PersonRecord("q1", "q1", None),)))
    said = [e for e in _events(db) if e["actor"] == "person"][-1]
    assert said["kind"] == "action"


def test_free_text_is_stored_redacted() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=0)
    person.send(free_text("q1", "feet burn, call me on +44 20 7946 0958"))
    said = [e for e in _events(db) if e["kind"] == "free_text"]
    assert said[0]["text"] == "feet burn, call me [name]"


def test_a_bot_screen_quoting_free_text_stores_the_quote_redacted() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=0)
    typed = "reach me at anna.k@example.org"
    person.send(
        free_text("q1", typed), shown=[f"You wrote: “{typed}”. Please use a button.", "Q1?"]
    )
    texts = [e["text"] for e in _events(db)]
    assert "You wrote: “reach me at [email]”. Please use a button." in texts
    assert not any(typed in (t or "") for t in texts)


def test_offsets_count_seconds_from_the_start_of_the_conversation() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), "1")
    person.send(start())
    clock.advance(seconds=42)
    person.send(choose_consent("save", next_state="q1"))
    clock.advance(minutes=2)
    person.send(answer("q1", "x", "q2"))
    assert [e["offset_s"] for e in _events(db)] == [0, 42, 42, 42, 162, 162]


def test_started_at_is_cut_to_the_hour_in_utc() -> None:
    db = memory_db()
    saved_conversation(Person(make_store(db), "1"))
    assert _session(db)["started_at"] == "2025-03-04T13:00:00Z"


def test_the_session_row_carries_versions_channel_language_and_referral() -> None:
    db = memory_db()
    person = Person(make_store(db), "1", channel="console")
    person.send(start(language="fr"), referral="sjogren-fr_01")
    person.send(choose_consent("save", language="fr", next_state="q1"))
    session = _session(db)
    assert session["content_version"] == "content-test-1"
    assert session["app_version"] == "0.1.0-test"
    assert session["channel"] == "console"
    assert session["language"] == "fr"
    assert session["referral"] == "sjogren-fr_01"
    assert session["completed"] == 0
    assert session["triage_level"] is None


def test_a_referral_that_is_not_a_deep_link_code_is_dropped() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    person.send(start(), referral="Anna Kowalska +48 600 100 200")
    person.send(choose_consent("save", next_state="q1"))
    assert _session(db)["referral"] is None


def test_a_language_change_updates_the_session() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(set_language("q2", "es"))
    assert _session(db)["language"] == "es"
    assert _events(db)[-2]["kind"] == "language"


def test_answers_keep_the_latest_value_per_question() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(answer("q1", "changed", "q2"))
    rows = list(db.query("SELECT question_id, value FROM answers ORDER BY question_id"))
    assert rows == [
        {"question_id": "consent", "value": "save"},
        {"question_id": "q1", "value": "changed"},
    ]


def test_triage_result_updates_the_session_and_records_red_flags() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(result("q2", "yes", Level.EMERGENCY, ("rapid_weakness",), crisis=True))
    session = _session(db)
    assert (session["triage_level"], session["triage_reasons"], session["crisis"]) == (
        "emergency",
        "rapid_weakness",
        1,
    )
    flags = list(db.query("SELECT question_id, option_id, level FROM red_flags"))
    assert flags == [{"question_id": "q2", "option_id": "rapid_weakness", "level": "emergency"}]
    triage = [e for e in _events(db) if e["kind"] == "triage"]
    assert triage[0]["text"] == "emergency: rapid_weakness"


def test_a_red_flag_raised_twice_is_one_row() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    flag = RedFlagRecord("q2", "rapid_weakness", Level.URGENT)
    person.send(answer("q2", "yes", "q3", extra=(flag,)))
    person.send(answer("q2", "yes", "q3", extra=(flag,)))
    assert db.table("red_flags").count == 1


def test_reaching_the_end_completes_the_session_and_keeps_recording_its_buttons() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), "1")
    saved_conversation(person, answers=1)
    clock.advance(seconds=90)
    person.send(end())
    session = _session(db)
    assert (session["completed"], session["ended_at_offset_s"]) == (1, 90)
    clock.advance(seconds=10)
    person.send(answer("end", "share", "end"))
    assert _events(db)[-2]["option_id"] == "share"
    assert person.load() is not None
    assert _session(db)["ended_at_offset_s"] == 90


def test_restart_closes_the_session_and_a_new_consent_opens_another() -> None:
    db = memory_db()
    clock = FakeClock()
    person = Person(make_store(db, clock), "1")
    saved_conversation(person, answers=1)
    clock.advance(seconds=30)
    person.send(restart("q2"))
    assert db.table("sessions").count == 1
    first = _session(db)
    assert (first["completed"], first["ended_at_offset_s"]) == (0, 30)
    assert _events(db, first["id"])[-1]["kind"] == "restart"
    clock.advance(seconds=5)
    person.send(choose_consent("save", next_state="q1"))
    sessions = list(db.query("SELECT id FROM sessions WHERE id != ?", [first["id"]]))
    assert len(sessions) == 1
    second = _events(db, sessions[0]["id"])
    assert [e["actor"] for e in second] == ["bot", "person", "system", "bot"]
    assert [e["offset_s"] for e in second] == [0, 5, 5, 5]


def test_restart_from_the_end_keeps_the_finished_session_complete() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(end())
    person.send(restart("end"))
    assert _session(db)["completed"] == 1


def test_shown_must_match_the_screens() -> None:
    store = make_store(memory_db())
    with pytest.raises(ValueError, match="screens"):
        store.commit(
            person="1",
            channel="telegram",
            event_key="1",
            step=start(),
            shown=[],
            render=lambda text: "",
        )


def test_render_turns_the_label_into_the_persons_language() -> None:
    db = memory_db()
    store = make_store(db)
    store.commit(
        person="1",
        channel="telegram",
        event_key="1",
        step=start(),
        shown=["W"],
        render=lambda text: "x",
    )
    step = choose_consent("save", next_state="q1")
    labels = {"label:save": "Speichern"}
    store.commit(
        person="1",
        channel="telegram",
        event_key="2",
        step=step,
        shown=["Q1"],
        render=lambda text: labels[text.msgid] if isinstance(text, Msg) else "?",
    )
    said = [e for e in _events(db) if e["actor"] == "person"]
    assert said[0]["text"] == "Speichern"


def test_system_records_keep_their_detail() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=0)
    person.send(
        Step(state("q2", country="DE"), (Screen("q2", ()),), (SystemRecord("q1", "country", "DE"),))
    )
    country = [e for e in _events(db) if e["kind"] == "country"]
    assert (country[0]["actor"], country[0]["text"]) == ("system", "DE")


def _show(screen_: Screen, records: tuple[Record, ...] = ()) -> Step:
    return Step(state(screen_.state), (screen_,), records)


def test_an_emergency_screen_sets_the_level_even_without_a_result() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    emergency = Screen("emergency", (), triage=Level.EMERGENCY, reasons=("rapid_weakness",))
    person.send(_show(emergency))
    session = _session(db)
    assert (session["triage_level"], session["triage_reasons"]) == ("emergency", "rapid_weakness")


def test_the_level_is_the_most_urgent_shown_with_its_reasons() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(result("q2", "yes", Level.URGENT, ("purpura_fever",)))
    person.send(result("q2", "no", Level.ROUTINE, ()))  # went back and changed the answer
    session = _session(db)
    assert (session["triage_level"], session["triage_reasons"]) == ("urgent", "purpura_fever")
    person.send(result("q2", "worse", Level.EMERGENCY, ("rapid_weakness", "purpura_fever")))
    session = _session(db)
    assert (session["triage_level"], session["triage_reasons"]) == (
        "emergency",
        "rapid_weakness, purpura_fever",
    )


def test_a_crisis_screen_marks_the_session() -> None:
    db = memory_db()
    person = Person(make_store(db), "1")
    saved_conversation(person, answers=1)
    person.send(_show(Screen("q2", (), crisis=True)))
    session = _session(db)
    assert (session["crisis"], session["triage_level"]) == (1, None)
