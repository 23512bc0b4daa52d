"""Emergency numbers and crisis lines by country, as sourced data.

The bot asks a person's country once (the question can be skipped). This module holds, for
the countries where the bot's languages are mainly spoken, the number to call for a medical
emergency and, where one could be sourced, a national crisis line (suicide prevention or
emotional crisis support). Where the country is unknown or not in the table, the caller shows
``FALLBACK_NUMBERS`` and the international directories in ``CRISIS_DIRECTORIES``.

Every entry records the URL of the page that states the number (``source``) and the date that
page was read (``checked_on``, ISO 8601). A number that could not be sourced is not in the
table: a country without a sourced emergency number is left out, and a crisis line without
its own source is ``None``. Only lines reported as open 24 hours a day were taken in.

Numbers change. The whole table must be re-checked against its sources, and preferably against
the national health or emergency service of each country, before clinical use and at regular
intervals after that.

This module holds no user-visible sentences: only numbers, the proper names of services, URLs
and dates. The shells word everything through gettext.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = [
    "CHECKED_ON",
    "COUNTRIES",
    "CRISIS_DIRECTORIES",
    "FALLBACK_NUMBERS",
    "CountryNumbers",
    "CrisisLine",
    "country_from_language_tag",
    "lookup",
]

CHECKED_ON: Final = "2026-11-27"
"""The date on which the sources below were read."""


@dataclass(frozen=True)
class CrisisLine:
    """A national suicide-prevention or emotional-crisis phone line."""

    name: str
    """The service's own name (a proper name, never translated)."""
    number: str
    """The number as dialled inside the country, digits with optional spaces."""
    source: str
    """URL of the page that states the number."""
    checked_on: str
    """ISO date on which ``source`` was read."""


@dataclass(frozen=True)
class CountryNumbers:
    """The emergency number of one country, with its source."""

    code: str
    """ISO 3166-1 alpha-2 code, lower case, e.g. ``"de"``."""
    emergency: str
    """The number to call for a medical emergency (ambulance), as dialled."""
    source: str
    """URL of the page that states ``emergency`` (and ``alternatives``)."""
    checked_on: str
    """ISO date on which ``source`` was read."""
    crisis: CrisisLine | None = None
    """The national crisis line, or ``None`` when none could be sourced."""
    alternatives: tuple[str, ...] = ()
    """Other numbers that, per the same source, also reach emergency help (e.g. 112)."""


def _country(
    code: str,
    emergency: str,
    source: str,
    *,
    alternatives: tuple[str, ...] = (),
    crisis: CrisisLine | None = None,
) -> CountryNumbers:
    return CountryNumbers(
        code=code,
        emergency=emergency,
        source=source,
        checked_on=CHECKED_ON,
        crisis=crisis,
        alternatives=alternatives,
    )


def _crisis(name: str, number: str, source: str) -> CrisisLine:
    return CrisisLine(name=name, number=number, source=source, checked_on=CHECKED_ON)


