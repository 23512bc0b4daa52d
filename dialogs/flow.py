"""The dialog's flow as one shared ``transitions`` machine, defined as data (clinical spec v2).

Every state has one trigger, ``answer``; its transitions are tried in order and the first whose
conditions hold wins. Conditions are names of methods on ``Cursor``, what the machine needs to
know of one step. ``RETURN`` is not a state a person sees: it sends the
person back to the question typed text interrupted, or to the screen "numbers for my country"
came from (``dialogs.engine`` resolves it).
"""

from __future__ import annotations

import itertools
from typing import Any

from transitions import Machine

from dialogs import triage
from dialogs.states import State

RETURN = "return"

# Plain strings: transitions would name Enum states by their member names.
STATES: list[str] = [str(state) for state in State] + [RETURN]


def _chain(*states: str) -> list[dict[str, Any]]:
    """Unconditional transitions from each state to the next."""
    return [
        {"trigger": "answer", "source": str(source), "dest": str(dest)}
        for source, dest in itertools.pairwise(states)
    ]


def _to_consent(source: str, **extra: Any) -> list[dict[str, Any]]:
    """After the safety questions: consent, then the country unless known, then about you."""
    base = {"trigger": "answer", "source": str(source), **extra}
    conditions = list(base.pop("conditions", []))
    return [
        {
            **base,
            "dest": str(State.AGE_BAND),
            "conditions": [*conditions, "consent_decided", "country_known"],
        },
        {**base, "dest": str(State.COUNTRY), "conditions": [*conditions, "consent_decided"]},
        {**base, "dest": str(State.CONSENT), "conditions": conditions},
    ]


def _to(source: str, dest: str, *conditions: str, unless: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "trigger": "answer",
        "source": str(source),
        "dest": str(dest),
        "conditions": list(conditions),
        "unless": list(unless),
    }


TRANSITIONS: list[dict[str, Any]] = [
    # The emergency check, first.
    _to(State.EMERGENCY_NOW, State.EMERGENCY, "chose_group"),
    _to(State.EMERGENCY_NOW, RETURN, "in_detour"),
    _to(State.EMERGENCY_NOW, State.CRISIS, "crisis_flag", unless=("crisis_shown",)),
    *_to_consent(State.EMERGENCY_NOW, conditions=["crisis_flag"]),
    *_to_consent(State.EMERGENCY_NOW, conditions=["self_harm_answered"]),
    _to(State.EMERGENCY_NOW, State.SELF_HARM_CHECK),
    # The emergency screen: no way on but these buttons.
    _to(State.EMERGENCY, State.END, "chose_end"),
    _to(State.EMERGENCY, State.CONFIRM_MISTAKE, "chose_mistake"),
    _to(State.EMERGENCY, State.COUNTRY, "chose_my_numbers"),
    _to(State.EMERGENCY, State.EMERGENCY, "chose_on_purpose"),
    _to(State.CONFIRM_MISTAKE, State.EMERGENCY_NOW, "chose_yes"),
    _to(State.CONFIRM_MISTAKE, State.EMERGENCY),
    # Thoughts of self-harm.
    _to(State.SELF_HARM_CHECK, State.SELF_HARM_PLAN, "chose_yes"),
    _to(State.SELF_HARM_CHECK, RETURN, "in_detour"),
    *_to_consent(State.SELF_HARM_CHECK),
    _to(State.SELF_HARM_PLAN, State.EMERGENCY, "chose_yes"),
    _to(State.SELF_HARM_PLAN, State.CRISIS),
    _to(State.CRISIS, State.END, "chose_end"),
    _to(State.CRISIS, State.COUNTRY, "chose_my_numbers"),
    _to(State.CRISIS, RETURN, "in_detour"),
    *_to_consent(State.CRISIS),
    # Consent and the country.
    _to(State.CONSENT, State.CONSENT, "chose_privacy"),
    _to(State.CONSENT, State.UNDER_18, "chose_under_18"),
    _to(State.CONSENT, State.AGE_BAND, "country_known"),
    _to(State.CONSENT, State.COUNTRY),
    _to(State.COUNTRY, State.COUNTRY, "chose_other"),
    _to(State.COUNTRY, RETURN, "picking_for_a_screen"),
    _to(State.COUNTRY, State.AGE_BAND),
    # About you, and the screening.
    *_chain(
        State.AGE_BAND,
        State.SYMPTOM_DURATION,
        State.SJOGREN_STATUS,
        State.DRY_EYES_3M,
        State.EYE_GRIT,
        State.TEARS_3X,
        State.DRY_MOUTH_3M,
        State.DRINK_TO_SWALLOW,
    ),
    _to(State.DRINK_TO_SWALLOW, State.MOUTH_SEVERITY, "mouth_item_yes"),
    _to(State.DRINK_TO_SWALLOW, State.EYE_SEVERITY, "eye_item_yes"),
    _to(State.DRINK_TO_SWALLOW, State.BURDEN_DRYNESS),
    _to(State.MOUTH_SEVERITY, State.EYE_SEVERITY, "eye_item_yes"),
    _to(State.MOUTH_SEVERITY, State.BURDEN_DRYNESS),
    *_chain(
        State.EYE_SEVERITY,
        State.BURDEN_DRYNESS,
        State.BURDEN_FATIGUE,
        State.BURDEN_PAIN,
        State.NERVE_DESCRIPTORS,
    ),
    _to(State.NERVE_DESCRIPTORS, State.NERVE_PATTERN, "any_descriptor"),
    _to(State.NERVE_DESCRIPTORS, State.AUTONOMIC),
    *_chain(
        State.NERVE_PATTERN,
        State.AUTONOMIC,
        State.SFN_STATUS,
        State.OTHER_CAUSES,
        State.CURRENT_TREATMENT,
        State.RED_FLAGS_NERVES,
        State.RED_FLAGS_BODY,
    ),
    _to(State.RED_FLAGS_BODY, State.EMERGENCY, "purpura_fever"),
    _to(State.RED_FLAGS_BODY, State.SEPSIS_SIGNS, "fever_alone"),
    _to(State.RED_FLAGS_BODY, State.RESULT),
    _to(State.SEPSIS_SIGNS, State.EMERGENCY, "chose_yes"),
    _to(State.SEPSIS_SIGNS, State.RESULT),
    # The result and its menu.
    *(
        transition
        for source in (State.RESULT, State.TOPIC, State.VISIT_SUMMARY)
        for transition in (
            _to(source, State.VISIT_SUMMARY, "chose_visit_summary"),
            _to(source, State.END, "chose_end"),
            _to(source, State.TOPIC),
        )
    ),
]


