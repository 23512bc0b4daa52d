"""Dates (``01.05.1960``, ``1 May 1960``, ``born in 1960``) and ages (``I'm 71``)."""

from __future__ import annotations

from storage.redact.phrases import AGED
from storage.redact.placeholders import AGE, DATE
from storage.redact.scan import Scan
from storage.redact.tokens import HOLDER, LINE, NUM, WORD
from storage.redact.words.common import FUNCTION, MONTHS
from storage.redact.words.dates import (
    AGE_PHRASES,
    AGED_STEMS,
    BIRTH_WORDS,
    DATE_FILLERS,
    OLD_WORDS,
    ORDINALS,
    YEARS_WORDS,
)


def _aged_word(key: str) -> bool:
    """Starts like "-year-old" words ("jährige", "letnia")."""
    return key.startswith(AGED_STEMS)


def dates(scan: Scan) -> None:
    """``01.05.1960``, ``1960-05-01``, ``1 May 1960``, ``May 1st``, ``born in 1960``."""
    for group in {id(group): group for group in scan.groups.values()}.values():
        if len(group.parts) != 3:
            continue
        if group.spaced or group.lead != group.first:
            continue
        if group.separators[0] != group.separators[1] or group.separators[0] not in ".-/":
            continue
        if _numeric_date(group.parts) and scan.free(group.first, group.last + 1):
            scan.claim(group.first, group.last + 1, DATE)
    for month in scan.where(MONTHS):
        if not scan.is_word(month):
            continue
        start, end = month, month + 1
        day = _day_before(scan, month)
        if day is not None:
            start = day
        else:
            day = _day_after(scan, month)
            if day is not None:
                end = day + 1
                if scan.is_word(end) and scan.key[end] in ORDINALS and scan.glued(end):
                    end += 1
        year = _year_after(scan, end)
        born = any(scan.key[k] in BIRTH_WORDS for k in range(max(month - 4, 0), month))
        if year is not None and (day is not None or born):
            end = year + 1
        elif day is None:
            continue
        if scan.free(start, end):
            scan.claim(start, end, DATE)
    for birth in scan.where(BIRTH_WORDS):
        # the nearest number or placeholder after the birth word, else before it
        for step in (1, -1):
            j = birth + step
            while 0 <= j < scan.n and abs(j - birth) < 5 and _date_filler(scan, j):
                j += step
            if not 0 <= j < scan.n or abs(j - birth) >= 5:
                continue
            if scan.single_number(j, 1900, 2099) and len(scan.text[j]) == 4:
                scan.claim(j, j + 1, DATE)
            if scan.kind[j] in (NUM, HOLDER):
                break


def _numeric_date(parts: list[str]) -> bool:
    a, b, c = (int(part) for part in parts)
    lengths = tuple(len(part) for part in parts)
    if lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2:
        return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31
    if lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] in (2, 4):
        if lengths[2] == 4 and not 1900 <= c <= 2099:
            return False
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


def _date_filler(scan: Scan, k: int) -> bool:
    """Words and signs that may stand between a birth word and its year."""
    return (
        (scan.kind[k] == WORD and (scan.key[k] in DATE_FILLERS or scan.key[k] in YEARS_WORDS))
        or scan.is_punct(k, ":,'.")
        or (scan.kind[k] == WORD and scan.key[k] in ("ta", "te", "da", "de", "г", "р", "року"))
    )


def _day_before(scan: Scan, month: int) -> int | None:
    """The day in "1 May", "1st of May", "1. Mai", "1er mai", "2 de mayo"."""
    k = month - 1
    if scan.is_word(k) and scan.key[k] in DATE_FILLERS and scan.spaced(month):
        k -= 1
    if scan.is_word(k) and scan.key[k] in DATE_FILLERS and scan.spaced(k + 1):
        k -= 1
    ordinal = scan.is_word(k) and scan.key[k] in ORDINALS  # "1st", "1er"
    if (ordinal or scan.is_punct(k, ".-")) and scan.glued(k):
        k -= 1
    return k if scan.single_number(k, 1, 31) else None


def _day_after(scan: Scan, month: int) -> int | None:
    """The day in "May 1", "May 1st"."""
    k = month + 1
    if scan.spaced(k) and scan.single_number(k, 1, 31) and len(scan.text[k]) <= 2:
        return k
    return None


def _year_after(scan: Scan, i: int) -> int | None:
    """The year in "1 May 1960", "May 1, 1960", "2 de mayo de 1960"."""
    k = i
    if scan.is_punct(k, ",."):
        k += 1
    if scan.is_word(k) and scan.key[k] in DATE_FILLERS:
        k += 1
    if scan.single_number(k, 1900, 2099) and len(scan.text[k]) == 4 and scan.gap[k] != LINE:
        return k
    return None


def ages(scan: Scan) -> None:
    """``I'm 71``, ``aged 71``, ``tengo 71 años``, ``71 years old``, ``64-jährige``."""
    for _, j, index in scan.phrase_ends(AGED):
        needs_years = AGE_PHRASES[index][1]
        if scan.is_punct(j, ":"):
            j += 1
        if not scan.single_number(j, 1, 120) or scan.gap[j] == LINE:
            continue
        after = j + 1
        years = scan.is_word(after) and scan.key[after] in YEARS_WORDS
        if years or (
            not needs_years
            and (scan.clause_end(after) or (scan.is_word(after) and scan.key[after] in FUNCTION))
        ):
            scan.claim(j, j + 1, AGE)
    after_words = scan.where(YEARS_WORDS | OLD_WORDS | {"yo", "yrs", "y"})
    after_words += scan.where_word(_aged_word)
    for after in sorted(after_words):
        j = after - 1
        if scan.is_punct(j, "-") and scan.glued(j):
            j -= 1
        if not scan.single_number(j, 1, 120) or scan.gap[after] == LINE:
            continue
        key = scan.key[after]
        old = key in OLD_WORDS or key.startswith(AGED_STEMS) or key in ("yo", "yrs")
        if not old and key in YEARS_WORDS:
            k = after + 1
            if scan.is_word(k) and scan.key[k] in ("de", "di", "of"):
                k += 1
            old = scan.is_word(k) and scan.key[k] in OLD_WORDS
        if not old and key == "y" and scan.is_punct(after + 1, "/.") and scan.is_word(after + 2):
            old = scan.key[after + 2] == "o"
        if old and scan.label[j] is None:
            scan.claim(j, j + 1, AGE)
