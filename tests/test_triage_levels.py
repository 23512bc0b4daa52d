"""Triage: each red flag, combination and "soon" condition reaches its level, with its reason;
a level once shown never drops."""

from __future__ import annotations

import pytest

from dialogs.levels import Level
from dialogs.model import Choose
from dialogs.triage import BURDEN_THRESHOLD, RED_FLAG_LEVELS
from tests.walk import Walk


def result_of(**answers: list[str]) -> Walk:
    walk = Walk.started().until("result", **answers)
    assert walk.at == "result"
    return walk


def level_and_reasons(walk: Walk) -> tuple[Level | None, tuple[str, ...]]:
    return walk.last.triage, walk.last.reasons


def test_no_reason_is_routine() -> None:
    walk = result_of()
    assert level_and_reasons(walk) == (Level.ROUTINE, ())


@pytest.mark.parametrize(("flag", "level"), RED_FLAG_LEVELS.items())
def test_each_red_flag_reaches_its_level(flag: str, level: Level) -> None:
    screen = "red_flags_nerves" if flag in (
        "foot_wrist_drop", "spreading_weeks", "unsteady_dark", "fainting_standing",
        "pain_uncontrolled", "sudden_hearing",
    ) else "red_flags_body"  # fmt: skip
    overrides = {screen: [flag]}
    if flag == "fever":
        overrides["sepsis_signs"] = ["no"]
    walk = result_of(**overrides)
    assert level_and_reasons(walk) == (level, (flag,))


@pytest.mark.parametrize("treatment", ["steroids", "immunosuppressant", "rituximab"])
def test_fever_on_an_immune_lowering_treatment_is_urgent(treatment: str) -> None:
    walk = result_of(current_treatment=[treatment], red_flags_body=["fever"])
    assert level_and_reasons(walk) == (Level.URGENT, ("fever",))


def test_fever_asks_for_the_signs_of_sepsis_and_they_are_an_emergency() -> None:
    walk = Walk.started().until("sepsis_signs", red_flags_body=["fever"])
    walk.answer("yes")
    assert walk.at == "emergency"
    assert walk.last.triage is Level.EMERGENCY
    assert "sepsis_signs" in walk.last.reasons
    assert [o.id for o in walk.last.options] == ["end", "my_numbers"]


def test_purple_spots_with_fever_is_an_emergency_at_once() -> None:
    walk = Walk.started().until("red_flags_body")
    walk.answer("purpura_ulcers", "fever")
    assert walk.at == "emergency"
    assert walk.last.reasons[0] == "purpura_fever"
    assert "sepsis" in walk.text()
    assert [o.id for o in walk.last.options] == ["end", "my_numbers"]


def test_swollen_glands_with_night_sweats_is_urgent() -> None:
    walk = result_of(red_flags_body=["gland_swelling", "b_symptoms"])
    assert level_and_reasons(walk) == (
        Level.URGENT,
        ("gland_swelling", "b_symptoms", "glands_b_symptoms"),
    )
    assert "2 to 5 in 100" in walk.texts()


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (
            {
                "nerve_descriptors": ["burning", "tingling", "numbness"],
                "sfn_status": ["not_tested"],
            },
            "neuropathic_features",
        ),
        ({"sjogren_status": ["suspected"]}, "sicca_positive"),
        ({"autonomic": ["gut"], "sfn_status": ["testing"]}, "autonomic"),
    ],
)
def test_each_soon_condition(answers: dict[str, list[str]], reason: str) -> None:
    walk = result_of(**answers)
    assert walk.last.triage is Level.SOON
    assert reason in walk.last.reasons


def test_neuropathic_features_need_pain() -> None:
    walk = result_of(nerve_descriptors=["tingling", "numbness", "itching"], sfn_status=["unsure"])
    assert "neuropathic_features" not in walk.last.reasons
    walk = result_of(
        nerve_descriptors=["tingling", "numbness", "itching"],
        sfn_status=["unsure"],
        burden_pain=["4"],
    )
    assert "neuropathic_features" in walk.last.reasons


def test_the_burden_threshold_is_a_sum_never_rounded_up() -> None:
    below = result_of(burden_dryness=["5"], burden_fatigue=["5"], burden_pain=["4"])
    assert "burden" not in below.last.reasons
    at = result_of(burden_dryness=["5"], burden_fatigue=["5"], burden_pain=["5"])
    assert BURDEN_THRESHOLD == 15 and "burden" in at.last.reasons


def test_a_result_shown_never_drops_after_back() -> None:
    walk = result_of(red_flags_nerves=["foot_wrist_drop"])
    assert walk.last.triage is Level.URGENT
    walk.back()
    walk.back()
    assert walk.at == "red_flags_nerves" and walk.last.selected == ("foot_wrist_drop",)
    walk.send(Choose("foot_wrist_drop"))  # untick, then none of these
    walk.answer("none")
    walk.answer("none")
    assert walk.at == "result"
    assert walk.last.triage is Level.URGENT
    assert "foot_wrist_drop" in walk.last.reasons


def test_the_result_lists_every_reason_and_what_to_do_if_worse() -> None:
    walk = result_of(
        red_flags_nerves=["sudden_hearing"],
        red_flags_body=["breathless_weeks"],
        sjogren_status=["unsure"],
    )
    assert walk.last.reasons == ("sudden_hearing", "breathless_weeks", "sicca_positive")
    text = walk.texts()
    assert "If things get worse" in text
    assert "Call an ambulance now for" in text
    assert "Talk to someone now" in text


def test_urgent_names_the_countrys_urgent_line() -> None:
    walk = result_of(country=["gb"], red_flags_nerves=["foot_wrist_drop"])
    assert "NHS 111" in walk.texts()
    walk = result_of(red_flags_nerves=["foot_wrist_drop"])
    assert "out-of-hours doctor or urgent care" in walk.texts()
