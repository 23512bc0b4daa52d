"""Translatable text as plain data.

The core never translates: it marks messages with ``N_`` / ``Np_`` so that pybabel extracts
them, and hands the shells values of the types below, which the shells render in the
person's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


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
class Today:
    """Today's date, formatted by the shell for the person's locale (the core has no clock)."""


@dataclass(frozen=True)
class ListOf:
    """Several values joined as a list in the person's language ("a, b and c")."""

    items: tuple[Msg | Territory | Verbatim, ...]


Text = Msg | Plural | Territory | Verbatim | Today | ListOf
Param = str | int | Text


def msg(message: str, **params: Param) -> Msg:
    """Build a ``Msg`` from an already-marked message id and its parameters."""
    return Msg(message, MappingProxyType(dict(params)))


def plural(forms: tuple[str, str], count: int, **params: Param) -> Plural:
    """Build a ``Plural`` from ``Np_`` forms, a count and parameters."""
    return Plural(forms[0], forms[1], count, MappingProxyType(dict(params)))
