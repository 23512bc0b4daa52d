"""Section 2 of the document: the rules and thresholds that decide a level, in the words of
``dialogs/triage.py``, with the level of each reason computed by the rules themselves."""

from __future__ import annotations

import importlib
import inspect

from bot.content_export.code_comments import constant_notes
from bot.content_export.document import Doc, english_of, level_name, md
from dialogs import levels, questions, result, safety_questions, triage, turn
from dialogs.levels import LEVEL_ORDER

# Marks a line of the rules the export could not check against the code: the test forbids it.
OUT_OF_DATE = "EXPORT OUT OF DATE"


def write(doc: Doc) -> None:
    doc.heading(2, "2. The rules and thresholds that decide a level")
    doc.quote(triage.__doc__)
    _levels(doc)
    _thresholds(doc)
    _reasons(doc)
    _rule_texts(doc)


def _levels(doc: Doc) -> None:
    doc.heading(3, "2.1 The levels")
    doc.quote(levels.Level.__doc__)
    doc.quote(f"`most_urgent`: {levels.most_urgent.__doc__}")
    doc.add("| Level | Its name | What the person is told to do |", "|---|---|---|")
    for level in reversed(LEVEL_ORDER):
        told = [
            english_of(block.text)
            for block in result.level_blocks(level, None, None)
            if block.style == "notice"
        ]
        name = english_of(result.LEVEL_NAME[level])
        doc.add(f"| `{level}` | {md(name)} | {md(' '.join(told))} |")


def _thresholds(doc: Doc) -> None:
    doc.heading(3, "2.2 The thresholds and lists")
    doc.para(
        "The constants of `dialogs/triage.py` (and the lists of questions it uses), with the "
        "comment beside each in the code:"
    )
    notes = {
        **constant_notes(safety_questions),
        **constant_notes(questions),
        **constant_notes(triage),
    }
    doc.add("| Constant | Value | What the code says |", "|---|---|---|")
    for name, value in vars(triage).items():
        if name.isupper() and isinstance(value, int | tuple | frozenset):
            shown = _value(value)
            doc.add(f"| `{name}` | {shown} | {_cell(notes.get(name, ''))} |")
    doc.para("`RED_FLAG_LEVELS` and `REASON_QUESTION` are in 2.3, reason by reason.")


def _cell(text: str) -> str:
    """Code comments and docstrings in a table: as they are, but for the column mark."""
    return text.replace("|", "\\|")


def _value(value: object) -> str:
    """A constant's value: a number, or ids with their English labels."""
    if isinstance(value, int):
        return str(value)
    ids = [str(item) for item in value] if isinstance(value, tuple | frozenset) else []
    if all(item in questions.QUESTIONS for item in ids):
        return ", ".join(f"`{item}`" for item in ids)
    owner = next((q for q in questions.QUESTIONS.values() if set(ids) <= set(q.option_ids)), None)
    if owner is None:
        return ", ".join(f"`{item}`" for item in sorted(ids))
    ordered = [option for option in owner.options if option.id in ids]
    return ", ".join(f"`{o.id}` ({md(english_of(o.label))})" for o in ordered)


# Answers that give each reason that is not a single option (checked against the rules).
_EXAMPLES: dict[str, dict[str, list[str]]] = {
    "purpura_fever": {"red_flags_body": ["purpura_ulcers", "fever"]},
    "glands_b_symptoms": {"red_flags_body": ["gland_swelling", "b_symptoms"]},
    "neuropathic_features": {
        "nerve_descriptors": ["burning", "tingling", "numbness"],
        "sfn_status": ["not_tested"],
    },
    "sicca_positive": {"dry_eyes_3m": ["yes"], "sjogren_status": ["suspected"]},
    "burden": {"burden_dryness": ["5"], "burden_fatigue": ["5"], "burden_pain": ["5"]},
    "autonomic": {"autonomic": ["dizzy_standing"]},
    "self_harm": {},
}


