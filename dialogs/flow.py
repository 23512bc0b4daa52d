"""The dialog's flow as one shared ``transitions`` machine, defined as data.

Every question state has one trigger, ``answer``; its transitions are tried in order and the
first whose conditions hold wins. Conditions are names of methods on ``Cursor``, the model the
machine drives for one step and then lets go of.
"""

from __future__ import annotations

import itertools
from typing import Any

from transitions import Machine

from dialogs import triage
from dialogs.questions import SCREENING

EMERGENCY_SCREENS = ("emergency", "crisis")
MENU_STATES = ("result", "topic", "visit_summary")
FINAL_STATES = ("under_18", "end")

STATES: list[str] = [
    "consent",
    "under_18",
    "country",
    "emergency_now",
    "self_harm_plan",
    *EMERGENCY_SCREENS,
    *(question.id for question in SCREENING),
    *MENU_STATES,
    "end",
]


def _chain(*states: str) -> list[dict[str, Any]]:
    """Unconditional transitions from each state to the next."""
    return [
        {"trigger": "answer", "source": source, "dest": dest}
        for source, dest in itertools.pairwise(states)
    ]


TRANSITIONS: list[dict[str, Any]] = [
    {"trigger": "answer", "source": "consent", "dest": "consent", "conditions": "chose_privacy"},
    {"trigger": "answer", "source": "consent", "dest": "under_18", "conditions": "chose_under_18"},
    {"trigger": "answer", "source": "consent", "dest": "country"},
    {"trigger": "answer", "source": "country", "dest": "emergency_now"},
    {
        "trigger": "answer",
        "source": "emergency_now",
        "dest": "self_harm_plan",
        "conditions": "chose_self_harm",
    },
    {
        "trigger": "answer",
        "source": "emergency_now",
        "dest": "sjogren_status",
        "conditions": "chose_none",
    },
    {"trigger": "answer", "source": "emergency_now", "dest": "emergency"},
    {
        "trigger": "answer",
        "source": "self_harm_plan",
        "dest": "emergency",
        "conditions": "chose_yes",
    },
    {"trigger": "answer", "source": "self_harm_plan", "dest": "crisis"},
    {
        "trigger": "answer",
        "source": list(EMERGENCY_SCREENS),
        "dest": "end",
        "conditions": "chose_end",
    },
    {
        "trigger": "answer",
        "source": list(EMERGENCY_SCREENS),
        "dest": "current_treatment",
        "conditions": "resumes_at_treatment",
    },
    {"trigger": "answer", "source": list(EMERGENCY_SCREENS), "dest": "sjogren_status"},
    *_chain("sjogren_status", "dry_eyes_3m", "eye_grit", "tears_3x", "dry_mouth_3m"),
    {"trigger": "answer", "source": "dry_mouth_3m", "dest": "drink_to_swallow"},
    {
        "trigger": "answer",
        "source": "drink_to_swallow",
        "dest": "mouth_severity",
        "conditions": "mouth_item_yes",
    },
    {
        "trigger": "answer",
        "source": ["drink_to_swallow", "mouth_severity"],
        "dest": "eye_severity",
        "conditions": "eye_item_yes",
    },
    {
        "trigger": "answer",
        "source": ["drink_to_swallow", "mouth_severity", "eye_severity"],
        "dest": "burden_dryness",
    },
    *_chain("burden_dryness", "burden_fatigue", "burden_pain", "nerve_descriptors"),
    {
        "trigger": "answer",
        "source": "nerve_descriptors",
        "dest": "nerve_pattern",
        "conditions": "any_descriptor",
    },
    {"trigger": "answer", "source": ["nerve_descriptors", "nerve_pattern"], "dest": "autonomic"},
    *_chain("autonomic", "sfn_status", "red_flags"),
    {
        "trigger": "answer",
        "source": "red_flags",
        "dest": "emergency",
        "conditions": "purpura_fever",
        "after": "resume_at_treatment",
    },
    {"trigger": "answer", "source": "red_flags", "dest": "current_treatment"},
    {"trigger": "answer", "source": "current_treatment", "dest": "result"},
    {
        "trigger": "answer",
        "source": list(MENU_STATES),
        "dest": "visit_summary",
        "conditions": "chose_visit_summary",
    },
    {"trigger": "answer", "source": list(MENU_STATES), "dest": "end", "conditions": "chose_end"},
    {"trigger": "answer", "source": list(MENU_STATES), "dest": "topic"},
]


class Cursor:
    """The model the machine moves for one step: the answers so far and the option chosen."""

    state: str

    def __init__(self, answers: triage.Answers, choice: str, resume_at: str | None) -> None:
        self.answers = answers
        self.choice = choice
        self.resume_at = resume_at

    def chose_privacy(self) -> bool:
        return self.choice == "privacy"

    def chose_under_18(self) -> bool:
        return self.choice == "under_18"

    def chose_self_harm(self) -> bool:
        return self.choice == "self_harm"

    def chose_none(self) -> bool:
        return self.choice == "none"

    def chose_yes(self) -> bool:
        return self.choice == "yes"

    def chose_end(self) -> bool:
        return self.choice == "end"

    def chose_visit_summary(self) -> bool:
        return self.choice == "visit_summary"

    def resumes_at_treatment(self) -> bool:
        return self.resume_at == "current_treatment"

    def resume_at_treatment(self) -> None:
        self.resume_at = "current_treatment"

    def mouth_item_yes(self) -> bool:
        return triage.mouth_item_yes(self.answers)

    def eye_item_yes(self) -> bool:
        return triage.eye_item_yes(self.answers)

    def any_descriptor(self) -> bool:
        return bool(triage.chosen(self.answers, "nerve_descriptors"))

    def purpura_fever(self) -> bool:
        return triage.purpura_fever(self.answers)


def build_machine(machine_class: type[Machine] = Machine, **options: Any) -> Machine:
    """A machine over the dialog's states and transitions (the diagram uses a graph class)."""
    return machine_class(
        model=None,
        states=STATES,
        transitions=TRANSITIONS,
        initial="consent",
        auto_transitions=False,
        **options,
    )


MACHINE = build_machine()


def advance(
    state: str, answers: triage.Answers, choice: str, resume_at: str | None
) -> tuple[str, str | None]:
    """The state after answering ``state`` with ``choice``, and where an emergency resumes."""
    cursor = Cursor(answers, choice, resume_at)
    MACHINE.add_model(cursor, initial=state)
    try:
        cursor.answer()  # type: ignore[attr-defined]  # added by the machine
        return cursor.state, cursor.resume_at
    finally:
        MACHINE.remove_model(cursor)
