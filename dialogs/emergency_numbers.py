"""Emergency numbers, urgent (out-of-hours) lines and crisis lines by country, as sourced data.

The bot asks a person's country once (the question can be skipped). For the countries where
the bot's languages are spoken, this module holds:

* every number that reaches an ambulance (``emergency``, the main one first);
* the national urgent / out-of-hours medical line (``urgent``), for "see a doctor today; if you
  cannot be seen, use the country's urgent line" -- ``None`` where the country has no single
  national line (the bot then says "your out-of-hours doctor or urgent care");
* a national crisis line (suicide prevention or emotional crisis support, ``crisis``), only
  where one is reported as open 24 hours a day.

Where the country is unknown or not in the table, the caller shows ``FALLBACK_NUMBERS`` and the
international directories in ``CRISIS_DIRECTORIES``.

How the table was made (version 2, 2026-12-06): each number was looked up in stored copies of
public web pages (official health services and governments where they could be found, else the
service's own site or a news report). Every line records the URL of the page that states it
(``source``) and the day that page was read (``checked_on``, ISO 8601): lines re-read for
version 2 carry 2026-12-06, lines kept from version 1 without re-reading carry 2026-11-27. A
number no page could be found for is not in the table; comments next to the entries say what
was left out and why, and note regional limits as the sources state them. Nothing here was
confirmed by telephone.

Numbers change, services are renamed and rolled out region by region. The whole table must be
re-checked against its sources, and preferably against the national health or emergency
service of each country, before clinical use and at regular intervals after that.

This module holds no user-visible sentences: only numbers, the proper names of services, URLs
and dates. The shells word everything through gettext; a line without a ``name`` is worded
"call 3114", one with a name "call Samaritans on 116 123".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = [
    "COUNTRIES",
    "CRISIS_DIRECTORIES",
    "FALLBACK_NUMBERS",
    "CountryNumbers",
    "Line",
    "countries_for_language",
    "country_from_language_tag",
    "lookup",
]

_V1: Final = "2026-11-27"
"""The day the version-1 sources were read (entries not re-read for version 2)."""
_V2: Final = "2026-12-06"
"""The day the version-2 sources were read."""


@dataclass(frozen=True)
class Line:
    """One telephone line, with the page that states it."""

    number: str
    """The number as dialled inside the country, digits with optional spaces."""
    source: str
    """URL of the page that states the number."""
    checked_on: str
    """ISO date on which ``source`` was read."""
    name: str | None = None
    """The service's own name (a proper name, never translated), only if distinct from the
    number; ``None`` when the service is known by its number (e.g. France's 3114)."""


@dataclass(frozen=True)
class CountryNumbers:
    """The emergency numbers, urgent line and crisis line of one country."""

    code: str
    """ISO 3166-1 alpha-2 code, lower case, e.g. ``"de"``."""
    languages: tuple[str, ...]
    """The bot's language codes spoken there (from en, es, fr, de, it, pt_BR, nl, pl, ru, uk,
    tr, ar)."""
    emergency: tuple[Line, ...]
    """Every number that reaches an ambulance, the main one first."""
    urgent: Line | None = None
    """The national urgent / out-of-hours medical line, or ``None`` when there is no single
    national one."""
    crisis: Line | None = None
    """A national 24-hour crisis / suicide-prevention line, or ``None`` when none was sourced."""
    crisis_by_language: tuple[tuple[str, Line], ...] = ()
    """Where speakers of one of the country's languages have their own line (or the same line
    under its name in their language): ``(language, line)`` pairs; ``crisis`` for the rest."""


def _line(number: str, source: str, checked_on: str, name: str | None = None) -> Line:
    return Line(number=number, source=source, checked_on=checked_on, name=name)


_ENTRIES: Final = (
    # ----------------------------------------------------------------------------------------
    # English
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="us",
        languages=("en", "es"),  # Spanish: the 988 line itself offers a Spanish option.
        emergency=(_line("911", "https://fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services", _V1),),
        # No single national urgent line (nurse lines are run by insurers and health systems).
        crisis=_line(
            "988",
            "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/"
            "988-suicide-crisis-lifeline",
            _V2,
            name="988 Suicide & Crisis Lifeline",
        ),
    ),
    CountryNumbers(
        code="gb",
        languages=("en",),
        emergency=(
            _line(
                "999",
                "https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers",
                _V2,
            ),
            _line(
                "112",
                "https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers",
                _V2,
            ),
        ),
        # NHS 111 is England's line (source: an English NHS ambulance trust, "24 hours a day,
        # 365 days a year"). Scotland: NHS 24 answers on 111 since April 2014
        # (http://www.nursingtimes.net/nursing-practice/clinical-zones/practice-nursing/
        # scotlands-nhs-24-service-moves-to-free-111-number/5070382.article). Wales: NHS 111
        # Wales, rolled out health board by health board, the whole of Wales "by April 2022"
        # (https://northwaleschronicle.co.uk/news/19398355.freephone-nhs-111-service-finally-
        # launched-across-north-wales). Northern Ireland has no 111 service: GP Out-of-Hours is
        # reached on each provider's own number
        # (https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/). All read
        # 2026-12-06.
        urgent=_line("111", "https://www.neas.nhs.uk/our-services/nhs-111", _V2, name="NHS 111"),
        crisis=_line(
            "116 123",
            "https://www.samaritans.org/news/"
            "samaritans-in-northern-ireland-answer-one-million-calls-during-10-years-of-freephone",
            _V2,
            name="Samaritans",
        ),
    ),
    CountryNumbers(
        code="ie",
        languages=("en",),
        emergency=(
            _line("112", "https://www2.hse.ie/emergencies/when-to-call-112-or-999/", _V1),
            _line("999", "https://www2.hse.ie/emergencies/when-to-call-112-or-999/", _V1),
        ),
        # No single national urgent line: GP out-of-hours co-operatives have regional numbers.
        crisis=_line(
            "116 123",
            "https://clareecho.ie/ennis-offering-support-throughout-lonely-christmas-period",
            _V2,
            name="Samaritans",
        ),
    ),
    CountryNumbers(
        code="ca",
        languages=("en", "fr"),
        emergency=(
            _line("911", "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/", _V1),
        ),
        # 811 is provincial/territorial, not federal; the national description below is a weak
        # source. Official pages read 2026-12-06 confirm 811 (24 h, nurses) in: Prince Edward
        # Island (http://healthpei.ca/811), Northwest Territories
        # (https://www.hss.gov.nt.ca/en/services/811), Ontario, Health811 (https://
        # www.sdgcounties.ca/discover-our-communities/news-notices/new-tool-will-allow-ontarians-
        # call-or-chat-online-rn), Quebec, Info-Santé 811 (https://www.creehealth.org/811), New
        # Brunswick (https://www.vitalitenb.ca/en/covid-19/when-to-call-811); Manitoba's Health
        # Links is reported on 811 by a news page (https://nishadil.com/news/manitobas-health-
        # links-service-gets-a-major-upgrade-doctors-on-call/00d5ad7b7f17de5401e816c8862dd786).
        # Not confirmed here for the other provinces and territories (Nunavut in particular).
        urgent=_line(
            "811", "https://www.disabled-world.com/news/public-notices/phone-811.php", _V2
        ),
        crisis=_line(
            "988",
            "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
            _V1,
            name="9-8-8: Suicide Crisis Helpline",
        ),
    ),
    CountryNumbers(
        code="au",
        languages=("en",),
        emergency=(
            _line("000", "https://www.triplezero.gov.au/triple-zero/other-emergency-numbers", _V2),
            # 112: "available from most mobile phones" only (same source).
            _line("112", "https://www.triplezero.gov.au/triple-zero/other-emergency-numbers", _V2),
        ),
        # No urgent line in the table. healthdirect (1800 022 222) was rebranded 1800MEDICARE on
        # 1 January 2026 (https://mforum.com.au/1800medicare-now-live-and-taking-calls, read
        # 2026-12-06), but no page read states 1800MEDICARE in digits, and whether 1800 022 222
        # still answers was not found. Queensland also has 13 HEALTH (13 43 25 84,
        # https://www.qld.gov.au/health/contacts/advice/13health).
        crisis=_line(
            "13 11 14",
            "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
            _V2,
            name="Lifeline",
        ),
    ),
    CountryNumbers(
        code="nz",
        languages=("en",),
        emergency=(
            _line(
                "111",
                "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/"
                "111-emergency-service/",
                _V1,
            ),
        ),
        urgent=_line(
            "0800 611 116",
            "https://www.health.govt.nz/your-health/services-and-support/health-care-services/"
            "healthline/common-questions-about-healthline",
            _V2,
            name="Healthline",
        ),
        crisis=_line(
            "1737", "https://www.pegasus.health.nz/?p=6300", _V2, name="1737 Need to talk?"
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Spanish
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="es",
        languages=("es",),
        emergency=(
            # 061 answers health emergencies in some autonomous communities only (same source);
            # left out as regional.
            _line(
                "112",
                "https://www.consalud.es/pacientes/"
                "telefonos-emergencia-cual-es-diferencia-entre-112-061_133271_102.html",
                _V2,
            ),
        ),
        # No single national urgent line (regional health services).
        crisis=_line(
            "024",
            "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/"
            "2347183.shtml",
            _V2,
        ),
    ),
    CountryNumbers(
        code="mx",
        languages=("es",),
        emergency=(
            _line(
                "911",
                "https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-"
                "llamado?idiom=es",
                _V1,
            ),
        ),
        crisis=_line(
            "800 911 2000",
            "https://www.eluniversal.com.mx/nacion/"
            "promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-"
            "asi-puedes-pedir-ayuda/",
            _V2,
            name="Línea de la Vida",
        ),
    ),
    CountryNumbers(
        code="co",
        languages=("es",),
        emergency=(
            _line(
                "123",
                "https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-"
                "toda-colombia/?outputType=amp",
                _V2,
            ),
        ),
        # Line 106: the source calls it a national 24/7 mental-health line; other pages read the
        # same day describe 106 as Bogotá's district line (https://www.radiosantafe.com/2025/09/
        # 11/bogota-refuerza-su-apoyo-en-el-dia-mundial-para-la-prevencion-del-suicidio/) and the
        # Ministry's own line as 192 option 4 (not storable: it needs a menu choice).
        crisis=_line(
            "106",
            "https://www.semana.com/nacion/articulo/"
            "se-siente-solo-llame-a-estas-lineas-para-recibir-atencion-sobre-salud-mental/202644/",
            _V2,
        ),
    ),
    CountryNumbers(
        code="cl",
        languages=("es",),
        emergency=(_line("131", "https://elmauleinforma.cl/?p=67393", _V2),),
        # Salud Responde: the Ministry of Health's line, health professionals 24 h a day.
        urgent=_line(
            "600 360 7777",
            "https://www.latribuna.cl/salud/2022/10/07/"
            "destacan-las-ventajas-de-la-linea-de-atencion-salud-responde-en-casos-de-"
            "enfermedad-leve.html",
            _V2,
            name="Salud Responde",
        ),
        # The national 24/7 suicide-prevention line is *4141 from mobile phones
        # (https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-
        # lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml, read
        # 2026-12-06). Not stored: a number here is digits and spaces only.
    ),
    CountryNumbers(
        code="ar",
        languages=("es",),
        # 107 is run by provinces and cities (this source: Santa Fe province; also Buenos Aires
        # city's SAME, https://buenosaires.gob.ar/noticias/el-same-por-dentro-los-equipos-que-
        # monitorean-la-salud-de-la-ciudad). Some provinces route medical emergencies through 911
        # instead; no national page was found.
        emergency=(
            _line(
                "107",
                "https://www.santafe.gob.ar/index.php/web/content/view/full/258167/(subtema)/114560",
                _V2,
            ),
        ),
        # The Ministry of Health's national mental-health line, free, 24 h. (135 is the
        # suicide-prevention line for Buenos Aires city and Greater Buenos Aires only.)
        crisis=_line(
            "0800 999 0091",
            "https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-"
            "suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/",
            _V2,
        ),
    ),
    CountryNumbers(
        code="pe",
        languages=("es",),
        emergency=(
            # SAMU (Ministry of Health); the sources describe its ambulances in Lima
            # Metropolitana.
            _line(
                "106",
                "https://elcomercio.pe/lima/sucesos/minsa-desplegara-28-ambulancias-y-mas-de-400-"
                "profesionales-durante-navidad-y-ano-nuevo-en-lima-ultimas-noticia/",
                _V2,
            ),
            # The volunteer fire brigade's emergency number, which also transports casualties.
            _line(
                "116",
                "https://exitosanoticias.pe/v1/opinion-lewis-mejia-ahora-te-pedimos-ayuda/",
                _V2,
            ),
        ),
        # Crisis: Línea 113, option 5 (Ministry of Health, 24 h,
        # https://www.infobae.com/peru/2024/12/29/linea-113-recibio-mas-de-135-mil-llamadas-de-
        # apoyo-en-salud-mental-en-2024) -- not stored: it needs a menu choice.
    ),
    CountryNumbers(
        code="ve",
        languages=("es",),
        emergency=(_line("911", "http://portocanal.sapo.pt/noticia/16699", _V2),),
    ),
    # ----------------------------------------------------------------------------------------
    # French
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="fr",
        languages=("fr",),
        emergency=(
            _line("15", "https://www.service-public.fr/particuliers/vosdroits/F33954", _V1),
            _line("112", "https://www.service-public.fr/particuliers/vosdroits/F33954", _V1),
        ),
        # No single national urgent line: the GP on-call service (PDSA) is reached on 116 117 in
        # some regions and on 15 in most others, as each regional health agency decides
        # (https://www.secourisme.net/spip.php?breve440, read 2026-12-06).
        crisis=_line("3114", "https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/", _V2),
    ),
    CountryNumbers(
        code="be",
        languages=("fr", "nl"),
        # 100 (the older ambulance/fire number, same call centres) is still described by RTBF,
        # but the official 112 pages name 112 only; left out.
        emergency=(_line("112", "https://www.police.be/5998/fr/contact/numeros-durgence", _V2),),
        # 1733 (on-call GP): weekends and public holidays; weeknights only in some regions; "in
        # the greater part of Belgium", to be extended to all of it (same source). Elsewhere a
        # local number.
        urgent=_line(
            "1733", "https://www.health.belgium.be/en/health/need-call-doctor-call-1733", _V2
        ),
        # Dutch: Zelfmoordlijn 1813, 24/7. French: Centre de Prévention du Suicide,
        # 0800 32 123, 24 h/24 (https://www.levif.be/societe/le-centre-de-prevention-du-suicide-
        # reclame-plus-de-moyens/, read 2026-12-06), shown to French speakers.
        crisis=_line(
            "1813",
            "https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend",
            _V2,
            name="Zelfmoordlijn",
        ),
        crisis_by_language=(
            (
                "fr",
                _line(
                    "0800 32 123",
                    "https://www.levif.be/societe/le-centre-de-prevention-du-suicide-reclame-plus-de-moyens/",
                    _V2,
                    name="Centre de Prévention du Suicide",
                ),
            ),
        ),
    ),
    CountryNumbers(
        code="ch",
        languages=("de", "fr", "it"),
        emergency=(
            _line(
                "144",
                "https://blog.alertswiss.ch/de/rubriken/news-babs/europaeischer-tag-des-notrufs-112/",
                _V2,
            ),
            # 112 reaches the cantonal police centre, which hands on the call (same source).
            _line(
                "112",
                "https://blog.alertswiss.ch/de/rubriken/news-babs/europaeischer-tag-des-notrufs-112/",
                _V2,
            ),
        ),
        # No single national urgent line (cantonal services).
        crisis=_line(
            "143",
            "https://www.swissinfo.ch/ger/alternde-gesellschaft/die-dargebotene-hand/3335124",
            _V2,
            name="Die Dargebotene Hand",
        ),
        # The same line, 143, under its French and Italian names (to be checked with the
        # rest of the table: https://www.143.ch).
        crisis_by_language=(
            ("fr", _line("143", "https://www.143.ch", _V2, name="La Main Tendue")),
            ("it", _line("143", "https://www.143.ch", _V2, name="Telefono Amico")),
        ),
    ),
    CountryNumbers(
        code="lu",
        languages=("fr", "de"),
        emergency=(_line("112", "https://infos.rtl.lu/actu/luxembourg/a/2168149.html", _V1),),
    ),
    # ----------------------------------------------------------------------------------------
    # German
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="de",
        languages=("de",),
        emergency=(_line("112", "https://116117.de/de/haeufige-fragen.php", _V2),),
        urgent=_line(
            "116 117",
            "https://116117.de/de/aerztlicher-bereitschaftsdienst.php",
            _V2,
            name="Ärztlicher Bereitschaftsdienst",
        ),
        crisis=_line(
            "0800 111 0 111",
            "https://www.domradio.de/glossar/telefonseelsorge-0",
            _V2,
            name="TelefonSeelsorge",
        ),
    ),
    CountryNumbers(
        code="at",
        languages=("de",),
        emergency=(
            _line(
                "144",
                "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/"
                "informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
                _V1,
            ),
            _line(
                "112",
                "https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/"
                "informationen_fuer_konsumenten/TKKS_Notrufe.de.html",
                _V1,
            ),
        ),
        urgent=_line(
            "1450",
            "https://gesundheit.gv.at/news/aktuelles/aktuell-2023/gesundheitshotline.html",
            _V2,
            name="Gesundheitsberatung 1450",
        ),
        crisis=_line(
            "142", "https://www.katholisch.at/telefonseelsorge", _V1, name="TelefonSeelsorge"
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Italian
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="it",
        languages=("it",),
        emergency=(
            _line(
                "118",
                "https://protezionecivile.comune.parma.it/news/2025-01-27/"
                "IL-NUMERO-UNICO-PER-LEMERGENZA-NUE-112.aspx?solotesto=0",
                _V2,
            ),
            # NUE 112 is live in 16 regions and 2 autonomous provinces, about 82 % of the
            # population (Polizia di Stato, February 2026: https://www.agenziagiornalistica
            # opinione.it/opinionmix/polizia-di-stato-il-numero-unico-europeo-per-le-emergenze-
            # 112-operativo-in-16-regioni-gestite-23-milioni-di-telefonate-nel-2025/); elsewhere
            # 112 is the Carabinieri's number.
            _line(
                "112",
                "https://protezionecivile.comune.parma.it/news/2025-01-27/"
                "IL-NUMERO-UNICO-PER-LEMERGENZA-NUE-112.aspx?solotesto=0",
                _V2,
            ),
        ),
        # No national urgent line (guardia medica numbers are local; 116 117 only in some
        # regions). No 24-hour national crisis line was found (Telefono Amico is not 24 h).
    ),
    # ----------------------------------------------------------------------------------------
    # Portuguese
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="br",
        languages=("pt_BR",),
        emergency=(
            _line(
                "192",
                "http://www.saude.gov.br/saude-de-a-z/servico-de-atendimento-movel-de-urgencia-"
                "samu-192",
                _V2,
            ),
        ),
        # No national urgent line (136 Disque Saúde is an information line).
        crisis=_line(
            "188",
            "https://horahnoticia.com.br/boa-noticia-cvv-188-atende-gratuitamente-em-todo-o-pais-"
            "inclusive-marilia/",
            _V2,
            name="CVV – Centro de Valorização da Vida",
        ),
    ),
    CountryNumbers(
        code="pt",
        languages=("pt_BR",),  # The bot's only Portuguese is pt_BR.
        emergency=(
            _line(
                "112",
                "https://dnbrasil.dn.pt/situacao-de-emergencia-em-portugal-saiba-para-onde-ligar",
                _V1,
            ),
        ),
        urgent=_line("808 24 24 24", "https://www.sns24.gov.pt/en/sobre-nos/", _V2, name="SNS 24"),
        crisis=_line(
            "1411",
            "https://24noticias.sapo.pt/atualidade/artigos/"
            "1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas",
            _V1,
            name="Linha Nacional de Prevenção do Suicídio",
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Dutch
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="nl",
        languages=("nl",),
        emergency=(
            _line(
                "112",
                "https://ambulancezorggm.nl/wat-kun-jij-doen-als-je-onze-ambulance-nodig-hebt-of-"
                "tegenkomt/je-belt-112-en-dan",
                _V1,
            ),
        ),
        # No national urgent line: each huisartsenpost (GP out-of-hours) has its own number.
        crisis=_line(
            "113",
            "https://www.nu.nl/binnenland/6062813/"
            "hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html?redirect=1",
            _V2,
            name="113 Zelfmoordpreventie",
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Polish
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="pl",
        languages=("pl",),
        emergency=(
            # 999 goes straight to the medical dispatcher; 112 to the emergency call centre.
            _line(
                "999",
                "https://zdrowie.dziennik.pl/aktualnosci/artykuly/8402591,"
                "gdzie-do-szpitala-i-lekarza-w-czasie-swiat-pomoc-medyczna-w-wielkanoc.html",
                _V2,
            ),
            _line(
                "112",
                "https://zdrowie.dziennik.pl/aktualnosci/artykuly/8402591,"
                "gdzie-do-szpitala-i-lekarza-w-czasie-swiat-pomoc-medyczna-w-wielkanoc.html",
                _V2,
            ),
        ),
        # NFZ's first-contact teleplatform: weekdays 18:00-8:00 and 24 h on weekends and public
        # holidays (hours from https://centrum.med.pl/nocna-i-swiateczna-pomoc-medyczna/).
        urgent=_line(
            "800 137 200",
            "https://zdrowie.dziennik.pl/aktualnosci/artykuly/8402591,"
            "gdzie-do-szpitala-i-lekarza-w-czasie-swiat-pomoc-medyczna-w-wielkanoc.html",
            _V2,
            name="Teleplatforma Pierwszego Kontaktu",
        ),
        crisis=_line(
            "800 70 2222",
            "https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222",
            _V2,
            name="Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego",
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Russian
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="ru",
        languages=("ru",),
        emergency=(
            _line(
                "103",
                "https://sergiev.ru/news/o-poryadke-vyzova-ekstrennykh-operativnykh-sluzhb",
                _V2,
            ),
            _line(
                "112",
                "https://sergiev.ru/news/o-poryadke-vyzova-ekstrennykh-operativnykh-sluzhb",
                _V2,
            ),
        ),
        # No national 24-hour adult crisis line was found (8 800 2000 122 is for children,
        # adolescents and parents).
    ),
    CountryNumbers(
        code="by",
        languages=("ru",),
        emergency=(_line("103", "https://news.mail.ru/society/69779513/", _V2),),
    ),
    CountryNumbers(
        code="kz",
        languages=("ru",),
        emergency=(
            _line(
                "103",
                "http://egov.kz/cms/en/articles/emergency_situations/emergency_number_112?mobile=no",
                _V2,
            ),
            _line(
                "112",
                "http://egov.kz/cms/en/articles/emergency_situations/emergency_number_112?mobile=no",
                _V2,
            ),
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Ukrainian
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="ua",
        languages=("uk", "ru"),
        emergency=(
            _line("103", "https://kokl.ua/?p=11758", _V2),
            # The 112 service is being rolled out region by region (this source, January 2024;
            # a March 2026 loan agreement still funds its build-out:
            # https://24tv.ua/law/112-ukrayina-partneri-dadut-kredit-stvorennya-yedinogo-
            # telefonnogo_n3026877). 101-104 keep working.
            _line(
                "112",
                "https://bukvy.org/"
                "yedynyj-nomer-ekstrenoyi-dopomogy-112-zapraczyuye-po-vsij-ukrayini-do-kinczya-"
                "2024-roku",
                _V2,
            ),
        ),
        crisis=_line(
            "7333",
            "https://dzerkalo.media/news/"
            "v-ukraini-zapratsyue-garyacha-liniya-psihologichnoi-pidtrimki-dlya-veteraniv-viyni",
            _V1,
            name="Lifeline Ukraine",
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Turkish
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="tr",
        languages=("tr",),
        emergency=(
            _line(
                "112", "https://sinopism.saglik.gov.tr/TR-226526/acil-durumda-sadece-112.html", _V1
            ),
        ),
    ),
    CountryNumbers(
        code="cy",
        # Turkish is an official language; Greek is not among the bot's languages and English is
        # widely used.
        languages=("tr", "en"),
        emergency=(
            # 112 is answered by the Cyprus Police, who pass calls to the Ambulance Service.
            _line(
                "112",
                "https://www.moi.gov.cy/moi/CD/cd.nsf/All/69F2C189BFC8263CC2258ABD0031DA0C"
                "?OpenDocument",
                _V2,
            ),
        ),
    ),
    # ----------------------------------------------------------------------------------------
    # Arabic
    # ----------------------------------------------------------------------------------------
    CountryNumbers(
        code="eg",
        languages=("ar",),
        emergency=(_line("123", "https://www.dostor.org/print.aspx?id=3495474", _V1),),
        # The Ministry of Health's General Secretariat of Mental Health hotline; the source says
        # it answers "all day" (طول اليوم) including people thinking of suicide. An undated
        # elnabaa.net article (id 947913, read 2026-12-06) gives the Secretariat's 16328 as free
        # and 24 h.
        crisis=_line(
            "0800 888 0700",
            "https://www.masrawy.com/news/news_cases/details/2025/9/21/2858560/"
            "%D9%84%D9%8A%D9%84%D8%A9-%D9%85%D8%A3%D8%B3%D8%A7%D9%88%D9%8A%D8%A9-%D9%81%D9%8A-"
            "%D8%A7%D9%84%D8%AC%D9%8A%D8%B2%D8%A9-3-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A7%D8%AA-"
            "%D8%A7%D9%86%D8%AA%D8%AD%D8%A7%D8%B1-%D8%B5%D8%A7%D8%AF%D9%85%D8%A9",
            _V2,
        ),
    ),
    CountryNumbers(
        code="sa",
        languages=("ar",),
        emergency=(
            _line(
                "997",
                "https://www.zawya.com/en/life/makkah-red-crescent-heightens-readiness-level-amid-"
                "heavy-rain-vym08nl5",
                _V2,
            ),
            # The unified 911 centres cover the Riyadh, Makkah and Eastern regions.
            _line(
                "911",
                "https://www.zawya.com/en/business/healthcare/"
                "saudi-arabias-911-attended-to-2-558-741-emergency-calls-in-july-s7135rta",
                _V2,
            ),
        ),
        # The Ministry of Health's 937 centre: medical consultations 24 hours a day.
        urgent=_line("937", "https://www.arabnews.com/node/1746656/saudi-arabia", _V2),
    ),
    CountryNumbers(
        code="ae",
        languages=("ar",),
        emergency=(
            _line(
                "998",
                "https://www.khaleejtimes.com/hi/life-and-living/"
                "uae-what-to-do-during-a-medical-emergency-sos-channels-cost-process",
                _V1,
            ),
        ),
    ),
    CountryNumbers(
        code="jo",
        languages=("ar",),
        emergency=(_line("911", "https://alordoon.com/news/archives/amp/83422", _V1),),
    ),
    CountryNumbers(
        code="iq",
        languages=("ar",),
        # The Interior Ministry's unified emergency line, launched 9 January 2025. No source was
        # found for a separate ambulance number.
        emergency=(_line("911", "https://video-agencyia.iq/Detail/10523", _V2),),
    ),
    CountryNumbers(
        code="kw",
        languages=("ar",),
        emergency=(
            _line(
                "112",
                "https://news.kuwaittimes.net/website/moh-ready-for-dust-related-emergency-cases/",
                _V2,
            ),
        ),
    ),
    CountryNumbers(
        code="qa",
        languages=("ar",),
        emergency=(
            _line(
                "999",
                "https://www.hamad.qa/EN/news/2022/October/Pages/HMCs-Launches-Awareness-"
                "Campaign-Asking-Public-to-%E2%80%98Save-the-Ambulance-Service-for-Medical-"
                "Emergencies.aspx",
                _V2,
            ),
        ),
    ),
    CountryNumbers(
        code="lb",
        languages=("ar", "fr"),
        emergency=(
            # Lebanese Red Cross.
            _line(
                "140",
                "https://thisisbeirut.com.lb/articles/1315295/"
                "from-war-zones-to-wards-how-lrc-keeps-lebanon-alive",
                _V2,
            ),
        ),
        # The National Lifeline, run by Embrace with the Ministry of Public Health's National
        # Mental Health Programme (this source states the number, not the hours). Hours: "around
        # the clock" per the French development agency
        # (https://www.afd.fr/en/actualites/grand-angle/lebanon-veritable-lifeline, undated),
        # but 21 hours a day (8:30 to 5:30) per a 2021 report
        # (https://actualnewsmagazine.com/english/we-receive-calls-from-children); both read
        # 2026-12-06. Re-check the hours.
        crisis=_line(
            "1564",
            "https://www.forumzfd.de/en/embrace-mental-health-care-and-suicide-prevention",
            _V2,
            name="Embrace Lifeline",
        ),
    ),
    CountryNumbers(
        code="ma",
        languages=("ar", "fr"),
        # Protection Civile (fire and rescue, including medical rescue). The Ministry of Health's
        # SAMU 141 was reported in eight regions in 2020 (https://bladi.net/maroc-coronavirus-
        # allo-samu-141,66128.html) and 150 is listed for ambulances by some pages; neither
        # could be confirmed as national, so both are left out.
        emergency=(
            _line(
                "15",
                "https://www.challenge.ma/maroc-ces-numeros-quil-faut-avoir-en-cas-durgence-243599/",
                _V2,
            ),
        ),
    ),
    CountryNumbers(
        code="dz",
        languages=("ar", "fr"),
        # Both numbers reach the Protection Civile; SAMU numbers are local (e.g. 3016 in
        # Algiers).
        emergency=(
            _line(
                "14",
                "https://www.maghrebemergent.com/"
                "algerie-les-4-numeros-durgence-indispensables-pour-un-voyage-sans-tracas/",
                _V2,
            ),
            _line(
                "1021",
                "https://www.maghrebemergent.com/"
                "algerie-les-4-numeros-durgence-indispensables-pour-un-voyage-sans-tracas/",
                _V2,
            ),
        ),
    ),
    CountryNumbers(
        code="tn",
        languages=("ar", "fr"),
        emergency=(
            # 190: ambulance (SAMU); 198: Protection Civile.
            _line(
                "190",
                "https://www.tuniscope.com/article/179886/actualites/tunisie/uk-alert-194610",
                _V2,
            ),
            _line(
                "198",
                "https://www.tuniscope.com/article/179886/actualites/tunisie/uk-alert-194610",
                _V2,
            ),
        ),
    ),
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
networks)". Sources: 112 https://www2.hse.ie/emergencies/when-to-call-112-or-999/ (works in any
EU country; read 2026-11-27); 911 https://fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services (read
2026-11-27); 999 https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers
(read 2026-12-06).
"""

CRISIS_DIRECTORIES: Final[tuple[str, ...]] = (
    "https://findahelpline.com",
    "https://befrienders.org",
)
"""International directories of crisis lines, for when no national line is known.

Sources: https://findahelpline.com/AU (a per-country helpline directory) and
https://www.befrienders.org/what-we-do (a network of emotional support centres in 32
countries), both read on 2026-11-27.
"""


def lookup(code: str | None) -> CountryNumbers | None:
    """The entry for an ISO 3166-1 alpha-2 ``code`` (any case), or ``None`` when unknown."""
    if code is None:
        return None
    return COUNTRIES.get(code.strip().lower())


def _base_language(tag: str) -> str:
    return tag.strip().replace("-", "_").split("_")[0].lower()


def countries_for_language(language: str) -> tuple[str, ...]:
    """The codes of the countries where ``language`` is spoken, in table order.

    Languages are compared by their primary subtag, case-insensitively, so a bare ``"pt"``
    matches ``"pt_BR"`` and ``"pt-BR"`` matches too. An empty ``language`` matches nothing.
    """
    wanted = _base_language(language)
    if not wanted:
        return ()
    return tuple(
        entry.code
        for entry in _ENTRIES
        if any(_base_language(spoken) == wanted for spoken in entry.languages)
    )


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
