"""Sections 1.11 to 1.14 of the document: notices and help, around the questions, the source
list, and anything else (every string of the catalog not shown yet)."""

from __future__ import annotations

from bot import words
from bot.content_export.document import Doc
from bot.content_export.screen_parts import Section, show_constants
from dialogs import notices, sources
from dialogs.model import Block
from dialogs.state import Medium
from dialogs.text import Msg

_MEDIA: tuple[Medium, ...] = ("buttons", "keyboard")


def _notices(doc: Doc) -> None:
    doc.para("/help, with the buttons and in the console:")
    for medium in _MEDIA:
        doc.blocks(notices.help_blocks(None, None, medium), new_only=medium != "buttons")
    doc.para("Typed text the bot does not act on; typed words of an emergency or of despair:")
    for medium in _MEDIA:
        doc.blocks(notices.buttons_only(None, None, medium), new_only=medium != "buttons")
    doc.blocks([notices.emergency_words(None, None)])
    doc.blocks(notices.unclear_distress(None, None))
    doc.para("The notes before a question is shown again:")
    show_constants(doc, notices)
    doc.leftovers(["dialogs/notices.py"], "Other notices:")


def _around(doc: Doc) -> None:
    doc.para(
        "The shells' own words (`bot/words.py`): around the questions, the console chat, "
        "/language, /delete, groups and sharing, the command menu and the bot's profile."
    )
    show_constants(doc, words)
    doc.leftovers(["bot/words.py"], "Other strings of the shells:")


def _source_list(doc: Doc) -> None:
    doc.para(
        "Under a screen with medical statements, the sources it cites; their full references "
        "are in section 3."
    )
    doc.para("The short form of each source, which fills `{reference}` below:")
    for number, label in sources.SOURCES.items():
        doc.text(f"Source {number}", label)
    doc.para("The list's heading and each of its lines (e.g. “[2][3] A published review…”):")
    every = [Block(Msg(""), "statement", tuple(sources.SOURCES))]
    doc.blocks(sources.source_list(every)[:2])
    doc.leftovers(["dialogs/sources.py"], "Other strings of the sources:")


def _anything_else(doc: Doc) -> None:
    rest = doc.rest()
    if not rest:
        doc.para("None: every string of the catalog is shown above.")
    doc.entries(rest)


SECTIONS: tuple[Section, ...] = (
    ("1.11 Notices and help", _notices),
    ("1.12 Around the questions: buttons, the console, Telegram", _around),
    ("1.13 The source list", _source_list),
    ("1.14 Anything else", _anything_else),
)
