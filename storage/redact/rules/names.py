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
    UNCASED,
    UPPER,
    WORD,
    common_word,
    word_shape,
)
from storage.redact.words.common import FUNCTION, STATE_ENDINGS
from storage.redact.words.dates import YEARS_WORDS
from storage.redact.words.names import (
    ADDRESSEES,
    GREETINGS,
    HERE,
    NAME_ARTICLES,
    OWN_FAMILY,
    PARTICLES,
    POSSESSIVES,
    RELATIVES,
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
    """Names after "I'm"-style phrases, "<name> here", titles, sign-offs, greetings,
    relatives ("my wife Linda"), "Joan, 64," at the start of the text."""
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
        if scan.name_word(j, lower) or scan.initial(j) or titled or _apostrophe(scan, j) > j:
            _claim_name(scan, j, j + 1, word_shape(scan.text[j]) in (LOWER, UPPER), 3)
    for title in scan.where(TITLES):
        j = title + 1
        if scan.is_punct(j, ".") and scan.glued(j):
            j += 1
        if scan.is_word(title) and scan.spaced(j) and scan.name_word(j, False):
            _claim_name(scan, j, j + 1, False, 3)
    for sign_off in scan.where(SIGN_OFFS):
        _name_signed(scan, sign_off)
    for greeting in scan.where(GREETINGS):
        _name_greeted(scan, greeting)
    for relative in scan.where(RELATIVES):
        _name_of_relative(scan, relative)
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
    end = max(end, _apostrophe(scan, first))  # "my name is O'Brien"
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
        after = _particles(scan, k, lower)  # "de Vries", "van der Berg", "O'Connor"
        if after > k:
            end = k = after
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


def _apostrophe(scan: Scan, k: int) -> int:
    """The index after a surname with an apostrophe starting at word ``k`` ("O'Connor",
    "D'Amico", "Dell'Acqua"), else ``k``. The part after it is a capitalised name word, so
    "Anna's", "Ayşe'yim" and "l'hôpital" are not taken."""
    if (
        scan.is_word(k)
        and len(scan.key[k]) <= 4
        and scan.is_punct(k + 1, "'")
        and scan.glued(k + 1)
        and scan.glued(k + 2)
        and scan.name_word(k + 2, False)
    ):
        return k + 3
    return k


def _particles(scan: Scan, k: int, lower: bool) -> int:
    """The index after up to 3 particles and the name word after them ("de Vries", "van der
    Berg", "de la Cruz") or after a surname with an apostrophe, starting at ``k``; else
    ``k``."""
    p = k
    while p - k < 3 and scan.is_word(p) and scan.key[p] in PARTICLES and scan.spaced(p + 1):
        p += 1
    after = _apostrophe(scan, p)
    if after > p:
        return after
    if p > k and scan.name_word(p, lower):
        return p + 1
    return k


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


# Between a sign-off and the name: "Thank you, Anna", "Grazie a tutti", "شكرا لكم، ليلى".
SIGN_OFF_FILLERS = frozenset(("you", "wishes", "regards", "a", "all", "tutti", "لك", "لكم"))


def _name_signed(scan: Scan, sign_off: int) -> None:
    """ "Thanks, Anna" / "Saludos, Carmen" at the end of the text; "Groetjes, Sanne Jansen,
    ik heb pijn" when the sign-off opens a clause ("Mit freundlichen Grüßen" is one) and the
    name closes it."""
    k = sign_off + 1
    if scan.is_word(k) and scan.key[k] in SIGN_OFF_FILLERS:
        k += 1
    while scan.is_punct(k, ",!.-–:") and k - sign_off < 4:
        k += 1
    _name_to_end(scan, k, _opens_clause(scan, sign_off))


def _opens_clause(scan: Scan, k: int) -> bool:
    """Word ``k`` is one of the first 3 words of a clause ("Mit freundlichen Grüßen")."""
    for t in range(k, k - 3, -1):
        if scan.after_clause_end(t):
            return True
        if scan.kind[t - 1] != WORD:
            return False
    return False


def _name_greeted(scan: Scan, greeting: int) -> None:
    """ "Hallo, Hans Müller, ich habe …": a name between a greeting opening a clause and a
    comma, a full stop or the end."""
    if scan.is_word(greeting) and scan.after_clause_end(greeting):
        k = greeting + 1
        if scan.is_punct(k, ",!"):
            k += 1
        _name_to_end(scan, k, True)


def _name_to_end(scan: Scan, first: int, clause: bool = False) -> None:
    """1-3 capitalised name words from ``first`` to the end of the text (punctuation aside),
    or with ``clause`` to the end of a clause."""
    if not scan.name_word(first, False) or scan.gap[first] == NO_SPACE:
        return
    if scan.key[first] in TITLES or scan.key[first] in ADDRESSEES:
        return  # "Thanks, Dr. Smith": the title's rule takes the name
    end = max(first + 1, _apostrophe(scan, first))
    for _ in range(2):  # "Sanne Jansen", "Henk de Boer", "Sarah O'Connor"
        after = _particles(scan, end, False)
        if after == end and scan.spaced(end) and scan.name_word(end, False):
            after = end + 1
        if after == end or not scan.spaced(end):
            break
        end = after
    # Inside the text only capitalised words: in a script without case any word not in the
    # lists would do ("شكرًا لك." is "thank you.").
    closed = (
        clause
        and all(word_shape(scan.text[k]) != UNCASED for k in range(first, end))
        and (end >= scan.n or scan.gap[end] == LINE or scan.is_punct(end, ",.;!?"))
    )
    to_end = closed or all(scan.kind[k] == PUNCT for k in range(end, scan.n))
    if to_end and scan.free(first, end):
        scan.claim(first, end, NAME)


def _name_of_relative(scan: Scan, relative: int) -> None:
    """ "my wife Linda", "mi marido Antonio", "eşim Ahmet", "زوجي أحمد": a relative after a
    possessive (or with one in the word), then a name word. In a script without case only
    one word is taken: what follows may be a verb."""
    if not scan.is_word(relative):
        return
    own = scan.key[relative] in OWN_FAMILY
    before = relative - 1
    if not own and not (scan.is_word(before) and scan.key[before] in POSSESSIVES):
        return
    j = relative + 1
    if scan.spaced(j) and scan.name_word(j, False):
        most = 1 if word_shape(scan.text[j]) == UNCASED else 2
        _claim_name(scan, j, j + 1, False, most)


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
