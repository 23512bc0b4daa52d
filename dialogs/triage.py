"""Triage: which reasons hold for a set of answers, and the level they reach (spec sections 1-6).

Every rule is always evaluated; the level is the most urgent reason's. Pure functions of the
answers (question id -> chosen option ids) and of the crisis flag. The thresholds are data
here, so the content version covers them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dialogs.levels import Level, most_urgent
from dialogs.questions import (
    BURDEN_ITEMS,
    EYE_ITEMS,
    MOUTH_ITEMS,
    PAINFUL_DESCRIPTORS,
    RED_FLAGS_BODY,
    RED_FLAGS_NERVES,
)
from dialogs.safety_questions import EMERGENCY_GROUPS
from dialogs.state import DialogState

Answers = Mapping[str, Sequence[str]]

# The burden condition: the three 0-10 scales add up to this or more (a mean of 5, never
# rounded up) [6].
BURDEN_THRESHOLD = 15
# Neuropathic features: this many descriptors or more, with pain [2][7].
NEUROPATHIC_DESCRIPTORS = 3
# Pain on the 0-10 scale that counts as pain for the neuropathic features.
PAIN_SCALE_THRESHOLD = 4

RED_FLAG_LEVELS: dict[str, Level] = {
    "foot_wrist_drop": Level.URGENT,
    "purpura_ulcers": Level.URGENT,
    "eye_pain_light": Level.URGENT,
    "fainting_standing": Level.URGENT,
    "spreading_weeks": Level.URGENT,
    "sudden_hearing": Level.URGENT,
    "fever": Level.SOON,
    "unsteady_dark": Level.SOON,
    "gland_swelling": Level.SOON,
    "b_symptoms": Level.SOON,
    "pain_uncontrolled": Level.SOON,
    "breathless_weeks": Level.SOON,
}
# Treatments that lower the body's defences: with them a fever is urgent.
IMMUNE_LOWERING = frozenset({"steroids", "immunosuppressant", "rituximab"})
SFN_NOT_CONFIRMED_FOR_FEATURES = ("not_tested", "tested_negative", "unsure")
SJOGREN_NOT_CONFIRMED = ("suspected", "unsure")

# The question each reason belongs to (the red_flags table's question_id), in display order.
REASON_QUESTION: dict[str, str] = {
    **{group: "emergency_now" for group in EMERGENCY_GROUPS},
    "self_harm_plan": "self_harm_plan",
    "self_harm": "self_harm_check",
    "purpura_fever": "red_flags_body",
    "sepsis_signs": "sepsis_signs",
    **{option: "red_flags_nerves" for option in RED_FLAGS_NERVES.option_ids if option != "none"},
    **{option: "red_flags_body" for option in RED_FLAGS_BODY.option_ids if option != "none"},
    "glands_b_symptoms": "red_flags_body",
    "neuropathic_features": "nerve_descriptors",
    "sicca_positive": "sjogren_status",
    "burden": "burden_pain",
    "autonomic": "autonomic",
}
CONDITIONS = ("neuropathic_features", "sicca_positive", "burden", "autonomic")
COMBINATIONS = ("purpura_fever", "glands_b_symptoms")


@dataclass(frozen=True)
class Reason:
    """One reason that holds, and the level it asks for."""

    id: str
    level: Level


def chosen(answers: Answers, question_id: str) -> frozenset[str]:
    """The options chosen for a question, without ``none``."""
    return frozenset(answers.get(question_id, ())) - {"none"}


def one(answers: Answers, question_id: str) -> str | None:
    """The single option chosen for a single-choice question, if answered."""
    values = answers.get(question_id, ())
    return values[0] if values else None


def scale(answers: Answers, question_id: str) -> int:
    """A 0-10 answer as a number (0 when unanswered)."""
    value = one(answers, question_id)
    return int(value) if value is not None and value.isdigit() else 0


def red_flags(answers: Answers) -> frozenset[str]:
    """Every red flag ticked, on either screen."""
    return chosen(answers, "red_flags_nerves") | chosen(answers, "red_flags_body")


def treatments(answers: Answers) -> frozenset[str]:
    return chosen(answers, "current_treatment")


def sicca_positive(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in (*EYE_ITEMS, *MOUTH_ITEMS))


def all_dryness_no(answers: Answers) -> bool:
    return all(one(answers, q) == "no" for q in (*EYE_ITEMS, *MOUTH_ITEMS))


def mouth_item_yes(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in MOUTH_ITEMS)


def eye_item_yes(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in EYE_ITEMS)


def burden_total(answers: Answers) -> int:
    return sum(scale(answers, q) for q in BURDEN_ITEMS)


def burden(answers: Answers) -> bool:
    """The three scales add up to the threshold or more (a mean of 5, never rounded up)."""
    return burden_total(answers) >= BURDEN_THRESHOLD


def has_pain(answers: Answers) -> bool:
    """A painful descriptor, or pain of 4 or more on the pain scale."""
    return bool(chosen(answers, "nerve_descriptors") & set(PAINFUL_DESCRIPTORS)) or (
        scale(answers, "burden_pain") >= PAIN_SCALE_THRESHOLD
    )


def neuropathic_features(answers: Answers) -> bool:
    """Three or more descriptors ticked, with pain."""
    descriptors = chosen(answers, "nerve_descriptors")
    return len(descriptors) >= NEUROPATHIC_DESCRIPTORS and has_pain(answers)


def sfn_not_confirmed(answers: Answers) -> bool:
    return one(answers, "sfn_status") != "confirmed"


def asks_about_other_causes(answers: Answers) -> bool:
    """Neuropathic features without a confirmed SFN: ask about tests for other causes [21]."""
    return neuropathic_features(answers) and sfn_not_confirmed(answers)


def any_autonomic(answers: Answers) -> bool:
    return bool(chosen(answers, "autonomic"))


def purpura_fever(answers: Answers) -> bool:
    """New purple spots or ulcers with a fever: possible sepsis."""
    return {"purpura_ulcers", "fever"} <= red_flags(answers)


def fever_alone(answers: Answers) -> bool:
    """A fever without purple spots: the sepsis question follows."""
    flags = red_flags(answers)
    return "fever" in flags and "purpura_ulcers" not in flags


def emergency_reasons(answers: Answers) -> list[Reason]:
    """The emergency check's group (every option but ``none``), a plan or act of self-harm,
    and the sepsis signs after a fever."""
    found = [Reason(group, Level.EMERGENCY) for group in sorted(chosen(answers, "emergency_now"))]
    if one(answers, "self_harm_plan") == "yes":
        found.append(Reason("self_harm_plan", Level.EMERGENCY))
    if one(answers, "sepsis_signs") == "yes":
        found.append(Reason("sepsis_signs", Level.EMERGENCY))
    return found


def red_flag_reasons(answers: Answers) -> list[Reason]:
    """Each red flag ticked at its level, and the two combinations."""
    flags = red_flags(answers)
    found: list[Reason] = []
    for option, level in RED_FLAG_LEVELS.items():
        if option in flags:
            if option == "fever" and treatments(answers) & IMMUNE_LOWERING:
                level = Level.URGENT
            found.append(Reason(option, level))
    if purpura_fever(answers):
        found.append(Reason("purpura_fever", Level.EMERGENCY))
    if {"gland_swelling", "b_symptoms"} <= flags:
        found.append(Reason("glands_b_symptoms", Level.URGENT))
    return found


def soon_reasons(answers: Answers) -> list[Reason]:
    """The conditions that ask for an appointment in the next 1 to 2 weeks."""
    sfn = one(answers, "sfn_status")
    found: list[Reason] = []
    if neuropathic_features(answers) and sfn in SFN_NOT_CONFIRMED_FOR_FEATURES:
        found.append(Reason("neuropathic_features", Level.SOON))
    if sicca_positive(answers) and one(answers, "sjogren_status") in SJOGREN_NOT_CONFIRMED:
        found.append(Reason("sicca_positive", Level.SOON))
    if burden(answers):
        found.append(Reason("burden", Level.SOON))
    if any_autonomic(answers) and sfn != "confirmed":
        found.append(Reason("autonomic", Level.SOON))
    return found


def reasons(answers: Answers, *, crisis: bool) -> list[Reason]:
    """Every reason that holds: the crisis flag keeps ``self_harm`` (at least urgent)."""
    found = [*emergency_reasons(answers), *red_flag_reasons(answers), *soon_reasons(answers)]
    if crisis:
        found.append(Reason("self_harm", Level.URGENT))
    return found


def ordered(reason_ids: Sequence[str]) -> tuple[str, ...]:
    """Reason ids in display order (retractions last)."""
    order = list(REASON_QUESTION)
    return tuple(sorted(reason_ids, key=lambda r: order.index(r) if r in order else len(order)))


def level_of(found: Sequence[Reason]) -> Level:
    """The most urgent level among the reasons; ``routine`` when none holds."""
    return most_urgent(reason.level for reason in found)


# ---- derivations from a dialog's state ---------------------------------------------------------


# The safety answers count wherever they were given: a detour (typed text) is not on the path,
# and these questions have no Back.
SAFETY_ANSWERS = ("emergency_now", "self_harm_check", "self_harm_plan")


def active_answers(dialog: DialogState) -> dict[str, list[str]]:
    """The answers on the path that led here (answers left behind by Back do not count), and
    the safety answers wherever they were given."""
    path = [*SAFETY_ANSWERS, *dialog.history, dialog.state]
    return {q: dialog.answers[q] for q in path if q in dialog.answers}


def current_reasons(dialog: DialogState) -> tuple[tuple[str, Level], ...]:
    """Every reason that holds now or was shown before (a level shown never drops), minus the
    emergency groups retracted as a mistake, in display order."""
    # One step asks this a dozen times of the same state (screens, buttons, the summary):
    # the answer is a pure function of these, so it is remembered for the last few states.
    active = active_answers(dialog)
    answers = tuple((question, tuple(values)) for question, values in active.items())
    sticky = tuple(dialog.sticky.items())
    return _current_reasons(answers, dialog.crisis, sticky, tuple(dialog.retracted))


@lru_cache(maxsize=64)
def _current_reasons(
    answers: tuple[tuple[str, tuple[str, ...]], ...],
    crisis: bool,
    sticky: tuple[tuple[str, str], ...],
    retracted: tuple[str, ...],
) -> tuple[tuple[str, Level], ...]:
    active = {question: list(values) for question, values in answers}
    found = {r.id: r.level for r in reasons(active, crisis=crisis)}
    for reason_id, level_name in sticky:
        level = Level(level_name)
        if reason_id not in found or found[reason_id].rank < level.rank:
            found[reason_id] = level
    for group in retracted:
        found.pop(group, None)
    return tuple((reason_id, found[reason_id]) for reason_id in ordered(list(found)))


def current_level(dialog: DialogState) -> Level:
    return most_urgent(level for _, level in current_reasons(dialog))


def reason_ids(dialog: DialogState) -> tuple[str, ...]:
    """Every reason id that holds, then ``retracted:<group>`` for each retraction."""
    held = tuple(reason_id for reason_id, _ in current_reasons(dialog))
    return held + tuple(f"retracted:{group}" for group in dialog.retracted)


def level_of_reason(dialog: DialogState, reason_id: str) -> Level | None:
    """The level a reason holds at now, if it holds."""
    return dict(current_reasons(dialog)).get(reason_id)
