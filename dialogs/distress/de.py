"""German phrases for reading typed distress (syntax: ``dialogs.distress``).

Standard German with Swiss and Austrian usage ("nümm", "nimma", "Hirnschlag", "Rettung", 144),
umlauts also typed as ae/oe/ue, colloquial forms ("hab", "krieg", "ne") and the emergency groups.
Content: changes are reviewed like any wording and change the content version.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("Ich habe 30 Tabletten Pregabalin genommen", "40 Paracetamol
# geschluckt", "nahm 20 Schlaftabletten"): a number right before a pill word or a medicine, and a
# past participle up to three words later (or a past tense verb before it). Numbers 0 to 5 right
# before the pill word are cancelled in ``not_distress`` ("2 Tabletten genommen"); 6 and more read
# as an act, whatever the medicine.
_GENOMMEN = (
    "genommen", "eingenommen", "geschluckt", "runtergeschluckt", "eingeworfen", "reingeworfen",
    "eingeschmissen", "reingehauen", "reingeballert", "gefressen", "getrunken",
)  # fmt: skip
_PILLS = (
    "tablette*", "tabletten*", "pille*", "pillen*", "kapsel*", "dragee*", "schlaftablette*",
    "schmerztablette*", "beruhigungstablette*", "medikament*", "medis", "stück", "stueck",
)  # fmt: skip
_MEDICINES = (
    "paracet*", "ibupro*", "aspirin*", "novalgin*", "metamizol*", "tramal*", "tramad*",
    "tilidin*", "valoron*", "morphi*", "oxycod*", "fentanyl*", "pregab*", "lyrica*", "gabap*",
    "amitrip*", "dulox*", "cymbalta*", "sertral*", "citalo*", "escitalo*", "fluox*", "venlaf*",
    "mirtaz*", "diazep*", "valium*", "loraz*", "tavor*", "clonaz*", "rivotril*", "alpraz*",
    "zopic*", "zolpi*", "stilnox*", "quetia*", "seroquel*", "hydroxychlor*", "quensyl*",
    "methotrex*", "predni*", "lithium*", "opioid*", "opiat*", "benzo*", "schlafmittel*",
    "schmerzmittel*", "beruhigungsmittel*", "antidepress*", "neuroleptik*",
)  # fmt: skip
_WORD_NUMBERS = (
    "zwanzig", "dreissig", "dreißig", "vierzig", "fünfzig", "fuenfzig", "hundert", "dutzend*",
)  # fmt: skip
_NUMBER_TAKEN = (
    *(f"# {pill} .. {taken}" for pill in (*_PILLS, *_MEDICINES) for taken in _GENOMMEN),
    *(f"# von .. {pill} .. {taken}" for pill in _PILLS[:8] for taken in _GENOMMEN),
    *(f"{took} .. # {pill}" for took in ("nahm", "schluckte") for pill in (*_PILLS, *_MEDICINES)),
    *(
        f"{number} {pill} .. {taken}"
        for number in _WORD_NUMBERS
        for pill in _PILLS[:8]
        for taken in _GENOMMEN[:5]
    ),
)  # fmt: skip
_SMALL = ("0", "1", "2", "3", "4", "5")
_SMALL_NUMBERS = tuple(f"{n} {pill}" for n in _SMALL for pill in (*_PILLS, *_MEDICINES, "von"))
# A weekly methotrexate dose is 6 to 10 tablets, a day's paracetamol or ibuprofen up to 8.
_MTX_WEEK = ("6", "7", "8", "9", "10")
_ROUTINE_COUNT = (
    *(f"{n} {medicine}" for n in _MTX_WEEK for medicine in ("methotrex*", "mtx")),
    *(f"{n} {pill} methotrex*" for n in _MTX_WEEK for pill in ("tabletten",)),
    *(
        f"{n} {medicine}"
        for n in ("6", "7", "8")
        for medicine in ("paracet*", "ibupro*")
    ),
    *(
        f"{n} {pill} {medicine}"
        for n in ("6", "7", "8")
        for pill in ("tabletten",)
        for medicine in ("paracet*", "ibupro*")
    ),
)  # fmt: skip
# All of a named medicine ("Ich habe mein ganzes Morphium genommen", "alle meine Lyrica").
_ALL_OF_A_MEDICINE = (
    *(f"alle .. {medicine} .. {taken}" for medicine in _MEDICINES for taken in _GENOMMEN[:3]),
    *(
        f"{whole} {medicine} .. {taken}"
        for whole in ("ganze*", "komplette*", "gesamte*", "all")
        for medicine in _MEDICINES
        for taken in _GENOMMEN[:3]
    ),
)  # fmt: skip
# On purpose ("Ich habe absichtlich zu viele Medikamente genommen").
_ON_PURPOSE = ("absichtlich", "mit absicht", "bewusst", "vorsätzlich", "vorsaetzlich")
_PURPOSE_TAKEN = (
    *(f"{purpose} zu viel*" for purpose in _ON_PURPOSE),
    *(f"zu viel* .. {purpose}" for purpose in _ON_PURPOSE),
    *(f"{purpose} .. überdos*" for purpose in _ON_PURPOSE),
    *(f"{purpose} .. ueberdos*" for purpose in _ON_PURPOSE),
    *(
        f"{purpose} .. {pill} .. {taken}"
        for purpose in _ON_PURPOSE
        for pill in _PILLS
        for taken in _GENOMMEN[:4]
    ),
    *(f"{pill} .. {taken} um zu sterben" for pill in _PILLS[:8] for taken in _GENOMMEN[:4]),
)  # fmt: skip
# Poison and household chemicals drunk or swallowed ("Frostschutzmittel getrunken").
_POISONS = (
    "gift", "rattengift", "mäusegift", "maeusegift", "insektengift", "zyankali", "frostschutz*",
    "bleiche", "bleichmittel", "chlorreiniger", "abflussreiniger", "rohrreiniger", "reiniger",
    "reinigungsmittel", "unkrautvernichter", "pflanzenschutzmittel", "pestizid*", "insektizid*",
    "methanol", "spiritus", "lampenöl", "lampenoel", "waschmittel", "domestos",
)  # fmt: skip
_POISON_TAKEN = (
    *(
        f"{poison} .. {drunk}"
        for poison in _POISONS[1:]
        for drunk in ("getrunken", "geschluckt", "gegessen", "ausgetrunken")
    ),
    *(f"{drank} .. {poison}" for drank in ("trank", "schluckte") for poison in _POISONS[1:]),
    *(
        f"{poison} .. {taken}"
        for poison in ("rattengift", "mäusegift", "maeusegift", "zyankali", "insektengift")
        for taken in ("genommen", "eingenommen")
    ),
)  # fmt: skip
# The means ready ("Die Tabletten liegen bereit", "der Strick liegt bereit").
_READY = (
    *(
        f"{pill} {ready}"
        for pill in ("tabletten", "pillen", "schlaftabletten", "medikamente")
        for ready in (
            "liegen bereit", "liegen schon bereit", "sind bereit", "schon bereit", "bereitgelegt",
            "liegen vor mir", "vor mir liegen", "abgezählt", "abgezaehlt",
        )
    ),
    *(f"alle .. {pill} .. bereit*" for pill in ("tabletten", "pillen", "medikamente")),
    *(
        f"{rope} {ready}"
        for rope in ("strick", "seil", "schlinge")
        for ready in (
            "liegt bereit", "ist bereit", "ist schon bereit", "hängt schon", "haengt schon",
        )
    ),
)  # fmt: skip
# A plan to take them all, or a number of them ("Ich werde heute Nacht alle Tabletten nehmen").
_PLAN = ("werde", "werd", "will", "wollte", "heute nacht", "heute abend", "jetzt")
_TAKE = ("nehmen", "schlucken", "einnehmen", "einwerfen", "reinhauen")
_PLANNED_TAKING = (
    *(
        f"{plan} .. alle .. {pill} .. {take}"
        for plan in _PLAN
        for pill in ("tablette*", "pille*", "kapsel*", "schlaftablette*", "schmerztablette*")
        for take in _TAKE
    ),
    *(f"alle .. auf einmal {take}" for take in _TAKE),
    *(f"{plan} .. # {pill} .. {take}" for plan in _PLAN[:4] for pill in _PILLS for take in _TAKE),
)  # fmt: skip
# One side of the face or body numb, drooping or weak (a stroke sign).
_ONE_SIDE = (
    "gesichtshälfte", "gesichtshaelfte", "halbe gesicht", "hälfte meines gesichts",
    "haelfte meines gesichts", "eine seite", "einer seite", "körperhälfte", "koerperhaelfte",
    "halbseitig", "mundwinkel",
)  # fmt: skip
_ONE_SIDED = tuple(
    f"{side} .. {state}"
    for side in _ONE_SIDE
    for state in (
        "taub", "gelähmt", "gelaehmt", "schwach", "hängt", "haengt", "herunter", "lahm",
        "schlaff", "gefühllos", "gefuehllos", "kraftlos", "runter",
    )
)  # fmt: skip
_SUDDENLY = tuple(
    f"{sudden} .. nicht mehr {do}"
    for sudden in ("plötzlich", "ploetzlich", "auf einmal")
    for do in (
        "laufen", "gehen", "stehen", "sprechen", "reden", "sehen", "bewegen", "schlucken",
        "atmen", "pinkeln",
    )
)  # fmt: skip

PHRASES = PhraseList(
    language="de",
    suicidal_act=(
        "alle .. tabletten genommen", "alle .. tabletten geschluckt",
        "alle .. tabletten eingenommen",
        "alle .. pillen genommen", "alle .. pillen geschluckt", "alle .. pillen eingenommen",
        "alle .. medikamente genommen", "alle .. medikamente geschluckt", "alle .. medis genommen",
        *(
            f"alle .. {pill} .. {taken}"
            for pill in ("schlaftabletten", "schmerztabletten")
            for taken in _GENOMMEN
        ),
        "alle .. auf einmal genommen",
        "alle .. auf einmal geschluckt", "alle .. auf einmal eingenommen",
        "ganze packung .. genommen", "ganze packung .. geschluckt", "ganze schachtel .. genommen",
        "ganze schachtel .. geschluckt", "ganze dose .. geschluckt", "ganzen blister .. geschluckt",
        "zu viele tabletten genommen", "zu viele tabletten geschluckt", "zu viele pillen genommen",
        "zu viele pillen geschluckt", "zu viele schlaftabletten",
        *_NUMBER_TAKEN, *_ALL_OF_A_MEDICINE, *_PURPOSE_TAKEN, *_POISON_TAKEN, *_READY,
        "alles genommen was ich hatte", "alles geschluckt was ich hatte",
        "genommen um zu sterben", "geschluckt um zu sterben", "alli tablette*", "alli pille*",
        "überdosis", "ueberdosis", "mich überdosiert", "mich ueberdosiert",
        "gift genommen", "gift geschluckt", "gift getrunken", "rattengift genommen",
        "rattengift geschluckt", "bleiche getrunken", "bleichmittel getrunken",
        "hab mich vergiftet", "habe mich vergiftet",
        "geritzt", "mich .. geritzt", "ritze mich gerade", "mich aufgeschnitten",
        "aufgeritzt", "mir .. aufgeschnitten", "mir .. aufgeschlitzt", "ich ritze mich",
        "ritze mich seit", "ritze mich wieder", "ritze mich schon", "ritze mich jeden",
        "ritze mich täglich", "ritze mich taeglich", "ritze mich oft", "ritze mich ständig",
        "ritze mich staendig", "schneide mich seit", "schneide mich wieder", "verletze mich seit",
        "verletze mich wieder", "verletze mich selbst", "absichtlich verbrannt",
        "mich .. absichtlich verbrannt",
        "ich habe mich geschnitten", "hab mich geschnitten", "mich absichtlich geschnitten",
        "pulsadern aufgeschnitten", "pulsadern aufgeschlitzt", "pulsadern aufgeritzt",
        "arme aufgeschnitten", "mich selbst verletzt", "mich absichtlich verletzt",
        "mir absichtlich weh getan", "mir absichtlich wehgetan",
        "strick um den hals", "strick um meinen hals", "seil um den hals", "seil um meinen hals",
        "schlinge um den hals", "schlinge um meinen hals", "hänge mich gerade auf",
        "haenge mich gerade auf",
        "stehe auf der brücke", "stehe auf der bruecke", "bin auf der brücke",
        "bin auf der bruecke", "uf de brugg", "uf dr brugg", "stehe auf dem dach",
        "stehe am abgrund", "stehe an der kante", "stehe auf den gleisen", "liege auf den gleisen",
        "stehe auf den schienen", "liege auf den schienen", "springe gleich runter",
        "spring gleich runter", "springe jetzt runter", "spring jetzt runter", "jetzt springe ich",
        "gleich springe ich",
        # an attempt already made
        "versucht mich umzubringen", "versucht mich selbst umzubringen",
        "versucht mir das leben zu nehmen", "versucht mich zu töten", "versucht mich zu toeten",
        "versucht mich aufzuhängen", "versucht mich aufzuhaengen", "versucht mich zu erhängen",
        "versucht mich zu erhaengen", "versucht mich zu vergiften", "versucht mich zu ertränken",
        "versucht mich zu ertraenken", "versucht zu springen", "versucht mich zu erschießen",
        "versucht mich zu erschiessen", "versucht mir die pulsadern", "versucht mich zu ritzen",
        "suizidversuch gemacht", "selbstmordversuch gemacht", "einen suizidversuch",
        "einen selbstmordversuch", "suizidversuch hinter mir", "selbstmordversuch hinter mir",
        "versucht .. das leben zu nehmen",
    ),
    suicidal_wish=(
        "will sterben", "will .. sterben", "möchte sterben", "möchte .. sterben", "moechte sterben",
        "moechte .. sterben", "würde gern sterben", "würde gerne sterben", "wuerde gern sterben",
        "wuerde gerne sterben", "am liebsten .. sterben", "am liebsten .. tot", "hoffe ich sterbe",
        "hoffentlich sterbe ich", "wünsch* .. sterben", "wuensch* .. sterben", "wünsch* .. tot",
        "wuensch* .. tot", "wünsch* .. nie geboren", "wuensch* .. nie geboren",
        "wäre nie geboren", "waere nie geboren", "will tot sein", "will .. tot sein",
        "möchte tot sein", "moechte tot sein", "lieber tot", "besser tot", "gern tot", "gerne tot",
        "wäre ich doch tot", "waere ich doch tot", "wär ich doch tot", "waer ich doch tot",
        "will nicht mehr leben", "möchte nicht mehr leben", "moechte nicht mehr leben",
        "mag nicht mehr leben", "will nicht leben", "will so nicht .. leben",
        "will nicht weiterleben",
        "will nicht mehr weiterleben", "möchte nicht weiterleben", "moechte nicht weiterleben",
        "will nicht mehr da sein", "möchte nicht mehr da sein", "moechte nicht mehr da sein",
        "will nicht mehr hier sein", "nicht mehr existieren", "bin bald nicht mehr da",
        "morgen nicht mehr da", "morgen nicht mehr leben",
        "keine lust mehr zu leben", "keine lust zu leben", "kein bock mehr zu leben",
        "keinen bock mehr zu leben", "keine lust mehr auf .. leben", "kein bock mehr auf .. leben",
        "keinen bock mehr auf .. leben", "keinen grund zu leben", "keinen grund mehr zu leben",
        "nichts wofür es sich zu leben lohnt", "wofür noch leben", "wofuer noch leben",
        "nicht lebenswert", "nicht mehr lebenswert", "leben hat keinen sinn",
        "leben macht keinen sinn", "keinen sinn mehr zu leben", "keinen sinn zu leben",
        "ohne mich besser", "ohne mich wären alle", "ohne mich waeren alle",
        "besser dran ohne mich",
        "besser ohne mich",
        "mich umbringen", "mich umzubringen", "mich selbst umbringen", "ich bring mich um",
        "ich bringe mich um", "ich bring mi um", "i bring mi um", "mi umbringen", "mi umbringe",
        "mich umbringe", "mich töten", "mich toeten", "mich zu töten", "mich zu toeten",
        "mir das leben nehmen", "mir das leben zu nehmen", "nehme mir das leben",
        "nehm mir das leben", "selbstmord*", "suizid*", "freitod", "selbsttötung", "selbsttoetung",
        "todeswunsch*", "todessehnsucht", "lebensmüde", "lebensmuede",
        "mich aufhängen", "mich aufhaengen", "mich aufzuhängen", "mich aufzuhaengen",
        "mich erhängen", "mich erhaengen", "mich erschießen", "mich vergiften",
        "mich vor den zug", "mich vor einen zug", "vor den zug werfen", "vor einen zug werfen",
        "vor den zug springen", "vor einen zug springen", "vor die bahn werfen",
        "von der brücke springen", "von der bruecke springen", "von einer brücke springen",
        "von einer bruecke springen", "vom dach springen", "aus dem fenster springen",
        "in den tod springen",
        "mich ritzen", "will ritzen", "wieder ritzen", "ritze mich", "mich schneiden",
        "mich selbst verletzen", "will mich verletzen", "selbstverletz*", "mir selbst weh tun",
        "mir selbst wehtun", "will mir weh tun", "will mir wehtun", "pulsader*",
        "tabletten sammeln", "sammle .. tabletten", "tabletten gesammelt", "tabletten horten",
        "horte .. tabletten", "tabletten gehortet", "pillen sammeln", "sammle .. pillen",
        "pillen gehortet", "abschiedsbrief*",
        "meinem leben ein ende", "dem ganzen ein ende", "allem ein ende", "mit allem schluss",
        "mit dem leben schluss", "mein leben beenden", "leben beenden", "will es beenden",
        "werde es beenden", "den löffel abgeben", "den loeffel abgeben", "will .. abkratzen",
        "will .. verrecken",
        "nicht mehr aufwachen", "nie mehr aufwachen", "nie wieder aufwachen",
        "für immer einschlafen", "fuer immer einschlafen", "für immer schlafen",
        "fuer immer schlafen", "sterbehilfe", "dignitas", "mit dem leben abgeschlossen",
        "einschlafen und nie mehr", "einschlafen und nicht mehr", *_PLANNED_TAKING,
        "wott sterbe", "will sterbe", "wett sterbe", "wott tot si", "wett tot si",
        "nümm läbe", "nümme läbe", "nümm lebe", "nümme lebe", "wü sterbn", "wü sterben",
        "will sterbn", "nimma lebn", "nimma leben", "nimmer leben",
    ),
    emergency_words=(
        # breathing_chest
        "kann nicht atmen", "kann nicht .. atmen", "kann kaum atmen", "kriege keine luft",
        "krieg keine luft", "kriege kaum luft", "krieg kaum luft", "bekomme keine luft",
        "bekomm keine luft", "bekomme kaum luft", "kriegt keine luft", "bekommt keine luft",
        "keine luft mehr", "kriag ka luft", "bechume kei luft", "kei luft meh", "atemnot",
        "atmen fällt schwer", "atmen faellt schwer", "atmet nicht", "atmet nicht mehr",
        "ich ersticke", "erstick*", "cha nid schnufe", "cha nöd schnufe", "kann nicht schnaufen",
        "kann nicht schlucken", "kann nicht mehr schlucken", "kann nichts schlucken",
        "kann kaum schlucken", "speichel nicht schlucken",
        "brustschmerz*", "schmerzen in der brust", "schmerz in der brust", "druck auf der brust",
        "brust .. eng", "brust .. zugeschnürt", "brust .. zugeschnuert", "brust .. zerquetscht",
        "brust .. zerdrückt", "brust .. zerdrueckt", "brust .. schraubstock",
        "schraubstock .. brust", "elefant auf .. brust", "brustkorb .. eng", "druck .. brustkorb",
        "brustkorb .. druck", "schmerz* im brustkorb", "schmerz* .. in der brust",
        "tut die brust weh", "brust tut .. weh", "wie zugeschnürt", "wie zugeschnuert",
        *(
            f"brust {feels} .. {state}"
            for feels in ("fühlt sich", "fuehlt sich", "ist wie")
            for state in ("eng", "zerquetscht", "zerdrückt", "zerdrueckt", "zusammengedrückt")
        ),
        "enge in der brust", "engegefühl in der brust", "stechen in der brust", "brust tut weh",
        "herzinfarkt", "herzanfall", "herzkasperl", "ohnmacht*", "ohnmaecht*", "bewusstlos",
        "ist umgekippt", "bin umgekippt", "zusammengebrochen", "zusammengeklappt", "kollabiert",
        "weggekippt", "hals schnürt sich zu", "hals schnuert sich zu", "kehle schnürt sich zu",
        "kehle schnuert sich zu", "hals schwillt zu",
        # stroke_brain
        "schlaganfall", "hirnschlag", "hirninfarkt", "hirnblutung", "gehirnblutung",
        "gesicht hängt", "gesicht haengt", "mundwinkel hängt", "mundwinkel haengt",
        "hängender mundwinkel", "haengender mundwinkel", "gesicht ist schief", "schiefes gesicht",
        "einseitig taub", "plötzlich taub", "ploetzlich taub",
        *_ONE_SIDED, *_SUDDENLY, "plötzlich gelähmt", "ploetzlich gelaehmt",
        "plötzlich schwach", "ploetzlich schwach", "plötzliche schwäche", "ploetzliche schwaeche",
        "lallt", "lalle", "verwaschene sprache", "spricht verwaschen", "sprache ist verwaschen",
        "kann nicht sprechen", "kann nicht mehr sprechen", "kann nicht richtig sprechen",
        "plötzlich verwirrt", "ploetzlich verwirrt", "ist ganz verwirrt", "völlig verwirrt",
        "voellig verwirrt", "kann nichts sehen", "kann nicht mehr sehen", "kann nichts mehr sehen",
        "sehe nichts mehr", "plötzlich blind", "ploetzlich blind", "auf einem auge blind",
        "sehe doppelt", "sehe .. doppelt", "doppelbilder", "doppelt sehen",
        "schlimmste kopfschmerzen",
        "schlimmsten kopfschmerzen", "stärkste kopfschmerzen", "staerkste kopfschmerzen",
        "vernichtungskopfschmerz*", "donnerschlag*", "steifer nacken", "nackensteif*",
        "krampfanf*", "epileptischer anfall", "epileptischen anfall", "hat einen anfall",
        "hatte einen anfall",
        # sudden_weakness
        "kann nicht laufen", "kann .. nicht laufen", "kann nicht mehr laufen",
        "kann .. nicht mehr laufen", "kann nicht gehen", "kann nicht mehr gehen",
        "kann nicht stehen", "kann nicht mehr stehen", "beine geben nach", "beine knicken weg",
        "beine knicken ein", "beine sind weggeknickt", "beine versagen", "beine tragen mich nicht",
        "kann .. beine nicht bewegen", "kann .. beine nicht mehr bewegen",
        "kann .. beine .. nicht .. bewegen", "kann .. arm* .. nicht .. bewegen",
        "beine .. nicht mehr bewegen", "beine gehorchen nicht", "beine .. versagen",
        "spüre meine beine nicht", "spuere meine beine nicht", "fühle meine beine nicht",
        "fuehle meine beine nicht", "gelähmt", "gelaehmt", "lähmung*", "laehmung*",
        "taub zwischen den beinen", "taub im schritt", "taubheit im schritt",
        "taub im intimbereich", "reithose*", "kann nicht pinkeln", "kann .. nicht pinkeln",
        "kann nicht urinieren", "kann .. nicht urinieren", "kann kein wasser lassen",
        "kann .. kein wasser lassen", "kann nicht wasserlassen", "harnverhalt",
        "kontrolle über .. blase", "kontrolle ueber .. blase", "kontrolle über .. darm",
        "kontrolle ueber .. darm", "blase nicht mehr kontrollieren", "aufsteigende schwäche",
        "aufsteigende schwaeche", "schwäche steigt", "schwaeche steigt", "guillain barré",
        # drowsy_overdose
        "wacht nicht auf", "wacht nicht mehr auf", "kann ihn nicht wecken", "kann sie nicht wecken",
        "krieg ihn nicht wach", "krieg sie nicht wach", "kriege .. nicht wach",
        "krieg .. nicht wach",
        "nicht wach zu kriegen", "nicht wach zu bekommen", "nicht wachzukriegen",
        "sehr schläfrig", "sehr schlaefrig", "extrem schläfrig", "extrem schlaefrig",
        "kann nicht wach bleiben", "atmet langsam", "atmet .. langsam", "flache atmung",
        "zu viel genommen", "zu viel eingenommen", "zu viele genommen", "doppelte dosis genommen",
        *(
            f"handvoll .. {taken}"
            for taken in ("genommen", "eingenommen", "geschluckt", "eingeworfen", "reingehauen")
        ),
        "unterzucker*", "ne hypo", "eine hypo", "blutzucker .. niedrig", "zucker .. im keller",
        # sepsis_unwell
        "sepsis", "septisch", "blutvergiftung", "fieber und verwirrt", "fieber .. verwirrt",
        "marmoriert", "marmorierte haut", "fleckige haut", "blaue lippen", "lippen sind blau",
        "lippen werden blau", "er läuft blau an", "sie läuft blau an", "er laeuft blau an",
        "sie laeuft blau an", "er ist blau angelaufen", "sie ist blau angelaufen",
        "blau im gesicht",
        "ganzen tag nicht gepinkelt", "ganzen tag kein urin", "kein urin mehr",
        "nicht mehr gepinkelt", "glaube ich sterbe", "glaub ich sterbe", "ich glaube ich sterbe",
        "ich werde sterben", "er stirbt", "sie stirbt", "stirbt gerade", "als würde ich sterben",
        "als wuerde ich sterben",
        # skin_swelling
        "lippen schwellen", "lippen sind geschwollen", "geschwollene lippen",
        "lippen .. geschwollen", "zunge schwillt", "zunge ist geschwollen", "geschwollene zunge",
        "zunge .. geschwollen", "gesicht schwillt", "gesicht ist geschwollen",
        "lippen .. schwell*", "zunge .. schwell*", "zunge .. schwill*", "gesicht .. schwillt an",
        "geschwollenes gesicht", "anaphyla*", "allergischer schock", "allergischen schock",
        "allergische reaktion", "epipen", "adrenalinpen", "blasen am ganzen körper",
        "blasen am ganzen koerper", "haut löst sich", "haut loest sich", "haut schält sich",
        "haut schaelt sich", "haut geht ab", "lila flecken", "violette flecken", "lila punkte",
        "nicht wegdrückbar", "nicht wegdrueckbar", "glastest",
        # belly_blocked
        "blut erbrochen", "blut erbrechen", "erbreche blut", "erbricht blut", "blut gekotzt",
        "kotze blut", "kotzt blut", "blut gespuckt", "spucke blut", "spuckt blut", "blut gehustet",
        "huste blut", "hustet blut", "bluterbrechen", "schwarzer stuhl", "schwarzen stuhl",
        "schwarzer stuhlgang", "schwarzen stuhlgang", "stuhl ist schwarz",
        "stuhlgang ist schwarz", "teerstuhl", "kann nichts bei mir behalten",
        "kann nichts drin behalten", "kann nichts drinnen behalten", "behalte nichts drin",
        "behalte nichts bei mir", "geschwollener bauch", "bauch ist geschwollen",
        "bauch ist hart", "bretthart",
        # help wanted now
        "notfall", "notruf", "notarzt", "krankenwagen", "rettungswagen", "rettungsdienst",
        "ruf die rettung", "rettung rufen", "rettung gerufen", "sanität rufen",
        "ruf die sanität", "sanität gerufen", "ambulanz rufen", "ruf die ambulanz",
        "ambulanz gerufen", "112 anrufen", "112 rufen", "ruf 112", "ruf die 112", "112 gerufen",
        "112 angerufen", "144 anrufen", "144 rufen", "ruf 144", "ruf die 144", "144 gerufen",
        "144 angerufen",
    ),
    distress_unclear=(
        "ich kann nicht mehr", "kann nicht mehr weiter", "kann einfach nicht mehr",
        "kann echt nicht mehr", "kann wirklich nicht mehr", "kann so nicht weiter",
        "ich will nicht mehr", "will einfach nicht mehr", "ich mag nicht mehr",
        "mag einfach nicht mehr", "kann nimmer", "kann nimma", "mag nimmer", "mag nimma",
        "wü nimma", "will nimmer", "will nimma", "cha nümm", "cha nümme", "cha nüme", "chan nümm",
        "chan nümme", "mag nümm", "mag nümme", "mag nüme", "pack das nicht mehr",
        "packs nicht mehr", "pack es nicht mehr", "pack des nimma",
        "halte .. nicht mehr aus", "halt .. nicht mehr aus", "halte .. nicht aus",
        "nicht mehr auszuhalten", "nicht auszuhalten", "ertrage .. nicht mehr",
        "ertrag .. nicht mehr", "nicht mehr ertragen", "schaffe das .. nicht mehr",
        "schaffe es .. nicht mehr", "schaff das .. nicht mehr", "schaff es .. nicht mehr",
        "schaffs .. nicht mehr", "ich gebe auf", "ich geb auf", "will aufgeben", "möchte aufgeben",
        "moechte aufgeben", "am liebsten aufgeben",
        "hoffnungslos", "keine hoffnung", "sinnlos", "hat alles keinen sinn",
        "hat doch keinen sinn", "hat keinen sinn mehr", "keinen sinn mehr", "was soll das alles",
        "wozu das alles", "wozu noch", "weiß nicht mehr weiter", "kein ausweg", "keinen ausweg",
        "ausweglos",
        "bin am ende", "am ende meiner kräfte", "am ende meiner kraefte", "mit den nerven am ende",
        "nervlich am ende", "fix und fertig", "total fertig", "völlig fertig", "voellig fertig",
        "komplett fertig", "bin so fertig", "am boden zerstört", "am boden zerstoert",
        "es soll aufhören", "es soll aufhoeren", "soll einfach aufhören", "soll einfach aufhoeren",
        "dass es aufhört", "dass es aufhoert", "schnauze voll", "keine kraft mehr",
        "keinen bock mehr", "kei kraft meh", "kei sinn meh", "leben satt", "lieber sterben",
        "ich sterbe", "bringt mich um", "bringt mich noch um", "bringen mich um",
        "bringen mich noch um", "bringt mich echt um", "macht mich fertig", "macht mich kaputt",
        "machen mich fertig", "machen mich kaputt",
        "wertlos", "bin eine last", "nur eine last", "als last", "eine last für", "zur last",
        "belastung für alle", "niemand interessiert sich", "keinen interessiert",
        "keiner interessiert sich", "bin so deprimiert", "bin deprimiert", "so deprimiert",
        "bin depressiv", "so depressiv", "verzweifelt", "verzweiflung",
        "kann nicht aufhören zu weinen", "kann nicht aufhoeren zu weinen", "weine nur noch",
        "heule nur noch", "weine den ganzen tag", "hilf mir", "helft mir", "helfen sie mir",
        "ich zerbreche", "breche zusammen", "kann so nicht leben", "kann so nicht mehr leben",
        "kann so nicht weiterleben",
        "wird mich umbringen", "wird mich noch umbringen", "werden mich umbringen",
        "werden mich noch umbringen", "bringt mich noch ins grab", "bringen mich noch ins grab",
        "halte .. nicht länger aus", "halt .. nicht länger aus", "halte .. nicht laenger aus",
        "halt .. nicht laenger aus", "ertrage .. nicht länger", "ertrage .. nicht laenger",
        "nicht länger ertragen", "nicht laenger ertragen", "halte es kaum noch aus",
        "halte das kaum noch aus", "keine kraft zu leben", "mir fehlt die kraft zu",
        "mir fehlt die kraft für alles", "fehlt mir die kraft zu", "kann nicht mehr kämpfen",
        "kann nicht mehr kaempfen", "will nicht mehr kämpfen", "will nicht mehr kaempfen",
        "mit allem abgeschlossen", "bin durch mit allem", "genug von allem", "hab alles satt",
        "habe alles satt", "bin alles so satt", "alles so satt",
    ),
    not_distress=(
        "will nicht sterben", "will nicht .. sterben", "möchte nicht sterben",
        "möchte nicht .. sterben", "moechte nicht sterben", "moechte nicht .. sterben",
        "will noch nicht sterben", "möchte noch nicht sterben", "moechte noch nicht sterben",
        "will auf keinen fall sterben", "will nicht tot sein", "nicht suizid*", "keine suizid*",
        "kein suizid*", "nie suizid*", "keine selbstmord*", "kein selbstmord*", "nie selbstmord*",
        "niemals selbstmord*", "nicht lebensmüde", "nicht lebensmuede",
        "suizid* auslösen", "suizid* ausloesen", "suizidrisiko",
        "angst vor .. überdosis", "angst vor .. ueberdosis", "risiko .. überdosis",
        "risiko .. ueberdosis", "gefahr .. überdosis", "gefahr .. ueberdosis",
        "was ist eine überdosis", "was ist eine ueberdosis", "keine überdosis", "keine ueberdosis",
        "überdosis vermeiden", "ueberdosis vermeiden",
        "geschnitten beim", "geschnitten aus versehen",
        "vor .. jahren .. schlaganfall", "schlaganfall vor .. jahren", "risiko .. schlaganfall",
        "angst vor .. schlaganfall", "vor .. jahren .. anfall", "anfall vor .. jahren",
        "krampfanf* vor .. jahren",
        "kann nicht mehr schlafen", "kann nicht mehr gut schlafen",
        "kann nicht mehr richtig schlafen",
        "kann nicht mehr durchschlafen", "kann nicht mehr einschlafen", "kann nicht mehr arbeiten",
        "kann nicht mehr lesen", "kann nicht mehr autofahren", "kann nicht mehr auto fahren",
        "schlucken ohne",
        "sterbe .. vor lachen", "sterbe .. vor neugier", "sterbe .. vor hunger",
        "sterbe .. vor langeweile", "sterbe .. vor hitze", "sterbe .. vor kälte",
        "sterbe .. vor kaelte",
        "schläfrig von", "schlaefrig von", "beim notarzt", "vom notarzt", "im notfall",
        "für den notfall", "fuer den notfall", "keine allergische reaktion",
        # questions about overdose are not an overdose ("Kann man von Pregabalin eine Überdosis
        # bekommen?")
        *(
            f"{question} .. {overdose}"
            for overdose in ("überdosis", "ueberdosis", "überdosieren", "ueberdosieren")
            for question in (
                "kann man", "kann man sich", "kann es .. zu einer", "gibt es eine",
                "wie gefährlich ist", "wie gefaehrlich ist", "ist .. gefährlich",
                "ist .. gefaehrlich", "welche symptome", "was sind .. symptome",
                "welche anzeichen", "woran erkennt man", "welche folgen", "was passiert bei",
                "was passiert wenn man", "wann ist .. eine", "ist es möglich", "ist es moeglich",
            )
        ),
        *(
            f"{overdose} .. {possible}"
            for overdose in ("überdosis", "ueberdosis", "überdosierung", "ueberdosierung")
            for possible in (
                "ist möglich", "ist moeglich", "möglich ist", "moeglich ist", "ist selten",
                "ist unwahrscheinlich", "kommt selten vor",
            )
        ),
        *(f"ist .. {overdose} .. gef*" for overdose in ("überdosis", "ueberdosis")),
        # a number of pills that is a normal dose, or every few hours
        *_SMALL_NUMBERS, *_ROUTINE_COUNT, "alle zwei", "alle drei", "alle vier", "alle sechs",
        "alle acht",
        "alle zwölf", "alle zwoelf", "alle # stunden", "alle # tage", "alle paar",
        *(
            f"{how} {take}"
            for how in (
                "regelmäßig", "regelmaessig", "regelmässig", "richtig", "korrekt", "pünktlich",
                "puenktlich", "nüchtern", "nuechtern", "morgens", "abends", "mit wasser",
                "vor dem essen", "nach dem essen", "mit dem essen", "zum essen", "wie verordnet",
                "wie verschrieben", "wie immer",
            )
            for take in (*_TAKE, *_GENOMMEN[:4])
        ),
        "kann ich .. alle", "darf ich .. alle", "soll ich .. alle", "muss ich .. alle",
        "kann man .. alle", "sollte ich .. alle", "bereit zur abholung",
        "bereit zum abholen", "angst .. einschlafen", "kraft .. in den händen",
        "kraft .. in den haenden", "kraft .. in den beinen", "kraft .. in den armen",
        "kraft .. in den fingern", "für die woche", "fuer die woche", "für morgen", "fuer morgen",
        "für den urlaub", "fuer den urlaub", "für die reise", "fuer die reise",
        "nicht absichtlich", "nicht mit absicht", "keine absicht", "nicht bewusst",
        "ritze mich nicht", "ritze mich nie", "ritze mich seit .. nicht",
        "ritze mich .. nicht mehr",
        "verletze mich nicht", "verletze mich nie", "aufgeritzt vom kratzen", "seit jahren taub",
        "seit monaten taub", "taub seit", "seit langem taub",
        "vom kratzen .. aufgeritzt", "katze .. aufgeritzt", "nie versucht", "nicht versucht",
        "nie versucht mich", "nicht versucht mich", "nie versucht mir", "nicht versucht mir",
        "keinen suizidversuch", "keinen selbstmordversuch", "nie einen suizidversuch",
        "risiko .. suizidversuch*", "risiko .. selbstmordversuch*", "suizidversuche auslösen",
        # swollen salivary glands are Sjögren's, not an allergic reaction
        "speicheldr*", "ohrspeicheldr*", "drüse* .. geschwollen", "druese* .. geschwollen",
        "geschwollen* .. drüse*", "geschwollen* .. druese*", "nicht geschwollen",
        "nicht .. geschwollen",
        # the tablets, asking the bot for help, giving up on a product
        "hilf mir bei", "hilf mir beim", "hilf mir mal", "helfen sie mir bei",
        "helfen sie mir beim", "helft mir bei", "hilf mir .. zu verstehen", "hilf mir .. finden",
        "gebe auf mit den", "geb auf mit den",
    ),
)  # fmt: skip
