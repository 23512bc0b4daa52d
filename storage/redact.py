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
  digits before a town or after a street or a postcode word) -> ``[postcode]``, any other
  5+ digits -> ``[number]``
- dates: ``1 May 1960``, ``May 1st, 1960``, ``2 de mayo``, ``01.05.1960``, ``1960-05-01``
  (month names in all 12 languages), and a year of birth (``born in 1960``,
  ``1960 doğumluyum``) -> ``[date]``
- ages: ``I'm 71``, ``71 years old``, ``aged 71``, ``tengo 71 años``, ``мне 71 год``,
  ``71 yaşındayım``, ``عمري 71`` and a bare ``71`` right after a name -> ``[age]``
- street addresses: a street word with a number or a capitalised name (``14 Rosewood Lane``,
  ``Calle Mayor 5``, ``Hauptstrasse 5``, ``12 rue de la Paix``, ``ul. Długa 5/12``,
  ``ул. Ленина, д. 5``, ``Gül Sokak No: 5``, ``شارع الملك فهد``) -> ``[address]``
- names: the words after a self-introduction (``my name is``, ``I'm``, ``call me``,
  ``me llamo``, ``soy``, ``je suis``, ``ich heiße``, ``ich bin``, ``mi chiamo``, ``sono``,
  ``meu nome é``, ``eu sou``, ``ik ben``, ``nazywam się``, ``jestem``, ``меня зовут``, ``я``,
  ``мене звати``, ``adım``, ``ben``, ``اسمي``, ``أنا`` …), ``Margaret here`` at the start,
  ``Dr. Smith``-style titles, a sign-off (``Thanks, Anna``) -> ``[name]``. After the
  ambiguous phrases (``I'm``, ``soy``, ``ich bin``, ``я`` …) a word is a name only when it is
  capitalised, or lower case and not a common or symptom word of one of the languages: "I'm
  in pain", "ich bin müde", "soy diabética", "я болею" stay. At most 3 words (4 after "my name
  is"-style phrases) are taken, plus initials and particles (``de``, ``van``, ``al`` …).
- places: capitalised words after ``from``/``in``/``aus``/``de``/``à``/``z``/``из`` …,
  any word after ``I live in``/``vivo en``/``mieszkam w``/``أعيش في`` …, Turkish proper
  nouns with a suffix (``Ankara'da``), and the town after a postcode -> ``[place]``

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
names, places, numbers or dates (a job, a rare disease, an event, a relative's name). German
nouns are capitalised, so an uncommon noun after "in"/"aus" may be taken for a place; an
unusual capitalised word after an ambiguous phrase may be taken for a name. See
``docs/reviewing.md``.

Redaction takes time linear in the length of the text: the text is folded and tokenised
once by regular expressions that never backtrack over what they read (possessive and atomic
repetition, lookbehinds at every start), then each rule visits only the tokens that can
start it and looks at a bounded number of tokens around each. Pure: no I/O, and the only
state kept between calls is a cache of word keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

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

NAME = "[name]"
EMAIL = "[email]"
URL = "[url]"
HANDLE = "[handle]"
PHONE = "[phone]"
NUMBER = "[number]"
ADDRESS = "[address]"
POSTCODE = "[postcode]"
PLACE = "[place]"
AGE = "[age]"
DATE = "[date]"

PLACEHOLDERS: tuple[str, ...] = (
    NAME,
    EMAIL,
    URL,
    HANDLE,
    PHONE,
    NUMBER,
    ADDRESS,
    POSTCODE,
    PLACE,
    AGE,
    DATE,
)


# ==== word lists ==================================================================================
#
# Words are compared by key (``_key``): case-folded, accents and Arabic vowel marks removed, so
# "Müde", "mude" and "MÜDE" are one word. The lists need not be complete: a word missing from
# them is only taken for a name in the places listed in the module docstring.


def _keys(*texts: str) -> frozenset[str]:
    return frozenset(_key(word) for text in texts for word in text.split())


# Marks removed from keys (after NFD): Latin/Cyrillic combining marks, Arabic vowel signs.
_MARK_RANGES = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
)
_KEY_TABLE: dict[int, str | None] = {
    cp: None for low, high in _MARK_RANGES for cp in range(low, high + 1)
}
_KEY_TABLE.update({ord("ı"): "i", ord("ـ"): None, ord("ى"): "ي", ord("ة"): "ه", ord("ё"): "е"})


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """``word`` as compared with the word lists: case-folded, without accents or vowel marks."""
    return unicodedata.normalize("NFD", word.casefold()).translate(_KEY_TABLE)


# Words that never start or continue a name or a place, in any of the languages.
_FUNCTION = _keys(
    # en
    """i me my mine myself you your he him his she her it its we us our they them their this
    that these those a an the and or but so if then than as of in on at to for from with
    without by about into over under after before since until up down out off again also too
    very really quite just only still even ever never not no yes yeah yep nope ok okay please
    thanks thank hi hello hey dear is am are was were be been being have has had do does did
    done will would can could may might must shall should there here what when where why how
    who which whom whose all any some each every both either neither none one two three four
    five six seven eight nine ten first last next other another such more most less least
    much many few lot lots bit little enough same own m s t re ve ll d don doesn didn isn
    aren wasn weren haven hasn hadn won wouldn couldn shouldn cannot gonna wanna like unlike
    around through during while because although though yet per via whether almost always
    sometimes often usually mostly rarely every""",
    # es
    """yo tú tu te ti mi mis me se le les lo la las los el un una unos unas y o u e pero que
    de del en con sin por para a al muy más mas menos ya no sí si también tambien aún aun
    todavía siempre nunca hace desde hasta sobre entre cuando donde como porque pues este
    esta estos estas ese esa eso esto aquí aqui allí alli ahí bien mal mucho mucha muchos
    muchas poco poca todo toda todos todas nada algo alguien nadie es soy eres son estoy está
    estamos están fue era he ha han hemos tengo tiene tenemos hola gracias buenos buenas
    su sus nos nuestro nuestra cada otro otra otros ni sino aunque""",
    # fr
    """je j moi me m te t il elle on nous vous ils elles le la les l un une des du de d au aux
    et ou mais que qu qui ne n pas plus très tres trop bien mal aussi encore toujours jamais
    déjà depuis pendant avec sans pour par sur sous dans en à chez ce cet cette ces ça ca
    mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs suis es est sommes êtes
    sont ai as avons avez ont été être avoir fait oui non merci bonjour salut tout tous toute
    toutes rien quelque peu beaucoup si ici là comme quand où parce y c s""",
    # de
    """ich mich mir du dich dir er sie es wir uns ihr ihnen man mein meine meinen meinem
    meiner meines dein deine sein seine ihre unser unsere der die das den dem des ein eine
    einen einem einer kein keine keinen und oder aber denn doch dass daß wenn weil als wie
    auch noch schon sehr so zu zum zur im in an am auf aus bei beim mit nach von vom vor seit
    über unter durch für gegen ohne um nicht nichts nie immer oft ja nein bin bist ist sind
    war waren habe hast hat haben hatte hatten wird werden kann können muss soll will hier
    da dort jetzt heute gestern ganz total völlig etwas viel viele wenig mehr bitte danke
    hallo dann sonst manchmal wieder""",
    # it
    """io mi ti ci vi si lui lei noi voi loro il lo la i gli le un uno una di da in con su per
    tra fra a al allo alla ai agli alle del dello della dei degli delle dal dalla dai nel
    nello nella nei negli nelle sul sulla e ed o ma che non più piu molto tanto poco anche
    ancora sempre mai già gia sono sei è siamo siete ho hai ha abbiamo avete hanno mio mia
    miei mie tuo tua suo sua nostro nostra questo questa quello quella qui qua lì là sì no
    bene male tutto tutti tutta niente qualcosa ciao grazie buongiorno come quando dove
    perché perche""",
    # pt
    """eu me mim você voce ele ela nós nos eles elas o a os as um uma uns umas de do da dos
    das em no na nas com sem por pelo pela para pra ao aos e ou mas que não nao sim muito
    muita mais menos também tambem ainda sempre nunca já ja sou é somos são sao estou está
    esta estamos estão tenho tem temos tive meu minha meus minhas seu sua este isso isto
    esse essa aqui ali lá bem mal tudo nada algo olá ola oi obrigada obrigado quando onde
    como porque""",
    # nl
    """ik mij me mijn jij je jou jouw u uw hij zij ze het wij we ons onze jullie hun de een en
    of maar dat die dit deze van in op aan met voor naar bij uit over onder door tot sinds
    zonder om te niet geen wel ook nog al heel erg zeer zo altijd nooit vaak ben bent is zijn
    was waren heb hebt heeft hebben had kan moet wil ja nee hier daar nu vandaag hallo dank
    bedankt soms weer""",
    # pl
    """ja mnie mi mną ty cię ci on ona ono my nas nam wy oni one mój moja moje mojej mojego
    moim jest są był była było jestem jesteś mam masz ma mamy i a oraz albo lub ale że czy
    nie tak w we z ze na do od o po przy za pod nad przez dla bez u to ten ta te tego tej
    bardzo już jeszcze też także zawsze nigdy często tu tutaj tam teraz dziś dzisiaj wczoraj
    się co jak gdzie kiedy dzień dobry cześć dziękuję proszę czasem""",
    # ru
    """я меня мне мной ты тебя тебе он она оно мы нас нам вы вас они их мой моя моё мое мои
    моих это этот эта эти тот та те и а но или что чтобы как когда где не нет да в во на с со
    из к ко по о об от до за под над при у для без уже ещё еще тоже также очень всегда
    никогда часто здесь тут там сейчас сегодня вчера был была было были есть буду привет
    здравствуйте спасибо иногда""",
    # uk
    """я мене мені мною ти тебе він вона воно ми нас нам ви вас вони їх мій моя моє мої це
    цей ця ці той та ті і й а але або що щоб як коли де не ні так в у на з із зі до від за
    під над при для без вже ще теж також дуже завжди ніколи часто тут там зараз сьогодні
    вчора був була було були є маю привіт вітаю дякую іноді""",
    # tr
    """ben beni bana benim sen seni sana o onu ona biz bizi siz onlar bu şu bir ve veya ya
    da de ama fakat çünkü ile için gibi kadar daha çok en hiç her hep bazen artık hâlâ hala
    şimdi bugün dün evet hayır var yok değil mi mı mu mü merhaba selam teşekkürler""",
    # ar
    """أنا انا أنت انت هو هي نحن هم في من إلى الى على عن مع و أو او لكن ثم لا لم لن ما
    هذا هذه ذلك تلك كل بعض جدا أيضا ايضا دائما أحيانا الآن اليوم أمس نعم كلا مرحبا شكرا
    عندي لدي لي كان كانت""",
)

# Common words, states and symptom words that follow "I'm"-style phrases or prepositions and
# are not names or places, per language (the last group: words used in several languages).
_COMMON = _keys(
    # en
    """pain pains painful hurt hurts hurting ache aches aching sore burn burns burning burned
    burnt tingle tingles tingling numb numbness pins needles itch itchy itching dry dryness
    eyes eye mouth skin feet foot hands hand legs leg arms arm toes toe fingers finger knees
    knee joints joint muscles muscle back neck head headache headaches face lips tongue
    throat chest stomach body night nights day days morning mornings evening evenings week
    weeks month months year years time times hour hours minutes tired exhausted fatigue
    fatigued sick ill unwell poorly weak dizzy faint nauseous worried anxious scared afraid
    frightened sad depressed low lonely alone stressed frustrated desperate confused lost
    sorry fine good bad better worse well awful terrible horrible miserable great happy glad
    grateful thankful fed ready sure unsure new old young older elderly retired married
    single divorced widowed widow pregnant diabetic allergic disabled deaf blind vegan awake
    asleep hot cold cool warm freezing doctor doctors gp nurse neurologist rheumatologist
    specialist consultant hospital clinic appointment test tests results medication medicine
    meds pills tablets drug drugs dose treatment therapy diagnosis diagnosed symptoms symptom
    disease syndrome condition lupus arthritis neuropathy fibromyalgia diabetes thyroid
    steroids vitamin mother mum mom father dad wife husband daughter son sister brother
    grandmother grandma granny nan grandfather grandpa friend partner carer teacher patient
    woman man lady person people british english scottish welsh irish american canadian
    australian german french spanish italian portuguese brazilian dutch belgian polish
    russian ukrainian turkish arab arabic egyptian saudi moroccan muslim christian catholic
    jewish european african asian indian pakistani chinese mexican home work bed outside
    inside now today tonight yesterday tomorrow everything nothing something anything
    everyone someone anyone nobody somebody everybody life same type stage level telegram
    whatsapp email mail phone number bot app google facebook instagram god jesus constant
    constantly chronic severe mild moderate sharp stabbing shooting electric crawling
    cramp cramps swelling swollen stiff stiffness weakness unable able housebound wheelchair
    feel feels felt get gets got take takes took need needs want wants know think see saw go
    went come came sleep slept wake woke walk stand sit live lives lived work works worked
    try tried use used keep kept start started stop stopped say said tell told ask asked
    help worry hope wish fear afraid mostly always also really definitely probably maybe
    literally actually honestly currently recently mainly especially particularly terribly
    extremely completely totally pretty kind sort little bit whole half sweat heat cold
    cancer covid flu infection shingles migraine anxiety depression insomnia sjogren
    sjogrens sjögren raynaud raynauds ms ra uk us nhs icu er ward surgery answer question
    questions reply yes hospitalised hospitalized alive dying dead okay alright struggling
    coping managing""",
    # es
    """dolor dolores duele duelen ardor ardores arde arden quemazón hormigueo hormigueos
    entumecimiento entumecida entumecido adormecida adormecido picor picazón sequedad seca
    seco secos secas ojos ojo boca piel pies pie manos mano piernas pierna brazos brazo dedos
    dedo rodillas rodilla articulaciones músculos espalda cuello cabeza cara labios lengua
    garganta pecho estómago cuerpo noche noches día días mañana mañanas tarde tardes semana
    semanas mes meses año años vez veces hora horas cansada cansado agotada agotado fatiga
    enferma enfermo débil mareada mareado preocupada preocupado asustada asustado triste
    deprimida deprimido sola solo estresada desesperada confundida perdida mejor peor fatal
    regular feliz contenta contento lista segura nueva vieja mayor jubilada jubilado casada
    casado soltera soltero divorciada viuda viudo embarazada diabética diabético alérgica
    alérgico discapacitada madre padre abuela abuelo esposa esposo marido mujer hombre hija
    hijo hermana hermano amiga paciente enfermera maestra profesora médica médico doctora
    doctor neurólogo neuróloga reumatólogo reumatóloga hospital clínica cita análisis pruebas
    medicación medicamento medicamentos pastillas tratamiento diagnóstico diagnosticada
    síntomas enfermedad síndrome española español mexicana mexicano argentina argentino
    colombiana colombiano latina latino católica tenía siento siente sentir noto duermo
    dormir camino caminar trabajo trabajar vivo vive puedo puede quiero necesito estaba
    casa cama calor frío dios diabetes lupus artritis ansiedad miedo pena insomnio fuerte
    fuertes constante constantes horrible terrible cansancio quemazon""",
    # fr
    """douleur douleurs maux brûlure brûlures brûle brûlent picotements picote fourmillements
    engourdissement engourdie engourdi démangeaisons sécheresse sèche sec secs yeux œil oeil
    bouche peau pieds pied mains main jambes jambe bras doigts doigt genoux genou
    articulations muscles dos cou tête visage lèvres langue gorge poitrine ventre estomac
    corps nuit nuits jour jours matin soir semaine semaines mois an ans année années fois
    heure heures fatiguée fatigué épuisée épuisé malade faible étourdie inquiète inquiet
    angoissée anxieuse peur triste déprimée seule stressée désespérée perdue désolée mieux
    pire contente heureuse prête sûre nouvelle vieille âgée retraitée retraité mariée marié
    célibataire divorcée veuve veuf enceinte diabétique allergique handicapée mère père
    grand-mère grand-père mamie femme mari fille fils sœur soeur frère amie patiente
    infirmière professeure médecin docteur neurologue rhumatologue hôpital clinique
    rendez-vous analyses examens médicaments traitement diagnostic diagnostiquée symptômes
    maladie syndrome française français belge suisse canadienne marocaine algérienne
    tunisienne catholique musulmane avait sens sent dors dormir marche marcher travaille
    travailler vis vit peux peut veux besoin était maison lit chaud froid dieu crampes
    sjögren lupus anxiété insomnie""",
    # de
    """schmerz schmerzen schmerzt brennen brennt brennende kribbeln kribbelt taubheit taub
    taubheitsgefühl juckreiz trockenheit trocken augen auge mund haut füße fuß füßen hände
    händen beine bein beinen arme armen fingern zehen knie gelenke gelenken muskeln rücken
    nacken kopf kopfschmerzen gesicht lippen zunge hals brust bauch magen körper nacht
    nachts nächte tag tage tagen morgen morgens abend abends woche wochen monat monate
    monaten jahr jahre jahren mal stunde stunden müde erschöpft erschöpfung krank schwach
    schwindelig besorgt ängstlich angst traurig depressiv allein alleine gestresst
    verzweifelt verwirrt gut schlecht besser schlechter schlimm schlimmer froh dankbar
    fertig sicher unsicher neu alt älter rentnerin rentner pensioniert verheiratet ledig
    geschieden verwitwet witwe witwer schwanger diabetikerin diabetiker zuckerkrank
    allergisch behindert mutter vater oma opa großmutter großvater ehefrau ehemann frau mann
    tochter sohn schwester bruder freundin freund patientin krankenschwester lehrerin lehrer
    ärztin arzt doktor hausarzt hausärztin neurologe neurologin rheumatologe rheumatologin
    krankenhaus klinik praxis termin untersuchung medikamente tabletten behandlung therapie
    diagnose symptome krankheit syndrom deutsche deutscher österreicherin österreicher
    schweizerin türkin katholisch evangelisch fühle spüre schlafe schlafen laufe laufen gehe
    gehen arbeite arbeiten lebe wohne brauche ruhe rente zukunft hitze kälte wärme bett
    hause zuhause haus arbeit gott sommer winter frühling herbst wadenkrämpfe krämpfe
    fußsohlen zehenspitzen unterschenkeln beschwerden problemen sorge sorgen panik waden wade
    oberschenkel oberschenkeln unterschenkel schienbein schienbeinen hüfte hüften schulter
    schultern ellbogen ellenbogen handgelenk handgelenken sprunggelenk sprunggelenken
    knöchel knöcheln ferse fersen sohlen fußrücken handflächen fingerspitzen zehen nerven
    nerv gliedern extremitäten wirbelsäule gelenk zunge lippe kiefer ohren ohr nase
    tränen speichel blase darm atemnot schwäche lähmung krämpfen anfällen schüben""",
    # it
    """dolore dolori brucia bruciano bruciore formicolio formicolii intorpidimento
    intorpidite prurito secchezza secca secco occhi occhio bocca pelle piedi piede mani mano
    gambe gamba braccia braccio dita dito ginocchia articolazioni muscoli schiena collo testa
    viso labbra lingua gola petto pancia stomaco corpo notte notti giorno giorni mattina sera
    settimana settimane mese mesi anno anni volta volte ora ore stanca stanco esausta esausto
    malata malato debole preoccupata preoccupato spaventata triste depressa sola stressata
    disperata confusa meglio peggio contenta felice pronta sicura nuova vecchia anziana
    pensionata pensionato sposata sposato divorziata vedova vedovo incinta diabetica
    diabetico allergica allergico disabile madre padre nonna nonno moglie marito figlia
    figlio sorella fratello amica paziente infermiera insegnante maestra medico dottore
    dottoressa neurologo neurologa reumatologo ospedale clinica visita esami farmaci
    medicine pastiglie terapia cura diagnosi sintomi malattia sindrome italiana italiano
    cattolica avevo sento sente dormo dormire cammino camminare lavoro lavorare posso voglio
    devo bisogno sto casa letto caldo freddo dio crampi ansia paura insonnia""",
    # pt
    """dor dores dói doem doi ardência ardor queimação queima formigamento formigamentos
    dormência dormente coceira secura olhos olho boca pele pés pé mãos mão pernas perna
    braços braço dedos dedo joelhos joelho articulações músculos costas pescoço cabeça rosto
    lábios língua garganta peito barriga estômago corpo noite noites dia dias manhã semana
    semanas mês meses ano anos vez vezes hora horas cansada cansado exausta exausto doente
    fraca fraco tonta preocupada assustada deprimida sozinha estressada desesperada confusa
    melhor pior feliz contente pronta segura nova velha idosa aposentada aposentado casada
    casado solteira divorciada viúva viúvo grávida diabética diabético alérgica deficiente
    mãe pai avó avô esposa marido mulher homem filha filho irmã irmão amiga enfermeira
    professora médica médico doutora doutor neurologista reumatologista consulta exames
    remédios remédio medicamentos comprimidos tratamento sintomas doença brasileira
    brasileiro portuguesa católica evangélica tinha sinto durmo ando andar trabalhar moro
    preciso estava cama calor frio deus cãibras câimbras ansiedade medo insônia
    cansaço""",
    # nl
    """pijn pijnen doet branden brandt brandend tintelen tintelingen tinteling doof
    gevoelloos jeuk droogte droog ogen oog mond huid voeten voet handen benen been armen
    vingers vinger tenen knieën gewrichten spieren rug nek hoofd hoofdpijn gezicht lippen
    tong keel borst buik maag lichaam nacht nachts dag dagen ochtend avond week weken maand
    maanden jaar jaren keer uur uren moe uitgeput ziek zwak duizelig bezorgd bang angstig
    verdrietig depressief alleen gestrest wanhopig verward goed slecht beter erger blij
    dankbaar klaar zeker onzeker nieuw oud ouder gepensioneerd getrouwd alleenstaand
    gescheiden weduwe weduwnaar zwanger diabeet suikerpatiënt allergisch gehandicapt moeder
    vader oma opa vrouw dochter zoon zus broer vriendin patiënt verpleegster verpleegkundige
    lerares leraar arts dokter huisarts neuroloog reumatoloog ziekenhuis kliniek afspraak
    onderzoek medicijnen pillen behandeling diagnose symptomen ziekte syndroom nederlandse
    nederlander belgische vlaamse katholiek voel slaap slapen loop lopen werk werken woon
    sta huis warm koud krampen angst""",
    # pl
    """ból bóle boli bolą pieczenie piecze pieką mrowienie mrowią drętwienie drętwieją
    zdrętwiałe swędzenie suchość sucho suche oczy oko usta skóra stopy stopa dłonie dłoń
    ręce ręka nogi noga ramiona palce palec kolana stawy mięśnie plecy szyja kark głowa
    twarz wargi język gardło klatka brzuch żołądek ciało noc noce nocą dni rano ranek
    wieczór wieczorem tydzień tygodnie tygodni miesiąc miesiące miesięcy rok lata lat raz
    razy godzina godziny zmęczona zmęczony wyczerpana chora chory słaba słaby zawroty
    zaniepokojona przestraszona smutna przygnębiona samotna zestresowana zdesperowana
    dobrze źle lepiej gorzej szczęśliwa wdzięczna gotowa pewna nowa stara starsza emerytka
    emeryt emerytowana mężatka żonaty zamężna rozwiedziona wdowa wdowiec ciąży cukrzyczka
    cukrzyk uczulona niepełnosprawna matka mama ojciec tata babcia dziadek żona mąż córka
    syn siostra brat przyjaciółka pacjentka pacjent pielęgniarka nauczycielka lekarka lekarz
    doktor neurolog reumatolog szpital klinika przychodnia wizyta badania leki tabletki
    leczenie diagnoza objawy choroba zespół polka polką polak polakiem katoliczka miałam
    czuję śpię spać chodzę chodzić pracuję pracować mieszkam mogę chcę muszę potrzebuję
    byłam dom domu łóżko łóżku ciepło zimno boże bóg skurcze lęk""",
    # ru
    """боль боли болит болят болею болела жжение жжёт горит горят покалывание покалывает
    онемение немеют немеет зуд сухость сухие сухо глаза глаз рот кожа ноги нога ступни стопы
    руки рука кисти пальцы колени суставы мышцы спина шея голова лицо губы язык горло грудь
    живот желудок тело ночь ночью ночи день дни днём утро утром вечер вечером неделя недели
    недель месяц месяца месяцев год года лет раз час часа часов устала устал уставшая
    измучена больна болен больная слабая слабость кружится тревожно тревожная напугана
    грустно одна одинокая отчаянии хорошо плохо лучше хуже рада благодарна готова уверена
    новая старая пожилая пенсионерка пенсионер пенсии замужем женат разведена вдова
    беременна диабетик аллергия инвалид мама мать отец папа бабушка дедушка жена муж дочь
    сын сестра брат подруга пациентка пациент медсестра учительница врач доктор невролог
    невролога ревматолог больница клиника поликлиника приём анализы лекарства таблетки
    лечение диагноз симптомы болезнь синдром шегрена русская русский украинка православная
    чувствую сплю спать хожу ходить работаю работать живу могу хочу нужно надо дома
    кровать жарко холодно бог судороги страх тревога бессонница""",
    # uk
    """біль болить болять болію печіння пече печуть горить поколювання оніміння німіють
    свербіж сухість сухі очі око рот шкіра ноги нога ступні стопи руки рука пальці коліна
    суглоби спина шия голова обличчя губи язик горло груди живіт шлунок тіло ніч вночі ночі
    день дні вдень ранок вранці вечір ввечері тиждень тижні місяць місяці рік роки років
    раз година години годин втомлена втомився виснажена хвора хворий хворію слабка слабкість
    тривожно налякана сумна самотня добре погано краще гірше рада вдячна готова впевнена
    нова стара літня пенсіонерка пенсіонер заміжня одружена розлучена вдова вагітна
    діабетик алергія інвалід мама мати батько тато бабуся дідусь дружина чоловік донька син
    сестра брат подруга пацієнтка пацієнт медсестра вчителька лікарка лікар невролог
    ревматолог лікарня клініка поліклініка прийом аналізи ліки таблетки лікування діагноз
    симптоми хвороба синдром шегрена українка українець відчуваю сплю спати ходжу ходити
    працюю працювати живу можу хочу треба вдома ліжко жарко холодно бог судоми страх
    тривога безсоння втома""",
    # tr
    """ağrı ağrım ağrıyor ağrılar acı acıyor yanma yanıyor karıncalanma karıncalanıyor
    uyuşma uyuşuyor kaşıntı kuruluk kuru gözler gözlerim göz ağız ağzım cilt deri ayaklar
    ayaklarım ayak eller ellerim el bacaklar bacaklarım bacak kollar kol parmaklar
    parmaklarım diz dizler eklemler kaslar sırt boyun baş başım yüz dudaklar dil boğaz
    göğüs karın mide vücut gece geceleri gündüz gün günler sabah sabahları akşam akşamları
    hafta haftalar ay aylar yıl yıllar sene kez kere saat saatler yorgun yorgunum bitkin
    hasta hastayım halsiz zayıf dönüyor endişeli korkuyorum üzgün yalnız stresli çaresiz
    iyi iyiyim kötü kötüyüm mutlu memnun hazır emin yeni yaşlı emekli emekliyim evli bekar
    boşanmış dul hamile şeker diyabet alerjik engelli anne baba babaanne anneanne dede eş
    kocam karım kızım oğlum kız oğul kardeş abla ağabey arkadaş hemşire öğretmen doktor
    doktorum nörolog romatolog hastane klinik randevu tahlil testler ilaç ilaçlar hap tedavi
    teşhis tanı belirtiler hastalık sendrom türk türküm müslüman hissediyorum
    uyuyamıyorum uyumak yürüyorum yürümek çalışıyorum yaşıyorum yapamıyorum istiyorum
    lazım asla evde yatak sıcak soğuk teşekkür allah kramp kaygı korku uykusuzluk""",
    # ar
    """متعب متعبة تعبان تعبانة مرهق مرهقة مريض مريضة عيان عيانة خائف خائفة خايف خايفة قلق
    قلقة حزين حزينة وحيد وحيدة بخير كويس كويسة منيح منيحة سعيد سعيدة مصاب مصابة حامل متزوج
    متزوجة مطلقة أرملة متقاعد متقاعدة كبير كبيرة أم أب زوجة زوج ابنة ابن أخت أخ امرأة
    رجل سيدة معلمة ممرضة طبيبة طبيب دكتور دكتورة مسلم مسلمة مسيحية عربي عربية مصري مصرية
    سعودي سعودية مغربية أعاني أشعر أحس أتألم أعيش أسكن أريد أحتاج أعمل أنام لست هنا هناك
    بحاجة ألم الألم آلام حرقة الحرقة حرقان وخز تنميل خدر جفاف جاف جافة عيون عيني عيوني فم
    جلد قدم قدمي قدماي أقدام يد يدي يداي أيدي ساق ساقي ساقاي أرجل رجلي ذراع أصابع ركبة
    مفاصل عضلات ظهر رقبة رأس وجه لسان حلق صدر بطن معدة جسم جسمي ليل الليل ليلا نهار يوم
    أيام صباح مساء أسبوع أسابيع شهر أشهر شهور سنة سنوات سنين عام أعوام مرة مرات ساعة ساعات
    مستشفى عيادة موعد تحاليل دواء أدوية حبوب علاج تشخيص أعراض مرض متلازمة شوغرن البيت
    السرير حار بارد الله عمري العمر أعمل اعمل ضعيفة ضعيف دائخة دوخة قلقانة زهقانة مكتئبة
    مشكلة""",
    # several languages: seasons, places of care
    """summer winter spring autumn fall verano invierno primavera otoño été hiver printemps
    automne estate inverno autunno verão outono zomer lente herfst lato latem zima zimą zimie
    wiosna wiosną wiosnę jesień jesienią лето летом зима зимой весна весной осень осенью
    літо влітку взимку навесні восени yaz kış ilkbahar sonbahar hospital hospitals clinic
    surgery pharmacy chemist ward ambulance emergency urgencias farmacia consultorio
    hôpital pharmacie urgences krankenhaus apotheke notaufnahme uniklinik ospedale pronto
    soccorso ziekenhuis apotheek huisartsenpost szpital szpitalu szpitalem przychodni
    przychodnia apteka apteki klinice больница больнице больницу поликлиника поликлинике
    аптека аптеке лікарня лікарні лікарню поліклініка поліклініці аптека аптеці hastane
    hastanede eczane acil""",
    # several languages: medicines, conditions, apps
    """christmas easter navidad pascua semana santa noël pâques weihnachten ostern silvester
    natale pasqua ferragosto natal páscoa carnaval réveillon kerst kerstmis pasen wielkanoc
    wigilia sylwester рождество пасха нового новый новий різдво великдень ramazan bayram
    kurban رمضان العيد عيد
    gabapentin gabapentina gabapentine pregabalin pregabalina prégabaline lyrica
    neurontin duloxetine duloxetina cymbalta amitriptyline amitriptilina nortriptyline
    hydroxychloroquine hidroxicloroquina plaquenil methotrexate metotrexato prednisone
    prednisolone prednisona rituximab ivig ibuprofen ibuprofeno paracetamol tramadol
    aspirin aspirina omeprazol sjögren sjogren sjögrens raynaud guillain barré telegram
    whatsapp viber signal google covid""",
)

_MONTHS = _keys(
    """january february march april may june july august september october november december
    jan feb apr jun jul aug sep sept oct nov dec""",
    """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre""",
    """janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre""",
    """januar jänner februar märz april mai juni juli august september oktober november
    dezember""",
    """gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre""",
    """janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
    dezembro""",
    """januari februari maart april mei juni juli augustus september oktober november
    december""",
    """styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca
    lipiec lipca sierpień sierpnia wrzesień września październik października listopad
    listopada grudzień grudnia""",
    """январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля
    август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря""",
    """січень січня лютий лютого березень березня квітень квітня травень травня червень
    червня липень липня серпень серпня вересень вересня жовтень жовтня листопад листопада
    грудень грудня""",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    """يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر
    اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين""",
)

_WEEKDAYS = _keys(
    "monday tuesday wednesday thursday friday saturday sunday",
    "lunes martes miércoles jueves viernes sábado domingo",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "segunda terça quarta quinta sexta",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę",
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье",
    "понеділок вівторок середа середу четвер субота суботу неділя неділю",
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
)

# Everything that is not a name or a place when it follows an introducing word.
_LEXICON = _FUNCTION | _COMMON | _MONTHS | _WEEKDAYS

# Lower-case endings of adjectives and participles ("exhausted", "cansada", "fatiguée"):
# after "I'm"-style phrases a lower-case word with one of them is not taken for a name.
_STATE_ENDINGS = (
    "ing",
    "ed",
    "ly",
    "ful",
    "less",
    "ous",
    "ive",
    "able",
    "ible",
    "ado",
    "ada",
    "ido",
    "ida",
    "ando",
    "iendo",
    "osa",
    "oso",
    "mente",
    "ee",
    "euse",
    "eux",
    "ique",
    "lich",
    "isch",
    "ata",
    "ato",
    "endo",
    "lijk",
)
# Endings of German nouns (capitalised): "Diabetikerin", "Erschöpfung".
_NOUN_ENDINGS = ("erin", "ung", "heit", "keit", "schaft")

# ---- names ---------------------------------------------------------------------------------------

# Phrases after which a name follows for certain ("my name is"): the first word is taken
# unless it is a function word.
_STRONG_NAME_PHRASES = (
    "my name is",
    "my name's",
    "name is",
    "i'm called",
    "i am called",
    "me llamo",
    "mi nombre es",
    "je m'appelle",
    "j'm'appelle",
    "m'appelle",
    "mon nom est",
    "mon prénom est",
    "ich heiße",
    "ich heisse",
    "mein name ist",
    "mein name lautet",
    "mi chiamo",
    "il mio nome è",
    "meu nome é",
    "meu nome e",
    "me chamo",
    "mijn naam is",
    "ik heet",
    "nazywam się",
    "nazywam sie",
    "mam na imię",
    "mam na imie",
    "меня зовут",
    "моё имя",
    "мое имя",
    "мене звати",
    "мене звуть",
    "моє ім'я",
    "benim adım",
    "benim ismim",
    "ismim",
    "اسمي",
    "واسمي",
    "إسمي",
)

# Phrases that may introduce a name or not ("I'm Anna" / "I'm tired"): a following word is a
# name when it is capitalised (or in a script without case) and not in the word lists; with
# ``lower`` also when lower case, not in the word lists and without a state ending; with
# ``start`` only at the start of the text or a clause.
_WEAK_NAME_PHRASES: tuple[tuple[str, bool, bool], ...] = (
    # (phrase, lower, start)
    ("i'm", True, False),
    ("i am", True, False),
    ("call me", True, False),
    ("this is", False, True),
    ("it's", False, True),
    ("soy", True, False),
    ("yo soy", True, False),
    ("llámame", False, False),
    ("aquí", False, True),
    ("je suis", True, False),
    ("c'est", False, True),
    ("ici", False, True),
    ("appelez-moi", False, False),
    ("ich bin", True, False),
    ("hier ist", False, True),
    ("hier spricht", False, True),
    ("io sono", True, False),
    ("sono", False, False),
    ("chiamami", False, False),
    ("qui è", False, True),
    ("eu sou", True, False),
    ("sou", False, False),
    ("aqui é", False, True),
    ("ik ben", True, False),
    ("dit is", False, True),
    ("met", False, True),
    ("noem me", False, False),
    ("jestem", False, False),
    ("tu", False, True),
    ("я", False, False),
    ("это", False, True),
    ("це", False, True),
    ("adım", False, False),
    ("ben", False, False),
    ("أنا", False, False),
    ("انا", False, False),
    ("معك", False, True),
    ("معكم", False, True),
)

# "<name> here" at the start of a clause.
_HERE = _keys("here aquí aqui ici hier qui tutaj")
# Before a name at the start of a clause.
_GREETINGS = _keys(
    """hi hello hey dear hola buenas buenos bonjour salut coucou hallo moin servus ciao salve
    buongiorno olá ola oi hoi goedemorgen goedemiddag dzień cześć witam привет здравствуйте
    привіт вітаю merhaba selam مرحبا أهلا اهلا السلام""",
)
# Before a name at the end of the text ("Thanks, Anna").
_SIGN_OFFS = _keys(
    """thanks thank regards cheers best love gracias saludos merci cordialement bises danke
    grüße gruß lg vg grazie saluti obrigada obrigado abraços beijos bedankt groetjes groeten
    dziękuję pozdrawiam спасибо дякую teşekkürler sağolun شكرا""",
)
# Titles before a name ("Dr. Smith", "Frau Müller"): the title stays, the name goes.
_TITLES = _keys(
    """dr mr mrs ms miss prof frau herr sr sra srta don doña mme mlle madame monsieur sig
    signora signor dott dottoressa dona senhora senhor pani pan dhr mevr mw господин
    госпожа пан пані bay bayan د الدكتور الدكتورة السيد السيدة""",
)
# Words between the parts of a name ("Sanne de Vries", "João da Silva").
_PARTICLES = _keys(
    "de da do dos das del della di du des van von der den ter ten le la al el bin ibn"
)
# Articles before a name ("sou a Ana", "ich bin die Anna", "sono la Giulia").
_NAME_ARTICLES = _keys("a o la il die der")

# ---- places --------------------------------------------------------------------------------------

# A capitalised word after one of these is a place ("from Leeds", "aus Berlin", "z Krakowa").
_PLACE_PREPOSITIONS = _keys(
    """from in near de desde en à près aus di da vicino em do no na perto uit te bij z ze w
    we spod koło из в во с со под з із зі у під""",
)
# After a name: "Anna from Leeds", "مريم من الرياض" (the place may be in a script without case).
_FROM = _keys("from de desde aus uit da di z ze из з зі із من")
# After these any word not in the lists is a place ("I live in leeds").
_PLACE_PHRASES = (
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
_FROM_PHRASES = frozenset(
    (
        *("i'm from", "i am from", "come from", "soy de", "vengo de", "je viens de"),
        *("ich komme aus", "vengo da", "sono di", "sou de", "ik kom uit", "jestem z"),
        *("jestem ze", "pochodzę z", "я из", "я з", "я із", "أنا من", "انا من"),
    )
)
# Articles skipped between a preposition and a capitalised place ("in the Netherlands").
_PLACE_ARTICLES = _keys("the la le el los las les il lo gli os as het")
# Turkish case endings after an apostrophe: "Ankara'da" (a place), "Ayşe'yim" (a name).
_TR_PLACE_SUFFIXES = _keys(
    """da de ta te dan den tan ten a e ya ye li lı lu lü liyim lıyım luyum lüyüm dayım
    deyim tayım teyim""",
)
_TR_NAME_SUFFIXES = _keys("yim yım yum yüm im ım um üm in ın nin nın un nun ün nün i ı yi yı")
_TR_LIVE = _keys("yaşıyorum oturuyorum yaşıyoruz oturuyoruz")
_TR_FROM_ENDINGS = ("liyim", "luyum")

# ---- addresses -----------------------------------------------------------------------------------

# Street words after the street's name ("Rosewood Lane", "Gül Sokak"); ``True``: the name
# alone (capitalised) makes an address, ``False``: a number is needed too.


def _streets(alone: str, numbered: str) -> dict[str, bool]:
    """Street words: ``True`` for those that make an address with a capitalised name alone,
    ``False`` for those that need a house number too."""
    return {**dict.fromkeys(_keys(alone), True), **dict.fromkeys(_keys(numbered), False)}


# Street words after the street's name ("Rosewood Lane", "Gül Sokak").
_STREET_AFTER = _streets(
    alone="""street road lane avenue drive boulevard sokak sokağı cadde caddesi bulvar bulvarı
    mahallesi""",
    numbered="""st rd ln ave close crescent way court gardens terrace grove square mews parade
    row straße strasse straat weg sok sk cad cd blv mah mh mahalle""",
)
# Street words before the street's name ("Calle Mayor 5", "rue de la Paix", "ul. Długa").
_STREET_BEFORE = _streets(
    alone="""calle avenida avda plaza paseo carretera travesía rue boulevard allée impasse quai
    viale piazza piazzale vicolo rua travessa praça alameda rodovia ulica ul aleja osiedle
    plac улица ул проспект переулок бульвар набережная вулиця вул просп провулок пров бульв
    شارع جادة""",
    numbered="""c av pza camino ronda glorieta urbanización bd chemin place route cours square
    résidence via corso largo strada contrada r estrada beco al os pl пр пер шоссе ш пл
    площадь наб мкр площа طريق""",
)
# Street words as the end of one word ("Hauptstraße", "Kerkstraat"); ``True`` as above.
_STREET_ENDINGS: tuple[tuple[str, bool], ...] = (
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
_STREET_ENDING_KEYS = tuple(ending for ending, _ in _STREET_ENDINGS)
# Before a house number ("No: 5", "nº 5", "д. 5") or a flat ("kv. 12", "Daire 3", "flat 2").
_HOUSE_WORDS = _keys("no nº nr n num número numero д дом буд будинок kv кв apt flat daire")
_STREET_PARTICLES = _PARTICLES | _keys("d l y e of the")
_FLAT_WORDS = _keys("flat apt apartment piso kv кв daire d lok lokal m unit")
# Before a postcode.
_POSTCODE_WORDS = _keys(
    "postcode zip plz cp cap cep kod postal postale индекс індекс posta kodu البريدي",
)
_TOWN_WORDS = _keys("г м город місто")

# ---- ages and dates ------------------------------------------------------------------------------

# Before an age; ``True``: a years word must follow ("tengo 71 años"), ``False``: the number
# may stand alone ("I'm 71").
_AGE_PHRASES: tuple[tuple[str, bool], ...] = (
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
_YEARS_WORDS = _keys(
    """years year yrs yr yo años año anos ano ans an jahre jahr jahren anni anno jaar jaren
    lat lata rok лет года год років роки рік yaşında yaşındayım yaş yaşımdayım سنة سنوات
    عام عاما سنين""",
)
# A years word that makes an age on its own ("71 years old" needs "old").
_OLD_WORDS = _keys("old alt oud edad idade età yaşında yaşındayım yaşımdayım")
# Starts of "-year-old" words: "64-jährige", "64-letnia", "64-летняя", "64-річна".
_AGED_STEMS = ("jahrig", "letni", "летн", "річн", "year-old", "years-old")
# Words before a birth year ("born in 1960") or after it ("1960 doğumluyum").
_BIRTH_WORDS = _keys(
    """born b nací naci nacida nacido née né nee geboren geb jahrgang nata nato nascita classe
    nasci nascida nascido nascimento urodziłam urodziłem urodzona urodzony rocznik ur
    родилась родился рождения народилася народився народження doğumlu doğumluyum doğdum
    ولدت مواليد ولادة""",
)
_DATE_FILLERS = _keys("of de del the el le der den in en em w в у nel im year año")
_ORDINALS = _keys("st nd rd th er eme ème º o")

# ---- e-mail addresses ----------------------------------------------------------------------------

_AT_WORDS = _keys("at arroba arobase chiocciola klammeraffe apenstaartje małpa собака собачка")
_DOT_WORDS = _keys("dot punto point punkt ponto punt kropka точка крапка nokta نقطة")
_MAIL_PROVIDERS = _keys(
    """gmail googlemail yahoo hotmail outlook live msn icloud me mail aol gmx web yandex
    mailru rambler ukr meta orange free laposte sfr libero virgilio alice uol bol terra
    wp onet interia o2 proton protonmail""",
)
_TLDS = _keys(
    """com org net edu gov info biz io me co uk de fr es it pt br nl pl ru ua tr sa ae eg ma
    dz tn jo lb qa kw om bh at ch be us ca au ie eu mx ar cl online site app""",
)

# ==== text preparation ============================================================================

# Zero-width and other invisible formatting characters: removed before anything else.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)

# One character for one, so that positions in the folded view are positions in the text.
_FOLD: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: " ", 0x060C: ",", 0x061B: ";", 0x061F: "?", 0x066B: ".", 0x066C: ","})
_FOLD.update({0x06D4: "."})
_FOLD.update({cp: "ـ" for low, high in _MARK_RANGES for cp in range(low, high + 1)})
_FOLD.update(dict.fromkeys(map(ord, "’‘ʼ`´′ʹ"), "'"))
_FOLD.update(dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\ufe63"), "-"))
_FOLD.update(dict.fromkeys(map(ord, "\u2013\u2014\u2015"), "–"))
_NON_ASCII_DIGIT_RE = re.compile(r"(?![0-9])\d")


def _fold(text: str) -> str:
    """``text`` with every digit in ASCII, full-width forms, apostrophes and dashes unified."""
    text = _NON_ASCII_DIGIT_RE.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    return text.translate(_FOLD)


# ==== e-mails, URLs, handles, postcodes: regular expressions on the folded text ==================
#
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
# Each of them has one of these characters.
_SYMBOL_HINTS_RE = re.compile(r"[@.:0-9]")

# ==== tokens ======================================================================================

# A token and the whitespace before it. Whitespace is consumed possessively and every
# alternative matches at least one character (or the end), so no attempt fails and
# backtracks: one match per token. In the folded view digits are ASCII and combining marks
# are tatweels (word characters), so a word is one character class.
_WORD = r"[^\W0-9_]++"
_TOKEN_RE = re.compile(
    r"\s*+(?:"
    r"\[(?:name|email|url|handle|phone|number|address|postcode|place|age|date)\]"
    rf"|{_WORD}(?:-{_WORD})*+"
    r"|[0-9]++"
    r"|."
    r"|\Z)",
    re.DOTALL,
)
_ASCII_DIGITS = frozenset("0123456789")
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Ends a name, a place, an age: punctuation, a line break.
_CLAUSE_ENDS = frozenset('.,;:!?()[]{}"«»“”„…–-/|')
# Between the digits of one number: "0151 2345 6789", "(030) 1234567", "06.12.34.56.78".
_DIGIT_SEPARATORS = frozenset(".-–/()")

WORD, NUM, PUNCT, HOLDER = "w", "n", "o", "p"
NO_SPACE, SPACE, LINE = 0, 1, 2
_NUM_KEY = "##"  # the key of every number token (no word or sign has it)


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(_key(t) for t in re.findall(rf"{_WORD}(?:-{_WORD})*|'|\.", _fold(phrase)))


class _Node:
    """A node of the phrase trie: the phrases ending here (kind, index in its list) and the
    words that continue them."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.ends: list[tuple[str, int]] = []
        self.next: dict[str, _Node] = {}


_STRONG, _WEAK, _AGED, _LIVE = "strong", "weak", "aged", "live"  # kinds of phrase


def _phrase_trie(*lists: tuple[str, Iterable[str]]) -> dict[str, _Node]:
    """One trie of all phrases, by their first word; each apostrophe and full stop of a
    phrase may also be left out ("I'm" / "I m")."""
    roots: dict[str, _Node] = {}
    for kind, phrases in lists:
        for index, phrase in enumerate(phrases):
            keys = _phrase_keys(phrase)
            variants = {keys, tuple(k for k in keys if k not in ("'", "."))}
            for variant in variants:
                node = roots.setdefault(variant[0], _Node())
                for part in variant[1:]:
                    node = node.next.setdefault(part, _Node())
                node.ends.append((kind, index))
    return roots


_PHRASES = _phrase_trie(
    (_STRONG, _STRONG_NAME_PHRASES),
    (_WEAK, (phrase for phrase, _, _ in _WEAK_NAME_PHRASES)),
    (_AGED, (phrase for phrase, _ in _AGE_PHRASES)),
    (_LIVE, _PLACE_PHRASES),
)

CAPITAL, LOWER, UPPER, UNCASED = "C", "l", "U", "-"


@lru_cache(maxsize=8192)
def _shape(word: str) -> str:
    """``CAPITAL`` ("Anna"), ``LOWER`` ("anna"), ``UPPER`` ("ANNA") or ``UNCASED`` (Arabic)."""
    if word.lower() == word.upper():
        return UNCASED
    if word[0].isupper():
        return UPPER if len(word) > 1 and word.isupper() else CAPITAL
    return LOWER


@lru_cache(maxsize=8192)
def _common(key: str) -> bool:
    """Whether the word is in the word lists (each part of a hyphenated word; an Arabic word
    also without a leading و/ف/ب/ل)."""
    if key in _LEXICON:
        return True
    if "-" in key:
        return any(part in _LEXICON for part in key.split("-"))
    return len(key) > 2 and key[0] in "وفبل" and key[1:] in _LEXICON


class _Scan:
    """The folded text as tokens, and what the rules claimed for each token.

    Whitespace is not a token: ``gap[i]`` says what separates token ``i`` from the one
    before it (``NO_SPACE``, ``SPACE`` or ``LINE``). Every rule visits only the tokens that
    can start it, and looks at a bounded number of tokens around each.
    """

    def __init__(self, view: str) -> None:
        kinds: list[str] = []
        starts: list[int] = []
        texts: list[str] = []
        keys: list[str] = []
        gaps: list[int] = []
        at: dict[str, list[int]] = {}
        gap = LINE
        position = 0
        for found in _TOKEN_RE.findall(view):
            first = found[:1]
            if first.isspace():
                text = found.lstrip()
                space = len(found) - len(text)
                gap = SPACE if _LINE_BREAKS.isdisjoint(found[:space]) else LINE
                position += space
                first = text[:1]
            else:
                text = found
            if not text:
                break  # the end
            if first in _ASCII_DIGITS:
                kind, key = NUM, _NUM_KEY
            elif first == "[" and len(text) > 1:
                kind, key = HOLDER, text
            elif len(text) > 1 or first.isalnum():
                kind, key = WORD, _key(text)
            else:
                kind, key = PUNCT, text
            indices = at.get(key)
            if indices is None:
                at[key] = [len(kinds)]
            else:
                indices.append(len(kinds))
            kinds.append(kind)
            starts.append(position)
            texts.append(text)
            keys.append(key)
            gaps.append(gap)
            position += len(text)
            gap = NO_SPACE
        self.kind = kinds
        self.start = starts
        self.text = texts
        self.key = keys
        self.gap = gaps
        self.at = at
        self.n = len(kinds)
        self.label: list[str | None] = [None] * self.n
        self.claims: list[tuple[int, int, str]] = []
        self.groups: dict[int, _Group] = {}
        self.phrases: dict[str, list[tuple[int, int, int]]] = {}

    # ---- looking at tokens ---------------------------------------------------------------------

    def where(self, keys: Iterable[str]) -> list[int]:
        """The indices of the tokens with one of ``keys``, in order."""
        found: list[int] = []
        for key in self.at.keys() & set(keys):
            found.extend(self.at[key])
        found.sort()
        return found

    def where_word(self, test: Callable[[str], bool]) -> list[int]:
        """The indices of the words whose key passes ``test``, in order."""
        found: list[int] = []
        for key, indices in self.at.items():
            if self.kind[indices[0]] == WORD and test(key):
                found.extend(indices)
        found.sort()
        return found

    def free(self, i: int, j: int) -> bool:
        """No rule has claimed tokens ``i`` to ``j`` (exclusive)."""
        return 0 <= i <= j <= self.n and self.label[i:j].count(None) == j - i

    def claim(self, i: int, j: int, label: str) -> None:
        for k in range(i, j):
            self.label[k] = label
        self.claims.append((i, j, label))

    def extend(self, k: int, end: int) -> None:
        """Extend the claim holding token ``k`` to ``end`` (exclusive). It is the latest
        claim when e-mail addresses are looked for, so this looks from the end."""
        for n in range(len(self.claims) - 1, -1, -1):
            i, j, label = self.claims[n]
            if i <= k < j:
                for t in range(j, end):
                    self.label[t] = label
                self.claims[n] = (i, max(j, end), label)
                return

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kind[i] == WORD and self.label[i] is None

    def is_punct(self, i: int, chars: str | frozenset[str]) -> bool:
        return 0 <= i < self.n and self.kind[i] == PUNCT and self.text[i] in chars

    def glued(self, i: int) -> bool:
        """Token ``i`` follows the one before it with no space."""
        return 0 < i < self.n and self.gap[i] == NO_SPACE

    def spaced(self, i: int) -> bool:
        """Token ``i`` follows the one before it after spaces on the same line."""
        return 0 < i < self.n and self.gap[i] == SPACE

    def clause_end(self, i: int) -> bool:
        """Nothing, punctuation or a line break at ``i``: what may follow an age or a name."""
        return (
            i >= self.n
            or self.gap[i] == LINE
            or (self.kind[i] == PUNCT and self.text[i] in _CLAUSE_ENDS)
        )

    def after_clause_end(self, i: int) -> bool:
        """Token ``i`` starts the text or a line, or follows punctuation."""
        return (
            i <= 0
            or i >= self.n
            or self.gap[i] == LINE
            or (self.kind[i - 1] == PUNCT and self.text[i - 1] in _CLAUSE_ENDS)
        )

    def clause_start(self, i: int) -> bool:
        """Token ``i`` starts the text, a line or a clause, possibly after a greeting."""
        if self.after_clause_end(i):
            return True
        before = i - 1
        return (
            self.kind[before] == WORD
            and self.key[before] in _GREETINGS
            and self.after_clause_end(before)
        )

    def name_word(self, i: int, lower: bool) -> bool:
        """Word ``i`` may be (part of) a name: not in the word lists, and capitalised, or in
        a script without case, or (with ``lower``) lower case without a state ending."""
        if not self.is_word(i):
            return False
        key = self.key[i]
        if _common(key) or len(key) < 2:
            return False
        shape = _shape(self.text[i])
        if shape == CAPITAL:
            return not key.endswith(_NOUN_ENDINGS)
        if shape == UNCASED:
            return True
        return lower and not key.endswith(_STATE_ENDINGS)

    def initial(self, i: int) -> bool:
        """A capital letter and a full stop: "J." in "J. R. R. Tolkien"."""
        return (
            self.is_word(i)
            and len(self.text[i]) == 1
            and self.text[i].isupper()
            and self.is_punct(i + 1, ".")
            and self.glued(i + 1)
        )

    def find_phrases(self) -> None:
        """Every phrase of ``_PHRASES`` in the text: ``phrases[kind]`` holds (first word,
        index after the phrase, index of the phrase in its list), the longest phrase of each
        kind at each place. Each walk down the trie is at most a few words deep."""
        kind, text, key, gap, n = self.kind, self.text, self.key, self.gap, self.n
        for i in self.where(_PHRASES):
            if kind[i] != WORD:
                continue
            if i > 0 and gap[i] == NO_SPACE and (kind[i - 1] != PUNCT or text[i - 1] in "'-"):
                continue  # inside a word: "ім'я", "well-being"
            found: dict[str, tuple[int, int]] = {}
            node: _Node | None = _PHRASES[key[i]]
            j = i + 1
            while node is not None:
                if node.ends and (j >= n or kind[j] != WORD or gap[j] != NO_SPACE):
                    for phrase_kind, index in node.ends:
                        found[phrase_kind] = (j, index)
                if j >= n or not node.next:
                    break
                if kind[j] == PUNCT and gap[j] == NO_SPACE:
                    node = node.next.get(text[j])
                elif kind[j] == WORD and gap[j] != LINE:
                    node = node.next.get(key[j])
                else:
                    break
                j += 1
            for phrase_kind, (end, index) in found.items():
                self.phrases.setdefault(phrase_kind, []).append((i, end, index))

    def phrase_ends(self, phrase_kind: str) -> list[tuple[int, int, int]]:
        """The phrases of ``phrase_kind`` whose words are all still unclaimed."""
        return [
            (i, j, index)
            for i, j, index in self.phrases.get(phrase_kind, ())
            if self.label[i:j].count(None) == j - i
        ]

    # ---- digits --------------------------------------------------------------------------------

    def digit_groups(self, free_only: bool) -> list[_Group]:
        """Numbers with the separators of phone numbers between their digits, in order;
        ``free_only``: of the tokens not claimed yet. A number of 1-3 digits standing alone
        is left out (nothing is done with it)."""
        groups: list[_Group] = []
        kind, text, gap, label, n = self.kind, self.text, self.gap, self.label, self.n
        done = -1
        for first in self.at.get(_NUM_KEY, ()):
            if first <= done or (free_only and label[first] is not None):
                continue
            parts = [first]
            separators: list[str] = []
            spaced = False
            j = first + 1
            between = ""
            in_word = first > 0 and gap[first] == NO_SPACE and kind[first - 1] in (WORD, HOLDER)
            while j < n and gap[j] != LINE and (label[j] is None or not free_only):
                if in_word and gap[j] != NO_SPACE:
                    break
                if kind[j] == NUM:
                    spaced = spaced or gap[j] != NO_SPACE
                    parts.append(j)
                    separators.append(between)
                    between = ""
                elif kind[j] == PUNCT and (
                    (text[j] in _DIGIT_SEPARATORS and text[j] != ".")
                    or (  # "0151,2345", "0151.2345", not "I was 2. 18 …"
                        text[j] in ".,"
                        and gap[j] == NO_SPACE
                        and j + 1 < n
                        and gap[j + 1] == NO_SPACE
                    )
                ):
                    between += text[j]
                    spaced = spaced or gap[j] != NO_SPACE
                else:
                    break
                j += 1
            last = parts[-1]
            lead = first
            while (
                lead > 0
                and first - lead < 2
                and gap[lead] == NO_SPACE
                and kind[lead - 1] == PUNCT
                and text[lead - 1] in "+("
                and (label[lead - 1] is None or not free_only)
            ):
                lead -= 1
            done = last
            if len(parts) == 1 and lead == first and len(text[first]) < 4:
                continue
            groups.append(_Group(lead, first, last, [text[k] for k in parts], separators, spaced))
        return groups

    def single_number(self, i: int, low: int, high: int) -> bool:
        """Token ``i`` is a free number between ``low`` and ``high`` standing alone (not one
        group of a phone number)."""
        if not (0 <= i < self.n and self.kind[i] == NUM and self.label[i] is None):
            return False
        group = self.groups.get(i)
        if group is not None and (len(group.parts) != 1 or group.lead != group.first):
            return False
        text = self.text[i]
        return len(text) <= 4 and low <= int(text) <= high


class _Group:
    """Numbers joined by phone-number separators: "0151 2345 6789", "01.05.1960"."""

    __slots__ = ("first", "last", "lead", "parts", "separators", "spaced")

    def __init__(
        self,
        lead: int,
        first: int,
        last: int,
        parts: list[str],
        separators: list[str],
        spaced: bool,
    ) -> None:
        self.lead = lead  # a "+" or "(" before the first digit, else ``first``
        self.first = first
        self.last = last
        self.parts = parts
        self.separators = separators
        self.spaced = spaced

    @property
    def digits(self) -> int:
        return sum(len(part) for part in self.parts)


def _aged_word(key: str) -> bool:
    """Starts like "-year-old" words ("jährige", "letnia")."""
    return key.startswith(_AGED_STEMS)


def _street_ending_word(key: str) -> bool:
    """Ends with a street word after at least 3 letters ("Hauptstraße", not "Straße")."""
    return key.endswith(_STREET_ENDING_KEYS) and any(
        key.endswith(ending) and len(key) >= len(ending) + 3 for ending in _STREET_ENDING_KEYS
    )


def _from_town_word(key: str) -> bool:
    """Turkish "İzmirliyim" (I am from İzmir)."""
    return len(key) > 7 and key.endswith(_TR_FROM_ENDINGS)


# ==== the rules, in the order they claim tokens ===================================================


def _disguised_emails(scan: _Scan) -> None:
    """``anna(at)mail(dot)com``, ``anna at gmail dot com``, ``anna @ mail . com``."""
    for at in scan.where([*_AT_WORDS, "@"]):
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


def _at_sign(scan: _Scan, at: int) -> tuple[int, int, bool] | None:
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


def _local_part(scan: _Scan, first_at: int, last_at: int, spelled: bool) -> int | None:
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
            and scan.key[local - 1] in _DOT_WORDS
            and scan.spaced(local)
            and scan.spaced(local - 1)
            and local > 1
            and scan.kind[local - 2] in (WORD, NUM)
        ):
            local -= 2
    after = last_at + 1
    url_after = after < scan.n and scan.kind[after] == HOLDER and scan.key[after] == URL
    if spelled and url_after and local == first_at - 1 and _common(scan.key[local]):
        return None  # "find me at example.org": a web address, not an e-mail address
    return local


def _domain(scan: _Scan, at: int, last_at: int, spelled: bool) -> int | None:
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
            and scan.key[j + 1] in _DOT_WORDS
            and scan.is_punct(j + 2, ")]}")
        ):
            j += 3
        elif scan.is_word(j) and scan.key[j] in _DOT_WORDS and scan.gap[j] != LINE:
            j += 1
        else:
            break
        if j < scan.n and scan.kind[j] in (WORD, NUM) and scan.gap[j] != LINE:
            labels.append((j, _glued_run(scan, j)))
        else:
            break
    domain = scan.key[label]
    tld = labels[-1][1] - labels[-1][0] == 1 and scan.key[labels[-1][0]] in _TLDS
    if (
        (scan.kind[label] == HOLDER and domain == URL)
        or domain in _MAIL_PROVIDERS
        or (len(labels) > 1 and tld)
        or (not spelled and scan.kind[at] == WORD)  # "(at)" is never anything else
    ):
        return labels[-1][1]
    return None


def _glued_run(scan: _Scan, i: int) -> int:
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


def _dates(scan: _Scan) -> None:
    """``01.05.1960``, ``1960-05-01``, ``1 May 1960``, ``May 1st``, ``born in 1960``."""
    for group in {id(group): group for group in scan.groups.values()}.values():
        if len(group.parts) != 3:
            continue
        if group.spaced or group.lead != group.first:
            continue
        if group.separators[0] != group.separators[1] or group.separators[0] not in ".-/":
            continue
        if _numeric_date(group.parts) and scan.free(group.first, group.last + 1):
            scan.claim(group.first, group.last + 1, DATE)
    for month in scan.where(_MONTHS):
        if not scan.is_word(month):
            continue
        start, end = month, month + 1
        day = _day_before(scan, month)
        if day is not None:
            start = day
        else:
            day = _day_after(scan, month)
            if day is not None:
                end = day + 1
                if scan.is_word(end) and scan.key[end] in _ORDINALS and scan.glued(end):
                    end += 1
        year = _year_after(scan, end)
        born = any(scan.key[k] in _BIRTH_WORDS for k in range(max(month - 4, 0), month))
        if year is not None and (day is not None or born):
            end = year + 1
        elif day is None:
            continue
        if scan.free(start, end):
            scan.claim(start, end, DATE)
    for birth in scan.where(_BIRTH_WORDS):
        # the nearest number or placeholder after the birth word, else before it
        for step in (1, -1):
            j = birth + step
            while 0 <= j < scan.n and abs(j - birth) < 5 and _date_filler(scan, j):
                j += step
            if not 0 <= j < scan.n or abs(j - birth) >= 5:
                continue
            if scan.single_number(j, 1900, 2099) and len(scan.text[j]) == 4:
                scan.claim(j, j + 1, DATE)
            if scan.kind[j] in (NUM, HOLDER):
                break


def _numeric_date(parts: list[str]) -> bool:
    a, b, c = (int(part) for part in parts)
    lengths = tuple(len(part) for part in parts)
    if lengths[0] == 4 and lengths[1] <= 2 and lengths[2] <= 2:
        return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31
    if lengths[0] <= 2 and lengths[1] <= 2 and lengths[2] in (2, 4):
        if lengths[2] == 4 and not 1900 <= c <= 2099:
            return False
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


def _date_filler(scan: _Scan, k: int) -> bool:
    """Words and signs that may stand between a birth word and its year."""
    return (
        (scan.kind[k] == WORD and (scan.key[k] in _DATE_FILLERS or scan.key[k] in _YEARS_WORDS))
        or scan.is_punct(k, ":,'.")
        or (scan.kind[k] == WORD and scan.key[k] in ("ta", "te", "da", "de", "г", "р", "року"))
    )


def _day_before(scan: _Scan, month: int) -> int | None:
    """The day in "1 May", "1st of May", "1. Mai", "1er mai", "2 de mayo"."""
    k = month - 1
    if scan.is_word(k) and scan.key[k] in _DATE_FILLERS and scan.spaced(month):
        k -= 1
    if scan.is_word(k) and scan.key[k] in _DATE_FILLERS and scan.spaced(k + 1):
        k -= 1
    ordinal = scan.is_word(k) and scan.key[k] in _ORDINALS  # "1st", "1er"
    if (ordinal or scan.is_punct(k, ".-")) and scan.glued(k):
        k -= 1
    return k if scan.single_number(k, 1, 31) else None


def _day_after(scan: _Scan, month: int) -> int | None:
    """The day in "May 1", "May 1st"."""
    k = month + 1
    if scan.spaced(k) and scan.single_number(k, 1, 31) and len(scan.text[k]) <= 2:
        return k
    return None


def _year_after(scan: _Scan, i: int) -> int | None:
    """The year in "1 May 1960", "May 1, 1960", "2 de mayo de 1960"."""
    k = i
    if scan.is_punct(k, ",."):
        k += 1
    if scan.is_word(k) and scan.key[k] in _DATE_FILLERS:
        k += 1
    if scan.single_number(k, 1900, 2099) and len(scan.text[k]) == 4 and scan.gap[k] != LINE:
        return k
    return None


def _ages(scan: _Scan) -> None:
    """``I'm 71``, ``aged 71``, ``tengo 71 años``, ``71 years old``, ``64-jährige``."""
    for _, j, index in scan.phrase_ends(_AGED):
        needs_years = _AGE_PHRASES[index][1]
        if scan.is_punct(j, ":"):
            j += 1
        if not scan.single_number(j, 1, 120) or scan.gap[j] == LINE:
            continue
        after = j + 1
        years = scan.is_word(after) and scan.key[after] in _YEARS_WORDS
        if years or (
            not needs_years
            and (scan.clause_end(after) or (scan.is_word(after) and scan.key[after] in _FUNCTION))
        ):
            scan.claim(j, j + 1, AGE)
    after_words = scan.where(_YEARS_WORDS | _OLD_WORDS | {"yo", "yrs", "y"})
    after_words += scan.where_word(_aged_word)
    for after in sorted(after_words):
        j = after - 1
        if scan.is_punct(j, "-") and scan.glued(j):
            j -= 1
        if not scan.single_number(j, 1, 120) or scan.gap[after] == LINE:
            continue
        key = scan.key[after]
        old = key in _OLD_WORDS or key.startswith(_AGED_STEMS) or key in ("yo", "yrs")
        if not old and key in _YEARS_WORDS:
            k = after + 1
            if scan.is_word(k) and scan.key[k] in ("de", "di", "of"):
                k += 1
            old = scan.is_word(k) and scan.key[k] in _OLD_WORDS
        if not old and key == "y" and scan.is_punct(after + 1, "/.") and scan.is_word(after + 2):
            old = scan.key[after + 2] == "o"
        if old and scan.label[j] is None:
            scan.claim(j, j + 1, AGE)


def _addresses(scan: _Scan) -> None:
    """A street word with a house number or a capitalised name."""
    for t in scan.where(_STREET_BEFORE):
        if scan.is_word(t):
            _street_before(scan, t)
    for t in scan.where(_STREET_AFTER):
        if scan.is_word(t):
            _street_after(scan, t)
    for t in scan.where_word(_street_ending_word):
        if scan.is_word(t) and not _common(scan.key[t]):
            _street_word(scan, t)


def _house_number(scan: _Scan, j: int) -> int | None:
    """The index after a house number starting at ``j`` ("5", "5a", "5/12", "No: 5", "д. 5",
    "5, kv. 12"), or None."""
    if scan.is_word(j) and scan.key[j] in _HOUSE_WORDS and not scan.glued(j):
        j += 1
        while scan.is_punct(j, ".:") and j < scan.n:
            j += 1
    if not (0 <= j < scan.n and scan.kind[j] == NUM and scan.label[j] is None):
        return None
    group = scan.groups.get(j)
    if len(scan.text[j]) > 4 or (
        group is not None and (group.first != j or group.lead != j or group.digits > 6)
    ):
        return None  # "75002" after "rue de la Paix," is a postcode
    end = j + 1 if group is None else group.last + 1
    if scan.is_word(end) and len(scan.text[end]) == 1 and scan.glued(end):
        end += 1  # "5a"
    k = end + 1 if scan.is_punct(end, ",") else end
    if scan.is_word(k) and scan.key[k] in _FLAT_WORDS:
        k += 1
        while scan.is_punct(k, ".:") and k < scan.n:
            k += 1
        if k < scan.n and scan.kind[k] == NUM and scan.label[k] is None and scan.gap[k] != LINE:
            end = k + 1
    return end


def _number_before(scan: _Scan, i: int) -> int:
    """``i``, or the start of a house number just before it ("14 Rosewood", "12, rue")."""
    k = i - 1
    if scan.is_punct(k, ",") and scan.spaced(i):
        k -= 1
    if scan.single_number(k, 1, 9999) and scan.gap[k + 1] != LINE:
        return k
    return i


def _street_name_word(scan: _Scan, i: int, loose: bool) -> bool:
    """A word that can be part of a street's name: capitalised (even a common word: "Calle
    Mayor"), in a script without case, or (with ``loose``) any word not in the lists."""
    if not scan.is_word(i):
        return False
    shape = _shape(scan.text[i])
    key = scan.key[i]
    if len(key) < 2:
        return False
    if shape in (CAPITAL, UPPER):
        return key not in _FUNCTION or len(key) > 3
    if shape == UNCASED:
        return key not in _FUNCTION
    return loose and not _common(key)


def _street_before(scan: _Scan, t: int) -> None:
    """ "Calle Mayor 5", "rue de la Paix", "ul. Długa 5/12", "ул. Ленина, д. 5"."""
    strong = _STREET_BEFORE[scan.key[t]]
    j = t + 1
    if scan.is_punct(j, "./") and scan.glued(j):
        j += 1
    elif len(scan.key[t]) == 1:
        return  # "C/ Mayor", "R. das Flores": a lone letter is no street word
    names: list[int] = []
    k = j
    while len(names) < 4 and k < scan.n:
        p = k
        while p - k < 3 and (
            (scan.is_word(p) and scan.key[p] in _STREET_PARTICLES)
            or (p > k and scan.is_punct(p, "'") and scan.glued(p))
        ):
            p += 1
        if k < scan.n and scan.gap[k] == LINE:
            break
        if p > k:
            if not _street_name_word(scan, p, False):
                break
            names.append(p)
            k = p + 1
        elif _street_name_word(scan, k, True):
            names.append(k)
            k += 1
        else:
            break
    if not names:
        return
    end = names[-1] + 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    capitalised = _shape(scan.text[names[0]]) in (CAPITAL, UNCASED)
    if house is None:
        lowered = [k for k in names if _shape(scan.text[k]) not in (CAPITAL, UPPER, UNCASED)]
        if lowered or not capitalised:
            return
        if not strong and (_shape(scan.text[t]) != CAPITAL or len(scan.key[t]) < 3):
            return
    else:
        end = house
    start = _number_before(scan, t)
    if scan.free(start, end):
        scan.claim(start, end, ADDRESS)


def _street_after(scan: _Scan, t: int) -> None:
    """ "14 Rosewood Lane", "Gül Sokak No: 5", "Berliner Straße 5"."""
    strong = _STREET_AFTER[scan.key[t]]
    names: list[int] = []
    k = t - 1
    while len(names) < 3 and scan.spaced(k + 1) and _street_name_word(scan, k, True):
        names.insert(0, k)
        if scan.clause_start(k):
            break
        k -= 1
    if not names:
        return
    end = t + 1
    if scan.is_punct(end, ".") and scan.glued(end):
        end += 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    start = _number_before(scan, names[0])
    numbered = house is not None or start != names[0]
    if not numbered:
        if not strong or any(_shape(scan.text[k]) not in (CAPITAL, UNCASED) for k in names):
            return
        if scan.clause_start(names[0]) and _common(scan.key[names[0]]):
            return
    if house is not None:
        end = house
    if scan.free(start, end):
        scan.claim(start, end, ADDRESS)


def _street_word(scan: _Scan, t: int) -> None:
    """ "Hauptstraße 5", "Kerkstraat 12", "Hauptstr. 5"."""
    key = scan.key[t]
    strong = next(s for ending, s in _STREET_ENDINGS if key.endswith(ending))
    end = t + 1
    if key.endswith("str"):
        if not (scan.is_punct(end, ".") and scan.glued(end)):
            return
        end += 1
    k = end + 1 if scan.is_punct(end, ",") else end
    house = _house_number(scan, k)
    shape = _shape(scan.text[t])
    if house is None and (not strong or shape != CAPITAL):
        return
    if house is not None:
        end = house
    if scan.free(t, end):
        scan.claim(t, end, ADDRESS)


def _introduced_names(scan: _Scan) -> None:
    """Names after "my name is"-style phrases."""
    for _, j, _ in scan.phrase_ends(_STRONG):
        if scan.is_punct(j, ":-–,") and scan.gap[j] != LINE:
            j += 1
        if not scan.is_word(j):
            continue
        if scan.key[j] in _FUNCTION and _shape(scan.text[j]) != CAPITAL:
            continue
        lower = _shape(scan.text[j]) in (LOWER, UPPER)
        _claim_name(scan, j, j + 1, lower, 4)


def _names(scan: _Scan) -> None:
    """Names after "I'm"-style phrases, "<name> here", titles, sign-offs, "Joan, 64," at the
    start of the text."""
    for here in scan.where(_HERE):
        _name_here(scan, here)
    for i, j, index in scan.phrase_ends(_WEAK):
        _, lower, start = _WEAK_NAME_PHRASES[index]
        if start and not scan.clause_start(i):
            continue
        if (
            scan.is_word(j)
            and scan.key[j] in _NAME_ARTICLES
            and scan.name_word(j + 1, False)
            and scan.spaced(j + 1)
        ):
            j += 1  # "sou a Ana", "ich bin die Anna"
        if not scan.spaced(j):
            continue
        titled = scan.key[j] in _TITLES and _shape(scan.text[j]) == CAPITAL
        if scan.name_word(j, lower) or scan.initial(j) or titled:
            _claim_name(scan, j, j + 1, _shape(scan.text[j]) in (LOWER, UPPER), 3)
    for title in scan.where(_TITLES):
        j = title + 1
        if scan.is_punct(j, ".") and scan.glued(j):
            j += 1
        if scan.is_word(title) and scan.spaced(j) and scan.name_word(j, False):
            _claim_name(scan, j, j + 1, False, 3)
    for sign_off in scan.where(_SIGN_OFFS):
        _name_signed(scan, sign_off)
    _name_last_line(scan)
    _name_and_age_first(scan)
    for _, end, label in list(scan.claims):
        if label == NAME:
            _age_after_name(scan, end)


def _claim_name(scan: _Scan, first: int, end: int, lower: bool, most: int) -> None:
    """Claim the name starting with word ``first`` (ending before ``end``) and the words that
    continue it: more name words, initials, particles, up to ``most`` words."""
    words = initials = 1
    abbreviation = scan.initial(first) or scan.key[first] in _TITLES
    k = end
    while k < scan.n and scan.gap[k] != LINE:
        if abbreviation and scan.is_punct(k, ".") and scan.glued(k):
            end = k = k + 1
            abbreviation = False
            continue
        if not scan.is_word(k) or (scan.gap[k] == NO_SPACE and not scan.is_punct(k - 1, ".")):
            break
        if scan.initial(k) and initials < 4:
            end = k = k + 1
            abbreviation = True
            initials += 1
            continue
        if words >= most:
            break
        if scan.key[k] in _PARTICLES and scan.spaced(k + 1) and scan.name_word(k + 1, lower):
            end = k = k + 2
            words += 1
            abbreviation = False
            continue
        if not scan.name_word(k, lower):
            break
        end = k = k + 1
        words += 1
        abbreviation = scan.key[k - 1] in _TITLES
    if scan.free(first, end):
        scan.claim(first, end, NAME)


def _name_here(scan: _Scan, here: int) -> None:
    """ "Margaret here", "Anna Schmidt hier" at the start of a clause."""
    if not scan.is_word(here):
        return
    for size in (1, 2, 3):
        first = here - size
        if first < 0 or not all(scan.spaced(k) for k in range(first + 1, here + 1)):
            return
        if not scan.is_word(first) or _common(scan.key[first]) or len(scan.key[first]) < 2:
            return
        if _shape(scan.text[first]) == LOWER and scan.key[first].endswith(_STATE_ENDINGS):
            return
        if size > 1 and not scan.name_word(first + 1, False):
            return
        if scan.clause_start(first):
            if all(scan.name_word(k, True) for k in range(first + 1, here)) and scan.free(
                first, here
            ):
                scan.claim(first, here, NAME)
            return


def _name_signed(scan: _Scan, sign_off: int) -> None:
    """ "Thanks, Anna" / "Saludos, Carmen" at the end of the text."""
    k = sign_off + 1
    if scan.is_word(k) and scan.key[k] in ("you", "wishes", "regards", "a", "all", "tutti"):
        k += 1
    while scan.is_punct(k, ",!.-–:") and k - sign_off < 4:
        k += 1
    _name_to_end(scan, k)


def _name_to_end(scan: _Scan, first: int) -> None:
    """1-3 capitalised name words from ``first`` to the end of the text (punctuation aside)."""
    if not scan.name_word(first, False) or scan.gap[first] == NO_SPACE:
        return
    end = first + 1
    while end < scan.n and end - first < 3 and scan.spaced(end) and scan.name_word(end, False):
        end += 1
    if all(scan.kind[k] == PUNCT for k in range(end, scan.n)) and scan.free(first, end):
        scan.claim(first, end, NAME)


def _name_last_line(scan: _Scan) -> None:
    """A name alone on the last line, or after a dash at the end: "…\\nAnna", "… – Anna"."""
    for back in (1, 2, 3):
        first = scan.n - back
        while first > 0 and scan.kind[first] == PUNCT and first > scan.n - back - 3:
            first -= 1
        if first <= 0:
            return
        if scan.gap[first] == LINE or (scan.is_punct(first - 1, "-–") and scan.spaced(first)):
            _name_to_end(scan, first)
            return


def _name_and_age_first(scan: _Scan) -> None:
    """ "Joan, 64, from Leeds …": a name and an age opening the text; "71, retired, …": an
    age opening it."""
    first = 0
    if scan.is_word(0) and scan.key[0] in _GREETINGS:
        first = 2 if scan.is_punct(1, ",!") else 1
    age_first = scan.single_number(first, 18, 110) and len(scan.text[first]) >= 2
    if age_first and scan.is_punct(first + 1, ",") and scan.is_word(first + 2):
        scan.claim(first, first + 1, AGE)
        return
    end = first
    while end < first + 2 and scan.name_word(end, False) and (end == first or scan.spaced(end)):
        end += 1
    if end == first or _shape(scan.text[first]) != CAPITAL or not scan.is_punct(end, ","):
        return
    age = scan.single_number(end + 1, 12, 110) and _age_end(scan, end + 2)
    if age and scan.free(first, end):
        scan.claim(first, end, NAME)
        scan.claim(end + 1, end + 2, AGE)


def _age_end(scan: _Scan, k: int) -> bool:
    return scan.clause_end(k) or (scan.is_word(k) and scan.key[k] in _FUNCTION)


def _age_after_name(scan: _Scan, k: int) -> None:
    """ "Margaret here, 71, …": a bare number right after a name is an age."""
    if scan.is_word(k) and scan.key[k] in _HERE:
        k += 1
    if not scan.is_punct(k, ","):
        return
    k += 1
    if not (scan.single_number(k, 12, 110) and len(scan.text[k]) >= 2):
        return
    if _age_end(scan, k + 1) or (scan.is_word(k + 1) and scan.key[k + 1] in _YEARS_WORDS):
        scan.claim(k, k + 1, AGE)


def _places(scan: _Scan) -> None:
    """Places after "live in"-style phrases and prepositions; Turkish "Ankara'da"."""
    for _, end, index in scan.phrase_ends(_LIVE):
        j = _skip_article(scan, end)
        if scan.spaced(j) and scan.is_word(j):
            shape = _shape(scan.text[j])
            key = scan.key[j]
            lower_ok = (
                shape == LOWER
                and len(key) > 2
                and not key.endswith(_STATE_ENDINGS)
                and _PLACE_PHRASES[index] not in _FROM_PHRASES
            )
            if not _common(key) and (shape in (CAPITAL, UNCASED) or lower_ok):
                _claim_place(scan, j, shape == UNCASED)
    for i in scan.where(_PLACE_PREPOSITIONS):
        if not scan.is_word(i) or (scan.key[i] == "a" and scan.text[i] not in ("à", "À")):
            continue  # French "à", not "a"
        j = _skip_article(scan, i + 1)
        if scan.spaced(j) and _place_word(scan, j):
            _claim_place(scan, j, False)
    for _, end, label in list(scan.claims):
        after_name = label == NAME and scan.is_word(end) and scan.key[end] in _FROM
        place = end + 1
        if after_name and scan.spaced(end) and scan.spaced(place) and scan.name_word(place, False):
            _claim_place(scan, place, _shape(scan.text[place]) == UNCASED)
    for quote in scan.at.get("'", []):
        _turkish_proper_noun(scan, quote)
    for verb in scan.where(_TR_LIVE):
        k = verb - 1
        if (
            scan.spaced(verb)
            and _place_word(scan, k)
            and scan.key[k].endswith(("da", "de", "ta", "te"))
        ):
            scan.claim(k, k + 1, PLACE)
    for k in scan.where_word(_from_town_word):
        if _place_word(scan, k):
            scan.claim(k, k + 1, PLACE)


def _skip_article(scan: _Scan, j: int) -> int:
    """``j``, or the word after it when ``j`` is an article before a capitalised place."""
    article = scan.is_word(j) and scan.key[j] in _PLACE_ARTICLES
    if article and scan.spaced(j + 1) and _place_word(scan, j + 1):
        return j + 1
    return j


def _place_word(scan: _Scan, i: int) -> bool:
    """A capitalised word not in the word lists (nor a German-looking noun), or "São",
    "San", "Saint" … before one."""
    if not scan.is_word(i) or _shape(scan.text[i]) != CAPITAL or len(scan.key[i]) < 2:
        return False
    key = scan.key[i]
    if key in _SAINTS:
        return scan.spaced(i + 1) and scan.is_word(i + 1) and not _common(scan.key[i + 1])
    return not _common(key) and not key.endswith(_NOUN_ENDINGS) and _stem(key) not in _STEMS


_SAINTS = _keys("são san santa santo saint sainte sankt st")

# Case endings of Polish, Russian and Ukrainian nouns ("szpitalu", "больнице"): a capitalised
# word after a preposition whose stem is the stem of a listed word is not taken for a place.
_CASE_ENDINGS = tuple(
    sorted(
        _keys(
            """ami ach ów om em ie ia iu u e i y a ą ę ом ем ам ами ах ях ой ей ий ия ие ии ю я
            у е и ы а і ї є ь"""
        ),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=8192)
def _stem(key: str) -> str:
    """``key`` without one case ending, keeping at least 4 letters."""
    if not key.endswith(_CASE_ENDINGS):
        return key
    for ending in _CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            return key[: -len(ending)]
    return key


_STEMS = frozenset(_stem(key) for key in _LEXICON if len(key) >= 5)


def _claim_place(scan: _Scan, first: int, uncased: bool) -> None:
    """Claim the place starting at ``first`` with the capitalised words (or, in a script
    without case, the words not in the lists) that continue it, up to 3."""
    end = first + 1
    words = 1
    while words < 3 and end < scan.n and scan.spaced(end):
        k = end
        if scan.is_word(k) and scan.key[k] in _PLACE_JOINERS and scan.spaced(k + 1):
            k += 1
        nxt = scan.name_word(k, False) if uncased else _place_word(scan, k)
        if not nxt:
            break
        end = k + 1
        words += 1
    if scan.free(first, end):
        scan.claim(first, end, PLACE)


_PLACE_JOINERS = _keys("de del la am an der upon on sur di do da dos das el al")


def _turkish_proper_noun(scan: _Scan, quote: int) -> None:
    """ "Ankara'da", "İzmir'den" (places), "Ayşe'yim" (a name): a Turkish case ending after
    an apostrophe, which Turkish writes only after proper nouns."""
    stem, suffix = quote - 1, quote + 1
    if not (scan.is_word(stem) and scan.is_word(suffix) and scan.glued(quote)):
        return
    if not scan.glued(suffix) or _common(scan.key[stem]):
        return
    key = scan.key[suffix]
    if key not in _TR_PLACE_SUFFIXES and key not in _TR_NAME_SUFFIXES:
        return
    shape = _shape(scan.text[stem])
    if not (shape == CAPITAL or (shape == LOWER and len(key) >= 2 and len(scan.key[stem]) >= 3)):
        return
    if scan.is_word(suffix + 1) and scan.glued(suffix + 1):
        return
    label = NAME if key in _TR_NAME_SUFFIXES and key not in _TR_PLACE_SUFFIXES else PLACE
    if scan.free(stem, suffix + 1):
        scan.claim(stem, suffix + 1, label)


def _numbers(scan: _Scan) -> None:
    """Phone numbers, postcodes and long numbers among the digits not claimed yet."""
    for group in scan.digit_groups(free_only=True):
        lengths = tuple(len(part) for part in group.parts)
        digits = group.digits
        dashed = group.separators and all(sep == "-" for sep in group.separators)
        label: str | None = None
        if dashed and not group.spaced and lengths in ((5, 3), (5, 4), (2, 3)):
            label = POSTCODE
        elif len(lengths) == 2 and max(lengths) <= 3 and group.separators[0] in ("/", "-"):
            label = None  # "120/80", "100-200 mg"
        elif digits >= 7 and (group.lead != group.first or len(group.parts) > 1):
            label = PHONE
        elif 4 <= digits <= 6 and len(group.parts) == 1 and _postcode_context(scan, group):
            label = POSTCODE
        elif digits >= 5:
            label = NUMBER
        if label is not None and scan.free(group.lead, group.last + 1):
            scan.claim(group.lead, group.last + 1, label)
            if label == POSTCODE:
                _town_after(scan, group.last + 1)
    for holder in scan.at.get(POSTCODE, []):
        _town_after(scan, holder + 1)


def _towns(scan: _Scan) -> None:
    """The town written next to a street address or a postcode: "[street], Norwich NR1 3PQ",
    "Avenida Paulista, 1000, São Paulo"."""
    for first, end, label in list(scan.claims):
        if label == ADDRESS:
            k = end + 1 if scan.is_punct(end, ",") else end
            if k < scan.n and scan.gap[k] != LINE and _place_word(scan, k):
                _claim_place(scan, k, False)
        elif label == POSTCODE:
            k = first
            while k > 0 and first - k < 3 and scan.spaced(k) and _place_word(scan, k - 1):
                k -= 1
            if k < first and scan.free(k, first):
                scan.claim(k, first, PLACE)


def _postcode_context(scan: _Scan, group: _Group) -> bool:
    """A town after the number, or a street or a postcode word before it."""
    before = group.first - 1
    if scan.is_punct(before, ":,") and before > 0:
        before -= 1
    if 0 <= before < scan.n and scan.label[before] == ADDRESS:
        return True
    if scan.is_word(before) and scan.key[before] in _POSTCODE_WORDS:
        return True
    after = group.last + 1
    if scan.is_punct(after, ","):
        after += 1
        if scan.is_word(after) and scan.key[after] in _TOWN_WORDS:
            return True
    return group.digits >= 5 and scan.spaced(after) and _place_word(scan, after)


def _town_after(scan: _Scan, k: int) -> None:
    if scan.is_punct(k, ","):
        k += 1
        if scan.is_word(k) and scan.key[k] in _TOWN_WORDS:
            k += 1
            if scan.is_punct(k, ".") and scan.glued(k):
                k += 1
    if scan.spaced(k) and _place_word(scan, k):
        _claim_place(scan, k, False)


# ==== the public functions ========================================================================


def redact(text: str) -> str:
    """``text`` with anything that could identify a person replaced by a token."""
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text))
    view = _fold(text)
    if _SYMBOL_HINTS_RE.search(view):  # an e-mail address, a URL, a handle, a postcode
        text, view = _replace_symbols(text, view)
    scan = _Scan(view)
    if scan.n == 0:
        return text
    for group in scan.digit_groups(free_only=False):
        for k in range(group.first, group.last + 1):
            if scan.kind[k] == NUM:
                scan.groups[k] = group
    scan.find_phrases()
    _disguised_emails(scan)
    _dates(scan)
    _ages(scan)
    _introduced_names(scan)
    _addresses(scan)
    _names(scan)
    _places(scan)
    _numbers(scan)
    _towns(scan)
    return _apply(text, scan)


def _replace_symbols(text: str, view: str) -> tuple[str, str]:
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


def _apply(text: str, scan: _Scan) -> str:
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
