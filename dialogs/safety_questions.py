"""The safety questions (clinical spec sections 2 and 2b) and the buttons of the safety screens.

The emergency check comes first, with the welcome, in one message: seven groups and "None".
Its lines are short sentences in plain words: a frightened person reads them on a phone.
"""

from __future__ import annotations

from dialogs.model import Option, Question
from dialogs.text import N_, msg


def opt(option_id: str, label: str, detail: str | None = None) -> Option:
    """An option from already-marked messages."""
    return Option(option_id, msg(label), msg(detail) if detail else None)


YES = opt("yes", N_("Yes"))
NO = opt("no", N_("No"))
# TRANSLATORS: the button of a question that means "none of these".
NONE = opt("none", N_("None of these"))

# The emergency check's groups, in the order they are shown.
EMERGENCY_GROUPS = (
    "breathing_chest",
    "stroke_brain",
    "sudden_weakness",
    "drowsy_overdose",
    "sepsis_unwell",
    "skin_swelling",
    "belly_blocked",
)

EMERGENCY_NOW = Question(
    "emergency_now",
    "one",
    msg(N_("Any of these now, or getting worse over hours or days?")),
    (
        opt(
            "breathing_chest",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Breathing, chest pain, fainting"),
            N_(
                "Hard to breathe, choking. Suddenly can't swallow drinks or spit. Chest pain. "
                "Fainted and still unwell, or with a racing heart."
            ),
        ),
        opt(
            "stroke_brain",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Stroke signs, sight, headache, fit"),
            N_(
                "Face, arm or leg suddenly weak or numb on one side. Slurred speech, sudden "
                "confusion. Sudden loss or doubling of sight, painful red eye. Worst-ever "
                "headache, stiff neck with fever, a fit."
            ),
        ),
        opt(
            "sudden_weakness",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Fast weakness, can't walk or pee"),
            N_(
                "Weakness, numbness or tingling climbing legs or arms over hours or days. "
                "Suddenly can't walk. Numb between the legs, bladder or bowel accidents, can't "
                "pee."
            ),
        ),
        opt(
            "drowsy_overdose",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Very drowsy, or too much medicine"),
            N_(
                "Very sleepy, hard to wake, slow breathing, or took too much medicine. Diabetes: "
                "shaky, sweaty, confused (take sugar, then call)."
            ),
        ),
        opt(
            "sepsis_unwell",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Very unwell with a fever"),
            N_(
                "Fever, shivers or very cold, with confusion, fast breathing, blotchy or blue "
                "skin, or no pee all day."
            ),
        ),
        opt(
            "skin_swelling",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Swollen face, or a bad rash"),
            N_(
                "Swollen lips, tongue or face. Rash all over that blisters or peels. New purple "
                "spots that don't fade when pressed."
            ),
        ),
        opt(
            "belly_blocked",
            # TRANSLATORS: button of the emergency check, at most 40 characters.
            N_("Belly swollen, or vomiting blood"),
            N_(
                "Swollen, painful belly with vomiting, no poo or wind. Vomiting blood, black poo. "
                "Can't keep drinks down all day."
            ),
        ),
        NONE,
    ),
    sources=(13,),
    back=False,
    safety=True,
)

CONFIRM_MISTAKE = Question(
    "confirm_mistake",
    "one",
    msg(N_("Is none of these happening to you now?")),
    (
        # TRANSLATORS: button: the person confirms that no emergency is happening.
        opt("yes", N_("Nothing like this is happening")),
        # TRANSLATORS: button: the person says an emergency is happening after all.
        opt("no", N_("Something is happening")),
    ),
    back=False,
    safety=True,
)

SELF_HARM_CHECK = Question(
    "self_harm_check",
    "one",
    msg(
        N_(
            "Long pain can wear anyone down. In the last 2 weeks, have you had thoughts that you "
            "would be better off dead, or of hurting yourself?"
        )
    ),
    (
        YES,
        NO,
        # TRANSLATORS: button: the person prefers not to answer the self-harm question.
        opt("prefer_not", N_("I'd rather not say")),
    ),
    sources=(14,),
    back=False,
    safety=True,
)

SELF_HARM_PLAN = Question(
    "self_harm_plan",
    "one",
    msg(
        N_(
            "Thank you for telling us. Have you made a plan, hurt yourself, or taken more "
            "medicine than prescribed? Even if you feel fine now?"
        )
    ),
    (YES, NO),
    sources=(14,),
    back=False,
    safety=True,
)

# ---- the buttons of the emergency and crisis screens ------------------------------------------

# TRANSLATORS: emergency screen button: the person tapped an emergency by mistake.
MISTAKE = opt("mistake", N_("I tapped this by mistake"))
# TRANSLATORS: button that ends the conversation.
END = opt("end", N_("End here"))
# TRANSLATORS: button that shows the emergency numbers of the person's country.
MY_NUMBERS = opt("my_numbers", N_("Numbers for my country"))
# TRANSLATORS: emergency screen button after "too much medicine": it was taken on purpose.
ON_PURPOSE = opt("on_purpose", N_("I took it on purpose"))
# TRANSLATORS: crisis screen button: go on with the questions.
CONTINUE = opt("continue", N_("Continue the questions"))
