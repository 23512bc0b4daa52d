"""The safety paths of clinical spec version 2: the emergency check first, no disclosure ever
lost, an honest way back from a mis-tap, the numbers of the person's country, typed distress
read in every language, and what an earlier conversation leaves for 24 hours."""

from __future__ import annotations

import pytest

from dialogs.levels import Level
from dialogs.model import Choose, Stale, Start
from dialogs.safety_questions import EMERGENCY_GROUPS
from tests.walk import HOUR, Walk

# ---- the crisis flag -------------------------------------------------------------------------


def disclosed() -> Walk:
    walk = Walk.started()
    walk.answer("none")
    walk.answer("yes")
    return walk


def test_a_yes_to_the_self_harm_question_sets_the_flag_before_anything_else() -> None:
    walk = disclosed()
    assert walk.at == "self_harm_plan"
    assert walk.dialog.crisis
    assert walk.last.crisis
    assert "Talk to someone now" in walk.texts()


def test_the_plan_question_has_no_back_and_the_disclosure_is_kept() -> None:
    walk = disclosed()
    assert not walk.last.back
    walk.back()
    assert walk.at == "self_harm_plan"
    walk.answer("no")
    assert walk.at == "crisis"
    walk.answer("continue")
    walk.until("result")
    assert walk.last.triage is Level.URGENT
    assert "self_harm" in walk.last.reasons
    assert walk.last.crisis
    assert "thoughts of harming yourself" in walk.texts()


def test_a_plan_is_an_emergency_with_the_crisis_line_and_no_way_on() -> None:
    walk = disclosed()
    walk.answer("yes")
    assert walk.at == "emergency"
    assert set(walk.last.reasons) >= {"self_harm", "self_harm_plan"}
    assert [o.id for o in walk.last.options] == ["end", "my_numbers"]
    assert "Talk to someone now" in walk.text()


def test_the_flag_survives_every_later_answer_and_back() -> None:
    walk = disclosed()
    walk.answer("no")
    walk.answer("continue")
    walk.until("burden_pain")
    walk.back()
    walk.back()
    walk.until("result")
    assert walk.dialog.crisis and walk.last.crisis
    assert all(screen.crisis for screen in walk.steps[-1].screens)


def test_prefer_not_gives_a_gentle_line_and_no_flag() -> None:
    walk = Walk.started()
    walk.answer("none")
    walk.answer("prefer_not")
    assert walk.at == "consent"
    assert not walk.dialog.crisis
    assert "That is fine" in walk.texts()


# ---- the emergency check -------------------------------------------------------------------------


@pytest.mark.parametrize("group", EMERGENCY_GROUPS)
def test_every_group_shows_the_emergency_screen_and_ends_the_screening(group: str) -> None:
    walk = Walk.started()
    walk.answer(group)
    assert walk.at == "emergency"
    assert walk.last.triage is Level.EMERGENCY
    assert walk.last.reasons == (group,)
    text = walk.text()
    assert text.startswith("Call your emergency number now")
    assert "Do not drive yourself" in text
    assert "Sjögren's" in text and "steroids" in text
    assert "thoughts of harming yourself" in text.splitlines()[-1]
    ids = [o.id for o in walk.last.options]
    assert ids[:1] == ["mistake"] and "continue" not in ids and not walk.last.back


def test_swelling_gets_the_anaphylaxis_position() -> None:
    walk = Walk.started()
    walk.answer("skin_swelling")
    assert "adrenaline pen" in walk.text() and "legs raised" in walk.text()


def test_a_mis_tap_is_confirmed_recorded_and_explained_on_the_result() -> None:
    walk = Walk.started()
    walk.answer("breathing_chest")
    walk.answer("mistake")
    assert walk.at == "confirm_mistake"
    walk.answer("no")
    assert walk.at == "emergency"
    walk.answer("mistake")
    walk.answer("yes")
    assert walk.at == "emergency_now"
    walk.until("result")
    assert walk.last.triage is Level.ROUTINE
    assert "retracted:breathing_chest" in walk.last.reasons
    assert "Earlier you chose" in walk.texts() and "mistake" in walk.texts()


