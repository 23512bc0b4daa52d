"""The catalogs the document reads: the English messages, and a translation beside them.

Also the language codes the export accepts, the plural forms' labels ("for 1", "for 0, 2, 3…")
and each string's stable id.
"""

from __future__ import annotations

import gettext
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from locales.translator import DOMAIN, LOCALE_DIR, SUPPORTED

ACCEPTED_CODES: tuple[str, ...] = SUPPORTED
"""The language codes ``export`` accepts (any case, ``-`` or ``_``: ``pt-br`` is ``pt_BR``)."""


def string_id(key: str) -> str:
    """A string's stable id, from its English text (the catalog's message id): the same in
    every language's document, and in every content version where the text is unchanged."""
    return "m-" + hashlib.sha256(key.encode()).hexdigest()[:8]


def catalog_code(code: str | None) -> str | None:
    """The catalog's code for ``code``; None for English."""
    if code is None:
        return None
    by_key = {accepted.lower(): accepted for accepted in ACCEPTED_CODES}
    found = by_key.get(code.strip().replace("-", "_").lower())
    if found is None:
        raise ValueError(
            f"unknown language {code!r}: the accepted codes are {', '.join(ACCEPTED_CODES)} "
            "(any case; pt-br for pt_BR)"
        )
    return None if found == "en" else found


@dataclass(frozen=True)
class Message:
    """One message of the English catalog."""

    key: str  # the message id; a plural's two forms joined by a NUL (as ``catalog_messages``)
    forms: tuple[str, ...]  # the English: the text, or the singular and the plural
    note: str  # the comment for translators
    files: tuple[str, ...]  # where it is used


@dataclass(frozen=True)
class Translation:
    """One language's catalog, for the lines beside the English."""

    code: str
    name: str  # the language's name in English, e.g. "German"
    strings: Mapping[str, tuple[str, ...]]
    form_labels: tuple[str, ...]  # which numbers take each plural form, e.g. "for 1"
    status: str  # the catalog's header comment: its review status


def read_catalog(code: str) -> Catalog:
    with (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return read_po(source, locale=code, domain=DOMAIN)


def _forms(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(str(form or "") for form in value)
    return (str(value or ""),)


def english_messages(catalog: Catalog) -> dict[str, Message]:
    """The English catalog's messages, in its order."""
    found: dict[str, Message] = {}
    for message in catalog:
        if not message.id:
            continue
        forms = _forms(message.id)
        files = tuple(dict.fromkeys(str(path) for path, _ in message.locations))
        note = " ".join(str(comment) for comment in message.auto_comments)
        found["\x00".join(forms)] = Message("\x00".join(forms), forms, note, files)
    return found


def read_translation(code: str) -> Translation:
    catalog = read_catalog(code)
    strings = {
        "\x00".join(_forms(message.id)): _forms(message.string)
        for message in catalog
        if message.id and not message.fuzzy
    }
    return Translation(
        code=code,
        name=Locale.parse(code).get_display_name("en") or code,
        strings=strings,
        form_labels=_plural_labels(catalog.plural_expr, catalog.num_plurals),
        status=" ".join(
            line.strip("# ").strip()
            for line in (catalog.header_comment or "").splitlines()
            if "review" in line.lower() or "translat" in line.lower()
        ),
    )


def _plural_labels(expression: str, count: int) -> tuple[str, ...]:
    """For each plural form, a few of the numbers that take it: "for 1", "for 0, 2, 3, 4…"."""
    form_of = gettext.c2py(expression)
    examples: list[list[int]] = [[] for _ in range(count)]
    for number in (*range(201), 1_000_000):
        form = form_of(number)
        if 0 <= form < count and len(examples[form]) < 5:
            examples[form].append(number)
    return tuple(
        "for " + ", ".join(str(n) for n in numbers[:4]) + ("…" if len(numbers) > 4 else "")
        for numbers in examples
    )
