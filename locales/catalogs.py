"""Catalog upkeep that pybabel does not do itself: the English catalog is the source text.

``python -m locales.catalogs fill-english`` copies every English message id into its
translation, so the English catalog is complete by construction after ``pybabel update``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from locales.translator import DOMAIN, LOCALE_DIR


def catalog_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def fill_english(path: Path | None = None) -> int:
    """Fill untranslated English messages with their ids; return how many were filled."""
    path = path or catalog_path("en")
    with path.open("rb") as source:
        catalog = read_po(source, locale="en")
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            if not all(message.string or ()):
                message.string = tuple(message.id)
                filled += 1
        elif not message.string:
            message.string = message.id
            filled += 1
        if "fuzzy" in message.flags:
            message.flags.discard("fuzzy")
            message.string = message.id if isinstance(message.id, str) else tuple(message.id)
    catalog.last_translator = "sjogren-sfn-bot team (English is the source text)"
    catalog.language_team = "English"
    with path.open("wb") as target:
        write_po(target, catalog, width=None, ignore_obsolete=True)  # type: ignore[arg-type]
    return filled


def main(argv: list[str]) -> int:
    if argv[1:] == ["fill-english"]:
        print(f"filled {fill_english()} English messages")
        return 0
    print("usage: python -m locales.catalogs fill-english", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
