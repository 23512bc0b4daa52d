"""Triage: which reasons hold for a set of answers, and the level they reach.

Every rule is always evaluated; the level is the most urgent reason's. Pure functions of the
answers (question id -> chosen option ids).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dialogs.model import Level, most_urgent
from dialogs.questions import EYE_ITEMS, MOUTH_ITEMS, PAINFUL_DESCRIPTORS

Answers = Mapping[str, Sequence[str]]

RED_FLAG_LEVELS: dict[str, Level] = {
    "foot_wrist_drop": Level.URGENT,
    "purpura_ulcers": Level.URGENT,
    "eye_pain_light": Level.URGENT,
    "fainting_standing": Level.URGENT,
    "spreading_weeks": Level.URGENT,
    "fever": Level.SOON,
    "unsteady_dark": Level.SOON,
    "gland_swelling": Level.SOON,
    "b_symptoms": Level.SOON,
    "pain_uncontrolled": Level.SOON,
}
# Treatments that lower the body's defences: with them a fever is urgent.
IMMUNE_LOWERING = frozenset({"steroids", "immunosuppressant", "rituximab"})

# The question each reason is recorded against (the red_flags table's question_id).
REASON_QUESTION: dict[str, str] = {
    **{option: "emergency_now" for option in (
        "breathing_swallowing", "drowsy_overdose", "stroke_signs", "rapid_weakness",
        "saddle_bladder", "chest_faint", "vision_loss", "brain_signs", "allergy_rash",
        "purple_fever", "belly_blocked", "self_harm",
    )},
    **{option: "red_flags" for option in RED_FLAG_LEVELS},
    "purpura_fever": "red_flags",
    "glands_b_symptoms": "red_flags",
    "neuropathic_features": "nerve_descriptors",
    "sicca_positive": "sjogren_status",
    "burden": "burden_pain",
    "autonomic": "autonomic",
}  # fmt: skip


@dataclass(frozen=True)
class Reason:
    """One reason that holds, the level it asks for, and the question it belongs to."""

    id: str
    level: Level

    @property
    def question_id(self) -> str:
        return REASON_QUESTION[self.id]


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


def sicca_positive(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in (*EYE_ITEMS, *MOUTH_ITEMS))


def mouth_item_yes(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in MOUTH_ITEMS)


def eye_item_yes(answers: Answers) -> bool:
    return any(one(answers, q) == "yes" for q in EYE_ITEMS)


def burden_total(answers: Answers) -> int:
    return sum(scale(answers, q) for q in ("burden_dryness", "burden_fatigue", "burden_pain"))


def burden(answers: Answers) -> bool:
    """The three scales add up to 15 or more (a mean of 5, never rounded up)."""
    return burden_total(answers) >= 15


def has_pain(answers: Answers) -> bool:
    """A painful descriptor, or pain of 4 or more on the pain scale."""
    return bool(chosen(answers, "nerve_descriptors") & set(PAINFUL_DESCRIPTORS)) or (
        scale(answers, "burden_pain") >= 4
    )


def neuropathic_features(answers: Answers) -> bool:
    """Three or more descriptors ticked, with pain."""
    return len(chosen(answers, "nerve_descriptors")) >= 3 and has_pain(answers)


def any_autonomic(answers: Answers) -> bool:
    return bool(chosen(answers, "autonomic"))


def emergency_reasons(answers: Answers) -> list[Reason]:
    """The emergency check's answers: every option but ``none`` is an emergency, except
    ``self_harm``, which is an emergency with a plan and the crisis flag (urgent) without."""
    reasons: list[Reason] = []
    for option in sorted(chosen(answers, "emergency_now")):
        if option == "self_harm":
            plan = one(answers, "self_harm_plan")
            if plan == "yes":
                reasons.append(Reason("self_harm", Level.EMERGENCY))
            elif plan == "no":
                reasons.append(Reason("self_harm", Level.URGENT))
        else:
            reasons.append(Reason(option, Level.EMERGENCY))
    return reasons


def red_flag_reasons(answers: Answers) -> list[Reason]:
    """Each red flag ticked at its level, and the two combinations."""
    flags = chosen(answers, "red_flags")
    treatments = chosen(answers, "current_treatment")
    reasons: list[Reason] = []
    for option, level in RED_FLAG_LEVELS.items():
        if option in flags:
            if option == "fever" and treatments & IMMUNE_LOWERING:
                level = Level.URGENT
            reasons.append(Reason(option, level))
    if purpura_fever(answers):
        reasons.append(Reason("purpura_fever", Level.EMERGENCY))
    if {"gland_swelling", "b_symptoms"} <= flags:
        reasons.append(Reason("glands_b_symptoms", Level.URGENT))
    return reasons


def purpura_fever(answers: Answers) -> bool:
    """New purple spots or ulcers with a fever: possible sepsis."""
    return {"purpura_ulcers", "fever"} <= chosen(answers, "red_flags")


def soon_reasons(answers: Answers) -> list[Reason]:
    """The conditions that ask for an appointment in the next 1 to 2 weeks."""
    sfn = one(answers, "sfn_status")
    reasons: list[Reason] = []
    if neuropathic_features(answers) and sfn in ("not_tested", "tested_negative", "unsure"):
        reasons.append(Reason("neuropathic_features", Level.SOON))
    if sicca_positive(answers) and one(answers, "sjogren_status") in ("suspected", "unsure"):
        reasons.append(Reason("sicca_positive", Level.SOON))
    if burden(answers):
        reasons.append(Reason("burden", Level.SOON))
    if any_autonomic(answers) and sfn != "confirmed":
        reasons.append(Reason("autonomic", Level.SOON))
    return reasons


def reasons(answers: Answers) -> list[Reason]:
    """Every reason that holds for these answers."""
    return [*emergency_reasons(answers), *red_flag_reasons(answers), *soon_reasons(answers)]


def level_of(found: Sequence[Reason]) -> Level:
    """The most urgent level among the reasons; ``routine`` when none holds."""
    return most_urgent(tuple(reason.level for reason in found))
