"""Places: after "live in" phrases and prepositions, after a name, Turkish "Ankara'da"."""

from __future__ import annotations

from functools import lru_cache

from storage.redact.phrases import LIVE
from storage.redact.placeholders import NAME, PLACE
from storage.redact.scan import Scan
from storage.redact.tokens import CAPITAL, LOWER, UNCASED, common_word, word_shape
from storage.redact.words.common import LEXICON, NOUN_ENDINGS, STATE_ENDINGS
from storage.redact.words.places import (
    CASE_ENDINGS,
    FACILITY_AFTER,
    FACILITY_BEFORE,
    FACILITY_PREPOSITIONS,
    FACILITY_QUALIFIERS,
    FROM,
    FROM_PHRASES,
    PLACE_ARTICLES,
    PLACE_JOINERS,
    PLACE_PHRASES,
    PLACE_PREPOSITIONS,
    SAINTS,
    TR_FROM_ENDINGS,
    TR_LIVE,
    TR_NAME_SUFFIXES,
    TR_PLACE_SUFFIXES,
)


def _from_town_word(key: str) -> bool:
    """Turkish "İzmirliyim" (I am from İzmir)."""
    return len(key) > 7 and key.endswith(TR_FROM_ENDINGS)


def places(scan: Scan) -> None:
    """Places after "live in"-style phrases and prepositions; Turkish "Ankara'da"; the names
    of places of care."""
    for t in scan.where(FACILITY_AFTER):
        _facility_after(scan, t)
    for t in scan.where(FACILITY_BEFORE):
        _facility_before(scan, t)
    for _, end, index in scan.phrase_ends(LIVE):
        j = _skip_article(scan, end)
        if scan.spaced(j) and scan.is_word(j):
            shape = word_shape(scan.text[j])
            key = scan.key[j]
            lower_ok = (
                shape == LOWER
                and len(key) > 2
                and not key.endswith(STATE_ENDINGS)
                and PLACE_PHRASES[index] not in FROM_PHRASES
            )
            if not common_word(key) and (shape in (CAPITAL, UNCASED) or lower_ok):
                claim_place(scan, j, shape == UNCASED)
    for i in scan.where(PLACE_PREPOSITIONS):
        if not scan.is_word(i) or (scan.key[i] == "a" and scan.text[i] not in ("à", "À")):
            continue  # French "à", not "a"
        j = _skip_article(scan, i + 1)
        if scan.spaced(j) and place_word(scan, j):
            claim_place(scan, j, False)
    for _, end, label in list(scan.claims):
        after_name = label == NAME and scan.is_word(end) and scan.key[end] in FROM
        place = end + 1
        if after_name and scan.spaced(end) and scan.spaced(place) and scan.name_word(place, False):
            claim_place(scan, place, word_shape(scan.text[place]) == UNCASED)
    for quote in scan.at.get("'", []):
        _turkish_proper_noun(scan, quote)
    for verb in scan.where(TR_LIVE):
        k = verb - 1
        if (
            scan.spaced(verb)
            and place_word(scan, k)
            and scan.key[k].endswith(("da", "de", "ta", "te"))
        ):
            scan.claim(k, k + 1, PLACE)
    for k in scan.where_word(_from_town_word):
        if place_word(scan, k):
            scan.claim(k, k + 1, PLACE)


def _facility_after(scan: Scan, t: int) -> None:
    """ "at Oakwood Surgery", "at the Oakwood Medical Centre", "at St Mary's Hospital": 1-3
    capitalised place words before a capitalised word for a place of care, after a
    preposition (and an article)."""
    if not scan.is_word(t) or word_shape(scan.text[t]) != CAPITAL:
        return
    k = t  # the name ends before k
    while t - k < 2 and scan.spaced(k) and scan.is_word(k - 1):
        if scan.key[k - 1] not in FACILITY_QUALIFIERS or word_shape(scan.text[k - 1]) != CAPITAL:
            break
        k -= 1
    if not scan.spaced(k):
        return
    last = k - 1
    if scan.is_word(last) and scan.key[last] == "s" and scan.glued(last):
        if not (scan.is_punct(last - 1, "'") and scan.glued(last - 1)):
            return
        last -= 2  # "St Mary's"
    if not place_word(scan, last):
        return
    first = last
    while last - first < 2 and scan.spaced(first) and place_word(scan, first - 1):
        first -= 1
    before = first - 1
    if scan.is_word(before) and scan.key[before] in PLACE_ARTICLES:
        before -= 1
    prepositioned = scan.is_word(before) and scan.key[before] in FACILITY_PREPOSITIONS
    if prepositioned and scan.free(first, k):
        scan.claim(first, k, PLACE)


