"""Folding: word keys for comparing words, and the folded view of a text.

Words are compared by key (``word_key``): case-folded, accents and Arabic vowel marks removed,
so "Müde", "mude" and "MÜDE" are one word. The rules read a folded view of the text
(``fold``): every digit in ASCII, full-width forms, apostrophes and dashes unified, one
character for one, so that a position in the view is the same position in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ---- word keys -----------------------------------------------------------------------------------

# Marks removed from keys (after NFD): Latin/Cyrillic combining marks, Arabic vowel signs.
_MARK_RANGES = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
)
_KEY_TABLE: dict[int, str | None] = {
    cp: None for low, high in _MARK_RANGES for cp in range(low, high + 1)
}
_KEY_TABLE.update({ord("ı"): "i", ord("ـ"): None, ord("ى"): "ي", ord("ة"): "ه", ord("ё"): "е"})


@lru_cache(maxsize=8192)
def word_key(word: str) -> str:
    """``word`` as compared with the word lists: case-folded, without accents or vowel marks."""
    return unicodedata.normalize("NFD", word.casefold()).translate(_KEY_TABLE)


def word_keys(*texts: str) -> frozenset[str]:
    """The keys of the words of ``texts``: a word list written as text."""
    return frozenset(word_key(word) for text in texts for word in text.split())


# ---- the folded view -----------------------------------------------------------------------------

# One character for one, so that positions in the folded view are positions in the text.
_FOLD: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: " ", 0x060C: ",", 0x061B: ";", 0x061F: "?", 0x066B: ".", 0x066C: ","})
_FOLD.update({0x06D4: "."})
_FOLD.update({cp: "ـ" for low, high in _MARK_RANGES for cp in range(low, high + 1)})
_FOLD.update(dict.fromkeys(map(ord, "’‘ʼ`´′ʹ"), "'"))
_FOLD.update(dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\ufe63"), "-"))
_FOLD.update(dict.fromkeys(map(ord, "\u2013\u2014\u2015"), "–"))
_NON_ASCII_DIGIT_RE = re.compile(r"(?![0-9])\d")


def fold(text: str) -> str:
    """``text`` with every digit in ASCII, full-width forms, apostrophes and dashes unified."""
    text = _NON_ASCII_DIGIT_RE.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    return text.translate(_FOLD)
