"""E-mail addresses, URLs, handles and UK and Dutch postcodes, found by regular expressions.

They are replaced on the folded view before it is cut into tokens, all in one pass.
"""

from __future__ import annotations

import re

from storage.redact.placeholders import EMAIL, HANDLE, POSTCODE, URL

# Each can only start where the previous character cannot be part of a match (a lookbehind),
# and its repetitions are possessive or atomic, so every character is read a bounded number
# of times.

# In the lookarounds a placeholder's bracket counts as a letter: it stands for the word or
# number that was there, so that redacting again changes nothing.
_EMAIL_RE = re.compile(r"(?<![\w.+'\]-])[\w.+'-]++(?<=\w)@[\w-]++(?:\.[\w-]++)*+")
_URL_RE = re.compile(
    r"(?<![\w+.-])[^\W\d_][\w+.-]*+://\S*+"  # a scheme
    r"|://\S*+"
    r"|(?<![\w.\]-])www\.\S*+"
    # a bare domain: labels joined by dots, ending in a 2+ letter top-level label
    r"|(?<![\w.@\]-])(?:(?>[^\W_][\w-]*+(?<![_-]))\.)+[^\W\d_]{2,}+(?![\w\[-])(?:[:/?#]\S*+)?"
)
_HANDLE_RE = re.compile(r"@\w[\w.]*+")
_UK_POSTCODE_RE = re.compile(
    r"(?<![\w\].-])[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}(?![\w\[])",
    re.IGNORECASE,
)
_NL_POSTCODE_RE = re.compile(
    r"(?<![\w\].,/–-])[1-9][0-9]{3} ?(?!AM|PM|MG|ML|KG|CM|MM|IU|UI|HZ|BC|AD|CE|SA|SD|SS)[A-Z]{2}"
    r"(?![\w\[])"
)

# All of them in one pass: at each place the first that matches wins (an e-mail address before
# the domain in it, a URL before a handle in it).
_SYMBOLS_RE = re.compile(
    rf"(?P<email>{_EMAIL_RE.pattern})"
    rf"|(?P<url>{_URL_RE.pattern})"
    rf"|(?P<handle>{_HANDLE_RE.pattern})"
    rf"|(?P<postcode>(?i:{_UK_POSTCODE_RE.pattern})|{_NL_POSTCODE_RE.pattern})"
)
_SYMBOL_TOKENS = {"email": EMAIL, "url": URL, "handle": HANDLE, "postcode": POSTCODE}


def replace_symbols(text: str, view: str) -> tuple[str, str]:
    """``text`` and its folded ``view`` with e-mail addresses, URLs, handles and UK and Dutch
    postcodes (found in the view) replaced."""
    texts: list[str] = []
    views: list[str] = []
    last = 0
    for match in _SYMBOLS_RE.finditer(view):
        token = _SYMBOL_TOKENS[match.lastgroup or "email"]
        texts += (text[last : match.start()], token)
        views += (view[last : match.start()], token)
        last = match.end()
    if not texts:
        return text, view
    texts.append(text[last:])
    views.append(view[last:])
    return "".join(texts), "".join(views)
