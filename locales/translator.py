"""Message catalogs and language negotiation, over Babel.

Catalogs are compiled from the ``.po`` files (``make catalogs``); a language whose catalog is
missing falls back to the message ids. Nothing here knows the dialog's content.
"""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).resolve().parent
DOMAIN = "messages"

# The languages the bot speaks, as gettext locale names (the directory names under locales/).
SUPPORTED: tuple[str, ...] = (
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt_BR",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "ar",
)

# Bare language codes that name a regional catalog.
_ALIASES = {"pt": "pt_BR"}


def available() -> tuple[str, ...]:
    """The supported languages whose catalog is present (English always is)."""
    return tuple(
        code
        for code in SUPPORTED
        if code == "en" or (LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po").exists()
    )


def negotiate(tag: str | None, default: str = "en") -> str:
    """The supported language for a tag such as ``pt-br``, ``de-AT``, ``uk`` or ``ES``."""
    if not tag:
        return default
    cleaned = tag.strip().replace("-", "_")
    if not cleaned:
        return default
    parts = cleaned.split("_")
    language = parts[0].lower()
    candidates = []
    if len(parts) > 1:
        candidates.append(f"{language}_{parts[1].upper()}")
    candidates.append(language)
    for candidate in candidates:
        if candidate in SUPPORTED:
            return candidate
        if candidate in _ALIASES:
            return _ALIASES[candidate]
    return default


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog for ``language``; the message ids themselves when there is none.

    The compiled ``.mo`` is used when it is at least as new as its ``.po``; otherwise (an
    install that skipped ``make catalogs``, or a ``.po`` edited since) the ``.po`` is compiled
    in memory, so a person never sees a stale or missing translation.
    """
    directory = LOCALE_DIR / language / "LC_MESSAGES"
    po_file, mo_file = directory / f"{DOMAIN}.po", directory / f"{DOMAIN}.mo"
    if mo_file.exists() and (
        not po_file.exists() or mo_file.stat().st_mtime >= po_file.stat().st_mtime
    ):
        with mo_file.open("rb") as compiled:
            return Translations(compiled, domain=DOMAIN)
    if po_file.exists():
        with po_file.open("rb") as source:
            catalog = read_po(source, locale=language, domain=DOMAIN)
        buffer = BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        return Translations(buffer, domain=DOMAIN)
    return NullTranslations()


def catalog_messages(language: str) -> dict[str, str]:
    """Every translated message of a catalog: message id (plural forms joined by a NUL) to
    its translation (likewise), the header left out."""
    directory = LOCALE_DIR / language / "LC_MESSAGES"
    po_file = directory / f"{DOMAIN}.po"
    if not po_file.exists():
        return {}
    with po_file.open("rb") as source:
        catalog = read_po(source, locale=language, domain=DOMAIN)
    messages: dict[str, str] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        messages["\x00".join(ids)] = "\x00".join(s or "" for s in strings)
    return messages


@cache
def babel_locale(language: str) -> Locale:
    """The Babel locale for one of our language codes."""
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def native_name(language: str) -> str:
    """The language's name in itself, for the /language menu (for example ``Deutsch``)."""
    name = babel_locale(language).get_display_name(babel_locale(language)) or language
    return name[:1].upper() + name[1:]


def territory_name(code: str, language: str) -> str:
    """A country's name in ``language`` from CLDR; the code itself when CLDR has none."""
    return str(babel_locale(language).territories.get(code.upper(), code.upper()))


def is_rtl(language: str) -> bool:
    """Whether the language is written right to left."""
    return babel_locale(language).character_order == "right-to-left"
