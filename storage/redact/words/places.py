"""Words around places: prepositions, "live in" phrases, articles, Turkish case endings.

Also the saints' names that start a place ("São Paulo"), the words joining the parts of one,
and the case endings of Polish, Russian and Ukrainian nouns.
"""

from __future__ import annotations

from storage.redact.folding import word_keys

# A capitalised word after one of these is a place ("from Leeds", "aus Berlin", "z Krakowa").
PLACE_PREPOSITIONS = word_keys(
    """from in near de desde en à près aus di da vicino em do no na perto uit te bij z ze w
    we spod koło из в во с со под з із зі у під""",
)
# Before a town right before a postcode ("in Leeds 12345", "في الرياض 12345").
TOWN_PREPOSITIONS = PLACE_PREPOSITIONS | word_keys("في")
# After a name: "Anna from Leeds", "مريم من الرياض" (the place may be in a script without case).
FROM = word_keys("from de desde aus uit da di z ze из з зі із من")
# After these any word not in the lists is a place ("I live in leeds").
PLACE_PHRASES = (
    "live in",
    "living in",
    "lives in",
    "based in",
    "moved to",
    "i'm from",
    "i am from",
    "come from",
    "city of",
    "town of",
    "vivo en",
    "soy de",
    "vengo de",
    "ciudad de",
    "j'habite à",
    "j'habite a",
    "j'habite en",
    "j'habite au",
    "je vis à",
    "je viens de",
    "ville de",
    "ich wohne in",
    "ich lebe in",
    "ich komme aus",
    "wohne in",
    "stadt",
    "abito a",
    "abito in",
    "vivo a",
    "vengo da",
    "sono di",
    "città di",
    "moro em",
    "moro no",
    "moro na",
    "vivo em",
    "sou de",
    "cidade de",
    "ik woon in",
    "woon in",
    "ik kom uit",
    "mieszkam w",
    "mieszkam we",
    "jestem z",
    "jestem ze",
    "pochodzę z",
    "miasto",
    "живу в",
    "живу во",
    "живу у",
    "я из",
    "город",
    "я з",
    "я із",
    "місто",
    "أعيش في",
    "اعيش في",
    "وأعيش في",
    "وأسكن في",
    "أسكن في",
    "اسكن في",
    "أنا من",
    "انا من",
    "مقيم في",
    "مقيمة في",
    "مدينة",
    "محافظة",
)
# Of those, the ones also said of time ("я з дитинства": since childhood): only a
# capitalised word (or one in a script without case) is taken.
FROM_PHRASES = frozenset(
    (
        *("i'm from", "i am from", "come from", "soy de", "vengo de", "je viens de"),
        *("ich komme aus", "vengo da", "sono di", "sou de", "ik kom uit", "jestem z"),
        *("jestem ze", "pochodzę z", "я из", "я з", "я із", "أنا من", "انا من"),
    )
)
# Articles skipped between a preposition and a capitalised place ("in the Netherlands").
PLACE_ARTICLES = word_keys("the la le el los las les il lo gli os as het")
# Turkish case endings after an apostrophe: "Ankara'da" (a place), "Ayşe'yim" (a name).
TR_PLACE_SUFFIXES = word_keys(
    """da de ta te dan den tan ten a e ya ye li lı lu lü liyim lıyım luyum lüyüm dayım
    deyim tayım teyim""",
)
TR_NAME_SUFFIXES = word_keys("yim yım yum yüm im ım um üm in ın nin nın un nun ün nün i ı yi yı")
TR_LIVE = word_keys("yaşıyorum oturuyorum yaşıyoruz oturuyoruz")
TR_FROM_ENDINGS = ("liyim", "luyum")

# Before the rest of a place's name ("São Paulo", "San Sebastián", "Sankt Gallen").
SAINTS = word_keys("são san santa santo saint sainte sankt st")

# Case endings of Polish, Russian and Ukrainian nouns ("szpitalu", "больнице"): a capitalised
# word after a preposition whose stem is the stem of a listed word is not taken for a place.
CASE_ENDINGS = tuple(
    sorted(
        word_keys(
            """ami ach ów om em ie ia iu u e i y a ą ę ом ем ам ами ах ях ой ей ий ия ие ии ю я
            у е и ы а і ї є ь"""
        ),
        key=len,
        reverse=True,
    )
)

# Between the words of a place's name ("Rio de Janeiro", "Frankfurt am Main").
PLACE_JOINERS = word_keys("de del la am an der upon on sur di do da dos das el al")

# Places of care named after a place or a person: "at Oakwood Surgery", "at St Mary's
# Hospital" (the name before the word), "all'Ospedale San Raffaele" (after it). The word
# itself stays; "Medical", "Health" … between the name and it stay too.
FACILITY_AFTER = word_keys(
    "surgery clinic practice hospital infirmary hospice centre center klinik klinikum praxis"
)
FACILITY_QUALIFIERS = word_keys(
    "medical health family general community university teaching memorial group"
)
FACILITY_BEFORE = word_keys(
    """hospital hôpital clinique clinica clínica ospedale policlinico klinik klinikum
    krankenhaus szpital klinika""",
)
# Before the name of a place of care: "at Oakwood Surgery", "at the Oakwood Surgery", not
# "I had Carpal Tunnel Surgery".
FACILITY_PREPOSITIONS = word_keys("at to from in into near by of von vom im zur zum")
