"""Sections 1.8 to 1.10 of the document: the topics, the visit summary, the end."""

from __future__ import annotations

from collections.abc import Iterable

from bot.content_export.document import Doc, english_of, md
from bot.content_export.screen_parts import (
    MANY_ANSWERS,
    NO_DRYNESS,
    Section,
    dialog_in,
    show_options,
)
from bot.versions import content_version
from dialogs import notices, screens, sources, summary, topics
from dialogs.model import Block
from dialogs.text import Msg


def _topics(doc: Doc) -> None:
    doc.quote(topics.__doc__)
    matching = dialog_in("result", {"dry_mouth_3m": ["yes"]})
    doc.text("The menu, when some topics match the answers", screens.menu_question(matching).prompt)
    doc.text("The menu, when none does", screens.menu_question(dialog_in("result", {})).prompt)
    doc.quote(f"`matching`: {topics.matching.__doc__}")
    for topic in topics.TOPICS:
        doc.heading(4, f"Topic `{topic.id}`: {md(english_of(topic.title))}")
        doc.text("Button", topic.label)
        doc.text("Title", topic.title)
        tiers = iter(range(1, len(topic.lines) + 1))
        for line in topic.lines:
            label = f"Tier {next(tiers)}" if line.tier else "Fact"
            doc.text(f"{label} `{line.id}`", line.text, line.sources)
    doc.para("At the end of every topic, and in the nerve-pain topic after a disclosure:")
    doc.blocks([topics.NEVER_CHANGE_MEDICINE, topics.SAFE_STORAGE])
    doc.para("The menu's other buttons:")
    show_options(doc, "Button", topics.MENU_EXTRAS)
    doc.leftovers(["dialogs/topics.py"], "Other strings of the topics:")


def _visit_summary(doc: Doc) -> None:
    doc.quote(summary.__doc__)
    doc.para("Every line that can appear, in the summary's order:")
    many = dialog_in("visit_summary", MANY_ANSWERS, crisis=True, retracted=["stroke_brain"])
    doc.blocks(_without_sources(screens.summary_screen(many, content_version()).blocks))
    for answers in (NO_DRYNESS, {"dry_mouth_3m": ["yes"], "sjogren_status": ["suspected"]}):
        dialog = dialog_in("visit_summary", answers)
        blocks = screens.summary_screen(dialog, content_version()).blocks
        doc.blocks(_without_sources(blocks), new_only=True)
    doc.para("Then the list of the sources it cites (section 1.13).")
    doc.leftovers(["dialogs/summary.py"], "Other strings of the visit summary:")


def _without_sources(blocks: Iterable[Block]) -> list[Block]:
    """A screen's paragraphs without its source list (section 1.13 shows it once)."""
    heading = sources.source_list([Block(Msg(""), "statement", (1,))])[0].text
    return [block for block in blocks if block.style != "source" and block.text != heading]


def _end(doc: Doc) -> None:
    doc.para("The end screen (after “End”), then its buttons:")
    doc.blocks(_without_sources(screens.end_screen(dialog_in("end", {})).blocks))
    doc.para("After an emergency, instead of what to do if things get worse:")
    emergency_answers = {"emergency_now": ["breathing_chest"]}
    doc.blocks(screens.end_screen(dialog_in("end", emergency_answers)).blocks)
    show_options(doc, "Button", screens.END_QUESTION.options)
    doc.para("After “Share this bot”:")
    doc.blocks(notices.share())
    doc.leftovers(["dialogs/screens.py"], "Other strings of the screens:")


SECTIONS: tuple[Section, ...] = (
    ("1.8 The treatment topics", _topics),
    ("1.9 The visit summary", _visit_summary),
    ("1.10 The end", _end),
)
