"""Section 5 of the document: the typed-distress phrases of the language it covers."""

from __future__ import annotations

import importlib

from babel import Locale

from bot.content_export.document import Doc
from dialogs import distress as distress_package
from dialogs.distress.phrases import Category, PhraseList, phrase_lists


def write(doc: Doc, code: str) -> None:
    doc.heading(2, "5. The typed-distress phrases")
    doc.quote(distress_package.__doc__)
    phrases = next(p for p in phrase_lists() if p.language == code)
    name = Locale.parse(code).get_display_name("en") or code
    doc.para(
        f"The {name} list (`dialogs/distress/{code.lower()}.py`). Every list is read whatever "
        "the person's language; the other languages' lists are in their own documents."
    )
    doc.quote(importlib.import_module(f"dialogs.distress.{code.lower()}").__doc__)
    for title, entries in _categories(phrases):
        doc.heading(3, f"{title} ({len(entries)} phrases)")
        doc.add(*(f"- `{phrase}`" for phrase in entries))


def _categories(phrases: PhraseList) -> list[tuple[str, tuple[str, ...]]]:
    found = [(f"`{category.value}`", phrases.of(category)) for category in Category]
    return [*found, ("`not_distress` (cancels a match it overlaps)", phrases.not_distress)]
