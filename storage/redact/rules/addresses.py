"""Street addresses: a street word with a house number or a capitalised name."""

from __future__ import annotations

from storage.redact.placeholders import ADDRESS
from storage.redact.scan import Scan
from storage.redact.tokens import CAPITAL, LINE, NUM, UNCASED, UPPER, common_word, word_shape
from storage.redact.words.addresses import (
    FLAT_BEFORE,
    FLAT_WORDS,
    HOUSE_WORDS,
    INFLECTED_STREETS,
    STREET_AFTER,
    STREET_BEFORE,
    STREET_ENDING_KEYS,
    STREET_ENDINGS,
    STREET_PARTICLES,
)
from storage.redact.words.common import FUNCTION


def _street_ending_word(key: str) -> bool:
    """Ends with a street word after at least 3 letters ("Hauptstraße", not "Straße")."""
    return key.endswith(STREET_ENDING_KEYS) and any(
        key.endswith(ending) and len(key) >= len(ending) + 3 for ending in STREET_ENDING_KEYS
    )


def addresses(scan: Scan) -> None:
    """A street word with a house number or a capitalised name."""
    for t in scan.where(STREET_BEFORE):
        if scan.is_word(t):
            _street_before(scan, t)
    for t in scan.where(STREET_AFTER):
        if scan.is_word(t):
            _street_after(scan, t)
    for t in scan.where_word(_street_ending_word):
        if scan.is_word(t) and not common_word(scan.key[t]):
            _street_word(scan, t)


def _house_number(scan: Scan, j: int) -> int | None:
    """The index after a house number starting at ``j`` ("5", "5a", "5/12", "No: 5", "д. 5",
    "5, kv. 12"), or None."""
    if scan.is_word(j) and scan.key[j] in HOUSE_WORDS and not scan.glued(j):
        j += 1
        while scan.is_punct(j, ".:") and j < scan.n:
            j += 1
    if not (0 <= j < scan.n and scan.kind[j] == NUM and scan.label[j] is None):
        return None
    group = scan.groups.get(j)
    if len(scan.text[j]) > 4 or (
        group is not None and (group.first != j or group.lead != j or group.digits > 6)
    ):
        return None  # "75002" after "rue de la Paix," is a postcode
    end = j + 1 if group is None else group.last + 1
    if scan.is_word(end) and len(scan.text[end]) == 1 and scan.glued(end):
        end += 1  # "5a"
    k = end + 1 if scan.is_punct(end, ",") else end
    if scan.is_word(k) and scan.key[k] in FLAT_WORDS:
        k += 1
        while scan.is_punct(k, ".:") and k < scan.n:
            k += 1
        if k < scan.n and scan.kind[k] == NUM and scan.label[k] is None and scan.gap[k] != LINE:
            end = k + 1
    return end


def _number_before(scan: Scan, i: int) -> int:
    """``i``, or the start of a house number just before it ("14 Rosewood", "12, rue")."""
    k = i - 1
    if scan.is_punct(k, ",") and scan.spaced(i):
        k -= 1
    if scan.single_number(k, 1, 9999) and scan.gap[k + 1] != LINE:
        return k
    return i


def _flat_before(scan: Scan, i: int) -> int:
    """``i``, or the start of a flat just before the address starting at ``i`` ("Flat 3, 14
    Rosewood Lane", "Apt 4B, …")."""
    k = i - 1
    if scan.is_punct(k, ",") and scan.gap[i] != LINE:
        k -= 1
    if scan.is_word(k) and len(scan.key[k]) == 1 and scan.glued(k):
        k -= 1  # "4B"
    if not scan.single_number(k, 1, 9999) or not scan.spaced(k):
        return i
    k -= 1
    if scan.is_punct(k, ".") and scan.glued(k):
        k -= 1  # "Apt. 4"
    if scan.is_word(k) and scan.key[k] in FLAT_BEFORE:
        return k
    return i


