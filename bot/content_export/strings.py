"""Section 1 of the document: every screen and string, in the order a person meets them.

The placeholders first, then the screens: ``safety_screens`` (1.1 to 1.4),
``questionnaire_screens`` (1.5 to 1.7), ``closing_screens`` (1.8 to 1.10) and
``notice_screens`` (1.11 to 1.14, the last of which shows every string not shown yet).
"""

from __future__ import annotations

import re

from bot.content_export import (
    closing_screens,
    notice_screens,
    questionnaire_screens,
    safety_screens,
)
from bot.content_export.document import Doc
from bot.content_export.screen_parts import Section

# The placeholders of the catalog: what the bot puts in their place.
PLACEHOLDERS: dict[str, str] = {
    "numbers": "the emergency numbers of the person's country, e.g. “112” or “15 or 112”; "
    "in a line of the source list, the sources' numbers, e.g. “[2][3]”",
    "number": "a phone number: the emergency numbers, or a crisis or urgent line's number",
    "name": "a service's own name, never translated, e.g. “Samaritans”",
    "country": "a country's name, in the person's language",
    "fallback": "the common emergency numbers: “112 (Europe and most mobile networks), "
    "911 (North America), 999 (UK)”",
    "europe": "112",
    "north_america": "911",
    "uk": "999",
    "directories": "the web addresses of the crisis-line directories (section 4)",
    "what": "what the person chose or told us, as a list (the buttons' labels)",
    "signs": "the list of sepsis warning signs (its own string)",
    "items": "a list of situations, each a string of its own",
    "level": "a level's name, e.g. “Urgent: see a doctor today”",
    "reasons": "the reasons for the result, as a list",
    "count": "a number; the string has a form for each kind of number",
    "date": "today's date, in the person's language",
    "version": "the content version, e.g. the one in this document's header",
    "question": "a question's short name",
    "answer": "the label of the answer chosen",
    "age": "the answer's label (the age group)",
    "sjogren": "the answer's label (about Sjögren's)",
    "duration": "the answer's label (how long the symptoms have lasted)",
    "nerves": "the labels of the nerve symptoms ticked",
    "sfn": "the answer's label (small fiber neuropathy)",
    "dryness": "a number from 0 to 10",
    "tiredness": "a number from 0 to 10",
    "pain": "a number from 0 to 10",
    "step": "the number of the question",
    "total": "the number of questions, about",
    "done": "the word “done”, translated",
    "back": "the word “back”, translated",
    "link": "the bot's link",
    "languages": "the list of language codes and names",
    "reference": "a source's short reference",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def write(doc: Doc) -> None:
    doc.heading(2, "1. Every screen and string")
    doc.para(
        "Each string has an id (`m-…`, from its English text), the English, "
        + (f"the {doc.translation.name}, " if doc.translation else "")
        + "the note for translators where there is one, and the file that uses it. A string "
        "used again later is not repeated: the later place names its id. The screens are shown "
        "for a person whose country is not known, so the numbers are the common ones. "
        "A **Medical statement** cites its sources by number (section 3)."
    )
    _placeholders(doc)
    for title, section in _SECTIONS:
        doc.heading(3, title)
        section(doc)


def _placeholders(doc: Doc) -> None:
    used = sorted({name for key in doc.english for name in _PLACEHOLDER.findall(key)})
    doc.para(
        "**Placeholders.** A word in braces, such as `{numbers}`, is filled in by the bot; it "
        "stays as it is in every translation. What each one holds:"
    )
    for name in used:
        meaning = PLACEHOLDERS.get(name, "see the note for translators of the string")
        doc.add(f"- `{{{name}}}`: {meaning}")


_SECTIONS: tuple[Section, ...] = (
    *safety_screens.SECTIONS,
    *questionnaire_screens.SECTIONS,
    *closing_screens.SECTIONS,
    *notice_screens.SECTIONS,
)
