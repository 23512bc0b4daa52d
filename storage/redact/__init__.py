"""Redaction of free text before it is stored.

A person may type anything where a button was expected: a phone number, an e-mail address,
their name, where they live. None of it may reach the database verbatim, so every piece of
free text goes through ``redact`` first. The rules favour over-redaction of personal details
while keeping the words that describe symptoms: a reviewer losing a word now and then is
acceptable, a stored name or address is not.

What is replaced (in the bot's 12 languages: en, es, fr, de, it, pt_BR, nl, pl, ru, uk, tr, ar):

- e-mail addresses -> ``[email]``, also disguised: ``anna(at)mail(dot)com``,
  ``anna at mail dot com``, ``anna @ mail . com``, ``anna arroba gmail``
- URLs, with or without a scheme (``https://…``, ``www.…``, ``t.me/…``, ``example.org``)
  -> ``[url]``; ``@handles`` -> ``[handle]``
- digits (any script's digits, full-width digits, split by spaces, dots, dashes, slashes,
  brackets or commas): 7+ digits written like a phone number -> ``[phone]``, postcodes
  (UK ``HX7 8AB``, NL ``1012 AB``, BR ``01310-100``, PL ``00-950``, US ``12345-6789``, and 4-6
  digits before a town or after a street or a postcode word, 5-6 digits after a town that
  opens a clause: ``…, Москва 101000``) -> ``[postcode]``, any other 5+ digits ->
  ``[number]``
- identity numbers: letters and digits run together, 8+ of them with 3+ digits and 2+
  letters, or 1 letter and 6+ digits (``RSSGLI65A41H501X``, ``X1234567L``, ``QQ123456C``,
  ``AB1234567``, ``A123456780``) -> ``[number]``; not doses or medical words (``B12``,
  ``COVID-19``, ``5mg``, ``3x1000mg``, ``HMAC-SHA256``)
- dates: ``1 May 1960``, ``May 1st, 1960``, ``2 de mayo``, ``01.05.1960``, ``1960-05-01``
  (month names in all 12 languages), and a year of birth (``born in 1960``,
  ``1960 doğumluyum``) -> ``[date]``
- ages: ``I'm 71``, ``71 years old``, ``aged 71``, ``tengo 71 años``, ``мне 71 год``,
  ``71 yaşındayım``, ``عمري 71`` and a bare ``71`` right after a name -> ``[age]``
- street addresses: a street word with a number or a capitalised name (``14 Rosewood Lane``,
  ``Calle Mayor 5``, ``Hauptstrasse 5``, ``12 rue de la Paix``, ``ul. Długa 5/12``,
  ``ул. Ленина, д. 5``, ``Gül Sokak No: 5``, ``شارع الملك فهد``), also in another case
  (``улице Ленина, дом 5, кв. 12``, ``przy ulicy Długiej 5``, ``вулиці Шевченка``) and with a
  flat before it (``Flat 3, 14 Rosewood Lane``) -> ``[address]``
- names: the words after a self-introduction (``my name is``, ``I'm``, ``call me``,
  ``me llamo``, ``soy``, ``je suis``, ``ich heiße``, ``ich bin``, ``mi chiamo``, ``sono``,
  ``meu nome é``, ``eu sou``, ``ik ben``, ``nazywam się``, ``jestem``, ``меня зовут``, ``я``,
  ``мене звати``, ``adım``, ``ben``, ``اسمي``, ``أنا`` …), ``Margaret here`` at the start,
  ``Dr. Smith``-style titles, a sign-off (``Thanks, Anna``; inside the text when the name
  closes a clause: ``Groetjes, Sanne Jansen, ik heb pijn``, ``Hallo, Hans Müller, …``), a
  relative after a possessive (``my wife Linda``, ``mi marido Antonio``, ``eşim Ahmet``)
  -> ``[name]``. After the ambiguous phrases (``I'm``, ``soy``, ``ich bin``, ``я`` …) a word
  is a name only when it is capitalised, or lower case and not a common or symptom word of
  one of the languages: "I'm in pain", "ich bin müde", "soy diabética", "я болею" stay. At
  most 3 words (4 after "my name is"-style phrases) are taken, plus initials, particles
  (``de Vries``, ``van der Berg``, ``de la Cruz``) and surnames with an apostrophe
  (``O'Connor``, ``D'Amico``). A given name that is also a word of another language
  (``Marco``/``março``, ``Jan``, ``Anne``) counts as a name when capitalised.
- places: capitalised words after ``from``/``in``/``aus``/``de``/``à``/``z``/``из`` …,
  any word after ``I live in``/``vivo en``/``mieszkam w``/``أعيش في`` …, Turkish proper
  nouns with a suffix (``Ankara'da``), the town before or after a postcode or after a street,
  and the name of a place of care (``at Oakwood Surgery``, ``Ospedale San Raffaele``: the
  word "Surgery" stays) -> ``[place]``

Zero-width and other invisible formatting characters are removed first. A title stays
("Dr. [name]"), as do the words of an introduction ("my name is [name]"), so that a reviewer
sees what was there. Kept on purpose: a bare year ("since 2015"), a month and year ("since
March 2019"), an age at an event ("diagnosed at 55"), doses, durations, ranges and readings
("300 mg", "for 10 years", "2-3 times", "120/80"). A day and month ("since 3 May") counts as
a date.

What it cannot catch: a bare name or place with no introducing word ("Anna has pain", "the
clinic in town"); a name that is also a common word after an ambiguous phrase ("I'm Hope");
a lower-case name after "я", "ben", "sono", "this is" and the like; a street without a
number or a capitalised name; numbers written in words ("zero one five one…"); a place after
a preposition in Arabic, except after a name or a "live in" phrase; details that are not
names, places, numbers or dates (a job, a rare disease, an event); a relative's name with no
possessive before the relative ("wife Linda") or a comma after it ("my wife, Linda"); in a
script without case, a name after a sign-off with more text after it. German
nouns are capitalised, so an uncommon noun after "in"/"aus" may be taken for a place; an
unusual capitalised word after an ambiguous phrase may be taken for a name. See
``docs/reviewing.md``.

Redaction takes time linear in the length of the text: the text is folded and tokenised
once by regular expressions that never backtrack over what they read (possessive and atomic
repetition, lookbehinds at every start), then each rule visits only the tokens that can
start it and looks at a bounded number of tokens around each. Pure: no I/O, and the only
state kept between calls is a cache of word keys.

The parts, in the order a text meets them: ``folding`` (word keys, the folded view),
``symbols`` (e-mail addresses, URLs, handles and postcodes by regular expression), ``tokens``,
``phrases`` and ``scan`` (the text as tokens, the introducing phrases among them), the
``rules`` (one module per kind of detail: identity numbers in ``ids``) with their ``words``
(the word lists), and here
``redact``, which runs them in order.
"""

