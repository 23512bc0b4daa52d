"""A conversation saved by an earlier version is never met with silence: a short apology and a
fresh start, keeping the language and the crisis flag."""

from __future__ import annotations

from dialogs.engine import apply
from dialogs.model import Choose, FreeText, Note, Repeat
from dialogs.state import Context, DialogState, Unresumable, from_dict
from tests.walk import NOW, Walk

# A live state as version 1 saved it: a state and option ids that no longer exist.
VERSION_1 = {
    "state": "red_flags",
    "language": "de",
    "consent": "save",
    "consent_skipped": False,
    "country": "de",
    "default_country": None,
    "answers": {"emergency_now": ["none"], "red_flags": ["fever"]},
    "pending": [],
    "history": ["consent", "country", "emergency_now"],
    "sticky": {},
    "crisis": True,
    "resume_at": None,
}


def test_a_version_1_state_is_read_as_unresumable_with_its_language_flag_and_country() -> None:
    assert from_dict(VERSION_1) == Unresumable(language="de", crisis=True, country="de")


def test_a_state_naming_a_retired_option_is_unresumable() -> None:
    walk = Walk.started().until("eye_grit")
    data = walk.dialog.to_dict()
    data["answers"] = {**data["answers"], "emergency_now": ["rapid_weakness"]}  # type: ignore[dict-item]
    assert isinstance(from_dict(data), Unresumable)


def test_a_current_state_round_trips() -> None:
    walk = Walk.started().until("burden_pain")
    assert from_dict(walk.dialog.to_dict()) == walk.dialog


def test_any_event_on_an_unresumable_state_gets_an_apology_and_a_fresh_start() -> None:
    for event in (Choose("fever"), FreeText("hallo"), Repeat(Note.RESUMED)):
        step = apply(from_dict(VERSION_1), event, Context(now=NOW))
        assert isinstance(step.state, DialogState)
        assert step.state.state == "emergency_now"
        assert step.state.language == "de"
        assert step.state.crisis
        assert [s.question for s in step.screens][-1] == "emergency_now"
        assert step.screens[0].state == "notice"


def test_typed_distress_on_an_unresumable_state_is_read_not_lost() -> None:
    step = apply(from_dict(VERSION_1), FreeText("ich habe alle meine Tabletten genommen"),
                 Context(now=NOW))  # fmt: skip
    assert isinstance(step.state, DialogState)
    assert step.screens[0].state == "notice"  # the apology first
    assert step.state.state == "emergency" and step.state.crisis
    assert step.state.country == "de"  # the right numbers