def test_too_much_medicine_on_purpose_is_a_disclosure_with_no_mistake_after() -> None:
    walk = Walk.started()
    walk.answer("drowsy_overdose")
    assert "on_purpose" in [o.id for o in walk.last.options]
    walk.answer("on_purpose")
    assert walk.dialog.crisis
    assert {"self_harm", "self_harm_plan"} <= set(walk.last.reasons)
    assert [o.id for o in walk.last.options] == ["end", "my_numbers"]
    walk.send(Choose("mistake"))
    assert walk.at == "emergency"


def test_my_numbers_picks_a_country_and_shows_the_same_screen_with_its_numbers() -> None:
    walk = Walk.started(region="fr")
    walk.answer("stroke_brain")
    assert "France: 15 or 112" in walk.text()
    walk.answer("my_numbers")
    assert walk.at == "country"
    walk.answer("other")
    walk.send(Choose("gb"))
    assert walk.at == "emergency"
    assert walk.text().startswith("Call 999 or 112 now")
    assert walk.dialog.country == "gb"
    assert "my_numbers" not in [o.id for o in walk.last.options]


def test_the_end_screen_after_an_emergency_repeats_the_number_and_the_crisis_line() -> None:
    walk = Walk.started()
    walk.answer("belly_blocked")
    walk.answer("end")
    assert walk.at == "end"
    assert "112" in walk.text() and "crisis line" in walk.text()


# ---- 24 hours later ----------------------------------------------------------------------------


def test_a_new_conversation_within_a_day_opens_with_what_was_said() -> None:
    walk = Walk.started()
    walk.answer("sudden_weakness")
    walk.send(Start(), later=3 * HOUR)
    assert walk.at == "emergency_now"
    assert "Earlier you told us" in walk.texts()
    assert walk.dialog.sticky == {}


def test_the_crisis_flag_outlives_a_restart_for_a_day_only() -> None:
    walk = disclosed()
    walk.answer("no")
    walk.send(Start(), later=2 * HOUR)
    assert walk.dialog.crisis
    walk.answer("none")
    assert walk.at == "crisis"
    walk.answer("continue")
    walk.until("result")
    assert walk.last.triage is Level.URGENT
    later = disclosed()
    later.answer("no")
    later.send(Start(), later=25 * HOUR)
    assert not later.dialog.crisis
    assert "Earlier you told us" not in later.texts()


# ---- typed text -------------------------------------------------------------------------------


def test_a_typed_act_goes_to_the_emergency_screen_from_anywhere() -> None:
    walk = Walk.started().until("burden_fatigue")
    walk.type("I took all my pills")
    assert walk.at == "emergency"
    assert walk.dialog.crisis
    assert {"self_harm", "self_harm_plan"} <= set(walk.last.reasons)


def test_a_typed_wish_asks_about_a_plan_and_returns_where_the_person_was() -> None:
    walk = Walk.started().until("burden_fatigue")
    walk.type("i dont want to be here anymore")
    assert walk.at == "self_harm_plan" and walk.dialog.crisis
    walk.answer("no")
    assert walk.at == "crisis"
    walk.answer("continue")
    assert walk.at == "burden_fatigue"


def test_a_typed_wish_can_reach_an_emergency_with_a_plan() -> None:
    walk = Walk.started()
    walk.type("wish I could die")
    walk.answer("yes")
    assert walk.at == "emergency"
    assert walk.last.triage is Level.EMERGENCY


def test_unclear_distress_shows_the_crisis_line_and_asks_gently() -> None:
    walk = Walk.started().until("sjogren_status")
    walk.type("Ich kann nicht mehr, alles ist sinnlos")
    assert walk.at == "self_harm_check"
    assert "Talk to someone now" in walk.texts()
    walk.answer("no")
    assert walk.at == "sjogren_status" and not walk.dialog.crisis


def test_emergency_words_ask_the_emergency_check_again() -> None:
    walk = Walk.started().until("eye_grit")
    walk.type("I can't breathe")
    assert walk.at == "emergency_now"
    assert "If this is happening now, call" in walk.texts()
    walk.answer("none")
    assert walk.at == "eye_grit"


def test_typed_text_cannot_leave_an_emergency_screen_but_a_wish_acts_as_on_purpose() -> None:
    walk = Walk.started()
    walk.answer("drowsy_overdose")
    walk.type("hello")
    assert walk.at == "emergency"
    assert "mistake" in [o.id for o in walk.last.options]
    walk.type("I want to die")
    assert walk.at == "emergency" and walk.dialog.crisis
    assert [o.id for o in walk.last.options] == ["end", "my_numbers"]
    # What the screen says the person told us is true of a typed wish, not only of a plan.
    assert "You told us you are thinking of harming yourself, or have already done it." in (
        walk.text()
    )
    assert "plan" not in walk.text()


