"""Identity numbers: letters and digits run together ("RSSGLI65A41H501X", "X1234567L").

A tax code, a passport, a national insurance or an insurance number is written as one word of
letters and digits. The scanner cuts it into words and numbers with no space between them; a
run of them with at least 8 letters and digits, 3 of them digits and 2 letters (or 1 letter
and 6 digits: "A123456780"), is replaced as a whole by ``[number]``. Doses and medical words
are shorter ("B12", "COVID-19": the dash ends the run, "5mg"), or a number with units
("3x1000mg"), or listed words with a number ("Lyrica300"), or a hyphenated word with a
number ("HMAC-SHA256"), and are kept.
"""

from __future__ import annotations

from storage.redact.placeholders import NUMBER
from storage.redact.scan import Scan
from storage.redact.tokens import NO_SPACE, NUM, NUM_KEY, WORD, common_word
from storage.redact.words.ids import DOSE_UNITS

_PARTS = (WORD, NUM)


def ids(scan: Scan) -> None:
    """Claim every run of glued words and numbers that looks like an identity number. Each
    token is looked at once or twice: runs are found from their numbers, left to right."""
    kind, gap, n = scan.kind, scan.gap, scan.n
    done = -1
    for k in scan.at.get(NUM_KEY, ()):
        if k <= done:
            continue
        first = k
        while first > 0 and gap[first] == NO_SPACE and kind[first - 1] in _PARTS:
            first -= 1
        end = k + 1
        while end < n and gap[end] == NO_SPACE and kind[end] in _PARTS:
            end += 1
        done = end - 1
        if end - first < 2:
            continue  # a number alone: no letters
        if _identity(scan, first, end) and scan.free(first, end):
            scan.claim(first, end, NUMBER)


def _identity(scan: Scan, first: int, end: int) -> bool:
    """Tokens ``first`` to ``end`` (exclusive) make an identity number."""
    digits = sum(len(scan.text[t]) for t in range(first, end) if scan.kind[t] == NUM)
    words = [t for t in range(first, end) if scan.kind[t] == WORD]
    if any("-" in scan.text[t] for t in words):
        return False  # "HMAC-SHA256", "Anti-Ro60": a name with a number
    letters = sum(len(scan.text[t]) for t in words)
    if digits + letters < 8 or digits < 3 or not (letters >= 2 or (digits >= 6 and letters)):
        return False
    dose = scan.kind[first] == NUM  # "3x1000mg": units after a number
    return not all(
        (dose and scan.key[t] in DOSE_UNITS) or (len(scan.key[t]) >= 3 and common_word(scan.key[t]))
        for t in words
    )
