"""The phrase matcher: normalisation, phrase syntax, and reading a text into categories."""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

# The languages whose lists are read (module names in this package).
LANGUAGES: tuple[str, ...] = (
    "en", "es", "fr", "de", "it", "pt_BR", "nl", "pl", "ru", "uk", "tr", "ar",
)  # fmt: skip
GAP = ".."
GAP_WORDS = 3
NUMBER = "#"


class Category(StrEnum):
    """What a typed text reads as, most serious first (the order of ``SEVERITY``)."""

    SUICIDAL_ACT = "suicidal_act"
    SUICIDAL_WISH = "suicidal_wish"
    EMERGENCY_WORDS = "emergency_words"
    DISTRESS_UNCLEAR = "distress_unclear"


SEVERITY: tuple[Category, ...] = tuple(Category)


@dataclass(frozen=True)
class PhraseList:
    """One language's phrases for each category, and the phrases that cancel a match."""

    language: str
    suicidal_act: tuple[str, ...] = ()
    suicidal_wish: tuple[str, ...] = ()
    emergency_words: tuple[str, ...] = ()
    distress_unclear: tuple[str, ...] = ()
    not_distress: tuple[str, ...] = ()

    def of(self, category: Category) -> tuple[str, ...]:
        phrases: tuple[str, ...] = getattr(self, category.value)
        return phrases


@dataclass(frozen=True)
class Reading:
    """What a text reads as: every category found, and the most serious of them."""

    categories: frozenset[Category] = field(default_factory=frozenset)

    @property
    def category(self) -> Category | None:
        return next((c for c in SEVERITY if c in self.categories), None)

    def has(self, category: Category) -> bool:
        return category in self.categories


# ---- normalisation -----------------------------------------------------------------------------

_APOSTROPHES = "'’‘ʼ`´ʹ′"
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": ""})
_LATIN_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"})
_NOT_WORD = re.compile(r"[^\w*]+")
_REPEATS = re.compile(r"(\w)\1{2,}")


def normalise(text: str) -> str:
    """Lower case, no accents or diacritics (in any script), no apostrophes, punctuation as
    spaces, letters repeated three times or more written twice ("sooo" -> "soo"), spaces
    collapsed: ``"I'm   SO tired…"`` -> ``"im so tired"``, ``"Ich heiße"`` -> ``"ich heisse"``.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in folded if not unicodedata.combining(ch))
    kept = kept.translate(_LATIN_FOLD).translate(_ARABIC_FOLD)
    for apostrophe in _APOSTROPHES:
        kept = kept.replace(apostrophe, "")
    kept = _REPEATS.sub(r"\1\1", kept)
    return " ".join(
        _NOT_WORD.sub(" ", unicodedata.normalize("NFC", kept)).replace("*", " ").split()
    )


# ---- phrases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word of a phrase; ``prefix``: any word that starts with ``text`` matches."""

    text: str
    prefix: bool = False

    def matches(self, word: str) -> bool:
        if self.text == NUMBER:
            return word.isdecimal()
        return word.startswith(self.text) if self.prefix else word == self.text


Token = Word | None  # None: a gap of up to GAP_WORDS words


def compile_phrase(phrase: str) -> tuple[Token, ...]:
    """A phrase as tokens; raises ``ValueError`` for a phrase that could match anything."""
    tokens: list[Token] = []
    for raw in phrase.split():
        if raw == GAP:
            tokens.append(None)
            continue
        if raw == NUMBER:
            tokens.append(_word(NUMBER, False))
            continue
        prefix = raw.endswith("*")
        words = _normal_words(raw.rstrip("*"))
        if not words:
            continue
        tokens.extend(_word(word, False) for word in words[:-1])
        tokens.append(_word(words[-1], prefix))
    if not tokens or tokens[0] is None or tokens[-1] is None:
        raise ValueError(f"a phrase must start and end with a word: {phrase!r}")
    first = tokens[0]
    if first.prefix and len(first.text) < 3:
        raise ValueError(f"a word stem must have at least 3 letters: {phrase!r}")
    return tuple(tokens)


@cache
def _word(text: str, prefix: bool) -> Word:
    """One shared ``Word`` for each word: the lists hold some 140,000 words but only a few
    thousand different ones, and the compiled lists stay in memory for the process's life."""
    return Word(text, prefix)


@cache
def _normal_words(raw: str) -> tuple[str, ...]:
    """``normalise``d words of one word of a phrase; the same words recur in thousands of
    phrases, so compiling the lists normalises each only once (cleared once compiled)."""
    return tuple(normalise(raw).split())


def _match_at(tokens: tuple[Token, ...], words: list[str], start: int) -> int | None:
    """The end (exclusive) of the shortest match of ``tokens`` at ``words[start]``."""
    if not tokens:
        return start
    token, rest = tokens[0], tokens[1:]
    if token is None:
        for skip in range(GAP_WORDS + 1):
            end = _match_at(rest, words, start + skip)
            if end is not None:
                return end
            if start + skip >= len(words):
                break
        return None
    if start < len(words) and token.matches(words[start]):
        return _match_at(rest, words, start + 1)
    return None


@dataclass(frozen=True)
class _Compiled:
    """Every language's phrases of one kind, indexed by first word for a linear scan."""

    exact: dict[str, list[tuple[Token, ...]]]
    prefixed: dict[str, list[tuple[Token, ...]]]  # by the first three letters of the stem

    @classmethod
    def of(cls, phrases: list[str]) -> _Compiled:
        exact: dict[str, list[tuple[Token, ...]]] = {}
        prefixed: dict[str, list[tuple[Token, ...]]] = {}
        for phrase in phrases:
            tokens = compile_phrase(phrase)
            first = tokens[0]
            assert first is not None
            if first.prefix:
                prefixed.setdefault(first.text[:3], []).append(tokens)
            else:
                exact.setdefault(first.text, []).append(tokens)
        return cls(exact, prefixed)

    def spans(self, words: list[str]) -> Iterator[tuple[int, int]]:
        for start, word in enumerate(words):
            candidates = [*self.exact.get(word, ()), *self.prefixed.get(word[:3], ())]
            if word.isdecimal():
                candidates.extend(self.exact.get(NUMBER, ()))
            for tokens in candidates:
                end = _match_at(tokens, words, start)
                if end is not None:
                    yield start, end


def phrase_lists() -> tuple[PhraseList, ...]:
    """Every language's list, in ``LANGUAGES`` order."""
    return tuple(_load(language) for language in LANGUAGES)


def _load(language: str) -> PhraseList:
    module = importlib.import_module(f"dialogs.distress.{language.lower()}")
    phrases = module.PHRASES
    assert isinstance(phrases, PhraseList) and phrases.language == language
    return phrases


@cache
def _compiled() -> tuple[dict[Category, _Compiled], _Compiled]:
    lists = phrase_lists()
    by_category = {
        category: _Compiled.of([p for lst in lists for p in lst.of(category)])
        for category in Category
    }
    cancelling = _Compiled.of([p for lst in lists for p in lst.not_distress])
    _normal_words.cache_clear()
    return by_category, cancelling


def read(text: str) -> Reading:
    """What ``text`` reads as in any supported language."""
    words = normalise(text).split()
    if not words:
        return Reading()
    by_category, cancelling = _compiled()
    cancelled = list(cancelling.spans(words))
    found = set()
    for category, compiled in by_category.items():
        for start, end in compiled.spans(words):
            if not any(start < c_end and c_start < end for c_start, c_end in cancelled):
                found.add(category)
                break
    return Reading(frozenset(found))