def test_typed_text_on_the_plan_question_shows_it_again() -> None:
    walk = disclosed()
    walk.type("chest pain")
    assert walk.at == "self_harm_plan"


def test_the_please_use_the_buttons_reply_carries_the_number_and_the_crisis_line() -> None:
    walk = Walk.started().until("age_band")
    walk.type("what is pilocarpine?")
    text = walk.texts()
    assert "112" in text and "crisis line" in text
    assert walk.at == "age_band"


# ---- buttons of questions that moved on ---------------------------------------------------------


def test_a_button_of_a_question_that_moved_on_gets_a_note_and_the_current_question() -> None:
    walk = Walk.started().until("consent")
    old = walk.last.token
    walk.answer("save")
    walk.send(Choose("no_save", token=old))
    assert isinstance(walk.steps[-1].outcome, Stale)
    assert walk.at in ("country", "age_band") and walk.dialog.consent == "save"


# ---- buttons of older safety questions still count ---------------------------------------------


def test_an_emergency_group_on_an_older_emergency_check_shows_the_emergency_screen() -> None:
    walk = Walk.started().until("age_band")
    check = walk.screens[0]  # the welcome with the emergency check, long answered
    step = walk.send(Choose("stroke_brain", token=check.token))
    assert not isinstance(step.outcome, Stale)
    assert walk.at == "emergency"
    assert "stroke_brain" in walk.last.reasons and walk.last.triage is Level.EMERGENCY


def test_none_on_an_older_emergency_check_is_only_a_moved_on_question() -> None:
    walk = Walk.started().until("age_band")
    step = walk.send(Choose("none", token=walk.screens[0].token))
    assert isinstance(step.outcome, Stale) and walk.at == "age_band"


def test_yes_on_an_older_self_harm_question_is_a_disclosure_and_comes_back() -> None:
    walk = Walk.started()
    walk.answer("none")
    question = walk.last
    assert question.question == "self_harm_check"
    walk.until("symptom_duration")
    walk.send(Choose("yes", token=question.token))
    assert walk.dialog.crisis and walk.at == "self_harm_plan"
    walk.answer("no")
    assert walk.at == "crisis"
    walk.answer("continue")
    assert walk.at == "symptom_duration"  # back where they were
    assert walk.last.crisis


def test_yes_on_an_older_plan_question_is_an_emergency() -> None:
    walk = Walk.started()
    walk.answer("none")
    walk.answer("yes")
    plan = walk.last
    walk.answer("no")
    walk.answer("continue")
    walk.until("age_band")
    walk.send(Choose("yes", token=plan.token))
    assert walk.at == "emergency" and "self_harm_plan" in walk.last.reasons


def test_on_purpose_on_an_older_emergency_screen_is_a_disclosure() -> None:
    walk = Walk.started()
    walk.answer("drowsy_overdose")
    screen = walk.last
    walk.answer("mistake")
    walk.answer("yes")
    walk.answer("none")
    walk.send(Choose("on_purpose", token=screen.token))
    assert walk.at == "emergency" and walk.dialog.crisis
    assert "self_harm_plan" in walk.last.reasons


@pytest.mark.parametrize(
    ("path", "screen"),
    [
        (["breathing_chest"], "emergency"),
        (["drowsy_overdose", "on_purpose"], "emergency"),
        (["none", "yes", "yes"], "emergency"),
        (["none", "yes", "no"], "crisis"),
    ],
)
def test_back_from_numbers_for_my_country_returns_to_the_safety_screen(
    path: list[str], screen: str
) -> None:
    walk = Walk.started()
    for option in path:
        walk.answer(option)
    assert walk.at == screen
    walk.answer("my_numbers")
    assert walk.at == "country"
    walk.back()
    assert walk.at == screen  # never past it, never into the screening
    assert walk.last.state == screen


def test_a_second_group_joins_the_reasons_of_the_emergency_screen() -> None:
    walk = Walk.started()
    walk.answer("breathing_chest")
    walk.send(Choose("stroke_brain"))
    assert walk.at == "emergency"
    assert {"breathing_chest", "stroke_brain"} <= set(walk.last.reasons)
