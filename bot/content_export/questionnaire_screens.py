"""Sections 1.5 to 1.7 of the document: the questionnaire, the red flags, and the result they
lead to (with what to do if things get worse)."""

from __future__ import annotations

from bot.content_export.document import Doc
from bot.content_export.screen_parts import (
    MANY_ANSWERS,
    NO_DRYNESS,
    Section,
    show_constants,
    show_question,
)
from dialogs import questions, result, safety_net, triage
from dialogs.levels import LEVEL_ORDER, Level
from dialogs.text import Msg

# -- 1.5 to 1.6: the questionnaire and the red flags


def _questionnaire(doc: Doc) -> None:
    doc.para(
        "In the order they are asked; some are asked only after certain answers. "
        "“Alone: …” after an option is what that answer by itself leads to (section 2)."
    )
    for question in questions.SCREENING:
        if question not in (*questions.RED_FLAG_QUESTIONS, questions.SEPSIS_SIGNS):
            show_question(doc, question)


def _red_flags(doc: Doc) -> None:
    for question in (*questions.RED_FLAG_QUESTIONS, questions.SEPSIS_SIGNS):
        show_question(doc, question)
    doc.quote(f"`fever_alone`: {triage.fever_alone.__doc__}")
    doc.leftovers(["dialogs/questions.py"], "Other strings of the questions:")


# -- 1.7: the result


def _result(doc: Doc) -> None:
    doc.para("The levels' names, and what each asks the person to do:")
    for level in reversed(LEVEL_ORDER):
        doc.text(f"Name of the level `{level}`", result.LEVEL_NAME[level])
        doc.text(f"What to do, level `{level}`", result.LEVEL_ADVICE.get(level))
    doc.para(
        "The reasons, as the result lists them. A red flag is listed with its own option "
        "(section 1.6), an emergency group with its button (section 1.1)."
    )
    for reason, text in result.REASON_TEXT.items():
        doc.text(f"Reason `{reason}`", text)
    doc.text("Reason `fever`, on a treatment that lowers the defences", result.FEVER_ON_TREATMENT)
    doc.para("The first screen of the result, every line that can appear:")
    for level in reversed(LEVEL_ORDER):
        doc.blocks(result.level_blocks(level, None, None), new_only=level is not Level.EMERGENCY)
    doc.blocks(result.crisis_blocks(None, None))
    doc.blocks([result.retraction_block(("stroke_brain",), None, None)])
    doc.blocks(result.reason_blocks(()))
    doc.blocks(result.reason_blocks((("burden", Level.SOON),)))
    doc.para("The second screen, what the answers mean:")
    reasons = tuple(r.id for r in triage.reasons(MANY_ANSWERS, crisis=False))
    doc.blocks(result.meaning_blocks(MANY_ANSWERS, reasons))
    doc.blocks(result.meaning_blocks(NO_DRYNESS, ()), new_only=True)
    doc.leftovers(["dialogs/result.py"], "Other strings of the result:")
    _safety_net(doc)


_NET_EXAMPLES: tuple[tuple[str, dict[str, list[str]]], ...] = (
    ("no treatment, no red flag", {}),
    ("a fever, no treatment that lowers the defences", {"red_flags_body": ["fever"]}),
    ("a fever, on steroids", {"red_flags_body": ["fever"], "current_treatment": ["steroids"]}),
    ("an opioid with gabapentin or pregabalin", {"current_treatment": ["opioid", "gabapentinoid"]}),
    ("methotrexate or similar", {"current_treatment": ["immunosuppressant"]}),
    ("rituximab", {"current_treatment": ["rituximab"]}),
)


def _safety_net(doc: Doc) -> None:
    doc.heading(4, "What to do if things get worse (the third screen)")
    doc.quote(safety_net.__doc__)
    doc.blocks([safety_net.heading()])
    doc.para(
        "Its items, each in its full form (on the result) and its short form (on the end screen "
        "and in the visit summary):"
    )
    show_constants(doc, safety_net)
    doc.para("Which items are shown, for some answers (computed by the bot's own rules):")
    items = {
        name: value
        for name, value in vars(safety_net).items()
        if name.isupper() and isinstance(value, tuple) and value and isinstance(value[0], Msg)
    }
    for label, answers in _NET_EXAMPLES:
        shown = [block.text for block in safety_net.lines(answers, None, None)]
        names = [f"`{name}`" for name, item in items.items() if item[0] in shown]
        doc.add(f"- With {label}: {', '.join(names)}")
    doc.para("The lines around the items (full, short, and in the visit summary):")
    for form in ("full", "short", "inline"):
        doc.blocks(safety_net.lines(MANY_ANSWERS, None, None, form=form), new_only=True)
    doc.leftovers(["dialogs/safety_net.py"], "Other strings of this screen:")


SECTIONS: tuple[Section, ...] = (
    ("1.5 The questionnaire", _questionnaire),
    ("1.6 The red flags", _red_flags),
    ("1.7 The result", _result),
)
