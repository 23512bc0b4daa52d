"""Every option of every question has a path: it can be chosen, and the dialog goes on."""

from __future__ import annotations

import pytest

from dialogs import emergency_numbers
from dialogs.model import Level
from dialogs.questions import QUESTIONS
from dialogs.topics import TOPICS
from tests.walk import Walk

# (question, option) -> the state that follows, for the default path's other answers.
NEXT_STATE = {
    ("consent", "save"): "country",
    ("consent", "no_save"): "country",
    ("consent", "privacy"): "consent",
    ("consent", "under_18"): "under_18",
    ("emergency_now", "self_harm"): "self_harm_plan",
    ("emergency_now", "none"): "sjogren_status",
    ("self_harm_plan", "yes"): "emergency",
    ("self_harm_plan", "no"): "crisis",
    ("drink_to_swallow", "yes"): "mouth_severity",
    ("drink_to_swallow", "no"): "mouth_severity",  # dry_mouth_3m is yes on the default path
    ("nerve_descriptors", "none"): "autonomic",
    ("red_flags", "none"): "current_treatment",
}
ORDER = [
    "sjogren_status", "dry_eyes_3m", "eye_grit", "tears_3x", "dry_mouth_3m", "drink_to_swallow",
    "mouth_severity", "eye_severity", "burden_dryness", "burden_fatigue", "burden_pain",
    "nerve_descriptors", "nerve_pattern", "autonomic", "sfn_status", "red_flags",
    "current_treatment", "result",
]  # fmt: skip

CASES = [
    (question.id, option.id)
    for question in QUESTIONS.values()
    if question.id not in ("after_emergency",)
    for option in question.options
]


def expected_next(question_id: str, option_id: str) -> str:
    if (question_id, option_id) in NEXT_STATE:
        return NEXT_STATE[(question_id, option_id)]
    if question_id == "emergency_now":
        return "emergency"
    if question_id == "nerve_descriptors":
        return "nerve_pattern"
    return ORDER[ORDER.index(question_id) + 1]


@pytest.mark.parametrize(("question_id", "option_id"), CASES)
def test_every_option_can_be_chosen_and_leads_on(question_id: str, option_id: str) -> None:
    overrides = {"emergency_now": ["self_harm"]} if question_id == "self_harm_plan" else {}
    walk = Walk.started().until(question_id, **overrides)
    walk.answer(option_id)
    assert walk.state.state == expected_next(question_id, option_id)
    assert walk.last.question is not None or walk.state.state in ("end",)
    if question_id != "consent" or option_id not in ("privacy", "under_18"):
        assert walk.state.answers[question_id] == [option_id]


def test_privacy_shows_the_notice_and_asks_consent_again() -> None:
    walk = Walk.started()
    step = walk.answer("privacy")
    assert [s.state for s in step.screens] == ["privacy", "consent"]
    assert "GDPR" in walk.text(step.screens[0])
    assert "pseudonymised" in walk.text(step.screens[0])


def test_under_18_ends_kindly_with_the_numbers() -> None:
    walk = Walk.started()
    walk.answer("under_18")
    assert walk.state.state == "under_18"
    assert "parent" in walk.text()
    assert "112" in walk.text()
    walk.answer("restart")
    assert walk.state.state == "consent"


@pytest.mark.parametrize("code", sorted(emergency_numbers.COUNTRIES))
def test_every_country_can_be_chosen_and_its_number_is_shown(code: str) -> None:
    walk = Walk.started().until("country")
    walk.answer(code)
    assert walk.state.country == code
    walk.answer("breathing_swallowing")
    assert emergency_numbers.COUNTRIES[code].emergency in walk.text()


def test_skipping_the_country_shows_the_fallback_numbers() -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer("vision_loss")
    text = walk.text()
    assert "112" in text and "911" in text and "999" in text


def test_the_default_country_is_offered_first() -> None:
    from dialogs.engine import new_state
    from dialogs.model import Start

    walk = Walk(new_state(language="en", default_country="de"))
    walk.send(Start())
    walk.answer("save")
    assert walk.last.options[0].id == "de"
    assert walk.last.options[-1].id == "skip"


@pytest.mark.parametrize("option_id", ["continue", "end"])
def test_after_emergency_options(option_id: str) -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer("chest_faint")
    walk.answer(option_id)
    assert walk.state.state == ("sjogren_status" if option_id == "continue" else "end")


@pytest.mark.parametrize("topic", [topic.id for topic in TOPICS])
def test_every_topic_can_be_opened_from_the_menu(topic: str) -> None:
    walk = Walk.started().until("result")
    walk.answer(topic)
    assert walk.last.state == "topic"
    assert walk.last.topic == topic
    assert "Never stop, start or change a medicine without your doctor." in walk.text()
    assert walk.last.question == "topics"


def test_the_visit_summary_lists_answers_level_and_dose_ranges() -> None:
    walk = Walk.started().until("result", red_flags=["fever"])
    walk.answer("visit_summary")
    text = walk.text()
    assert walk.last.state == "visit_summary"
    assert "gabapentin 300–3600 mg/day" in text
    assert "do not change your dose yourself" in text
    assert "Warning signs: Fever or shivering now" in text
    assert walk.last.triage is Level.SOON


def test_the_visit_summary_opens_with_emergency_advice_when_emergency() -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer("brain_signs")
    walk.answer("continue")
    walk.until("result")
    walk.answer("visit_summary")
    first = walk.text().split("\n\n")[0]
    assert "Call" in first and "112" in first


@pytest.mark.parametrize(("option_id", "state"), [("restart", "consent"), ("end", "end")])
def test_menu_extras(option_id: str, state: str) -> None:
    walk = Walk.started().until("result")
    walk.answer(option_id)
    assert walk.state.state == state


def test_share_from_the_end_asks_the_shell_for_the_link() -> None:
    walk = Walk.started().until("result")
    walk.answer("end")
    step = walk.answer("share")
    assert step.screens[0].share
    assert walk.state.state == "end"
