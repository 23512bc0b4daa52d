"""Disguised e-mail addresses: ``anna(at)mail(dot)com``, ``anna at gmail dot com``."""

from __future__ import annotations

from storage.redact.placeholders import EMAIL, URL
from storage.redact.scan import Scan
from storage.redact.tokens import HOLDER, LINE, NO_SPACE, NUM, PUNCT, WORD, common_word
from storage.redact.words.emails import AT_WORDS, DOT_WORDS, MAIL_PROVIDERS, TLDS


def disguised_emails(scan: Scan) -> None:
    """``anna(at)mail(dot)com``, ``anna at gmail dot com``, ``anna @ mail . com``."""
    for at in scan.where([*AT_WORDS, "@"]):
        sign = _at_sign(scan, at)
        if sign is None:
            continue
        first_at, last_at, spelled = sign
        if first_at > 0 and scan.label[first_at - 1] == EMAIL:
            local: int | None = first_at - 1  # "a (at) b (at) c": the same address goes on
        else:
            local = _local_part(scan, first_at, last_at, spelled)
        domain = _domain(scan, at, last_at, spelled)
        if local is None or domain is None:
            continue
        if scan.free(local, domain):
            scan.claim(local, domain, EMAIL)
        elif scan.label[local] == EMAIL and scan.free(local + 1, domain):
            scan.extend(local, domain)


def _at_sign(scan: Scan, at: int) -> tuple[int, int, bool] | None:
    """The "at" of an address at token ``at``: (first token, last token, spelled out)."""
    if scan.label[at] is not None:
        return None
    if scan.kind[at] == PUNCT:
        return at, at, False  # "@"
    bracketed = scan.is_punct(at - 1, "([{<") and scan.is_punct(at + 1, ")]}>")
    if bracketed and scan.glued(at) and scan.glued(at + 1):
        return at - 1, at + 1, False  # "(at)"
    if scan.gap[at] == NO_SPACE:
        return None
    return at, at, True  # "at", "arroba"


def _local_part(scan: Scan, first_at: int, last_at: int, spelled: bool) -> int | None:
    """The first token of the name before the "at": glued words, numbers and . _ + - ("anna",
    "j.smith1962"), or spelled-out dots ("bev dot hill")."""
    local = first_at - 1
    if local < 0 or scan.kind[local] not in (WORD, NUM, HOLDER) or scan.gap[first_at] == LINE:
        return None
    while (
        local > 0
        and first_at - local < 12
        and scan.glued(local)
        and (
            scan.kind[local - 1] in (WORD, NUM)
            or (scan.is_punct(local - 1, "._+-") and local > 1 and scan.glued(local - 1))
        )
    ):
        local -= 1
    if scan.kind[local] == PUNCT:
        local += 1
    for _ in range(3):  # "bev dot hill at …"
        if (
            scan.is_word(local - 1)
            and scan.key[local - 1] in DOT_WORDS
            and scan.spaced(local)
            and scan.spaced(local - 1)
            and local > 1
            and scan.kind[local - 2] in (WORD, NUM)
        ):
            local -= 2
    after = last_at + 1
    url_after = after < scan.n and scan.kind[after] == HOLDER and scan.key[after] == URL
    if spelled and url_after and local == first_at - 1 and common_word(scan.key[local]):
        return None  # "find me at example.org": a web address, not an e-mail address
    return local


def _domain(scan: Scan, at: int, last_at: int, spelled: bool) -> int | None:
    """The index after the domain following the "at": labels joined by "." / "(dot)" /
    "dot", if it looks like an e-mail domain (a known provider, a top-level domain after a
    dot, a URL already found, or any label after "@" or "(at)")."""
    label = last_at + 1
    if label >= scan.n or scan.kind[label] not in (WORD, NUM, HOLDER) or scan.gap[label] == LINE:
        return None
    if spelled and scan.gap[label] == NO_SPACE:
        return None
    labels = [(label, _glued_run(scan, label))]
    while len(labels) < 6:
        j = labels[-1][1]
        # after a spelled-out "at", a dot in "mail.com" or "mail . com", not "night. De"
        glued = scan.glued(j) and scan.glued(j + 1)
        spaced = scan.spaced(j) and scan.spaced(j + 1)
        if scan.is_punct(j, ".") and (not spelled or glued or spaced):
            j += 1
        elif (
            scan.is_punct(j, "([{")
            and scan.is_word(j + 1)
            and scan.key[j + 1] in DOT_WORDS
            and scan.is_punct(j + 2, ")]}")
        ):
            j += 3
        elif scan.is_word(j) and scan.key[j] in DOT_WORDS and scan.gap[j] != LINE:
            j += 1
        else:
            break
        if j < scan.n and scan.kind[j] in (WORD, NUM) and scan.gap[j] != LINE:
            labels.append((j, _glued_run(scan, j)))
        else:
            break
    domain = scan.key[label]
    tld = labels[-1][1] - labels[-1][0] == 1 and scan.key[labels[-1][0]] in TLDS
    if (
        (scan.kind[label] == HOLDER and domain == URL)
        or domain in MAIL_PROVIDERS
        or (len(labels) > 1 and tld)
        or (not spelled and scan.kind[at] == WORD)  # "(at)" is never anything else
    ):
        return labels[-1][1]
    return None


def _glued_run(scan: Scan, i: int) -> int:
    """The index after the words and numbers glued to token ``i`` ("a0", "web-mail"), at most
    32 tokens."""
    k = i + 1
    while k < scan.n and k - i < 32 and scan.gap[k] == NO_SPACE:
        if scan.kind[k] in (WORD, NUM):
            k += 1
        elif (
            scan.is_punct(k, "-_")
            and k + 1 < scan.n
            and scan.gap[k + 1] == NO_SPACE
            and scan.kind[k + 1] in (WORD, NUM)
        ):
            k += 2
        else:
            break
    return k