def _facility_before(scan: Scan, t: int) -> None:
    """ "Ospedale San Raffaele", "Klinikum Nürnberg", "Hôpital Necker": capitalised place
    words after a capitalised word for a place of care."""
    j = _skip_article(scan, t + 1)
    capitalised = scan.is_word(t) and word_shape(scan.text[t]) == CAPITAL
    if capitalised and scan.spaced(j) and place_word(scan, j):
        claim_place(scan, j, False)


def _skip_article(scan: Scan, j: int) -> int:
    """``j``, or the word after it when ``j`` is an article before a capitalised place."""
    article = scan.is_word(j) and scan.key[j] in PLACE_ARTICLES
    if article and scan.spaced(j + 1) and place_word(scan, j + 1):
        return j + 1
    return j


def place_word(scan: Scan, i: int) -> bool:
    """A capitalised word not in the word lists (nor a German-looking noun), or "São",
    "San", "Saint" … before one."""
    if not scan.is_word(i) or word_shape(scan.text[i]) != CAPITAL or len(scan.key[i]) < 2:
        return False
    key = scan.key[i]
    if key in SAINTS:
        return scan.spaced(i + 1) and scan.is_word(i + 1) and not common_word(scan.key[i + 1])
    return not common_word(key) and not key.endswith(NOUN_ENDINGS) and _stem(key) not in _STEMS


@lru_cache(maxsize=8192)
def _stem(key: str) -> str:
    """``key`` without one case ending, keeping at least 4 letters."""
    if not key.endswith(CASE_ENDINGS):
        return key
    for ending in CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


# A capitalised word with one of these stems is a listed word in another case ("Szpitalu").
_STEMS = frozenset(_stem(key) for key in LEXICON if len(key) >= 5)


def claim_place(scan: Scan, first: int, uncased: bool) -> None:
    """Claim the place starting at ``first`` with the capitalised words (or, in a script
    without case, the words not in the lists) that continue it, up to 3."""
    end = first + 1
    words = 1
    while words < 3 and end < scan.n and scan.spaced(end):
        k = end
        if scan.is_word(k) and scan.key[k] in PLACE_JOINERS and scan.spaced(k + 1):
            k += 1
        nxt = scan.name_word(k, False) if uncased else place_word(scan, k)
        if not nxt:
            break
        end = k + 1
        words += 1
    if scan.free(first, end):
        scan.claim(first, end, PLACE)


def _turkish_proper_noun(scan: Scan, quote: int) -> None:
    """ "Ankara'da", "İzmir'den" (places), "Ayşe'yim" (a name): a Turkish case ending after
    an apostrophe, which Turkish writes only after proper nouns."""
    stem, suffix = quote - 1, quote + 1
    if not (scan.is_word(stem) and scan.is_word(suffix) and scan.glued(quote)):
        return
    if not scan.glued(suffix) or common_word(scan.key[stem]):
        return
    key = scan.key[suffix]
    if key not in TR_PLACE_SUFFIXES and key not in TR_NAME_SUFFIXES:
        return
    shape = word_shape(scan.text[stem])
    if not (shape == CAPITAL or (shape == LOWER and len(key) >= 2 and len(scan.key[stem]) >= 3)):
        return
    if scan.is_word(suffix + 1) and scan.glued(suffix + 1):
        return
    label = NAME if key in TR_NAME_SUFFIXES and key not in TR_PLACE_SUFFIXES else PLACE
    if scan.free(stem, suffix + 1):
        scan.claim(stem, suffix + 1, label)
