"""Tokens: their kinds, what separates them, and the shapes of words."""

from __future__ import annotations

from functools import lru_cache

from storage.redact.words.common import LEXICON

# A word. In the folded view digits are ASCII and combining marks are tatweels (word
# characters), so a word is one character class.
WORD_PATTERN = r"[^\W0-9_]++"
# Ends a name, a place, an age: punctuation, a line break.
CLAUSE_ENDS = frozenset('.,;:!?()[]{}"«»“”„…–-/|')
# Between the digits of one number: "0151 2345 6789", "(030) 1234567", "06.12.34.56.78".
DIGIT_SEPARATORS = frozenset(".-–/()")

# Kinds of token: a word, a number, a sign, a placeholder.
WORD, NUM, PUNCT, HOLDER = "w", "n", "o", "p"
# What separates a token from the one before it.
NO_SPACE, SPACE, LINE = 0, 1, 2
NUM_KEY = "##"  # the key of every number token (no word or sign has it)

# Shapes of a word (``word_shape``).
CAPITAL, LOWER, UPPER, UNCASED = "C", "l", "U", "-"


@lru_cache(maxsize=8192)
def word_shape(word: str) -> str:
    """``CAPITAL`` ("Anna"), ``LOWER`` ("anna"), ``UPPER`` ("ANNA") or ``UNCASED`` (Arabic)."""
    if word.lower() == word.upper():
        return UNCASED
    if word[0].isupper():
        return UPPER if len(word) > 1 and word.isupper() else CAPITAL
    return LOWER


@lru_cache(maxsize=8192)
def common_word(key: str) -> bool:
    """Whether the word is in the word lists (each part of a hyphenated word; an Arabic word
    also without a leading و/ف/ب/ل)."""
    if key in LEXICON:
        return True
    if "-" in key:
        return any(part in LEXICON for part in key.split("-"))
    return len(key) > 2 and key[0] in "وفبل" and key[1:] in LEXICON
