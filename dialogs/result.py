"""The result: what each level and reason means, and what the screening suggests."""

from __future__ import annotations

from dialogs import notices, triage
from dialogs.model import Block, Level
from dialogs.questions import QUESTIONS
from dialogs.text import N_, Msg, msg
from dialogs.triage import Answers

LEVEL_NAME: dict[Level, Msg] = {
    # TRANSLATORS: the name of a triage level, shown as a heading.
    Level.EMERGENCY: msg(N_("Emergency")),
    # TRANSLATORS: the name of a triage level: see a doctor today.
    Level.URGENT: msg(N_("Urgent: today")),
    # TRANSLATORS: the name of a triage level: see a doctor within 1 to 2 weeks.
    Level.SOON: msg(N_("Soon: within 1 to 2 weeks")),
    # TRANSLATORS: the name of a triage level: at the next planned appointment.
    Level.ROUTINE: msg(N_("Routine: next appointment")),
}

LEVEL_ADVICE: dict[Level, Msg] = {
    Level.EMERGENCY: msg(
        N_("Call your local emergency number or go to an emergency department now.")
    ),
    Level.URGENT: msg(
        N_(
            "See a doctor today, within 24 hours. If you cannot get an appointment, use your "
            "out-of-hours or urgent care service."
        )
    ),
    Level.SOON: msg(
        N_(
            "See your doctor (rheumatology or neurology) within the next 1 to 2 weeks: book an "
            "appointment now."
        )
    ),
    Level.ROUTINE: msg(
        N_(
            "Raise this at your next planned appointment. Until then, the self-care topics below "
            "may help."
        )
    ),
}

# Why a combination or condition raised the level: (text, sources).
CONDITION_TEXT: dict[str, tuple[Msg, tuple[int, ...]]] = {
    "purpura_fever": (
        msg(
            N_(
                "Purple spots or skin ulcers together with a fever: this bot treats this as an "
                "emergency, to be safe."
            )
        ),
        (),
    ),
    "glands_b_symptoms": (
        msg(
            N_(
                "Swollen glands together with night sweats or weight loss: worth checking "
                "promptly. Lymphoma is uncommon (about 2 to 5 in 100 people with Sjögren's), but "
                "doctors look for it."
            )
        ),
        (1, 11),
    ),
    "neuropathic_features": (
        msg(
            N_(
                "You ticked several features typical of nerve pain, and small fiber neuropathy "
                "has not been confirmed."
            )
        ),
        (2, 7),
    ),
    "sicca_positive": (
        msg(N_("You have signs of dryness, and Sjögren's has not been confirmed.")),
        (9,),
    ),
    "burden": (
        msg(
            N_(
                "Your dryness, tiredness and pain together are above the level many people find "
                "acceptable."
            )
        ),
        (6,),
    ),
    "autonomic": (
        msg(
            N_(
                "You have symptoms of the automatic (autonomic) nerves, and small fiber "
                "neuropathy has not been confirmed."
            )
        ),
        (10,),
    ),
}

GLAND_NOTE = (
    msg(
        N_(
            "Swollen glands, night sweats or weight loss are worth checking promptly. Lymphoma "
            "is uncommon (about 2 to 5 in 100 people with Sjögren's), but doctors look for it."
        )
    ),
    (1,),
)

CRISIS_FLAG = msg(
    N_("You told us about thoughts of ending your life or harming yourself. Please get support.")
)


def reason_block(reason_id: str) -> Block:
    """What one reason means: the person's answer in their words, or the condition's text."""
    if reason_id in CONDITION_TEXT:
        text, sources = CONDITION_TEXT[reason_id]
        return Block(text, "statement" if sources else "item", sources)
    question = QUESTIONS[triage.REASON_QUESTION[reason_id]]
    option = question.option(reason_id)
    if option is not None and option.detail is not None:
        return Block(option.detail, "item")
    raise KeyError(reason_id)


def level_blocks(level: Level, country: str | None) -> list[Block]:
    """The level's name and advice; for an emergency, the number first."""
    blocks = [
        # TRANSLATORS: heading of the result; {level} is a triage level's name.
        Block(msg(N_("Result: {level}"), level=LEVEL_NAME[level]), "title"),
        Block(LEVEL_ADVICE[level], "notice"),
    ]
    if level is Level.EMERGENCY:
        blocks[1] = Block(
            msg(
                N_("Call {number} now, or go to the nearest emergency department."),
                number=notices.emergency_number(country),
            ),
            "notice",
        )
    return blocks


def suggestion_blocks(answers: Answers, reason_ids: tuple[str, ...]) -> list[Block]:
    """What the screening suggests, with its caveats; every statement cites its sources."""
    blocks = [Block(msg(N_("What your answers suggest")), "title")]
    if triage.sicca_positive(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "You answered yes to at least one dryness question. These are only the "
                        "first questions of the criteria doctors use for Sjögren's; the criteria "
                        "also need tests: blood antibodies, eye and saliva tests, and sometimes a "
                        "small lip biopsy."
                    )
                ),
                "statement",
                (9,),
            )
        )
        blocks.append(
            Block(
                msg(N_("Dryness is also common with age, menopause and many medicines.")),
                "statement",
                (9,),
            )
        )
    else:
        blocks.append(
            Block(
                msg(
                    N_(
                        "You answered no to the dryness questions. That does not rule out small "
                        "fiber neuropathy: in about 45 in 100 people who have it, the nerve "
                        "symptoms come before the dryness."
                    )
                ),
                "statement",
                (3,),
            )
        )
    if triage.neuropathic_features(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "You ticked several features typical of nerve pain. Only an examination "
                        "and tests can confirm nerve damage, and this list of questions is not a "
                        "validated test."
                    )
                ),
                "statement",
                (2, 7),
            )
        )
    if triage.burden(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "Your symptoms are above the level many people find acceptable. This "
                        "threshold comes from studies of groups of people; the bot uses it only "
                        "to suggest seeing a doctor sooner, never to reassure you."
                    )
                ),
                "statement",
                (6,),
            )
        )
    if triage.any_autonomic(answers):
        blocks.append(
            Block(
                msg(
                    N_(
                        "Symptoms of the automatic nerves can have many causes, and several "
                        "medicines can cause them too."
                    )
                ),
                "statement",
                (10,),
            )
        )
    if {"gland_swelling", "b_symptoms"} & set(reason_ids) and (
        "glands_b_symptoms" not in reason_ids
    ):
        text, sources = GLAND_NOTE
        blocks.append(Block(text, "statement", sources))
    return blocks


def caveat_blocks() -> list[Block]:
    """What the result does not mean."""
    return [
        Block(msg(N_("What this does not mean")), "title"),
        Block(
            msg(
                N_(
                    "This is not a diagnosis. Only a doctor who examines you can tell what is "
                    "causing your symptoms."
                )
            )
        ),
        Block(
            msg(
                N_(
                    "The questions are based on published questionnaires (ESSPRI, DN4 and "
                    "COMPASS-31), reworded in plain language. In this form they are not "
                    "validated, so they give no score."
                )
            ),
            "statement",
            (6, 7, 10),
        ),
    ]