def _conditions() -> dict[str, str]:
    """Each reason that is not a single option, in plain words, read from the code."""
    t = triage
    return {
        "self_harm_plan": "“Yes” to `self_harm_plan`, or typed words read as an act.",
        "self_harm": "The crisis flag is set: “Yes” to `self_harm_check`, or typed words read "
        f"as a wish to die. {md(inspect.cleandoc(turn.set_crisis.__doc__ or ''))}",
        "purpura_fever": "`purpura_ulcers` and `fever` both ticked.",
        "sepsis_signs": "“Yes” to `sepsis_signs` (asked after a fever without purple spots).",
        "glands_b_symptoms": "`gland_swelling` and `b_symptoms` both ticked.",
        "neuropathic_features": f"{t.NEUROPATHIC_DESCRIPTORS} or more options ticked in "
        "`nerve_descriptors`, with pain (one of `PAINFUL_DESCRIPTORS` ticked, or "
        f"`burden_pain` {t.PAIN_SCALE_THRESHOLD} or more), and `sfn_status` one of "
        "`SFN_NOT_CONFIRMED_FOR_FEATURES`.",
        "sicca_positive": "“Yes” to any of `EYE_ITEMS` or `MOUTH_ITEMS`, and `sjogren_status` "
        "one of `SJOGREN_NOT_CONFIRMED`.",
        "burden": f"The three `BURDEN_ITEMS` add up to {t.BURDEN_THRESHOLD} or more (an "
        "unanswered scale counts as 0).",
        "autonomic": "Any option ticked in `autonomic`, and `sfn_status` not `confirmed`.",
    }


def _reasons(doc: Doc) -> None:
    doc.heading(3, "2.3 Every reason and the level it gives")
    doc.para(
        "Each reason, the question it belongs to, and what gives it. The level is computed here "
        "by the bot's own rules, from the answers shown (or the single option named)."
    )
    conditions = _conditions()
    doc.add("| Reason | Level | Question | When |", "|---|---|---|---|")
    for reason, question_id in triage.REASON_QUESTION.items():
        answers, crisis = _example(reason, question_id)
        level = {r.id: r.level for r in triage.reasons(answers, crisis=crisis)}.get(reason)
        shown = f"**{level_name(level)}**" if level else f"⚠ {OUT_OF_DATE}"
        option = questions.QUESTIONS[question_id].option(reason)
        when = (
            f"“{md(english_of(option.label))}” chosen"
            if option is not None
            else conditions.get(reason, f"⚠ {OUT_OF_DATE}: see `dialogs/triage.py`")
        )
        doc.add(f"| `{reason}` | {shown} | `{question_id}` | {when} |")
    _fever_row(doc)


def _example(reason: str, question_id: str) -> tuple[dict[str, list[str]], bool]:
    if reason in _EXAMPLES:
        return _EXAMPLES[reason], reason == "self_harm"
    return {question_id: [reason if reason != question_id else "yes"]}, False


def _fever_row(doc: Doc) -> None:
    lowering = sorted(triage.IMMUNE_LOWERING)
    answers = {"red_flags_body": ["fever"], "current_treatment": lowering[:1]}
    level = {r.id: r.level for r in triage.reasons(answers, crisis=False)}.get("fever")
    shown = f"**{level_name(level)}**" if level else f"⚠ {OUT_OF_DATE}"
    doc.add(
        f"| `fever` | {shown} | `red_flags_body` | “Fever or shivering now” chosen while "
        "`current_treatment` includes any of `IMMUNE_LOWERING` |"
    )


def _rule_texts(doc: Doc) -> None:
    doc.heading(3, "2.4 The rules in the code's words")
    doc.para("Every rule of `dialogs/triage.py` that has a description, in the code's order:")
    functions = [
        value
        for value in vars(triage).values()
        if inspect.isfunction(value) and value.__module__ == triage.__name__
    ]
    for function in sorted(functions, key=lambda f: f.__code__.co_firstlineno):
        if function.__doc__:
            doc.add(f"- `{function.__name__}`: {' '.join(function.__doc__.split())}")
    doc.para(
        "A typed message can also raise the level: section 5 lists the phrases, and "
        "`dialogs/typed_text.py` what each category leads to."
    )
    doc.quote(f"`dialogs/typed_text.py`: {_typed_text_doc()}")


def _typed_text_doc() -> str:
    module = importlib.import_module("dialogs.typed_text")
    return module.__doc__ or ""
