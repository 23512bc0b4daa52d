"""The emergency and crisis screens' paragraphs (clinical spec sections 1, 2 and 2b).

The emergency screen: the number first; do not drive yourself; what the person told us; what
to tell the ambulance; nobody watches this chat; the anaphylaxis position for swelling; the
sepsis signs where sepsis is possible; and, last, the crisis line. The crisis screen: the
crisis line first, the emergency number if in danger, and keeping medicines safe.
"""

from __future__ import annotations

from dialogs.model import Block, Label
from dialogs.phone_lines import call_now, crisis_line, emergency_number, if_also_self_harm
from dialogs.questions import QUESTIONS
from dialogs.text import N_, ListOf, Msg, msg

# What the person told us, for the reasons that are not an emergency check group.
TOLD: dict[str, Msg] = {
    # TRANSLATORS: completes "You told us: ..." on the emergency screen.
    "self_harm_plan": msg(N_("a plan or an act of self-harm, or too much medicine on purpose")),
    # TRANSLATORS: completes "You told us: ..." on the emergency screen.
    "purpura_fever": msg(N_("purple spots or skin ulcers, with a fever")),
    # TRANSLATORS: completes "You told us: ..." on the emergency screen.
    "sepsis_signs": msg(N_("a fever, with signs of sepsis")),
}
SEPSIS_REASONS = frozenset({"sepsis_unwell", "purpura_fever", "sepsis_signs"})

SEPSIS_SIGNS = msg(
    # TRANSLATORS: a list of warning signs, used inside sentences about sepsis.
    N_(
        "new confusion or very drowsy, fast breathing or breathless, blotchy, bluish or very pale "
        "skin, no pee all day, or feeling you might die"
    )
)


def told(reason_id: str) -> Label:
    """What the person told us, in their words: the group's button, or the reason's words."""
    if reason_id in TOLD:
        return TOLD[reason_id]
    option = QUESTIONS["emergency_now"].option(reason_id)
    if option is None:
        raise KeyError(reason_id)
    return option.label


def emergency_blocks(
    reasons: tuple[str, ...], country: str | None, region: str | None, *, crisis: bool
) -> tuple[Block, ...]:
    """The emergency screen for the emergency ``reasons`` (those that put it on screen)."""
    blocks = [
        call_now(country, region),
        Block(
            msg(N_("Do not drive yourself. Ask someone to take you, or wait for the ambulance.")),
            "notice",
        ),
    ]
    groups = tuple(reason for reason in reasons if reason != "self_harm_plan")
    if groups:
        blocks.append(
            Block(
                msg(
                    # TRANSLATORS: {what} lists what the person chose, e.g. "Chest pain".
                    N_("You told us: {what}."),
                    what=ListOf(tuple(told(reason) for reason in groups)),
                )
            )
        )
    if "self_harm_plan" in reasons:
        blocks.append(
            Block(
                msg(
                    # TRANSLATORS: a calm reminder on the emergency screen of what the person
                    # said: thoughts of harming themselves (typed), a plan, or harm already done.
                    # It must not sound like blame.
                    N_("You told us you are thinking of harming yourself, or have already done it.")
                )
            )
        )
    blocks.append(
        Block(
            msg(
                N_(
                    "Tell them you have Sjögren's and which medicines you take, "
                    "especially steroids."
                )
            )
        )
    )
    if "drowsy_overdose" in reasons:
        blocks.append(
            Block(
                msg(
                    N_(
                        "If medicines were taken, tell them which and how many, and keep the "
                        "packets to show them."
                    )
                )
            )
        )
    if "skin_swelling" in reasons:
        blocks.append(
            Block(
                msg(
                    N_(
                        "Use your adrenaline pen if you have one. Lie down with your legs raised, "
                        "or sit up if breathing is hard. Do not stand or walk."
                    )
                ),
                "statement",
                (19,),
            )
        )
    if SEPSIS_REASONS & set(reasons):
        blocks.append(
            Block(
                msg(
                    # TRANSLATORS: {signs} is the list of sepsis warning signs.
                    N_("This could be sepsis. Say so when you call. Signs: {signs}."),
                    signs=SEPSIS_SIGNS,
                ),
                "statement",
                (13,),
            )
        )
    blocks.append(Block(msg(N_("No one watches this chat, so ask someone near you to help."))))
    if crisis:
        blocks.append(crisis_line(country, region))
    else:
        blocks.append(Block(if_also_self_harm(country)))
    return tuple(blocks)


def crisis_blocks(country: str | None, region: str | None) -> tuple[Block, ...]:
    """The crisis screen: someone to talk to now, the emergency number if in danger."""
    return (
        Block(msg(N_("You are not alone")), "title"),
        Block(
            msg(
                N_(
                    "Thank you for telling us. Thoughts like these can come with long illness and "
                    "pain. You deserve support now."
                )
            )
        ),
        crisis_line(country, region),
        Block(
            msg(
                N_("If you might act on these thoughts, or you are in danger, call {number} now."),
                number=emergency_number(country, region=region),
            ),
            "notice",
        ),
        Block(
            msg(
                N_(
                    "Keep medicines safe: ask your pharmacist how to store them and keep only "
                    "small amounts at home, or let someone you trust keep them."
                )
            ),
            "statement",
            (15,),
        ),
        Block(msg(N_("No one watches this chat, so please reach out to someone you trust."))),
    )


def plan_blocks(country: str | None, region: str | None) -> tuple[Block, ...]:
    """Shown with the question about a plan: the crisis line, at once."""
    return (crisis_line(country, region),)
