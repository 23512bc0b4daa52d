"""The dialog's states by name. A question's state has the question's id as its name."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    """Every state of the flow, in the order a conversation meets them."""

    EMERGENCY_NOW = "emergency_now"
    EMERGENCY = "emergency"
    CONFIRM_MISTAKE = "confirm_mistake"
    SELF_HARM_CHECK = "self_harm_check"
    SELF_HARM_PLAN = "self_harm_plan"
    CRISIS = "crisis"
    CONSENT = "consent"
    UNDER_18 = "under_18"
    COUNTRY = "country"
    AGE_BAND = "age_band"
    SYMPTOM_DURATION = "symptom_duration"
    SJOGREN_STATUS = "sjogren_status"
    DRY_EYES_3M = "dry_eyes_3m"
    EYE_GRIT = "eye_grit"
    TEARS_3X = "tears_3x"
    DRY_MOUTH_3M = "dry_mouth_3m"
    DRINK_TO_SWALLOW = "drink_to_swallow"
    MOUTH_SEVERITY = "mouth_severity"
    EYE_SEVERITY = "eye_severity"
    BURDEN_DRYNESS = "burden_dryness"
    BURDEN_FATIGUE = "burden_fatigue"
    BURDEN_PAIN = "burden_pain"
    NERVE_DESCRIPTORS = "nerve_descriptors"
    NERVE_PATTERN = "nerve_pattern"
    AUTONOMIC = "autonomic"
    SFN_STATUS = "sfn_status"
    OTHER_CAUSES = "other_causes"
    CURRENT_TREATMENT = "current_treatment"
    RED_FLAGS_NERVES = "red_flags_nerves"
    RED_FLAGS_BODY = "red_flags_body"
    SEPSIS_SIGNS = "sepsis_signs"
    RESULT = "result"
    TOPIC = "topic"
    VISIT_SUMMARY = "visit_summary"
    END = "end"


# Screens that end the screening: no Back, no way on but their own buttons.
EMERGENCY_SCREENS = frozenset({State.EMERGENCY, State.CRISIS})
# The safety questions and screens: typed text other than an act never leaves them, and they
# offer no Back (a disclosure is never taken back; the emergency check comes first).
SAFETY_STATES = frozenset(
    {
        State.EMERGENCY_NOW,
        State.EMERGENCY,
        State.CONFIRM_MISTAKE,
        State.SELF_HARM_CHECK,
        State.SELF_HARM_PLAN,
        State.CRISIS,
    }
)
# Where typed text never moves the person: it shows the same screen again.
HOLDING_STATES = frozenset(
    {State.EMERGENCY, State.CRISIS, State.SELF_HARM_PLAN, State.CONFIRM_MISTAKE}
)
# The result and what is reached from its menu.
MENU_STATES = frozenset({State.RESULT, State.TOPIC, State.VISIT_SUMMARY})
# Where a conversation has ended: /start (or the restart button) begins again.
FINAL_STATES = frozenset({State.UNDER_18, State.END})
