"""Redaction of free text before it is stored.

A person may type anything where a button was expected: a phone number, an e-mail address,
their name. None of it may reach the database verbatim, so every piece of free text goes
through ``redact`` first. The rules favour over-redaction: a reviewer losing a few words is
acceptable, a stored phone number is not.

What is replaced, in this order:

- everything after a "my name is"-style phrase in a supported language -> ``[name]``
- e-mail addresses -> ``[email]``
- URLs, with or without a scheme (``https://…``, ``www.…``, ``t.me/…``, ``example.org``)
  -> ``[url]``
- ``@handles`` -> ``[handle]``
- digit sequences (any script's digits, with spaces, dots, dashes, slashes, brackets between
  them): 7+ digits written like a phone number -> ``[phone]``, any other 5+ digits ->
  ``[number]``

What it cannot catch: a bare name with no introducing phrase ("Anna here"). See
``docs/reviewing.md``.
"""

from __future__ import annotations

import re
import unicodedata

NAME = "[name]"
EMAIL = "[email]"
URL = "[url]"
HANDLE = "[handle]"
PHONE = "[phone]"
NUMBER = "[number]"

_APOSTROPHE = "['’ʼ`]"

# Phrases that introduce a name, per supported language. Matched case-insensitively as whole
# words; everything after the first one is replaced, because a name has no reliable end
# ("Dr. Anna Maria de la Cruz").
_NAME_PHRASES: tuple[str, ...] = (
    # English
    r"my\s+name\s+is",
    rf"my\s+name{_APOSTROPHE}s",
    r"name\s+is",
    rf"i{_APOSTROPHE}m\s+called",
    r"i\s+am\s+called",
    r"call\s+me",
    # Spanish
    r"me\s+llamo",
    r"mi\s+nombre\s+es",
    # French
    rf"je\s+m{_APOSTROPHE}\s*appelle",
    rf"m{_APOSTROPHE}\s*appelle",
    r"mon\s+nom\s+est",
    r"mon\s+pr[ée]nom\s+est",
    # German
    r"ich\s+hei(?:ß|ss)e",
    r"mein\s+name\s+ist",
    r"mein\s+name\s+lautet",
    # Italian
    r"mi\s+chiamo",
    r"il\s+mio\s+nome\s+[èe]",
    # Brazilian Portuguese
    r"meu\s+nome\s+[ée]",
    r"me\s+chamo",
    # Dutch
    r"mijn\s+naam\s+is",
    r"ik\s+heet",
    # Polish
    r"nazywam\s+si[ęe]",
    r"mam\s+na\s+imi[ęe]",
    # Russian
    r"меня\s+зовут",
    r"мо[её]\s+имя",
    # Ukrainian
    r"мене\s+звати",
    r"мене\s+звуть",
    rf"моє\s+ім{_APOSTROPHE}я",
    # Turkish (Python's re folds I/ı/İ/i together under IGNORECASE)
    r"benim\s+ad[ıi]m",
    r"ad[ıi]m",
    r"benim\s+ismim",
    r"ismim",
    # Arabic
    r"[وف]?[اإأ]سم[يى]",
)

_NAME_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(_NAME_PHRASES) + r")(?!\w)",
    re.IGNORECASE,
)

_EMAIL_RE = re.compile(r"[\w.+'-]*\w@[\w-]+(?:\.[\w-]+)*")

_URL_RE = re.compile(
    r"(?:[^\W\d_][\w+.-]*)?://\S*"  # any scheme
    r"|(?<!\w)www\.\S*"
    # a bare domain: labels joined by dots, ending in a 2+ letter top-level label
    r"|(?<![\w.@-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?![\w-])(?:[:/?#]\S*)?",
)

_HANDLE_RE = re.compile(r"@\w[\w.]*")

# Digits with the separators people type inside phone numbers. Starts and ends on a digit.
_SEPARATORS = " \t\u00a0.\\-/()\u2010-\u2015"
_DIGITS_RE = re.compile(rf"\+?\(?\d(?:[\d{_SEPARATORS}]*\d)?")
_PHONE_MIN_DIGITS = 7
_NUMBER_MIN_DIGITS = 5


def redact(text: str) -> str:
    """``text`` with anything that could identify a person replaced by a token."""
    text = unicodedata.normalize("NFC", text)
    text = _redact_name(text)
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _URL_RE.sub(URL, text)
    text = _HANDLE_RE.sub(HANDLE, text)
    return _DIGITS_RE.sub(_digits_token, text)


def redact_echo(shown: str, free_texts: list[str]) -> str:
    """``shown`` with any verbatim echo of the person's ``free_texts`` replaced by its redaction.

    A bot screen may quote what the person typed ("I did not understand …"); the screen is
    otherwise stored exactly as shown, so only the echoed part is redacted.
    """
    for typed in sorted(free_texts, key=len, reverse=True):
        if typed.strip():
            shown = shown.replace(typed, redact(typed))
            normalized = unicodedata.normalize("NFC", typed)
            if normalized != typed:
                shown = shown.replace(normalized, redact(typed))
    return shown


def _redact_name(text: str) -> str:
    match = _NAME_RE.search(text)
    if match is None:
        return text
    # Keep the phrase (it tells a reviewer what was there), drop everything after it.
    return text[: match.end()] + " " + NAME


def _digits_token(match: re.Match[str]) -> str:
    span = match.group()
    digits = sum(ch.isdecimal() for ch in span)
    if digits >= _PHONE_MIN_DIGITS and (span.startswith(("+", "(")) or not span.isdecimal()):
        return PHONE
    if digits >= _NUMBER_MIN_DIGITS:
        return NUMBER
    return span
