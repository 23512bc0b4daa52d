"""Translatable text as plain data.

The core never translates: it marks messages with ``N_`` / ``Np_`` so that pybabel extracts
them, and hands the shells values of the types below, which the shells render in the
person's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal


def N_(message: str) -> str:
    """Mark a message for extraction; return it unchanged."""
    return message


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with plural forms for extraction; return both forms."""
    return singular, plural


def _no_params() -> Mapping[str, Param]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Msg:
    """A gettext message id with named parameters (``{name}`` placeholders)."""

    msgid: str
    params: Mapping[str, Param] = field(default_factory=_no_params)


@dataclass(frozen=True)
class Plural:
    """A message with plural forms chosen by ``count``; ``{count}`` is available."""

    singular: str
    plural: str
    count: int
    params: Mapping[str, Param] = field(default_factory=_no_params)


@dataclass(frozen=True)
class Territory:
    """A country's name, rendered from the locale data (CLDR) of the person's language."""

    code: str


@dataclass(frozen=True)
class Verbatim:
    """Text that is never translated: a phone number, a URL, a number, a service's name."""

    text: str


@dataclass(frozen=True)
class ByLanguage:
    """Text that is never translated but differs by the reader's language: a service's name
    and number in a country with several languages (``default`` for the other languages)."""

    default: str
    by_language: tuple[tuple[str, str], ...] = ()

    def choose(self, language: str) -> str:
        base = language.replace("-", "_").split("_")[0].lower()
        for code, text in self.by_language:
            if code.split("_")[0].lower() == base:
                return text
        return self.default


@dataclass(frozen=True)
class Today:
    """Today's date, formatted by the shell for the person's locale (the core has no clock)."""


@dataclass(frozen=True)
class ListOf:
    """Several values joined as a list in the person's language: "a, b and c", or with
    ``style="or"`` "a, b or c"."""

    items: tuple[Msg | Territory | Verbatim | ByLanguage, ...]
    style: Literal["and", "or"] = "and"


Text = Msg | Plural | Territory | Verbatim | ByLanguage | Today | ListOf
Param = str | int | Text


def msg(message: str, **params: Param) -> Msg:
    """Build a ``Msg`` from an already-marked message id and its parameters."""
    return Msg(message, MappingProxyType(dict(params)))


def plural(forms: tuple[str, str], count: int, **params: Param) -> Plural:
    """Build a ``Plural`` from ``Np_`` forms, a count and parameters."""
    return Plural(forms[0], forms[1], count, MappingProxyType(dict(params)))


def rough_english(value: Text) -> str:
    """The English text of a value without a translator: message ids filled in, lists joined,
    a country's code and a placeholder date. Close enough to measure a screen's length."""
    match value:
        case Msg(msgid, params):
            return msgid.format(**{k: _rough(v) for k, v in params.items()}) if params else msgid
        case Plural(singular, plural_form, count, params):
            template = singular if count == 1 else plural_form
            return template.format(count=count, **{k: _rough(v) for k, v in params.items()})
        case Territory(code):
            return f"{code.upper():<14}"
        case Verbatim(text):
            return text
        case ByLanguage(default):
            return default
        case Today():
            return "September 30, 2026"
        case ListOf(items, style):
            parts = [rough_english(item) for item in items]
            last = " or " if style == "or" else " and "
            return (
                last.join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "".join(parts)
            )
    raise TypeError(f"not a text value: {type(value).__name__}")


def _rough(value: Param) -> str:
    return str(value) if isinstance(value, str | int) else rough_english(value)