def _street_name_word(scan: Scan, i: int, loose: bool) -> bool:
    """A word that can be part of a street's name: capitalised (even a common word: "Calle
    Mayor"), in a script without case, or (with ``loose``) any word not in the lists."""
    if not scan.is_word(i):
        return False
    shape = word_shape(scan.text[i])
    key = scan.key[i]
    if len(key) < 2:
        return False
    if shape in (CAPITAL, UPPER):
        return key not in FUNCTION or len(key) > 3
    if shape == UNCASED:
        return key not in FUNCTION
    return loose and not common_word(key)


def _street_before(scan: Scan, t: int) -> None:
    """ "Calle Mayor 5", "rue de la Paix", "ul. Długa 5/12", "ул. Ленина, д. 5"."""
    strong = STREET_BEFORE[scan.key[t]]
    j = t + 1
    if scan.is_punct(j, "./") and scan.glued(j):
        j += 1
    elif len(scan.key[t]) == 1:
        return  # "C/ Mayor", "R. das Flores": a lone letter is no street word
    loose = scan.key[t] not in INFLECTED_STREETS  # "на улице холодно": outside
    names: list[int] = []
    k = j
    while len(names) < 4 and k < scan.n:
        p = k
        while p - k < 3 and (
            (scan.is_word(p) and scan.key[p] in STREET_PARTICLES)
            or (p > k and scan.is_punct(p, "'") and scan.glued(p))
        ):
            p += 1
        if k < scan.n and scan.gap[k] == LINE:
            break
        if p > k:
            if not _street_name_word(scan, p, False):
                break
            names.append(p)
            k = p + 1
        elif _street_name_word(scan, k, loose):
            names.append(k)
            k += 1
        else:
            break
    if not names:
        return
    end = names[-1] + 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    capitalised = word_shape(scan.text[names[0]]) in (CAPITAL, UNCASED)
    start = _number_before(scan, t)
    if house is None:
        lowered = [k for k in names if word_shape(scan.text[k]) not in (CAPITAL, UPPER, UNCASED)]
        if lowered or not capitalised:
            return
        weak = word_shape(scan.text[t]) != CAPITAL or len(scan.key[t]) < 3
        if not strong and weak and start == t:  # "12 avenue Victor Hugo" has a number
            return
    else:
        end = house
    start = _flat_before(scan, start)
    if scan.free(start, end):
        scan.claim(start, end, ADDRESS)


def _street_after(scan: Scan, t: int) -> None:
    """ "14 Rosewood Lane", "Gül Sokak No: 5", "Berliner Straße 5"."""
    strong = STREET_AFTER[scan.key[t]]
    names: list[int] = []
    k = t - 1
    while len(names) < 3 and scan.spaced(k + 1) and _street_name_word(scan, k, True):
        names.insert(0, k)
        if scan.clause_start(k):
            break
        k -= 1
    if not names:
        return
    end = t + 1
    if scan.is_punct(end, ".") and scan.glued(end):
        end += 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    start = _number_before(scan, names[0])
    numbered = house is not None or start != names[0]
    if not numbered:
        if not strong or any(word_shape(scan.text[k]) not in (CAPITAL, UNCASED) for k in names):
            return
        if scan.clause_start(names[0]) and common_word(scan.key[names[0]]):
            return
    if house is not None:
        end = house
    start = _flat_before(scan, start)
    if scan.free(start, end):
        scan.claim(start, end, ADDRESS)


def _street_word(scan: Scan, t: int) -> None:
    """ "Hauptstraße 5", "Kerkstraat 12", "Hauptstr. 5"."""
    key = scan.key[t]
    strong = next(s for ending, s in STREET_ENDINGS if key.endswith(ending))
    end = t + 1
    if key.endswith("str"):
        if not (scan.is_punct(end, ".") and scan.glued(end)):
            return
        end += 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    shape = word_shape(scan.text[t])
    if house is None and (not strong or shape != CAPITAL):
        return
    if house is not None:
        end = house
    start = _flat_before(scan, t)
    if scan.free(start, end):
        scan.claim(start, end, ADDRESS)
