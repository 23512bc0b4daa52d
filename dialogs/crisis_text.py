"""Recognising free text that reads as suicidal, in every supported language.

A match shows the crisis screen at once, whatever question is open. The phrases are checked in
all languages whatever the person's language, because people mix languages; a false alarm
costs a kind message, a miss could cost a life.
"""

from __future__ import annotations

import re
import unicodedata

# Lower-case fragments; matched against the text with accents folded and spaces collapsed.
PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "kill myself", "killing myself", "end my life", "ending my life", "end it all",
        "suicide", "suicidal", "don't want to live", "dont want to live", "do not want to live",
        "don't want to be alive", "want to die", "wish i was dead", "wish i were dead",
        "better off dead", "take my own life", "hurt myself", "harm myself", "self harm",
        "self-harm", "no reason to live", "overdose on purpose",
    ),
    "es": (
        "suicid", "matarme", "quitarme la vida", "acabar con mi vida", "no quiero vivir",
        "quiero morir", "quiero morirme", "hacerme dano", "autolesion",
    ),
    "fr": (
        "suicid", "me tuer", "mettre fin a mes jours", "en finir", "je veux mourir",
        "je ne veux plus vivre", "envie de mourir", "me faire du mal",
    ),
    "de": (
        "suizid", "selbstmord", "mich umbringen", "mir das leben nehmen", "will nicht mehr leben",
        "will sterben", "nicht mehr leben", "mich selbst verletzen", "mir etwas antun",
    ),
    "it": (
        "suicid", "uccidermi", "togliermi la vita", "farla finita", "non voglio piu vivere",
        "voglio morire", "farmi del male",
    ),
    "pt": (
        "suicid", "me matar", "tirar minha vida", "tirar a minha vida", "acabar com minha vida",
        "nao quero mais viver", "nao quero viver", "quero morrer", "me machucar",
    ),
    "nl": (
        "zelfmoord", "suicide", "mezelf doden", "mezelf van kant", "einde aan mijn leven",
        "wil niet meer leven", "wil dood", "mezelf pijn doen",
    ),
    "pl": (
        "samobojst", "zabic sie", "odebrac sobie zycie", "nie chce zyc", "chce umrzec",
        "skrzywdzic siebie", "zrobic sobie krzywde",
    ),
    "ru": (
        "суицид", "самоубий", "покончить с собой", "убить себя", "не хочу жить",
        "хочу умереть", "навредить себе", "причинить себе вред", "лишить себя жизни",
    ),
    "uk": (
        "суїцид", "самогуб", "покінчити з собою", "вбити себе", "не хочу жити",
        "хочу померти", "нашкодити собі", "заподіяти собі шкоду",
    ),
    "tr": (
        "intihar", "kendimi oldur", "canima kiy", "yasamak istemiyorum", "olmek istiyorum",
        "kendime zarar",
    ),
    "ar": (
        "انتحار", "انتحر", "اقتل نفسي", "أقتل نفسي", "انهي حياتي", "أنهي حياتي",
        "لا اريد ان اعيش", "لا أريد أن أعيش", "اريد ان اموت", "أريد أن أموت", "اؤذي نفسي",
        "أؤذي نفسي",
    ),
}  # fmt: skip


def _fold(text: str) -> str:
    """Lower case, accents removed (but Cyrillic and Arabic letters kept), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch
        for ch in decomposed
        if not (unicodedata.combining(ch) and ord(ch) < 0x0370)  # drop Latin accents only
    )
    kept = kept.replace("ı", "i").replace("ł", "l").replace("’", "'")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", kept))


_FOLDED = tuple(_fold(phrase) for phrases in PHRASES.values() for phrase in phrases)


def reads_as_crisis(text: str) -> bool:
    """Whether free text mentions suicide or self-harm in any supported language."""
    folded = _fold(text)
    return any(phrase in folded for phrase in _FOLDED)
