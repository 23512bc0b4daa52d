"""Words of ages and dates: age phrases, years words, birth words, date fillers, ordinals."""

from __future__ import annotations

from storage.redact.folding import word_keys

# Before an age; ``True``: a years word must follow ("tengo 71 años"), ``False``: the number
# may stand alone ("I'm 71").
AGE_PHRASES: tuple[tuple[str, bool], ...] = (
    ("i'm", False),
    ("i am", False),
    ("aged", False),
    ("age", False),
    ("i turned", False),
    ("tengo", True),
    ("edad", False),
    ("cumplí", True),
    ("j'ai", True),
    ("âge", False),
    ("âgée de", False),
    ("âgé de", False),
    ("ich bin", False),
    ("bin", False),
    ("alter", False),
    ("ho", True),
    ("età", False),
    ("tenho", True),
    ("idade", False),
    ("ik ben", False),
    ("ben", False),
    ("leeftijd", False),
    ("mam", True),
    ("wiek", False),
    ("jestem", False),
    ("мне", True),
    ("возраст", False),
    ("мені", True),
    ("вік", False),
    ("yaşım", False),
    ("عمري", False),
    ("العمر", False),
    ("عندي", True),
)
YEARS_WORDS = word_keys(
    """years year yrs yr yo años año anos ano ans an jahre jahr jahren anni anno jaar jaren
    lat lata rok лет года год років роки рік yaşında yaşındayım yaş yaşımdayım سنة سنوات
    عام عاما سنين""",
)
# A years word that makes an age on its own ("71 years old" needs "old").
OLD_WORDS = word_keys("old alt oud edad idade età yaşında yaşındayım yaşımdayım")
# Starts of "-year-old" words: "64-jährige", "64-letnia", "64-летняя", "64-річна".
AGED_STEMS = ("jahrig", "letni", "летн", "річн", "year-old", "years-old")
# Words before a birth year ("born in 1960") or after it ("1960 doğumluyum").
BIRTH_WORDS = word_keys(
    """born b nací naci nacida nacido née né nee geboren geb jahrgang nata nato nascita classe
    nasci nascida nascido nascimento urodziłam urodziłem urodzona urodzony rocznik ur
    родилась родился рождения народилася народився народження doğumlu doğumluyum doğdum
    ولدت مواليد ولادة""",
)
DATE_FILLERS = word_keys("of de del the el le der den in en em w в у nel im year año")
ORDINALS = word_keys("st nd rd th er eme ème º o")
