"""The result: what each level means, why it was reached, and what the answers mean.

The result is shown as three screens, each short enough for a phone: the level and its
reasons; what to do if things get worse (``dialogs.safety_net``); what the answers mean, with
the topics menu.
"""

from __future__ import annotations

from dialogs import triage
from dialogs.emergency import told
from dialogs.levels import Level
from dialogs.model import Block, Label
from dialogs.phone_lines import crisis_line, emergency_number, urgent_line
from dialogs.questions import RED_FLAGS_BODY, RED_FLAGS_NERVES
from dialogs.text import N_, ListOf, Msg, msg
from dialogs.triage import Answers

LEVEL_NAME: dict[Level, Msg] = {
    # TRANSLATORS: the name of a triage level: call an ambulance now (not "urgent").
    Level.EMERGENCY: msg(N_("Emergency")),
    # TRANSLATORS: the name of a triage level: see a doctor today.
    Level.URGENT: msg(N_("Urgent: see a doctor today")),
    # TRANSLATORS: the name of a triage level: see a doctor within 1 to 2 weeks.
    Level.SOON: msg(N_("Soon: see your doctor within 1 to 2 weeks")),
    # TRANSLATORS: the name of a triage level: at the next planned appointment.
    Level.ROUTINE: msg(N_("Routine: at your next appointment")),
}

LEVEL_ADVICE: dict[Level, Msg] = {
    Level.URGENT: msg(N_("See a doctor today, within 24 hours.")),
    Level.SOON: msg(
        N_(
            "Book an appointment with your doctor (rheumatology or neurology) in the next 1 to 2 "
            "weeks."
        )
    ),
    Level.ROUTINE: msg(
        N_("Raise this at your next planned appointment. Until then, take care of yourself.")
    ),
}

# The short words for each reason that is not a red flag's own button.
REASON_TEXT: dict[str, Msg] = {
    # TRANSLATORS: a reason for the result.
    "self_harm": msg(N_("Thoughts of harming yourself")),
    # TRANSLATORS: a reason for the result.
    "glands_b_symptoms": msg(N_("Swollen glands with night sweats or weight loss")),
    # TRANSLATORS: a reason for the result.
    "neuropathic_features": msg(N_("Signs of nerve pain, not yet confirmed")),
    # TRANSLATORS: a reason for the result.
    "sicca_positive": msg(N_("Dryness, Sjögren's not yet confirmed")),
    # TRANSLATORS: a reason for the result.
    "burden": msg(N_("A high burden of dryness, tiredness and pain")),
    # TRANSLATORS: a reason for the result.
    "autonomic": msg(N_("Automatic nerve symptoms, not yet explained")),
}
# TRANSLATORS: a reason for the result: a fever while on medicines that lower the defences.
FEVER_ON_TREATMENT = msg(N_("Fever on steroids, immune medicines or rituximab"))


def reason_label(reason_id: str, level: Level) -> Label:
    """A reason in the person's words: a red flag's button, or the reason's short text."""
    if reason_id == "fever" and level is Level.URGENT:
        return FEVER_ON_TREATMENT
    if reason_id in REASON_TEXT:
        return REASON_TEXT[reason_id]
    for question in (RED_FLAGS_NERVES, RED_FLAGS_BODY):
        option = question.option(reason_id)
        if option is not None:
            return option.label
    return told(reason_id)


def level_blocks(level: Level, country: str | None, region: str | None) -> list[Block]:
    """The level's name and what to do, with the urgent line for ``urgent``."""
    blocks = [
        # TRANSLATORS: heading of the result; {level} is a triage level's name.
        Block(msg(N_("Your result: {level}"), level=LEVEL_NAME[level]), "title"),
    ]
    if level is Level.EMERGENCY:
        blocks.append(
            Block(
                msg(
                    N_("Call {number} now, or go to the nearest emergency department."),
                    number=emergency_number(country, region=region),
                ),
                "notice",
            )
        )
        return blocks
    blocks.append(Block(LEVEL_ADVICE[level], "notice"))
    if level is Level.URGENT:
        blocks.append(Block(urgent_line(country), "notice"))
    return blocks


def crisis_blocks(country: str | None, region: str | None) -> list[Block]:
    return [
        Block(msg(N_("You told us about thoughts of harming yourself. Please talk to someone."))),
        crisis_line(country, region),
    ]


def retraction_block(retracted: tuple[str, ...], country: str | None, region: str | None) -> Block:
    """ "Earlier you chose ... and then said it was a mistake." (clinical spec section 1)"""
    return Block(
        msg(
            # TRANSLATORS: {what} lists emergency check answers the person said were a mistake.
            N_(
                "Earlier you chose {what} and then said it was a mistake. If that is happening, "
                "call {number} now."
            ),
            what=ListOf(tuple(told(group) for group in retracted)),
            number=emergency_number(country, region=region),
        ),
        "notice",
    )


def reason_blocks(reasons: tuple[tuple[str, Level], ...]) -> list[Block]:
    if not reasons:
        return [Block(msg(N_("Nothing you told us needs a doctor soon.")))]
    return [
        # TRANSLATORS: heading before the list of reasons for the result.
        Block(msg(N_("Why:"))),
        *(Block(reason_label(reason_id, level), "item") for reason_id, level in reasons),
    ]


def meaning_blocks(answers: Answers, reason_ids: tuple[str, ...]) -> list[Block]:
    """What the answers mean, with their caveats; every statement cites its sources."""
    blocks = [Block(msg(N_("What your answers mean")), "title")]
    if triage.neuropathic_features(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "Features typical of nerve pain: only an examination and tests can confirm "
                        "nerve damage. This list is not a validated test."
                    )
                ),
                "statement",
                (2, 7),
            )
        )
    if triage.asks_about_other_causes(answers):
        blocks.append(
            Block(
                msg(N_("Ask about tests for other causes: blood sugar, vitamin B12 and thyroid.")),
                "statement",
                (21,),
            )
        )
    if "sicca_positive" in reason_ids:
        blocks.append(
            Block(
                msg(
                    N_(
                        "Diagnosing Sjögren's also needs tests: blood antibodies, eye and saliva "
                        "tests, sometimes a lip biopsy."
                    )
                ),
                "statement",
                (9,),
            )
        )
    if triage.all_dryness_no(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "You answered no to the dryness questions. In Sjögren's, nerve symptoms "
                        "can come before dryness, so this does not rule out nerve problems."
                    )
                ),
                "statement",
                (3,),
            )
        )
    if "burden" in reason_ids:
        blocks.append(
            Block(
                msg(
                    N_(
                        "Dryness, tiredness and pain together are above what many people find "
                        "acceptable. This group level is only used to escalate, never to reassure."
                    )
                ),
                "statement",
                (6,),
            )
        )
    if "autonomic" in reason_ids:
        blocks.append(
            Block(
                msg(
                    N_(
                        "Automatic nerve symptoms have many causes; "
                        "several medicines can cause them too."
                    )
                ),
                "statement",
                (10,),
            )
        )
    if {"gland_swelling", "b_symptoms"} & triage.red_flags(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "Swollen glands, night sweats or weight loss are worth checking soon: "
                        "lymphoma affects about 2 to 5 in 100 people with Sjögren's, and doctors "
                        "look for it."
                    )
                ),
                "statement",
                (1, 11),
            )
        )
    blocks.append(
        Block(
            msg(
                N_(
                    "This is not a diagnosis. The questions are reworded from questionnaires "
                    "(ESSPRI, DN4, COMPASS-31) and not validated in this form."
                )
            ),
            "statement",
            (6, 7, 10),
        )
    )
    return blocks
