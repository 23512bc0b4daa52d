"""What the screens of section 1 are shown with: a question with its options and what each
leads to, a module's strings kept in constants, and dialogs with answers that reach most
branches of the screens."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from types import ModuleType
from typing import TypeAlias

from bot.content_export.document import (
    Doc,
    catalog_parts,
    cite_marks,
    english_of,
    level_name,
    md,
    message_key,
)
from dialogs import questions, triage
from dialogs.model import Block, Option, Question
from dialogs.state import DialogState
from dialogs.text import Msg, Plural, Text

# A part of section 1: its title, and what writes it.
Section: TypeAlias = tuple[str, Callable[[Doc], None]]

# Answers that reach most branches of the screens (not one realistic person).
MANY_ANSWERS: dict[str, list[str]] = {
    "age_band": ["40_59"],
    "symptom_duration": ["over_1y"],
    "sjogren_status": ["suspected"],
    "dry_eyes_3m": ["yes"],
    "eye_grit": ["yes"],
    "tears_3x": ["no"],
    "dry_mouth_3m": ["yes"],
    "drink_to_swallow": ["yes"],
    "mouth_severity": ["moderate"],
    "eye_severity": ["mild_eye"],
    "burden_dryness": ["6"],
    "burden_fatigue": ["5"],
    "burden_pain": ["5"],
    "nerve_descriptors": ["burning", "tingling", "numbness"],
    "nerve_pattern": ["feet_hands"],
    "autonomic": ["dizzy_standing"],
    "sfn_status": ["not_tested"],
    "other_causes": ["unsure"],
    "current_treatment": ["opioid", "gabapentinoid", "steroids", "rituximab"],
    "red_flags_nerves": ["none"],
    "red_flags_body": ["gland_swelling", "b_symptoms", "fever"],
}
NO_DRYNESS: dict[str, list[str]] = {
    **{question: ["no"] for question in (*questions.EYE_ITEMS, *questions.MOUTH_ITEMS)},
    "red_flags_body": ["none"],
}


def dialog_in(state: str, answers: Mapping[str, list[str]], **fields: object) -> DialogState:
    """A dialog in ``state`` that has answered ``answers`` on its way there."""
    dialog = DialogState(state=state, answers=dict(answers), history=list(answers))
    for name, value in fields.items():
        setattr(dialog, name, value)
    return dialog


def show_question(doc: Doc, question: Question, title: str = "") -> None:
    """A question: its wording, each option by id (with what it alone leads to), its hint."""
    name = title or english_of(question.short_name) or question.id
    doc.heading(4, f"Question `{question.id}`: {md(name)}")
    doc.para(_question_facts(question))
    doc.text("Question", question.prompt, question.sources)
    as_is = [option.id for option in question.options if not isinstance(option.label, Msg)]
    if as_is:
        doc.para(
            "Options shown as they are (numbers, or country names in the person's language), "
            "not from the catalog: " + ", ".join(f"`{option}`" for option in as_is)
        )
    for option in question.options:
        if isinstance(option.label, Msg):
            doc.text(
                f"Option `{option.id}`", option.label, suffix=_leads_to(question.id, option.id)
            )
        doc.text(f"Option `{option.id}`, in full", option.detail)
    doc.text("Hint", question.hint, question.hint_sources)
    doc.text("Short name, in the visit summary", question.short_name)


def _question_facts(question: Question) -> str:
    facts = [
        {"one": "One answer", "many": "Tick all that fit, then Done"}.get(
            question.select, "No answer"
        ),
        "Back offered" if question.back else "no Back",
    ]
    if question.safety:
        facts.append("a safety question (shorter screens, simpler words)")
    if question.sources:
        facts.append("based on sources" + cite_marks(question.sources))
    return "*" + "; ".join(facts) + ".*"


def _leads_to(question_id: str, option_id: str) -> str:
    """What this answer alone leads to, computed by the triage rules."""
    found = triage.reasons({question_id: [option_id]}, crisis=False)
    return "".join(f" → alone: **{level_name(r.level)}** (reason `{r.id}`)" for r in found)


def show_options(doc: Doc, label: str, options: Iterable[Option]) -> None:
    for option in options:
        doc.text(f"{label} `{option.id}`", option.label)
        doc.text(f"{label} `{option.id}`, in full", option.detail)


def show_constants(doc: Doc, module: ModuleType) -> None:
    """A module's strings kept in constants, by the constant's name (a bare string or pair of
    strings only when it is a message of the catalog)."""
    prefix = module.__name__.split(".")[-1]
    for name, value in vars(module).items():
        if not name.isupper():
            continue
        for label, text, cites in _constant_texts(name, value):
            parts = list(catalog_parts(text)) if text is not None else []
            if parts and (isinstance(value, Msg | Block | Option | dict) or _known(doc, parts)):
                doc.text(f"`{prefix}.{label}`", text, cites, skip=set(doc.shown))


def _known(doc: Doc, parts: list[tuple[str, Msg | Plural]]) -> bool:
    return message_key(parts[0][1]) in doc.english


def _constant_texts(name: str, value: object) -> Iterator[tuple[str, Text | None, tuple[int, ...]]]:
    match value:
        case Msg() | Plural():
            yield name, value, ()
        case str():
            yield name, Msg(value), ()
        case (str() as singular, str() as plural_form):
            yield name, Plural(singular, plural_form, 2), ()
        case (Msg() as full, Msg() as short, tuple() as cites):
            yield f"{name} (full)", full, cites
            yield f"{name} (short)", short, cites
        case Block(text=text, sources=cites):
            yield name, text, cites
        case Option(id=option_id, label=label, detail=detail):
            yield f"{name} (`{option_id}`)", label if isinstance(label, Msg) else None, ()
            yield f"{name} (`{option_id}`, in full)", detail, ()
        case dict():
            for key, inner in value.items():
                yield from _constant_texts(f"{name}[{key}]", inner)
