"""Phone numbers, postcodes and long numbers, and the town next to a postcode or street."""

from __future__ import annotations

from storage.redact.placeholders import ADDRESS, NUMBER, PHONE, PLACE, POSTCODE
from storage.redact.rules.places import claim_place, place_word
from storage.redact.scan import Group, Scan
from storage.redact.tokens import LINE, UNCASED, word_shape
from storage.redact.words.addresses import POSTCODE_WORDS, TOWN_WORDS
from storage.redact.words.places import TOWN_PREPOSITIONS


def numbers(scan: Scan) -> None:
    """Phone numbers, postcodes and long numbers among the digits not claimed yet."""
    for group in scan.digit_groups(free_only=True):
        lengths = tuple(len(part) for part in group.parts)
        digits = group.digits
        dashed = group.separators and all(sep == "-" for sep in group.separators)
        label: str | None = None
        if dashed and not group.spaced and lengths in ((5, 3), (5, 4), (2, 3)):
            label = POSTCODE
        elif len(lengths) == 2 and max(lengths) <= 3 and group.separators[0] in ("/", "-"):
            label = None  # "120/80", "100-200 mg"
        elif digits >= 7 and (group.lead != group.first or len(group.parts) > 1):
            label = PHONE
        elif 4 <= digits <= 6 and len(group.parts) == 1 and _postcode_context(scan, group):
            label = POSTCODE
        elif digits >= 5:
            label = NUMBER
        if label is not None and scan.free(group.lead, group.last + 1):
            scan.claim(group.lead, group.last + 1, label)
            if label == POSTCODE:
                _town_after(scan, group.last + 1)
    for holder in scan.at.get(POSTCODE, []):
        _town_after(scan, holder + 1)


def towns(scan: Scan) -> None:
    """The town written next to a street address or a postcode: "[street], Norwich NR1 3PQ",
    "Avenida Paulista, 1000, São Paulo", "شارع الملك فهد 12، الرياض 12345"."""
    for first, end, label in list(scan.claims):
        if label == ADDRESS:
            k = end + 1 if scan.is_punct(end, ",") else end
            if k < scan.n and scan.gap[k] != LINE and _town_word(scan, k):
                claim_place(scan, k, word_shape(scan.text[k]) == UNCASED)
        elif label == POSTCODE:
            k = _town_start(scan, first)
            uncased = k < first and word_shape(scan.text[k]) == UNCASED
            if k < first and (not uncased or _town_may_start(scan, k)) and scan.free(k, first):
                scan.claim(k, first, PLACE)


def _town_word(scan: Scan, k: int) -> bool:
    """A capitalised place word, or a word not in the lists in a script without case."""
    if place_word(scan, k):
        return True
    return scan.is_word(k) and word_shape(scan.text[k]) == UNCASED and scan.name_word(k, False)


def _town_start(scan: Scan, first: int) -> int:
    """The first of up to 3 town words right before token ``first``, else ``first``."""
    k = first
    while k > 0 and first - k < 3 and scan.spaced(k) and _town_word(scan, k - 1):
        k -= 1
    return k


def _town_may_start(scan: Scan, k: int) -> bool:
    """A town may start at ``k``: at the start of a clause ("…, Москва 101000"), after an
    address or a preposition ("في")."""
    if scan.after_clause_end(k):
        return True
    before = k - 1
    return scan.label[before] in (ADDRESS, PLACE) or (
        scan.is_word(before) and scan.key[before] in TOWN_PREPOSITIONS
    )


def _postcode_context(scan: Scan, group: Group) -> bool:
    """A town after the number, or a street or a postcode word before it."""
    before = group.first - 1
    if scan.is_punct(before, ":,") and before > 0:
        before -= 1
    if 0 <= before < scan.n and scan.label[before] == ADDRESS:
        return True
    if scan.is_word(before) and scan.key[before] in POSTCODE_WORDS:
        return True
    after = group.last + 1
    if group.digits >= 5 and scan.clause_end(after) and scan.spaced(group.first):
        # a town before it: "…, Москва 101000", "الرياض 12345", "أعيش في الرياض 12345"
        if scan.label[group.first - 1] == PLACE:
            return True
        town = _town_start(scan, group.first)
        if town < group.first and _town_may_start(scan, town):
            return True
    if scan.is_punct(after, ","):
        after += 1
        if scan.is_word(after) and scan.key[after] in TOWN_WORDS:
            return True
    return group.digits >= 5 and scan.spaced(after) and place_word(scan, after)


def _town_after(scan: Scan, k: int) -> None:
    if scan.is_punct(k, ","):
        k += 1
        if scan.is_word(k) and scan.key[k] in TOWN_WORDS:
            k += 1
            if scan.is_punct(k, ".") and scan.glued(k):
                k += 1
    if scan.spaced(k) and place_word(scan, k):
        claim_place(scan, k, False)
