"""Every option of every question has a path: it can be chosen, and the dialog goes on."""

from __future__ import annotations

import pytest

from dialogs.questions import QUESTIONS
from dialogs.safety_questions import EMERGENCY_GROUPS
from tests.walk import Walk

# (question, option) -> the state that follows, for the default path's other answers.
NEXT_STATE = {
    ("emergency_now", "none"): "self_harm_check",
    ("self_harm_check", "yes"): "self_harm_plan",
    ("self_harm_plan", "yes"): "emergency",
    ("self_harm_plan", "no"): "crisis",
    ("confirm_mistake", "yes"): "emergency_now",
    ("confirm_mistake", "no"): "emergency",
    ("consent", "privacy"): "consent",
    ("consent", "under_18"): "under_18",
    ("drink_to_swallow", "yes"): "mouth_severity",
    ("drink_to_swallow", "no"): "mouth_severity",  # dry_mouth_3m is yes on the default path
    ("nerve_descriptors", "none"): "autonomic",
    ("sepsis_signs", "yes"): "emergency",
    ("sepsis_signs", "no"): "result",
}
ORDER = [
    "self_harm_check", "consent", "country", "age_band", "symptom_duration", "sjogren_status",
    "dry_eyes_3m", "eye_grit", "tears_3x", "dry_mouth_3m", "drink_to_swallow",
    "mouth_severity", "eye_severity", "burden_dryness", "burden_fatigue", "burden_pain",
    "nerve_descriptors", "nerve_pattern", "autonomic", "sfn_status", "other_causes",
    "current_treatment", "red_flags_nerves", "red_flags_body", "result",
]  # fmt: skip
# How to reach a question that the default path does not ask.
REACH: dict[str, dict[str, list[str]]] = {
    "self_harm_plan": {"self_harm_check": ["yes"]},
    "confirm_mistake": {"emergency_now": ["breathing_chest"]},
    "sepsis_signs": {"red_flags_body": ["fever"]},
}
CASES = [
    (question.id, option.id)
    for question in QUESTIONS.values()
    if question.id != "country"
    for option in question.options
]


def reach(question_id: str) -> Walk:
    walk = Walk.started()
    if question_id == "confirm_mistake":
        walk.answer("breathing_chest")
        walk.answer("mistake")
        return walk
    return walk.until(question_id, **REACH.get(question_id, {}))


def expected_next(question_id: str, option_id: str) -> str:
    if (question_id, option_id) in NEXT_STATE:
        return NEXT_STATE[(question_id, option_id)]
    if question_id == "emergency_now":
        return "emergency"
    if question_id == "nerve_descriptors":
        return "nerve_pattern"
    if question_id == "red_flags_body" and option_id == "fever":
        return "sepsis_signs"
    return ORDER[ORDER.index(question_id) + 1]


@pytest.mark.parametrize(("question_id", "option_id"), CASES)
def test_every_option_can_be_chosen_and_leads_on(question_id: str, option_id: str) -> None:
    walk = reach(question_id)
    walk.answer(option_id)
    assert walk.at == expected_next(question_id, option_id)
    if option_id not in ("privacy", "under_18"):
        assert walk.dialog.answers[question_id] == [option_id]


def test_the_first_screen_is_the_welcome_with_the_emergency_check() -> None:
    walk = Walk.started()
    [screen] = walk.screens
    assert screen.question == "emergency_now"
    assert [o.id for o in screen.options] == [*EMERGENCY_GROUPS, "none"]
    assert "Hello" in walk.text()


def test_the_country_picker_pages_through_the_table_and_skips() -> None:
    walk = reach("country")
    first = [o.id for o in walk.last.options]
    assert first[-2:] == ["other", "skip"] and len(first) <= 8
    walk.answer("other")
    second = [o.id for o in walk.last.options]
    assert set(first[:-2]).isdisjoint(second[:-2])
    walk.answer(second[0])
    assert walk.dialog.country == second[0]
    assert walk.at == "age_band"


def test_the_country_picker_asks_about_the_language_region_first() -> None:
    walk = Walk.started(region="de").until("country")
    assert [o.id for o in walk.last.options] == ["yes", "other", "skip"]
    walk.answer("yes")
    assert walk.dialog.country == "de"


def test_countries_of_the_chat_language_come_first() -> None:
    walk = Walk.started(language="es").until("country")
    first_page = [option.id for option in walk.last.options]
    assert set(first_page[:6]) <= {"es", "mx", "co", "cl", "ar", "pe", "ve", "us"}


@pytest.mark.parametrize(
    ("language", "home"), [("de", "de"), ("fr", "fr"), ("es", "es"), ("pt_BR", "br"), ("uk", "ua")]
)
def test_the_home_country_of_the_chat_language_is_offered_first(language: str, home: str) -> None:
    walk = Walk.started(language=language).until("country")
    assert walk.last.options[0].id == home


def test_privacy_shows_the_notice_and_asks_consent_again() -> None:
    walk = reach("consent")
    step = walk.answer("privacy")
    assert [s.state for s in step.screens] == ["notice", "consent"]
    assert "GDPR" in walk.texts()


def test_under_18_ends_kindly_with_the_numbers_and_no_buttons() -> None:
    walk = reach("consent")
    walk.answer("under_18")
    assert walk.at == "under_18"
    assert "parent" in walk.text()
    assert "112" in walk.text()
    assert walk.last.options == ()
