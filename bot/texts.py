"""Turn the core's translatable values into strings in one language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from dialogs.text import ByLanguage, ListOf, Msg, Param, Plural, Territory, Text, Today, Verbatim
from locales.translator import babel_locale, is_rtl, territory_name, translations

# First-strong isolate and pop: keep a number, a name or a list of its own direction inside
# right-to-left text, so "112" or "(ESSDAI)" cannot scramble the sentence around it.
FSI, PDI = "\u2068", "\u2069"


@lru_cache(maxsize=4096)
def _decimal(value: int, language: str) -> str:
    """A whole number as the language writes it (Babel's formatting is slow; the same few
    numbers, the progress line's step and total, are written on every screen)."""
    return format_decimal(value, locale=babel_locale(language))


class Localizer:
    """Renders ``Text`` values and whole screens as plain text in one language."""

    def __init__(self, language: str, today: Callable[[], date] = date.today) -> None:
        self.language = language
        self._catalog = translations(language)
        self._locale = babel_locale(language)
        self._today = today
        self._rtl = is_rtl(language)

    def text(self, value: Text) -> str:
        """One translated value, its parameters filled in."""
        match value:
            case Msg(msgid, params):
                return self._fill(self._catalog.gettext(msgid), params)
            case Plural(singular, plural_form, count, params):
                chosen = self._catalog.ngettext(singular, plural_form, count)
                return self._fill(chosen, {"count": count, **params})
            case Territory(code):
                return territory_name(code, self.language)
            case Verbatim(text):
                return text
            case ByLanguage() as chosen:
                return chosen.choose(self.language)
            case Today():
                return format_date(self._today(), format="long", locale=self._locale)
            case ListOf(items, style):
                parts = [self.text(item) for item in items]
                return format_list(
                    parts, style="or" if style == "or" else "standard", locale=self._locale
                )
        raise TypeError(f"not a text value: {type(value).__name__}")

    def _fill(self, template: str, params: Mapping[str, Param]) -> str:
        if not params:
            return template
        return template.format(**{key: self._param(value) for key, value in params.items()})

    def _param(self, value: Param) -> str:
        if isinstance(value, str):
            rendered = value
        elif isinstance(value, int):
            rendered = _decimal(value, self.language)
        else:
            rendered = self.text(value)
        return f"{FSI}{rendered}{PDI}" if self._rtl else rendered