from __future__ import annotations

import re
import unicodedata

from storage.redact.folding import fold
from storage.redact.placeholders import (
    ADDRESS,
    AGE,
    DATE,
    EMAIL,
    HANDLE,
    NAME,
    NUMBER,
    PHONE,
    PLACE,
    PLACEHOLDERS,
    POSTCODE,
    URL,
)
from storage.redact.rules.addresses import addresses
from storage.redact.rules.dates import ages, dates
from storage.redact.rules.emails import disguised_emails
from storage.redact.rules.ids import ids
from storage.redact.rules.names import introduced_names, names
from storage.redact.rules.numbers import numbers, towns
from storage.redact.rules.places import places
from storage.redact.scan import Scan
from storage.redact.symbols import replace_symbols
from storage.redact.tokens import NUM

__all__ = [
    "ADDRESS",
    "AGE",
    "DATE",
    "EMAIL",
    "HANDLE",
    "NAME",
    "NUMBER",
    "PHONE",
    "PLACE",
    "PLACEHOLDERS",
    "POSTCODE",
    "URL",
    "redact",
    "redact_echo",
]

# These two are defined here, where ``redact`` uses them, and not imported: Python 3.11 calls a
# method of an imported name through a bound method made at each call.

# Zero-width and other invisible formatting characters: removed before anything else.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Every e-mail address, URL, handle and postcode ``replace_symbols`` finds has one of these.
_SYMBOL_HINTS_RE = re.compile(r"[@.:0-9]")


def redact(text: str) -> str:
    """``text`` with anything that could identify a person replaced by a token."""
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    view = fold(text)
    if _SYMBOL_HINTS_RE.search(view):  # an e-mail address, a URL, a handle, a postcode
        text, view = replace_symbols(text, view)
    scan = Scan(view)
    if scan.n == 0:
        return text
    for group in scan.digit_groups(free_only=False):
        for k in range(group.first, group.last + 1):
            if scan.kind[k] == NUM:
                scan.groups[k] = group
    scan.find_phrases()
    disguised_emails(scan)
    ids(scan)
    dates(scan)
    ages(scan)
    introduced_names(scan)
    addresses(scan)
    names(scan)
    places(scan)
    numbers(scan)
    towns(scan)
    return _apply(text, scan)


def _apply(text: str, scan: Scan) -> str:
    """``text`` with the claimed tokens replaced by their placeholders."""
    if not scan.claims:
        return text
    parts: list[str] = []
    position = 0
    for first, end, label in sorted(scan.claims):
        parts += (text[position : scan.start[first]], label)
        position = scan.start[end - 1] + len(scan.text[end - 1])
    parts.append(text[position:])
    return "".join(parts)


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
