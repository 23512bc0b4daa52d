"""The content of one content version as one Markdown document, for those who sign it off.

A clinician signs the English content and a native speaker each translation, without running
the bot (``docs/safety/content-signoff.md``). ``export()`` writes what they read: every string
with a stable id, in the order a person meets it (from the content modules' own data where it
exists: the questions with their options, the screens' paragraphs, the topics; from the catalog
for the rest, so that every message of the catalog appears exactly once); the rules and
thresholds that decide a level, quoted from ``dialogs/triage.py``; the sources; the number
table; and the typed-distress phrases.

It is pure apart from reading what the project reads already: the catalogs, and the source of
``dialogs/triage.py``, ``dialogs/questions.py``, ``dialogs/safety_questions.py`` and
``dialogs/emergency_numbers.py`` for the comments beside their constants and entries (the
content version reads every file of the core).

``catalogs`` reads the English and a translation, ``document`` is the document being written,
and one module writes each of its sections: ``header`` (0), ``strings`` (1, with the screens in
``safety_screens``, ``questionnaire_screens``, ``closing_screens`` and ``notice_screens``),
``rules`` (2), ``references`` (3), ``number_table`` (4) and ``distress_phrases`` (5).
"""

from __future__ import annotations

import re
from datetime import date

from bot.content_export import (
    distress_phrases,
    header,
    number_table,
    references,
    rules,
    strings,
)
from bot.content_export.catalogs import (
    ACCEPTED_CODES,
    catalog_code,
    english_messages,
    read_catalog,
    read_translation,
    string_id,
)
from bot.content_export.document import Doc
from bot.content_export.rules import OUT_OF_DATE
from bot.content_export.strings import PLACEHOLDERS

__all__ = ["ACCEPTED_CODES", "OUT_OF_DATE", "PLACEHOLDERS", "export", "string_id"]


def export(language: str | None = None, *, today: date | None = None) -> str:
    """The content of this content version as one Markdown document: English only (for the
    clinician) when ``language`` is None or ``en``, else that language beside the English (for
    its native-speaker reviewer). ``language`` is one of ``ACCEPTED_CODES`` in any case, with
    ``-`` or ``_`` (``pt-br``); any other raises ``ValueError`` naming the accepted codes.
    ``today`` is the date the document says it was produced (default: today)."""
    code = catalog_code(language)
    doc = Doc(english_messages(read_catalog("en")), read_translation(code) if code else None)
    header.write(doc, code, today or date.today())
    strings.write(doc)
    rules.write(doc)
    references.write(doc)
    number_table.write(doc)
    distress_phrases.write(doc, code or "en")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(doc.lines)).strip() + "\n"
