"""Names: after introductions, "<name> here", titles, sign-offs; an age after a name."""

from __future__ import annotations

from storage.redact.phrases import STRONG, WEAK
from storage.redact.placeholders import AGE, NAME
from storage.redact.scan import Scan
from storage.redact.tokens import (
    CAPITAL,
    LINE,
    LOWER,
    NO_SPACE,
    PUNCT,
    UPPER,
    common_word,
    word_shape,
)
from storage.redact.words.common import FUNCTION, STATE_ENDINGS
from storage.redact.words.dates import YEARS_WORDS
from storage.redact.words.names import (
    GREETINGS,
    HERE,
    NAME_ARTICLES,
    PARTICLES,
    SIGN_OFFS,
    TITLES,
    WEAK_NAME_PHRASES,
)


def introduced_names(scan: Scan) -> None:
    """Names after "my name is"-style phrases."""
    for _, j, _ in scan.phrase_ends(STRONG):
        if scan.is_punct(j, ":-–,") and scan.gap[j] != LINE:
            j += 1
        if not scan.is_word(j):
            continue
        if scan.key[j] in FUNCTION and word_shape(scan.text[j]) != CAPITAL:
            continue
        lower = word_shape(scan.text[j]) in (LOWER, UPPER)
        _claim_name(scan, j, j + 1, lower, 4)


def names(scan: Scan) -> None:
    """Names after "I'm"-style phrases, "<name> here", titles, sign-offs, "Joan, 64," at the
    start of the text."""
    for here in scan.where(HERE):
        _name_here(scan, here)
    for i, j, index in scan.phrase_ends(WEAK):
        _, lower, start = WEAK_NAME_PHRASES[index]
        if start and not scan.clause_start(i):
            continue
        if (
            scan.is_word(j)
            and scan.key[j] in NAME_ARTICLES
            and scan.name_word(j + 1, False)
            and scan.spaced(j + 1)
        ):
            j += 1  # "sou a Ana", "ich bin die Anna"
        if not scan.spaced(j):
            continue
        titled = scan.key[j] in TITLES and word_shape(scan.text[j]) == CAPITAL
        if scan.name_word(j, lower) or scan.initial(j) or titled:
            _claim_name(scan, j, j + 1, word_shape(scan.text[j]) in (LOWER, UPPER), 3)
    for title in scan.where(TITLES):
        j = title + 1
        if scan.is_punct(j, ".") and scan.glued(j):
            j += 1
        if scan.is_word(title) and scan.spaced(j) and scan.name_word(j, False):
            _claim_name(scan, j, j + 1, False, 3)
    for sign_off in scan.where(SIGN_OFFS):
        _name_signed(scan, sign_off)
    _name_last_line(scan)
    _name_and_age_first(scan)
    for _, end, label in list(scan.claims):
        if label == NAME:
            _age_after_name(scan, end)


def _claim_name(scan: Scan, first: int, end: int, lower: bool, most: int) -> None:
    """Claim the name starting with word ``first`` (ending before ``end``) and the words that
    continue it: more name words, initials, particles, up to ``most`` words."""
    words = initials = 1
    abbreviation = scan.initial(first) or scan.key[first] in TITLES
    k = end
    while k < scan.n and scan.gap[k] != LINE:
        if abbreviation and scan.is_punct(k, ".") and scan.glued(k):
            end = k = k + 1
            abbreviation = False
            continue
        if not scan.is_word(k) or (scan.gap[k] == NO_SPACE and not scan.is_punct(k - 1, ".")):
            break
        if scan.initial(k) and initials < 4:
            end = k = k + 1
            abbreviation = True
            initials += 1
            continue
        if words >= most:
            break
        if scan.key[k] in PARTICLES and scan.spaced(k + 1) and scan.name_word(k + 1, lower):
            end = k = k + 2
            words += 1
            abbreviation = False
            continue
        if not scan.name_word(k, lower):
            break
        end = k = k + 1
        words += 1
        abbreviation = scan.key[k - 1] in TITLES
    if scan.free(first, end):
        scan.claim(first, end, NAME)


