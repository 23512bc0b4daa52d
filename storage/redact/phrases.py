"""The trie of introducing phrases ("my name is", "I'm", "tengo", "live in" …).

All phrases of all kinds are in one trie, by their first word, so that the scanner finds every
one of them in one pass over the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storage.redact.folding import fold, word_key
from storage.redact.tokens import WORD_PATTERN
from storage.redact.words.dates import AGE_PHRASES
from storage.redact.words.names import STRONG_NAME_PHRASES, WEAK_NAME_PHRASES
from storage.redact.words.places import PLACE_PHRASES


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(
        word_key(t) for t in re.findall(rf"{WORD_PATTERN}(?:-{WORD_PATTERN})*|'|\.", fold(phrase))
    )


class PhraseNode:
    """A node of the phrase trie: the phrases ending here (kind, index in its list) and the
    words that continue them."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.ends: list[tuple[str, int]] = []
        self.next: dict[str, PhraseNode] = {}


STRONG, WEAK, AGED, LIVE = "strong", "weak", "aged", "live"  # kinds of phrase


def _phrase_trie(*lists: tuple[str, Iterable[str]]) -> dict[str, PhraseNode]:
    """One trie of all phrases, by their first word; each apostrophe and full stop of a
    phrase may also be left out ("I'm" / "I m")."""
    roots: dict[str, PhraseNode] = {}
    for kind, phrases in lists:
        for index, phrase in enumerate(phrases):
            keys = _phrase_keys(phrase)
            variants = {keys, tuple(k for k in keys if k not in ("'", "."))}
            for variant in variants:
                node = roots.setdefault(variant[0], PhraseNode())
                for part in variant[1:]:
                    node = node.next.setdefault(part, PhraseNode())
                node.ends.append((kind, index))
    return roots


PHRASES = _phrase_trie(
    (STRONG, STRONG_NAME_PHRASES),
    (WEAK, (phrase for phrase, _, _ in WEAK_NAME_PHRASES)),
    (AGED, (phrase for phrase, _ in AGE_PHRASES)),
    (LIVE, PLACE_PHRASES),
)