_ENTRIES: Final = (
    # English
    _country(
        "us",
        "911",
        "https://fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services",
        crisis=_crisis(
            "988 Suicide & Crisis Lifeline",
            "988",
            "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/"
            "988-suicide-crisis-lifeline",
        ),
    ),
    _country(
        "gb",
        "999",
        "https://www.swast.nhs.uk/when-to-call-999",
        crisis=_crisis(
            "Samaritans",
            "116 123",
            "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        ),
    ),
    _country(
        "ie",
        "112",
        "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        alternatives=("999",),
        crisis=_crisis(
            "Samaritans",
            "116 123",
            "https://www.irishexaminer.com/breakingnews/ireland/"
            "samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-"
            "mental-help-phone-service-914684.html",
        ),
    ),
    _country(
        "ca",
        "911",
        "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
        crisis=_crisis(
            "9-8-8: Suicide Crisis Helpline",
            "988",
            "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
        ),
    ),
    _country(
        "au",
        "000",
        "https://www.sbs.com.au/language/english/audio/"
        "everything-you-need-to-know-about-australia-s-emergency-number-000",
        crisis=_crisis(
            "Lifeline",
            "13 11 14",
            "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
        ),
    ),
    _country(
        "nz",
        "111",
        "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/"
        "111-emergency-service/",
        crisis=_crisis("1737 Need to talk?", "1737", "https://www.pegasus.health.nz/?p=6300"),
    ),
    # Spanish
    _country(
        "es",
        "112",
        "https://www.consalud.es/pacientes/"
        "telefonos-emergencia-cual-es-diferencia-entre-112-061_133271_102.html",
        crisis=_crisis(
            "Línea 024",
            "024",
            "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/"
            "2347183.shtml",
        ),
    ),
    _country(
        "mx",
        "911",
        "https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado"
        "?idiom=es",
        crisis=_crisis(
            "Línea de la Vida",
            "800 911 2000",
            "https://www.eluniversal.com.mx/nacion/"
            "promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-"
            "asi-puedes-pedir-ayuda/",
        ),
    ),
    _country(
        "co",
        "123",
        "https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-"
        "colombia/?outputType=amp",
    ),
    _country("cl", "131", "https://elmauleinforma.cl/?p=67393"),
    # French
    _country(
        "fr",
        "15",
        "https://www.service-public.fr/particuliers/vosdroits/F33954",
        alternatives=("112",),
        crisis=_crisis(
            "3114",
            "3114",
            "https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/",
        ),
    ),
    _country("be", "112", "https://www.police.be/5998/fr/contact/numeros-durgence"),
    _country(
        "ch",
        "144",
        "https://hallo.gr.ch/en/gesundheit/notfall/Seiten/default.aspx?isdlg=1",
        alternatives=("112",),
        crisis=_crisis(
            "Die Dargebotene Hand",
            "143",
            "https://www.srf.ch/news/schweiz/schweiz-dargebotene-hand-wird-immer-oefter-angenommen",
        ),
    ),
    _country("lu", "112", "https://infos.rtl.lu/actu/luxembourg/a/2168149.html"),
    # German
    _country(
        "de",
        "112",
        "https://www.rd-westpfalz.drk.de/leistungen/gesundheit/gesundheitsprogramme.html",
        crisis=_crisis(
            "TelefonSeelsorge",
            "0800 111 0 111",
            "https://www.domradio.de/glossar/telefonseelsorge-0",
        ),
    ),
    _country(
        "at",
        "144",
        "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/"
        "informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
        alternatives=("112",),
        crisis=_crisis("TelefonSeelsorge", "142", "https://www.katholisch.at/telefonseelsorge"),
    ),
    # Italian
    _country("it", "118", "https://www.aulss4.veneto.it/it/servizi/emergenze"),
    # Portuguese
    _country(
        "br",
        "192",
        "https://alagoasdigital.al.gov.br/servico/1132",
        crisis=_crisis(
            "CVV – Centro de Valorização da Vida",
            "188",
            "https://www.radiocidadedevitoria.com.br/"
            "prevencao-ao-suicidio-cvv-oferece-apoio-emocional-gratuito",
        ),
    ),
    _country(
        "pt",
        "112",
        "https://dnbrasil.dn.pt/situacao-de-emergencia-em-portugal-saiba-para-onde-ligar",
        crisis=_crisis(
            "Linha Nacional de Prevenção do Suicídio",
            "1411",
            "https://24noticias.sapo.pt/atualidade/artigos/"
            "1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas",
        ),
    ),
    # Dutch
    _country(
        "nl",
        "112",
        "https://ambulancezorggm.nl/wat-kun-jij-doen-als-je-onze-ambulance-nodig-hebt-of-"
        "tegenkomt/je-belt-112-en-dan",
        crisis=_crisis("113 Zelfmoordpreventie", "113", "https://www.113.nl/schoolopdracht"),
    ),
    # Polish
    _country(
        "pl",
        "112",
        "https://www.rprsosnowiec.pl/jak-wezwac-pogotowie-ratunkowe/",
        alternatives=("999",),
    ),
    # Russian
    _country(
        "ru",
        "103",
        "https://sergiev.ru/news/o-poryadke-vyzova-ekstrennykh-operativnykh-sluzhb",
        alternatives=("112",),
    ),
    # Ukrainian
    _country(
        "ua",
        "103",
        "https://kokl.ua/?p=11758",
        crisis=_crisis(
            "Lifeline Ukraine",
            "7333",
            "https://dzerkalo.media/news/"
            "v-ukraini-zapratsyue-garyacha-liniya-psihologichnoi-pidtrimki-dlya-veteraniv-viyni",
        ),
    ),
    # Turkish
    _country("tr", "112", "https://sinopism.saglik.gov.tr/TR-226526/acil-durumda-sadece-112.html"),
    # Arabic
    _country("eg", "123", "https://www.dostor.org/print.aspx?id=3495474"),
    _country(
        "sa",
        "997",
        "https://www.zawya.com/en/life/health/"
        "saudi-red-crescent-in-jeddah-handles-11-154-emergency-cases-during-september-2023-"
        "w7ro5gvk",
    ),
    _country(
        "ae",
        "998",
        "https://www.khaleejtimes.com/hi/life-and-living/"
        "uae-what-to-do-during-a-medical-emergency-sos-channels-cost-process",
    ),
    _country("jo", "911", "https://alordoon.com/news/archives/amp/83422"),
)

COUNTRIES: Final[dict[str, CountryNumbers]] = {entry.code: entry for entry in _ENTRIES}
"""The table, keyed by lower-case ISO 3166-1 alpha-2 code, grouped by the bot's languages."""

FALLBACK_NUMBERS: Final[tuple[tuple[str, str], ...]] = (
    ("112", "europe"),
    ("911", "north_america"),
    ("999", "uk"),
)
"""Numbers to show when the country is unknown: ``(number, region key)``.

The caller words each region key through gettext, e.g. "112 (Europe and most mobile
networks)". Sources: 112 https://www2.hse.ie/emergencies/when-to-call-112-or-999/ (works in
any EU country); 911 https://fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services; 999
https://www.swast.nhs.uk/when-to-call-999 (all read on ``CHECKED_ON``).
"""

CRISIS_DIRECTORIES: Final[tuple[str, ...]] = (
    "https://findahelpline.com",
    "https://befrienders.org",
)
"""International directories of crisis lines, for when no national line is known.

Sources: https://findahelpline.com/AU (a per-country helpline directory) and
https://www.befrienders.org/what-we-do (a network of emotional support centres in 32
countries), both read on ``CHECKED_ON``.
"""


def lookup(code: str | None) -> CountryNumbers | None:
    """The entry for an ISO 3166-1 alpha-2 ``code`` (any case), or ``None`` when unknown."""
    if code is None:
        return None
    return COUNTRIES.get(code.strip().lower())


def country_from_language_tag(tag: str | None) -> str | None:
    """The region of a language tag when that region is in ``COUNTRIES``.

    ``"de-AT"`` -> ``"at"``, ``"pt-br"`` -> ``"br"``, ``"zh-Hant-TW"`` -> ``None`` (not in the
    table), ``"en"`` -> ``None`` (no region). Underscores are accepted as separators.
    """
    if not tag:
        return None
    parts = tag.strip().replace("_", "-").split("-")
    language = parts[0]
    if not (2 <= len(language) <= 8 and language.isascii() and language.isalpha()):
        return None
    for subtag in parts[1:]:
        if not subtag.isascii():
            return None
        if len(subtag) == 4 and subtag.isalpha():
            continue  # a script subtag, e.g. "Latn"; the region may follow
        if len(subtag) == 2 and subtag.isalpha():
            code = subtag.lower()
            return code if code in COUNTRIES else None
        return None
    return None
