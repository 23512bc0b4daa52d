"""Typed text (clinical spec section 9): read for distress in every state, then answered.

An act (or a wish on the emergency screen) goes to the emergency screen; a wish sets the crisis
flag and asks about a plan; emergency words go to the emergency check; unclear distress gives
the crisis line and asks about self-harm. A detour remembers the open question, to come back to
it. On the safety screens nothing moves: a note is shown above the same screen.
"""

from __future__ import annotations

from dialogs import notices, screens
from dialogs.distress import Category, read
from dialogs.model import PersonRecord, SafetyRecord
from dialogs.states import HOLDING_STATES, SAFETY_STATES, State
from dialogs.turn import Turn, disclosed_act, disclosed_wish, enter, set_crisis

__all__ = ["free_text"]


def free_text(turn: Turn, text: str) -> None:
    dialog = turn.dialog
    reading = read(text)
    category = reading.category
    question = screens.open_question(dialog)
    turn.record(
        PersonRecord(
            dialog.state,
            question.id if question else None,
            None,
            typed=text,
            category=category.value if category else "none",
        )
    )
    here, region = dialog.country, dialog.region
    if category is Category.SUICIDAL_ACT or (
        category is Category.SUICIDAL_WISH and dialog.state == State.EMERGENCY
    ):
        disclosed_act(turn, "free_text", route=f"free_text:{category.value}")
        return
    if dialog.state in HOLDING_STATES:
        if category is Category.SUICIDAL_WISH:
            set_crisis(turn, "free_text", route="free_text:suicidal_wish")
        if category in (Category.SUICIDAL_WISH, Category.DISTRESS_UNCLEAR):
            turn.note(*notices.unclear_distress(here, region))
        elif category is Category.EMERGENCY_WORDS:
            turn.note(notices.emergency_words(here, region))
        else:
            turn.note(*notices.buttons_only(here, region, turn.context.medium))
        turn.current()
        return
    if category is Category.SUICIDAL_WISH:
        begin_detour(turn)
        disclosed_wish(
            turn, "free_text", route="free_text:suicidal_wish", crisis_route="crisis:free_text"
        )
        return
    if category is Category.EMERGENCY_WORDS:
        begin_detour(turn)
        turn.note(notices.emergency_words(here, region))
        enter(turn, State.EMERGENCY_NOW)
        return
    if category is Category.DISTRESS_UNCLEAR:
        turn.note(*notices.unclear_distress(here, region))
        turn.record(SafetyRecord("crisis_line:distress_unclear"))
        if dialog.crisis:
            turn.current()
            return
        begin_detour(turn)
        enter(turn, State.SELF_HARM_CHECK)
        return
    turn.note(*notices.buttons_only(here, region, turn.context.medium))
    turn.current()


def begin_detour(turn: Turn) -> None:
    """Typed text interrupts the open question: remember it, to come back after the detour."""
    dialog = turn.dialog
    if dialog.detour is None and dialog.state not in SAFETY_STATES - {State.EMERGENCY_NOW}:
        dialog.detour = dialog.state