class Cursor:
    """What the conditions need to know of one step (the runner below asks it)."""

    state: str

    def __init__(
        self,
        answers: triage.Answers,
        choice: str,
        *,
        crisis: bool,
        crisis_shown: bool,
        detour: bool,
        picking_for_a_screen: bool,
        consent_decided: bool,
        country_known: bool,
    ) -> None:
        self.answers = answers
        self.choice = choice
        self._flags = {
            "crisis_flag": crisis,
            "crisis_shown": crisis_shown,
            "in_detour": detour,
            "picking_for_a_screen": picking_for_a_screen,
            "consent_decided": consent_decided,
            "country_known": country_known,
        }

    def __getattr__(self, name: str) -> Any:
        # transitions looks conditions up by name: the flags and "chose_<option>".
        flags = self.__dict__.get("_flags", {})
        if name in flags:
            return lambda: flags[name]
        if name.startswith("chose_"):
            option = name.removeprefix("chose_")
            return lambda: self.choice == option
        raise AttributeError(name)

    def chose_group(self) -> bool:
        return self.choice not in ("none",)

    def self_harm_answered(self) -> bool:
        return triage.one(self.answers, "self_harm_check") is not None

    def mouth_item_yes(self) -> bool:
        return triage.mouth_item_yes(self.answers)

    def eye_item_yes(self) -> bool:
        return triage.eye_item_yes(self.answers)

    def any_descriptor(self) -> bool:
        return bool(triage.chosen(self.answers, "nerve_descriptors"))

    def purpura_fever(self) -> bool:
        return triage.purpura_fever(self.answers)

    def fever_alone(self) -> bool:
        return triage.fever_alone(self.answers)


def build_machine(machine_class: type[Machine] = Machine, **options: Any) -> Machine:
    """A machine over the dialog's states and transitions (the diagram uses a graph class)."""
    return machine_class(
        model=None,
        states=STATES,
        transitions=TRANSITIONS,
        initial=str(State.EMERGENCY_NOW),
        auto_transitions=False,
        **options,
    )


class _Runner:
    """The one model the machine drives: it asks the cursor of the step being advanced.

    Attaching a model to a machine of 37 states costs about a millisecond (``transitions``
    looks for a callback per state on it), so one model stays attached and each step lends it
    its cursor. The engine is synchronous, so one step at a time uses it.
    """

    state: str
    cursor: Cursor | None = None

    def __getattr__(self, name: str) -> Any:
        cursor = self.__dict__.get("cursor")
        if cursor is None:
            raise AttributeError(name)
        return getattr(cursor, name)


MACHINE = build_machine()
_RUNNER = _Runner()
MACHINE.add_model(_RUNNER)


def advance(state: str, cursor: Cursor) -> str:
    """The state after answering ``state`` with the cursor's choice."""
    runner = _RUNNER
    runner.cursor = cursor
    try:
        MACHINE.set_state(str(state), model=runner)
        runner.answer()  # added by the machine (found through __getattr__ by mypy)
        return runner.state
    finally:
        runner.cursor = None
