"""The triage contract: every emergency answer, red flag, combination and condition."""

from __future__ import annotations

import pytest

from dialogs.model import Level
from dialogs.questions import EMERGENCY_NOW, RED_FLAGS
from dialogs.triage import RED_FLAG_LEVELS
from tests.walk import Walk

EMERGENCY_OPTIONS = [o.id for o in EMERGENCY_NOW.options if o.id not in ("none", "self_harm")]


def result_of(**overrides: list[str]) -> Walk:
    return Walk.started().until("result", **overrides)


@pytest.mark.parametrize("option_id", EMERGENCY_OPTIONS)
def test_each_emergency_answer_shows_the_emergency_screen_at_once(option_id: str) -> None:
    walk = Walk.started().until("emergency_now")
    step = walk.answer(option_id)
    (screen,) = step.screens
    assert screen.state == "emergency"
    assert screen.triage is Level.EMERGENCY
    assert screen.question == "after_emergency"
    assert not screen.back
    assert "112" in walk.text(screen)


@pytest.mark.parametrize("option_id", EMERGENCY_OPTIONS)
def test_an_emergency_answer_stays_the_result_after_continuing(option_id: str) -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer(option_id)
    walk.answer("continue")
    assert walk.state.state == "sjogren_status"
    walk.until("result")
    assert walk.last.triage is Level.EMERGENCY
    assert option_id in walk.last.reasons


def test_self_harm_asks_about_a_plan_first() -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer("self_harm")
    assert walk.last.question == "self_harm_plan"
    assert walk.last.triage is None


def test_self_harm_with_a_plan_is_an_emergency_with_the_crisis_flag() -> None:
    walk = Walk.started().until("self_harm_plan", emergency_now=["self_harm"])
    walk.answer("yes")
    assert walk.last.state == "emergency"
    assert walk.last.triage is Level.EMERGENCY
    assert walk.last.crisis
    assert "findahelpline.com" in walk.text()


def test_self_harm_without_a_plan_shows_the_crisis_screen_at_least_urgent() -> None:
    walk = Walk.started().until("self_harm_plan", emergency_now=["self_harm"])
    walk.answer("no")
    assert walk.last.state == "crisis"
    assert walk.last.crisis
    assert walk.last.triage is Level.URGENT
    walk.answer("continue")
    walk.until("result")
    assert walk.last.triage is Level.URGENT
    assert walk.last.crisis
    assert "self_harm" in walk.last.reasons


def test_ending_after_the_emergency_screen_ends_the_conversation() -> None:
    walk = Walk.started().until("emergency_now")
    walk.answer("stroke_signs")
    walk.answer("end")
    assert walk.state.state == "end"
    assert [o.id for o in walk.last.options] == ["restart", "share"]


@pytest.mark.parametrize(("flag", "level"), sorted(RED_FLAG_LEVELS.items()))
def test_each_red_flag_reaches_at_least_its_level(flag: str, level: Level) -> None:
    walk = result_of(red_flags=[flag])
    assert walk.last.triage is not None
    assert walk.last.triage.rank >= level.rank
    assert flag in walk.last.reasons


@pytest.mark.parametrize("treatment", ["steroids", "immunosuppressant", "rituximab"])
def test_fever_on_immune_lowering_treatment_is_urgent(treatment: str) -> None:
    walk = result_of(red_flags=["fever"], current_treatment=[treatment])
    assert walk.last.triage is Level.URGENT


def test_fever_without_immune_lowering_treatment_is_soon() -> None:
    walk = result_of(red_flags=["fever"], current_treatment=["artificial_tears"])
    assert walk.last.triage is Level.SOON


def test_purple_spots_with_fever_show_the_emergency_screen_when_submitted() -> None:
    walk = Walk.started().until("red_flags")
    step = walk.answer("purpura_ulcers", "fever")
    assert step.screens[-1].state == "emergency"
    assert step.screens[-1].triage is Level.EMERGENCY
    walk.answer("continue")
    assert walk.state.state == "current_treatment"
    walk.until("result")
    assert walk.last.triage is Level.EMERGENCY
    assert {"purpura_ulcers", "fever", "purpura_fever"} <= set(walk.last.reasons)


