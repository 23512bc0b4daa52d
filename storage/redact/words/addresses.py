"""Words of street addresses: street words, house-number and flat words, postcode words."""

from __future__ import annotations

from storage.redact.folding import word_keys
from storage.redact.words.names import PARTICLES

# Street words after the street's name ("Rosewood Lane", "Gül Sokak"); ``True``: the name
# alone (capitalised) makes an address, ``False``: a number is needed too.


def _streets(alone: str, numbered: str) -> dict[str, bool]:
    """Street words: ``True`` for those that make an address with a capitalised name alone,
    ``False`` for those that need a house number too."""
    return {**dict.fromkeys(word_keys(alone), True), **dict.fromkeys(word_keys(numbered), False)}


# Street words after the street's name ("Rosewood Lane", "Gül Sokak").
STREET_AFTER = _streets(
    alone="""street road lane avenue drive boulevard sokak sokağı cadde caddesi bulvar bulvarı
    mahallesi""",
    numbered="""st rd ln ave close crescent way court gardens terrace grove square mews parade
    row straße strasse straat weg sok sk cad cd blv mah mh mahalle улица улице улицы улицу
    улицей переулок переулке бульвар бульваре вулиця вулиці вулицю провулок провулку""",
)
# Street words before the street's name ("Calle Mayor 5", "rue de la Paix", "ul. Długa").
STREET_BEFORE = _streets(
    alone="""calle avenida avda plaza paseo carretera travesía rue boulevard allée impasse quai
    viale piazza piazzale vicolo rua travessa praça alameda rodovia ulica ul aleja osiedle
    plac улица ул проспект переулок бульвар набережная вулиця вул просп провулок пров бульв
    شارع جادة""",
    numbered="""c av pza camino ronda glorieta urbanización bd avenue chemin place route cours
    square résidence via corso largo strada contrada r estrada beco al os pl пр пер шоссе ш
    пл площадь наб мкр площа طريق""",
)
# Street words before the name in another case: "на улице Ленина", "przy ulicy Długiej",
# "на вулиці Шевченка". Some are also everyday words ("на улице" is "outside"), so the name
# after them must be capitalised.
INFLECTED_STREETS = word_keys(
    """улицы улице улицу улицей проспекта проспекте проспекту проспектом переулка переулке
    переулку бульвара бульваре бульвару площади набережной вулиці вулицю вулицею проспекті
    проспекту провулку провулка бульварі площі ulicy ulicę ulicą alei aleję placu osiedlu""",
)
STREET_BEFORE.update(dict.fromkeys(INFLECTED_STREETS, False))
# Street words as the end of one word ("Hauptstraße", "Kerkstraat"); ``True`` as above.
STREET_ENDINGS: tuple[tuple[str, bool], ...] = (
    ("strasse", True),
    ("straat", True),
    ("laan", True),
    ("gracht", True),
    ("singel", True),
    ("allee", True),
    ("gasse", True),
    ("kade", True),
    ("str", False),
    ("weg", False),
    ("platz", False),
    ("ring", False),
    ("damm", False),
    ("ufer", False),
    ("plein", False),
    ("dijk", False),
    ("steeg", False),
    ("hof", False),
)
STREET_ENDING_KEYS = tuple(ending for ending, _ in STREET_ENDINGS)
# Before a house number ("No: 5", "nº 5", "д. 5") or a flat ("kv. 12", "Daire 3", "flat 2").
HOUSE_WORDS = word_keys("no nº nr n num número numero д дом буд будинок kv кв apt flat daire")
STREET_PARTICLES = PARTICLES | word_keys("d l y e of the")
FLAT_WORDS = word_keys(
    "flat apt apartment apto apartamento appt piso kv кв кварт квартира daire d lok lokal m unit"
)
# Before a street address: "Flat 3, 14 Rosewood Lane", "Apt 4B, 22 Station Road".
FLAT_BEFORE = FLAT_WORDS - word_keys("d m")
# Before a postcode.
POSTCODE_WORDS = word_keys(
    "postcode zip plz cp cap cep kod postal postale индекс індекс posta kodu البريدي",
)
TOWN_WORDS = word_keys("г м город місто")
