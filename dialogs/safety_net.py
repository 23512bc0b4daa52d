"""What to do if things get worse (clinical spec section 1, "safety-netting").

Every result, the visit summary and the end screen carry these lines, specific to the reasons
shown and to the medicines taken: when to call an ambulance now, when to see a doctor today,
and the crisis line. The emergency number is named once, at the top. The end screen uses the
short form, with the sepsis signs named in brief.
"""

from __future__ import annotations

from typing import Literal

from dialogs.emergency import SEPSIS_SIGNS
from dialogs.model import Block
from dialogs.phone_lines import crisis_line, emergency_number
from dialogs.text import N_, ListOf, Msg, msg
from dialogs.triage import IMMUNE_LOWERING, Answers, red_flags, treatments

# Each item completes "Call an ambulance now for:" or "See a doctor today for:", in a full and a
# short form, with its sources.
Item = tuple[Msg, Msg, tuple[int, ...]]

ANY_SIGN: Item = (
    msg(
        # TRANSLATORS: an item under "Call an ambulance now for:".
        N_(
            "any sign from the safety check: weakness or numbness climbing over hours or days, "
            "suddenly unable to walk, numb between the legs, bladder or bowel accidents"
        )
    ),
    # TRANSLATORS: an item under "Call an ambulance now for:" (short form).
    msg(N_("any sign from the safety check")),
    (),
)
OPIOID_DROWSY: Item = (
    # TRANSLATORS: an item under "Call an ambulance now for:".
    msg(N_("very drowsy or slow breathing on an opioid with gabapentin or pregabalin")),
    # TRANSLATORS: an item under "Call an ambulance now for:" (short form).
    msg(N_("very drowsy or slow breathing (opioid with gabapentin or pregabalin)")),
    (16,),
)
STEROID_VOMITING: Item = (
    # TRANSLATORS: an item under "Call an ambulance now for:".
    msg(N_("vomiting, or not able to take your steroids: show your steroid card")),
    # TRANSLATORS: an item under "Call an ambulance now for:" (short form).
    msg(N_("vomiting, or not able to take your steroids")),
    (17,),
)
FEVER_SEPSIS: Item = (
    # TRANSLATORS: an item under "Call an ambulance now for:"; {signs} lists sepsis signs.
    msg(N_("a fever with any of: {signs}"), signs=SEPSIS_SIGNS),
    # TRANSLATORS: an item under "Call an ambulance now for:" (short form).
    msg(N_("signs of sepsis with a fever")),
    (13,),
)
NEW_WEAKNESS: Item = (
    # TRANSLATORS: an item under "See a doctor today for:".
    msg(N_("new weakness of one hand or foot over a few days")),
    # TRANSLATORS: an item under "See a doctor today for:" (short form).
    msg(N_("new weakness of a hand or foot")),
    (),
)
SALIVARY_GLAND: Item = (
    # TRANSLATORS: an item under "See a doctor today for:".
    msg(N_("a salivary gland that is suddenly hot, painful and swollen")),
    # TRANSLATORS: an item under "See a doctor today for:" (short form).
    msg(N_("a hot, painful, swollen salivary gland")),
    (1,),
)
IMMUNE_WARNING: Item = (
    # TRANSLATORS: an item under "See a doctor today for:".
    msg(N_("a sore throat, mouth ulcers, or unusual bruising or bleeding on immune medicines")),
    # TRANSLATORS: an item under "See a doctor today for:" (short form).
    msg(N_("sore throat, mouth ulcers or bruising on immune medicines")),
    (20,),
)
FEVER_DOCTOR: Item = (
    # TRANSLATORS: an item under "See a doctor today for:".
    msg(N_("a fever that does not settle or makes you feel very unwell")),
    # TRANSLATORS: an item under "See a doctor today for:" (short form).
    msg(N_("a fever that does not settle")),
    (13,),
)


def heading() -> Block:
    # TRANSLATORS: heading of the advice on what to do if things get worse.
    return Block(msg(N_("If things get worse")), "title")


Form = Literal["full", "short", "inline"]


def lines(
    answers: Answers, country: str | None, region: str | None, *, form: Form = "full"
) -> list[Block]:
    """The "get help sooner" lines for these answers: ``full`` on the result, ``short`` on the
    end screen, ``inline`` (short items, one line each list) in the visit summary."""
    taken = treatments(answers)
    fever = "fever" in red_flags(answers)
    ambulance = [ANY_SIGN]
    today = [NEW_WEAKNESS, SALIVARY_GLAND]
    if {"opioid", "gabapentinoid"} <= taken:
        ambulance.append(OPIOID_DROWSY)
    if "steroids" in taken:
        ambulance.append(STEROID_VOMITING)
    if fever:
        ambulance.append(FEVER_SEPSIS)
        if not taken & IMMUNE_LOWERING:
            today.append(FEVER_DOCTOR)
    if taken & {"immunosuppressant", "rituximab"}:
        today.append(IMMUNE_WARNING)
    numbers = emergency_number(country, region=region, compact=True)
    found: list[Block] = []
    if form == "inline":
        found.append(
            Block(
                msg(
                    # TRANSLATORS: {numbers}: emergency numbers; {items} lists situations, each a
                    # reason to call an ambulance now.
                    N_("Call an ambulance ({numbers}) now for: {items}."),
                    numbers=numbers,
                    items=_list(ambulance),
                ),
                "item",
                _sources(ambulance),
            )
        )
        found.append(
            Block(
                # TRANSLATORS: {items} lists situations, each a reason to see a doctor today.
                msg(N_("See a doctor today for: {items}."), items=_list(today)),
                "item",
                _sources(today),
            )
        )
    else:
        short = form == "short"
        # TRANSLATORS: {numbers} are the emergency numbers of the person's country.
        found.append(Block(msg(N_("Emergency number: {numbers}."), numbers=numbers), "notice"))
        found.append(Block(msg(N_("Call an ambulance now for:"))))
        found.extend(_item(item, short) for item in ambulance)
        found.append(Block(msg(N_("See a doctor today for:"))))
        found.extend(_item(item, short) for item in today)
    if "steroids" in taken and form == "full":
        found.append(
            Block(msg(N_("Steroids can hide a fever: below 36 °C counts too.")), "statement", (13,))
        )
    found.append(
        Block(
            msg(
                N_(
                    "Low mood or thoughts of self-harm, "
                    "for example after starting a nerve pain medicine?"
                )
            )
            if form == "full"
            else msg(N_("Low mood or thoughts of self-harm?")),
            "statement",
            (15,),
        )
    )
    found.append(crisis_line(country, region))
    return found


def _item(item: Item, short: bool) -> Block:
    full, brief, sources = item
    return Block(brief if short else full, "item", sources)


def _list(items: list[Item]) -> ListOf:
    return ListOf(tuple(brief for _, brief, _ in items), "or")


def _sources(items: list[Item]) -> tuple[int, ...]:
    return tuple(sorted({n for _, _, sources in items for n in sources}))