def test_swollen_glands_with_b_symptoms_are_urgent() -> None:
    walk = result_of(red_flags=["gland_swelling", "b_symptoms"])
    assert walk.last.triage is Level.URGENT
    assert {"gland_swelling", "b_symptoms", "glands_b_symptoms"} <= set(walk.last.reasons)
    assert "2 to 5 in 100" in walk.text()


def test_no_reason_gives_routine_with_no_reasons() -> None:
    walk = result_of()
    assert walk.last.triage is Level.ROUTINE
    assert walk.last.reasons == ()


@pytest.mark.parametrize(
    ("scores", "holds"),
    [(["5", "5", "5"], True), (["10", "5", "0"], True), (["5", "5", "4"], False)],
)
def test_burden_holds_at_a_total_of_fifteen(scores: list[str], holds: bool) -> None:
    walk = result_of(
        burden_dryness=[scores[0]], burden_fatigue=[scores[1]], burden_pain=[scores[2]]
    )
    assert ("burden" in walk.last.reasons) is holds
    assert walk.last.triage is (Level.SOON if holds else Level.ROUTINE)


@pytest.mark.parametrize("sfn", ["not_tested", "tested_negative", "unsure"])
def test_nerve_features_without_confirmed_sfn_are_soon(sfn: str) -> None:
    walk = result_of(nerve_descriptors=["burning", "tingling", "numbness"], sfn_status=[sfn])
    assert "neuropathic_features" in walk.last.reasons
    assert walk.last.triage is Level.SOON


@pytest.mark.parametrize("sfn", ["confirmed", "testing"])
def test_nerve_features_are_not_a_reason_once_sfn_is_confirmed_or_tested(sfn: str) -> None:
    walk = result_of(nerve_descriptors=["burning", "tingling", "numbness"], sfn_status=[sfn])
    assert "neuropathic_features" not in walk.last.reasons


@pytest.mark.parametrize(("pain", "holds"), [("4", True), ("3", False)])
def test_painless_descriptors_need_pain_of_four_or_more(pain: str, holds: bool) -> None:
    walk = result_of(
        nerve_descriptors=["tingling", "numbness", "itching"],
        burden_pain=[pain],
        sfn_status=["not_tested"],
    )
    assert ("neuropathic_features" in walk.last.reasons) is holds


@pytest.mark.parametrize(
    ("status", "holds"), [("suspected", True), ("unsure", True), ("diagnosed", False)]
)
def test_dryness_counts_when_sjogrens_is_not_confirmed(status: str, holds: bool) -> None:
    walk = result_of(sjogren_status=[status])
    assert ("sicca_positive" in walk.last.reasons) is holds


@pytest.mark.parametrize(("sfn", "holds"), [("testing", True), ("confirmed", False)])
def test_autonomic_symptoms_count_unless_sfn_is_confirmed(sfn: str, holds: bool) -> None:
    walk = result_of(autonomic=["dizzy_standing"], sfn_status=[sfn])
    assert ("autonomic" in walk.last.reasons) is holds


def test_every_reason_is_listed_and_the_most_urgent_level_wins() -> None:
    walk = result_of(
        sjogren_status=["suspected"],
        burden_dryness=["9"],
        burden_fatigue=["9"],
        red_flags=["unsteady_dark", "eye_pain_light"],
    )
    assert walk.last.triage is Level.URGENT
    assert {"sicca_positive", "burden", "unsteady_dark", "eye_pain_light"} <= set(walk.last.reasons)


def test_back_never_lowers_a_level_that_was_shown() -> None:
    walk = result_of(red_flags=["foot_wrist_drop"])
    assert walk.last.triage is Level.URGENT
    walk.back()
    walk.back()
    assert walk.state.state == "red_flags"
    walk.answer("foot_wrist_drop", "none")  # ticking none clears the other ticks
    walk.until("result")
    assert walk.last.triage is Level.URGENT
    assert "foot_wrist_drop" in walk.last.reasons


def test_every_red_flag_option_is_in_the_level_table() -> None:
    assert {o.id for o in RED_FLAGS.options} - {"none"} == set(RED_FLAG_LEVELS)
