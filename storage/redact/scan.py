"""The scanner: the folded text cut into tokens, and what the rules claimed for each token."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from storage.redact.folding import word_key
from storage.redact.phrases import PHRASES, PhraseNode
from storage.redact.tokens import (
    CAPITAL,
    CLAUSE_ENDS,
    DIGIT_SEPARATORS,
    HOLDER,
    LINE,
    NO_SPACE,
    NUM,
    NUM_KEY,
    PUNCT,
    SPACE,
    UNCASED,
    WORD,
    WORD_PATTERN,
    common_word,
    word_shape,
)
from storage.redact.words.common import LEXICON, NOUN_ENDINGS, STATE_ENDINGS
from storage.redact.words.names import ALSO_NAMES, GREETINGS

# A token and the whitespace before it. Whitespace is consumed possessively and every
# alternative matches at least one character (or the end), so no attempt fails and
# backtracks: one match per token.
_TOKEN_RE = re.compile(
    r"\s*+(?:"
    r"\[(?:name|email|url|handle|phone|number|address|postcode|place|age|date)\]"
    rf"|{WORD_PATTERN}(?:-{WORD_PATTERN})*+"
    r"|[0-9]++"
    r"|."
    r"|\Z)",
    re.DOTALL,
)
_ASCII_DIGITS = frozenset("0123456789")
# Defined here, not imported: Python 3.11 calls a method of an imported name through a bound
# method made at each call, and ``_LINE_BREAKS.isdisjoint`` runs once per token.
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


class Scan:
    """The folded text as tokens, and what the rules claimed for each token.

    Whitespace is not a token: ``gap[i]`` says what separates token ``i`` from the one
    before it (``NO_SPACE``, ``SPACE`` or ``LINE``). Every rule visits only the tokens that
    can start it, and looks at a bounded number of tokens around each.
    """

    def __init__(self, view: str) -> None:
        kinds: list[str] = []
        starts: list[int] = []
        texts: list[str] = []
        keys: list[str] = []
        gaps: list[int] = []
        at: dict[str, list[int]] = {}
        gap = LINE
        position = 0
        for found in _TOKEN_RE.findall(view):
            first = found[:1]
            if first.isspace():
                text = found.lstrip()
                space = len(found) - len(text)
                gap = SPACE if _LINE_BREAKS.isdisjoint(found[:space]) else LINE
                position += space
                first = text[:1]
            else:
                text = found
            if not text:
                break  # the end
            if first in _ASCII_DIGITS:
                kind, key = NUM, NUM_KEY
            elif first == "[" and len(text) > 1:
                kind, key = HOLDER, text
            elif len(text) > 1 or first.isalnum():
                kind, key = WORD, word_key(text)
            else:
                kind, key = PUNCT, text
            indices = at.get(key)
            if indices is None:
                at[key] = [len(kinds)]
            else:
                indices.append(len(kinds))
            kinds.append(kind)
            starts.append(position)
            texts.append(text)
            keys.append(key)
            gaps.append(gap)
            position += len(text)
            gap = NO_SPACE
        self.kind = kinds
        self.start = starts
        self.text = texts
        self.key = keys
        self.gap = gaps
        self.at = at
        self.n = len(kinds)
        self.label: list[str | None] = [None] * self.n
        self.claims: list[tuple[int, int, str]] = []
        self.groups: dict[int, Group] = {}
        self.phrases: dict[str, list[tuple[int, int, int]]] = {}

    # ---- looking at tokens ---------------------------------------------------------------------

    def where(self, keys: Iterable[str]) -> list[int]:
        """The indices of the tokens with one of ``keys``, in order."""
        found: list[int] = []
        for key in self.at.keys() & set(keys):
            found.extend(self.at[key])
        found.sort()
        return found

    def where_word(self, test: Callable[[str], bool]) -> list[int]:
        """The indices of the words whose key passes ``test``, in order."""
        found: list[int] = []
        for key, indices in self.at.items():
            if self.kind[indices[0]] == WORD and test(key):
                found.extend(indices)
        found.sort()
        return found

    def free(self, i: int, j: int) -> bool:
        """No rule has claimed tokens ``i`` to ``j`` (exclusive)."""
        return 0 <= i <= j <= self.n and self.label[i:j].count(None) == j - i

    def claim(self, i: int, j: int, label: str) -> None:
        for k in range(i, j):
            self.label[k] = label
        self.claims.append((i, j, label))

    def extend(self, k: int, end: int) -> None:
        """Extend the claim holding token ``k`` to ``end`` (exclusive). It is the latest
        claim when e-mail addresses are looked for, so this looks from the end."""
        for n in range(len(self.claims) - 1, -1, -1):
            i, j, label = self.claims[n]
            if i <= k < j:
                for t in range(j, end):
                    self.label[t] = label
                self.claims[n] = (i, max(j, end), label)
                return

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kind[i] == WORD and self.label[i] is None

    def is_punct(self, i: int, chars: str | frozenset[str]) -> bool:
        return 0 <= i < self.n and self.kind[i] == PUNCT and self.text[i] in chars

    def glued(self, i: int) -> bool:
        """Token ``i`` follows the one before it with no space."""
        return 0 < i < self.n and self.gap[i] == NO_SPACE

    def spaced(self, i: int) -> bool:
        """Token ``i`` follows the one before it after spaces on the same line."""
        return 0 < i < self.n and self.gap[i] == SPACE

    def clause_end(self, i: int) -> bool:
        """Nothing, punctuation or a line break at ``i``: what may follow an age or a name."""
        return (
            i >= self.n
            or self.gap[i] == LINE
            or (self.kind[i] == PUNCT and self.text[i] in CLAUSE_ENDS)
        )

    def after_clause_end(self, i: int) -> bool:
        """Token ``i`` starts the text or a line, or follows punctuation."""
        return (
            i <= 0
            or i >= self.n
            or self.gap[i] == LINE
            or (self.kind[i - 1] == PUNCT and self.text[i - 1] in CLAUSE_ENDS)
        )

    def clause_start(self, i: int) -> bool:
        """Token ``i`` starts the text, a line or a clause, possibly after a greeting."""
        if self.after_clause_end(i):
            return True
        before = i - 1
        return (
            self.kind[before] == WORD
            and self.key[before] in GREETINGS
            and self.after_clause_end(before)
        )

    def name_word(self, i: int, lower: bool) -> bool:
        """Word ``i`` may be (part of) a name: not in the word lists, and capitalised, or in
        a script without case, or (with ``lower``) lower case without a state ending."""
        if not self.is_word(i):
            return False
        key = self.key[i]
        if len(key) < 2:
            return False
        shape = word_shape(self.text[i])
        if common_word(key) and not (shape == CAPITAL and self.also_name(i)):
            return False
        if shape == CAPITAL:
            return not key.endswith(NOUN_ENDINGS)
        if shape == UNCASED:
            return True
        return lower and not key.endswith(STATE_ENDINGS)

    def also_name(self, i: int) -> bool:
        """Capitalised word ``i`` is listed only as a given name's namesake ("Marco" /
        "março", "Anne-Marie" / Turkish "anne") and no number follows it ("May 5")."""
        parts = self.key[i].split("-")
        if not all(part in ALSO_NAMES or part not in LEXICON for part in parts):
            return False
        if len(parts) > 1 and not all(part[:1].isupper() for part in self.text[i].split("-")):
            return False
        return not (self.spaced(i + 1) and self.kind[i + 1] == NUM)

    def initial(self, i: int) -> bool:
        """A capital letter and a full stop: "J." in "J. R. R. Tolkien"."""
        return (
            self.is_word(i)
            and len(self.text[i]) == 1
            and self.text[i].isupper()
            and self.is_punct(i + 1, ".")
            and self.glued(i + 1)
        )

    def find_phrases(self) -> None:
        """Every phrase of ``PHRASES`` in the text: ``phrases[kind]`` holds (first word,
        index after the phrase, index of the phrase in its list), the longest phrase of each
        kind at each place. Each walk down the trie is at most a few words deep."""
        kind, text, key, gap, n = self.kind, self.text, self.key, self.gap, self.n
        for i in self.where(PHRASES):
            if kind[i] != WORD:
                continue
            if i > 0 and gap[i] == NO_SPACE and (kind[i - 1] != PUNCT or text[i - 1] in "'-"):
                continue  # inside a word: "ім'я", "well-being"
            found: dict[str, tuple[int, int]] = {}
            node: PhraseNode | None = PHRASES[key[i]]
            j = i + 1
            while node is not None:
                if node.ends and (j >= n or kind[j] != WORD or gap[j] != NO_SPACE):
                    for phrase_kind, index in node.ends:
                        found[phrase_kind] = (j, index)
                if j >= n or not node.next:
                    break
                if kind[j] == PUNCT and gap[j] == NO_SPACE:
                    node = node.next.get(text[j])
                elif kind[j] == WORD and gap[j] != LINE:
                    node = node.next.get(key[j])
                else:
                    break
                j += 1
            for phrase_kind, (end, index) in found.items():
                self.phrases.setdefault(phrase_kind, []).append((i, end, index))

    def phrase_ends(self, phrase_kind: str) -> list[tuple[int, int, int]]:
        """The phrases of ``phrase_kind`` whose words are all still unclaimed."""
        return [
            (i, j, index)
            for i, j, index in self.phrases.get(phrase_kind, ())
            if self.label[i:j].count(None) == j - i
        ]

    # ---- digits --------------------------------------------------------------------------------

    def digit_groups(self, free_only: bool) -> list[Group]:
        """Numbers with the separators of phone numbers between their digits, in order;
        ``free_only``: of the tokens not claimed yet. A number of 1-3 digits standing alone
        is left out (nothing is done with it)."""
        groups: list[Group] = []
        kind, text, gap, label, n = self.kind, self.text, self.gap, self.label, self.n
        done = -1
        for first in self.at.get(NUM_KEY, ()):
            if first <= done or (free_only and label[first] is not None):
                continue
            parts = [first]
            separators: list[str] = []
            spaced = False
            j = first + 1
            between = ""
            in_word = first > 0 and gap[first] == NO_SPACE and kind[first - 1] in (WORD, HOLDER)
            while j < n and gap[j] != LINE and (label[j] is None or not free_only):
                if in_word and gap[j] != NO_SPACE:
                    break
                if kind[j] == NUM:
                    spaced = spaced or gap[j] != NO_SPACE
                    parts.append(j)
                    separators.append(between)
                    between = ""
                elif kind[j] == PUNCT and (
                    (text[j] in DIGIT_SEPARATORS and text[j] != ".")
                    or (  # "0151,2345", "0151.2345", not "I was 2. 18 …"
                        text[j] in ".,"
                        and gap[j] == NO_SPACE
                        and j + 1 < n
                        and gap[j + 1] == NO_SPACE
                    )
                ):
                    between += text[j]
                    spaced = spaced or gap[j] != NO_SPACE
                else:
                    break
                j += 1
            last = parts[-1]
            lead = first
            while (
                lead > 0
                and first - lead < 2
                and gap[lead] == NO_SPACE
                and kind[lead - 1] == PUNCT
                and text[lead - 1] in "+("
                and (label[lead - 1] is None or not free_only)
            ):
                lead -= 1
            done = last
            if len(parts) == 1 and lead == first and len(text[first]) < 4:
                continue
            groups.append(Group(lead, first, last, [text[k] for k in parts], separators, spaced))
        return groups

    def single_number(self, i: int, low: int, high: int) -> bool:
        """Token ``i`` is a free number between ``low`` and ``high`` standing alone (not one
        group of a phone number)."""
        if not (0 <= i < self.n and self.kind[i] == NUM and self.label[i] is None):
            return False
        group = self.groups.get(i)
        if group is not None and (len(group.parts) != 1 or group.lead != group.first):
            return False
        text = self.text[i]
        return len(text) <= 4 and low <= int(text) <= high


class Group:
    """Numbers joined by phone-number separators: "0151 2345 6789", "01.05.1960"."""

    __slots__ = ("first", "last", "lead", "parts", "separators", "spaced")

    def __init__(
        self,
        lead: int,
        first: int,
        last: int,
        parts: list[str],
        separators: list[str],
        spaced: bool,
    ) -> None:
        self.lead = lead  # a "+" or "(" before the first digit, else ``first``
        self.first = first
        self.last = last
        self.parts = parts
        self.separators = separators
        self.spaced = spaced

    @property
    def digits(self) -> int:
        return sum(len(part) for part in self.parts)