def _name_here(scan: Scan, here: int) -> None:
    """ "Margaret here", "Anna Schmidt hier" at the start of a clause."""
    if not scan.is_word(here):
        return
    for size in (1, 2, 3):
        first = here - size
        if first < 0 or not all(scan.spaced(k) for k in range(first + 1, here + 1)):
            return
        if not scan.is_word(first) or common_word(scan.key[first]) or len(scan.key[first]) < 2:
            return
        if word_shape(scan.text[first]) == LOWER and scan.key[first].endswith(STATE_ENDINGS):
            return
        if size > 1 and not scan.name_word(first + 1, False):
            return
        if scan.clause_start(first):
            if all(scan.name_word(k, True) for k in range(first + 1, here)) and scan.free(
                first, here
            ):
                scan.claim(first, here, NAME)
            return


def _name_signed(scan: Scan, sign_off: int) -> None:
    """ "Thanks, Anna" / "Saludos, Carmen" at the end of the text."""
    k = sign_off + 1
    if scan.is_word(k) and scan.key[k] in ("you", "wishes", "regards", "a", "all", "tutti"):
        k += 1
    while scan.is_punct(k, ",!.-–:") and k - sign_off < 4:
        k += 1
    _name_to_end(scan, k)


def _name_to_end(scan: Scan, first: int) -> None:
    """1-3 capitalised name words from ``first`` to the end of the text (punctuation aside)."""
    if not scan.name_word(first, False) or scan.gap[first] == NO_SPACE:
        return
    end = first + 1
    while end < scan.n and end - first < 3 and scan.spaced(end) and scan.name_word(end, False):
        end += 1
    if all(scan.kind[k] == PUNCT for k in range(end, scan.n)) and scan.free(first, end):
        scan.claim(first, end, NAME)


def _name_last_line(scan: Scan) -> None:
    """A name alone on the last line, or after a dash at the end: "…\\nAnna", "… – Anna"."""
    for back in (1, 2, 3):
        first = scan.n - back
        while first > 0 and scan.kind[first] == PUNCT and first > scan.n - back - 3:
            first -= 1
        if first <= 0:
            return
        if scan.gap[first] == LINE or (scan.is_punct(first - 1, "-–") and scan.spaced(first)):
            _name_to_end(scan, first)
            return


def _name_and_age_first(scan: Scan) -> None:
    """ "Joan, 64, from Leeds …": a name and an age opening the text; "71, retired, …": an
    age opening it."""
    first = 0
    if scan.is_word(0) and scan.key[0] in GREETINGS:
        first = 2 if scan.is_punct(1, ",!") else 1
    age_first = scan.single_number(first, 18, 110) and len(scan.text[first]) >= 2
    if age_first and scan.is_punct(first + 1, ",") and scan.is_word(first + 2):
        scan.claim(first, first + 1, AGE)
        return
    end = first
    while end < first + 2 and scan.name_word(end, False) and (end == first or scan.spaced(end)):
        end += 1
    if end == first or word_shape(scan.text[first]) != CAPITAL or not scan.is_punct(end, ","):
        return
    age = scan.single_number(end + 1, 12, 110) and _age_end(scan, end + 2)
    if age and scan.free(first, end):
        scan.claim(first, end, NAME)
        scan.claim(end + 1, end + 2, AGE)


def _age_end(scan: Scan, k: int) -> bool:
    return scan.clause_end(k) or (scan.is_word(k) and scan.key[k] in FUNCTION)


def _age_after_name(scan: Scan, k: int) -> None:
    """ "Margaret here, 71, …": a bare number right after a name is an age."""
    if scan.is_word(k) and scan.key[k] in HERE:
        k += 1
    if not scan.is_punct(k, ","):
        return
    k += 1
    if not (scan.single_number(k, 12, 110) and len(scan.text[k]) >= 2):
        return
    if _age_end(scan, k + 1) or (scan.is_word(k + 1) and scan.key[k + 1] in YEARS_WORDS):
        scan.claim(k, k + 1, AGE)
