"""Dutch phrases for reading typed distress (syntax: ``dialogs.distress``).

Netherlands and Flemish usage ("ik zie het niet meer zitten", "het beu", "ziekenwagen", "mij",
"ni"), text-speak ("k", "mn", "teveel"), the hyperbole of "dood" and the emergency groups.
Content: changes are reviewed like any wording and change the content version.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("ik heb 30 pillen geslikt", "40 paracetamol ingenomen", "slikte 20
# oxazepam"): a number right before a pill word or a medicine, and a past participle up to three
# words later (or a past tense verb before it). Numbers 0 to 5 right before the pill word are
# cancelled in ``not_distress`` ("2 paracetamol genomen"); 6 and more read as an act, whatever
# the medicine.
_GENOMEN = (
    "ingenomen", "genomen", "geslikt", "doorgeslikt", "opgegeten", "gegeten", "gedronken",
    "achterovergeslagen", "achterover geslagen", "weggewerkt", "naar binnen gewerkt",
)  # fmt: skip
_PILLS = (
    "pil*", "tablet*", "capsule*", "slaappil*", "slaaptablet*", "pijnstiller*", "medicijn*",
    "medicatie", "stuks",
)  # fmt: skip
_MEDICINES = (
    "paracet*", "ibupro*", "aspirine*", "diclofenac*", "naproxen*", "tramadol*", "morfine*",
    "oxycod*", "oxynorm*", "fentanyl*", "codeine*", "pregab*", "lyrica*", "gabap*", "amitrip*",
    "nortrip*", "dulox*", "sertral*", "citalo*", "escitalo*", "paroxetine*", "fluox*", "venlaf*",
    "mirtaz*", "diazep*", "oxazep*", "temazep*", "loraz*", "alpraz*", "clonaz*", "zolpi*",
    "zopic*", "quetia*", "seroquel*", "hydroxychlor*", "plaquenil*", "methotrex*", "predni*",
    "lithium*", "benzo*", "opioid*", "opiat*", "slaapmiddel*", "kalmeringsmiddel*",
    "antidepress*",
)  # fmt: skip
_WORD_NUMBERS = ("twintig", "dertig", "veertig", "vijftig", "honderd", "tientallen")
_NUMBER_TAKEN = (
    *(f"# {pill} .. {taken}" for pill in _PILLS for taken in _GENOMEN),
    *(f"# {medicine} .. {taken}" for medicine in _MEDICINES for taken in _GENOMEN[:5]),
    *(f"# van .. {pill} .. {taken}" for pill in _PILLS for taken in _GENOMEN),
    *(f"{took} .. # {pill}" for took in ("slikte", "nam") for pill in (*_PILLS, *_MEDICINES)),
    *(
        f"{number} {pill} .. {taken}"
        for number in _WORD_NUMBERS
        for pill in _PILLS
        for taken in _GENOMEN[:4]
    ),
)  # fmt: skip
_SMALL = ("0", "1", "2", "3", "4", "5")
_SMALL_NUMBERS = tuple(f"{n} {pill}" for n in _SMALL for pill in (*_PILLS, *_MEDICINES, "van"))
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
# All of a named medicine ("alle morfine ingenomen", "mijn hele voorraad oxazepam geslikt").
_ALL_OF_A_MEDICINE = (
    *(f"alle {medicine} .. {taken}" for medicine in _MEDICINES for taken in _GENOMEN[:4]),
    *(f"hele voorraad .. {taken}" for taken in _GENOMEN[:4]),
)  # fmt: skip
# On purpose ("ik heb expres te veel medicijnen genomen").
_ON_PURPOSE = ("expres", "express", "met opzet", "bewust", "opzettelijk", "expliciet")
_PURPOSE_TAKEN = (
    *(f"{purpose} {much}" for purpose in _ON_PURPOSE for much in ("te veel", "teveel")),
    *(f"{much} .. {purpose}" for purpose in _ON_PURPOSE for much in ("te veel", "teveel")),
    *(f"{purpose} .. overdosis" for purpose in _ON_PURPOSE),
    *(
        f"{purpose} .. {pill} .. {taken}"
        for purpose in _ON_PURPOSE
        for pill in _PILLS
        for taken in _GENOMEN[:4]
    ),
)  # fmt: skip
# Poison and household chemicals drunk or swallowed ("ik heb antivries gedronken").
_POISONS = (
    "rattengif", "muizengif", "antivries", "bleekwater", "chloor", "ontstopper",
    "gootsteenontstopper", "onkruidverdelger", "onkruidbestrijder*", "insecticide*",
    "pesticide*", "bestrijdingsmiddel*", "spiritus", "wasbenzine", "terpentine", "lampolie",
    "methanol", "schoonmaakmiddel*", "wasmiddel", "afwasmiddel", "cyanide", "vergif",
)  # fmt: skip
_POISON_TAKEN = (
    *(
        f"{poison} .. {drunk}"
        for poison in _POISONS
        for drunk in ("gedronken", "opgedronken", "geslikt", "doorgeslikt", "gegeten", "ingenomen")
    ),
    *(f"dronk .. {poison}" for poison in _POISONS),
    "gif genomen", "gif geslikt", "gif gegeten", "rattengif genomen", "cyanide genomen",
)  # fmt: skip
# The means ready ("de pillen liggen klaar", "de strop hangt klaar").
_READY = (
    *(
        f"{pill} {ready}"
        for pill in ("pillen", "tabletten", "medicijnen", "slaappillen")
        for ready in (
            "liggen klaar", "liggen al klaar", "staan klaar", "klaargelegd", "klaar gelegd",
            "liggen voor me", "liggen voor mij", "afgeteld",
        )
    ),
    *(f"alle .. {pill} .. klaar*" for pill in ("pil*", "tablet*", "medicijn*")),
    *(
        f"{rope} {ready}"
        for rope in ("strop", "touw")
        for ready in ("ligt klaar", "hangt klaar", "hangt al", "is klaar")
    ),
)  # fmt: skip
# A plan to take them all, or a number of them ("ik ga vanavond al mijn pillen innemen").
_PLAN = ("ga", "gaan", "vanavond", "vannacht", "straks", "zo meteen", "van plan")
_TAKE = ("innemen", "slikken", "nemen", "in te nemen", "te slikken")
_PLANNED_TAKING = (
    *(f"{plan} .. al mijn .. {take}" for plan in _PLAN for take in _TAKE),
    *(f"{plan} .. al mn .. {take}" for plan in _PLAN for take in _TAKE),
    # not "alle medicijnen" (keeping to the prescription)
    *(
        f"{plan} .. alle {pill} .. {take}"
        for plan in _PLAN
        for pill in _PILLS[:6]
        for take in _TAKE
    ),
    *(f"{plan} .. # {pill} .. {take}" for plan in _PLAN for pill in _PILLS[:6] for take in _TAKE),
)  # fmt: skip
# An attempt already made ("ik heb geprobeerd mezelf op te hangen").
_TRIED = ("geprobeerd", "probeerde", "probeer")
_ATTEMPTED = (
    *(
        f"{tried} {me} {how}"
        for tried in _TRIED
        for me in ("mezelf", "mijzelf", "me", "mij")
        for how in (
            "op te hangen", "te verhangen", "te doden", "van kant te maken", "iets aan te doen",
            "om het leven te brengen", "te vergiftigen", "te verdrinken", "dood te maken",
        )
    ),
    *(
        f"{tried} {how}"
        for tried in _TRIED
        for how in (
            "zelfmoord te plegen", "om zelfmoord te plegen", "een eind aan", "een einde aan",
            "er een eind aan", "er een einde aan", "te springen", "mijn polsen", "dood te gaan",
            "om dood te gaan",
        )
    ),
    "zelfmoordpoging gedaan", "suicidepoging gedaan", "poging tot zelfmoord gedaan",
    "zelfmoordpoging ondernomen", "een zelfmoordpoging", "een suicidepoging",
    "een poging tot zelfmoord", "poging gedaan om mezelf", "poging gedaan om er",
)  # fmt: skip
# One side of the face or body numb, drooping or weak (a stroke sign).
_ONE_SIDE = (
    "halve gezicht", "helft van mijn gezicht", "helft van zijn gezicht", "helft van haar gezicht",
    "een kant van mijn gezicht", "kant van mijn gezicht", "kant van zijn gezicht",
    "kant van haar gezicht", "lichaamshelft", "halve lichaam", "kant van mijn lichaam",
    "mondhoek",
)  # fmt: skip
_ONE_SIDED = tuple(
    f"{side} .. {state}"
    for side in _ONE_SIDE
    for state in (
        "gevoelloos", "verlamd", "hangt", "hangen", "scheef", "slap", "doof", "zwak", "dood",
        "krachteloos", "zakt", "gezakt",
    )
)  # fmt: skip
_SUDDENLY = (
    *(
        f"{sudden} .. niet meer {do}"
        for sudden in ("plotseling", "opeens", "ineens")
        for do in (
            "lopen", "staan", "praten", "zien", "bewegen", "slikken", "ademen", "plassen",
        )
    ),
    *(
        f"{sudden} {state}"
        for sudden in ("plotseling", "opeens", "ineens")
        for state in ("gevoelloos", "verlamd", "zwak", "doof")
    ),
)  # fmt: skip

PHRASES = PhraseList(
    language="nl",
    suicidal_act=(
        "al mijn .. ingenomen", "al mijn .. genomen", "al mijn .. geslikt", "al mn .. ingenomen",
        "al mn .. genomen", "al mn .. geslikt", "alle pil* .. ingenomen", "alle pil* .. genomen",
        "alle pil* .. geslikt", "alle tablet* .. ingenomen", "alle tablet* .. genomen",
        "alle tablet* .. geslikt", "alle medic* .. ingenomen", "alle medic* .. genomen",
        "alle medic* .. geslikt", "alle slaappil* .. ingenomen", "alle slaappil* .. genomen",
        "alle slaappil* .. geslikt", "alle pijnstillers .. ingenomen",
        "alle pijnstillers .. geslikt",
        "hele doos .. geslikt", "hele doos .. ingenomen", "hele doos .. genomen",
        "hele strip .. geslikt", "hele strip .. ingenomen", "hele potje .. geslikt",
        "hele pot .. geslikt", "hele verpakking .. geslikt", "hele verpakking .. ingenomen",
        "te veel pil* ingenomen", "te veel pil* genomen", "te veel pil* geslikt",
        "teveel pil* ingenomen", "teveel pil* genomen", "teveel pil* geslikt",
        "te veel tablet* ingenomen", "te veel tablet* geslikt", "teveel tablet* ingenomen",
        "te veel slaappil*", "teveel slaappil*", "alles ingenomen wat ik had",
        "alles geslikt wat ik had", "ingenomen om dood te gaan", "geslikt om dood te gaan",
        *_NUMBER_TAKEN, *_ALL_OF_A_MEDICINE, *_PURPOSE_TAKEN, *_POISON_TAKEN, *_READY,
        *_ATTEMPTED,
        "overdosis", "een overdosis genomen",
        "gif ingenomen", "gif gedronken", "vergif ingenomen", "rattengif", "bleek gedronken",
        "bleekwater gedronken", "chloor gedronken", "ontstopper gedronken", "mezelf vergiftigd",
        "mezelf gesneden", "mijzelf gesneden", "me expres gesneden", "mij expres gesneden",
        "gesneden expres",
        "met opzet gesneden", "gesneden met opzet",
        "expres gesneden", "heb gekrast", "weer gekrast", "mezelf gekrast", "mijzelf gekrast",
        "polsen doorgesneden", "pols doorgesneden", "polsen opengesneden", "pols opengesneden",
        "polsen opengekrast", "mezelf iets aangedaan", "mijzelf iets aangedaan",
        "mezelf wat aangedaan", "mij iets aangedaan om dood te gaan", "mezelf expres pijn gedaan",
        "expres pijn gedaan", "mezelf verwond", "mijzelf verwond",
        "snij mezelf", "snijd mezelf", "snij mijzelf", "snijd mijzelf", "kras mezelf",
        "kras mijzelf", "kras weer", "kras al", "ben aan het krassen", "ben weer aan het krassen",
        "ben mezelf aan het snijden", "beschadig mezelf", "verwond mezelf", "brand mezelf",
        "mezelf expres gebrand", "mezelf met opzet gebrand", "armen opengekrast",
        "armen opengesneden", "in mijn armen gesneden", "in mn armen gesneden",
        "in mijn armen gekrast", "in mn armen gekrast", "in mijn polsen gesneden",
        "strop om mijn nek", "strop om mn nek", "touw om mijn nek", "touw om mn nek",
        "sta op de brug", "ik sta op de brug", "sta op het dak", "sta op de rand",
        "sta op het spoor", "lig op het spoor", "sta op de rails", "lig op de rails",
        "sta bij het spoor", "ik spring nu", "ik ga nu springen", "ga nu springen",
    ),
    suicidal_wish=(
        "wil dood", "wil .. dood", "wil doodgaan", "wil .. doodgaan", "wil sterven",
        "wil .. sterven",
        "zou willen sterven", "zou graag sterven", "zou graag dood", "wou dat ik dood",
        "dat ik dood was", "dat ik dood ben", "was ik maar dood", "ware ik maar dood",
        "was ik maar nooit geboren", "nooit geboren was", "liever dood", "beter dood",
        "beter af dood", "beter af zonder mij", "beter af zonder me", "zonder mij beter af",
        "zonder mij .. beter", "beter af als ik er niet", "hoop dat ik doodga",
        "wil niet meer leven", "wil niet langer leven", "wil niet meer verder leven",
        "wil niet verder leven", "niet meer willen leven", "hoef niet meer te leven",
        "wil ni meer leven", "wil nie meer leven", "zo wil ik niet .. leven", "wil zo niet leven",
        "wil zo niet .. leven",
        "wil zo niet verder", "zo wil ik niet verder", "hoeft voor mij niet meer",
        "hoeft voor mij .. niet meer",
        "voor mij hoeft het niet meer", "hoeft allemaal niet meer", "wil er niet meer zijn",
        "er liever niet meer zijn", "niet meer willen zijn", "wil niet meer bestaan",
        "niet meer willen bestaan", "hoop .. niet meer wakker", "wil niet meer wakker",
        "niet meer wakker worden", "nooit meer wakker worden", "inslapen en niet meer wakker",
        "voor altijd slapen", "voor altijd inslapen", "eeuwig slapen",
        "leven is niet de moeite waard", "leven is de moeite niet waard",
        "leven niet meer de moeite waard", "niet de moeite waard om te leven",
        "leven heeft geen zin",
        "geen zin meer in het leven", "geen zin meer om te leven", "geen zin om te leven",
        "geen reden om te leven", "geen reden meer om te leven", "niets om voor te leven",
        "niets meer om voor te leven", "niks om voor te leven", "klaar met het leven",
        "klaar met leven", "levensmoe", "doodswens",
        "zelfmoord*", "zelfdoding", "suicide", "suicidaal", "suicidale", "suicidegedachten",
        "suicidepoging", "mezelf doden", "mijzelf doden", "mezelf ombrengen", "mijzelf ombrengen",
        "mezelf om het leven brengen", "mijzelf om het leven brengen", "van kant maken",
        "mezelf iets aandoen", "mijzelf iets aandoen", "mezelf wat aandoen", "mijzelf wat aandoen",
        "mezelf ophangen", "mijzelf ophangen", "me ophangen", "mij ophangen", "me verhangen",
        "mij verhangen", "mezelf verhangen", "mezelf doodschieten", "mezelf verdrinken",
        "voor de trein springen", "voor een trein springen", "voor de trein gaan liggen",
        "voor een trein gaan liggen", "voor de trein gooien", "voor een trein gooien",
        "van een brug springen", "van de brug springen", "van het dak springen",
        "van een flat springen", "van de flat springen", "uit het raam springen",
        "van een gebouw springen",
        "mezelf snijden", "mijzelf snijden", "mezelf krassen", "mijzelf krassen", "wil krassen",
        "weer krassen", "zelfbeschadiging", "zelfverwonding", "mezelf pijn doen",
        "mijzelf pijn doen", "mezelf verwonden", "mezelf beschadigen",
        "pillen sparen", "spaar .. pil*", "pillen opsparen", "pillen verzamelen",
        "verzamel .. pil*", "medicijnen sparen", "spaar .. medicijnen", "tabletten sparen",
        "spaar .. tabletten", "afscheidsbrief*",
        "er een eind aan maken", "er een einde aan maken", "maak er een eind aan",
        "maak er een einde aan", "er een eind aan breien", "er een einde aan breien",
        "eind aan mijn leven", "einde aan mijn leven", "stoppen met leven", "wil euthanasie",
        "euthanasie aanvragen", "denk aan euthanasie", *_PLANNED_TAKING,
        "slapen en niet meer wakker", "slapen en nooit meer wakker",
    ),
    emergency_words=(
        # breathing_chest
        "kan niet ademen", "kan niet .. ademen", "kan niet ademhalen", "kan niet .. ademhalen",
        "kan geen adem halen", "kan geen lucht krijgen", "krijg geen lucht", "krijg geen adem",
        "krijg nauwelijks lucht", "krijg bijna geen lucht", "krijgt geen lucht", "ademnood",
        "ik ben benauwd", "erg benauwd", "heel benauwd", "ben zo benauwd", "ademt niet",
        "ademt niet meer", "aan het stikken", "ik stik", "stikt",
        "kan niet slikken", "kan niet meer slikken", "kan niets doorslikken",
        "kan niks doorslikken", "kan niets slikken", "speeksel niet doorslikken",
        "pijn op de borst", "pijn op mijn borst", "pijn in de borst", "pijn in mijn borst",
        "druk op de borst", "druk op mijn borst", "beklemmend gevoel", "beklemd gevoel",
        "borst .. beklemd", "beklemd .. borst", "beklemming op .. borst", "borst .. verplet*",
        "borst .. knel*", "borst .. strak", "borst .. samengeknepen", "borst .. dichtgeknepen",
        "borst .. dichtgedrukt", "borst zit .. dicht", "alsof er een olifant op",
        "olifant op .. borst", "druk .. op mijn borst",
        "pijn .. op de borst", "pijn .. in de borst", "pijn .. op mijn borst",
        "pijn .. in mijn borst", "borstkas .. pijn", "pijn .. borstkas", "band om mijn borst",
        "borstpijn", "hartaanval", "hartinfarct", "flauwgevallen", "flauw gevallen",
        "viel flauw", "valt flauw", "flauwvallen", "van mijn stokje", "van zijn stokje",
        "van haar stokje", "bewusteloos", "buiten bewustzijn", "in elkaar gezakt",
        "ineengezakt", "zakte in elkaar", "zakt in elkaar", "in elkaar gestort", "gecollapst",
        "onwel geworden", "werd onwel", "keel zit dicht", "keel gaat dicht", "keel knijpt dicht",
        "keel zwelt dicht",
        # stroke_brain
        "beroerte", "herseninfarct", "hersenbloeding", "een tia", "scheve mond",
        "mond hangt scheef", "mondhoek hangt", "gezicht hangt", "gezicht is scheef",
        "scheef gezicht", "verlamd", "verlamming", "halfzijdig verlamd", "kant .. gevoelloos",
        *_ONE_SIDED, *_SUDDENLY,
        "dubbele tong", "praat onduidelijk", "onduidelijke spraak", "spraak is onduidelijk",
        "lalt", "kan niet praten", "kan niet meer praten", "niet uit .. woorden komen",
        "plotseling verward", "opeens verward", "ineens verward", "is verward", "erg verward",
        "heel verward", "kan niets zien", "kan niks zien", "kan niet zien", "kan niet meer zien",
        "kan niks meer zien", "kan niets meer zien",
        "zie niets meer", "zie niks meer", "plotseling blind", "ineens blind", "opeens blind",
        "blind aan een oog", "zie dubbel", "zie .. dubbel", "dubbel zien", "dubbelzien",
        "ergste hoofdpijn",
        "hevigste hoofdpijn", "donderslag*", "stijve nek", "nekstijfheid",
        "epileptische aanval", "heeft een aanval", "krijgt een aanval", "heeft een toeval",
        "krijgt een toeval", "kreeg een toeval", "heeft een insult", "stuiptrek*",
        # sudden_weakness
        "kan niet lopen", "kan .. niet lopen", "kan niet meer lopen", "kan .. niet meer lopen",
        "kan niet staan", "kan niet meer staan", "benen zakken weg", "benen zakten weg",
        "benen begeven het", "benen begaven het", "benen geven het op", "benen dragen me niet",
        "benen dragen mij niet", "kan .. benen niet bewegen", "kan .. benen niet meer bewegen",
        "voel mijn benen niet", "voel mn benen niet", "gevoelloos tussen mijn benen",
        "gevoelloos in mijn kruis", "doof gevoel in mijn kruis", "zadelanesthesie",
        "kan niet plassen", "kan .. niet plassen", "kan niet meer plassen", "kan niet urineren",
        "krijg mijn plas niet", "controle over .. blaas", "controle over .. darmen",
        "controle over .. ontlasting", "zwakte .. omhoog", "guillain barre",
        # drowsy_overdose
        "krijg .. niet wakker", "krijgen .. niet wakker", "wordt niet wakker",
        "wordt niet meer wakker", "niet wakker te krijgen", "erg slaperig", "heel slaperig",
        "extreem slaperig", "kan niet wakker blijven", "kan mijn ogen niet openhouden",
        "ademt langzaam", "ademt .. langzaam", "trage ademhaling", "oppervlakkige ademhaling",
        "te veel ingenomen", "teveel ingenomen", "te veel genomen", "teveel genomen",
        "dubbele dosis genomen", "dubbele dosis ingenomen", "een hypo", "lage bloedsuiker",
        *(f"handvol .. {taken}" for taken in ("ingenomen", "genomen", "geslikt", "doorgeslikt")),
        "bloedsuiker .. te laag", "suiker is te laag", "suiker te laag",
        # sepsis_unwell
        "sepsis", "bloedvergiftiging", "septisch", "koorts en verward", "koorts .. verward",
        "gevlekte huid", "gemarmerde huid", "blauwe lippen", "lippen zijn blauw",
        "lippen worden blauw", "hij loopt blauw aan", "ze loopt blauw aan",
        "hij is blauw aangelopen",
        "ze is blauw aangelopen", "blauw in zijn gezicht", "blauw in haar gezicht",
        "hij wordt blauw",
        "ze wordt blauw",
        "hele dag niet geplast", "hele dag nog niet geplast", "hele dag geen urine",
        "niet meer geplast", "denk dat ik doodga", "denk dat ik dood ga", "ik ga nu dood",
        "alsof ik doodga", "alsof ik dood ga", "hij gaat dood", "ze gaat dood", "zij gaat dood",
        # skin_swelling
        "lippen zwellen", "lippen zijn gezwollen", "gezwollen lippen", "opgezwollen lippen",
        "tong zwelt", "tong is gezwollen", "gezwollen tong", "dikke tong", "gezicht zwelt",
        "gezicht is opgezwollen", "gezicht is gezwollen", "gezwollen gezicht",
        "opgezwollen gezicht", "lippen .. zwellen", "lippen .. zwelt", "lippen .. gezwollen",
        "lippen .. opgezwollen", "tong .. zwelt", "tong .. zwellen", "tong .. gezwollen",
        "tong .. opgezwollen", "gezicht .. zwelt op", "anafyla*", "anaphyla*",
        "allergische reactie", "allergische shock",
        "epipen", "adrenalinepen", "blaren over", "huid laat los", "huid komt los",
        "paarse vlekken", "paarse vlekjes", "paarse puntjes", "niet wegdrukbaar",
        "niet weg te drukken", "glastest",
        # belly_blocked
        "bloed overgeven", "bloed overgegeven", "geef bloed over", "gaf bloed over",
        "bloed braken", "bloed gebraakt", "braak bloed", "bloed spugen", "spuug bloed",
        "bloed gespuugd", "bloed ophoesten", "hoest bloed op", "bloed opgehoest",
        "zwarte ontlasting", "zwarte poep", "teerontlasting", "teerachtige ontlasting",
        "kan niets binnenhouden", "kan niks binnenhouden", "kan niets binnen houden",
        "hou niets binnen", "houd niets binnen", "kan geen vocht binnenhouden",
        "gezwollen buik", "opgezwollen buik", "buik is opgezwollen",
        # help wanted now
        "noodgeval", "spoedgeval", "ambulance", "ziekenwagen", "bel 112", "112 bellen",
        "112 gebeld", "bel de 112",
    ),
    distress_unclear=(
        "ik kan niet meer", "kan niet meer verder", "kan echt niet meer", "kan gewoon niet meer",
        "kan het niet meer", "kan dit niet meer", "kan het niet meer aan", "kan dit niet meer aan",
        "kan ni meer", "kan nie meer", "zie het niet meer zitten",
        "zie het .. niet meer zitten", "zie geen uitweg", "geen uitweg", "uitzichtloos",
        "hou het niet meer vol", "houd het niet meer vol", "hou dit niet meer vol",
        "hou het niet vol", "hou .. niet meer vol", "houd .. niet meer vol", "hou .. niet vol",
        "niet meer uit te houden", "niet uit te houden", "niet te harden", "niet meer te harden",
        "op van de zenuwen", "trek het niet meer", "trek het niet", "trek dit niet meer",
        "kan er niet meer tegen", "ik wil niet meer", "wil niet meer verder",
        "ben er klaar mee", "er helemaal klaar mee", "klaar met alles", "geef het op",
        "ik geef op", "geef het bijna op", "geef alles op",
        "hopeloos", "geen hoop", "zinloos", "wat heeft het voor zin", "wat heeft het .. voor zin",
        "wat heeft dit .. voor zin", "wat is het nut", "heeft geen zin meer",
        "heeft allemaal geen zin", "wil dat het stopt", "wil dat het ophoudt", "laat het stoppen",
        "laat het ophouden", "het moet stoppen", "ik wil eruit", "heb er genoeg van",
        "ben het zat", "ben het zo zat", "ben alles zat", "het leven zat", "ben het beu",
        "ben het zo beu", "alles beu", "het leven beu", "kotsbeu", "spuugzat",
        "ik ga dood", "ga dood van", "ga bijna dood", "ga nog dood", "dood van de pijn",
        "doodgaan van de pijn", "ik sterf", "sterf van", "sterf liever", "maakt me kapot",
        "maakt mij kapot", "ga eraan kapot", "ga er kapot aan", "ga hier kapot aan", "sloopt me",
        "sloopt mij", "ga eraan onderdoor", "ga er aan onderdoor", "ga er onderdoor",
        "ik ben een last", "een last voor", "zon last voor", "tot last", "blok aan het been",
        "ben niks waard", "ben niets waard", "ik ben waardeloos", "voel me waardeloos",
        "niemand geeft om mij", "niemand geeft om me", "niemand die om me geeft",
        "niemand die om mij geeft", "ik ben depressief", "zo depressief", "erg depressief",
        "voel me depressief", "wanhopig", "wanhoop", "ten einde raad", "radeloos", "ik stort in",
        "stort helemaal in", "kan niet stoppen met huilen", "kan niet ophouden met huilen",
        "huil de hele dag", "huil alleen maar", "help me", "help mij", "ik kan zo niet leven",
        "zo kan ik niet leven", "zo kan ik niet verder", "kan zo niet verder",
        "kan zo niet meer verder",
        "vermoordt me", "vermoordt mij", "vermoorden me", "vermoorden mij", "maakt me nog dood",
        "gaat me doden", "gaat me nog doden", "wordt mijn dood", "wordt nog mijn dood",
        "geen kracht meer", "hou het niet langer vol", "houd het niet langer vol",
        "hou dit niet langer vol", "niet langer volhouden", "kan dit niet langer",
        "kan het niet langer", "trek het niet langer", "ben er zo klaar mee", "overal klaar mee",
        "kan niet meer vechten", "wil niet meer vechten", "kan niet meer tegen de pijn",
    ),
    not_distress=(
        "wil niet dood", "wil niet .. dood", "wil nog niet dood", "wil echt niet dood",
        "wil helemaal niet dood", "wil niet sterven", "wil niet .. sterven", "wil nog niet sterven",
        "wil niet doodgaan", "wil niet .. doodgaan", "wil nog niet doodgaan", "niet suicidaal",
        "geen suicid*", "geen zelfmoord*",
        "nooit zelfmoord*", "geen doodswens",
        "bang voor .. overdosis", "risico op .. overdosis", "kans op .. overdosis",
        "wat is een overdosis", "geen overdosis",
        "gesneden bij het", "gesneden tijdens het", "gesneden per ongeluk",
        "geleden .. beroerte", "beroerte .. geleden", "risico op .. beroerte",
        "kans op .. beroerte", "bang voor .. beroerte", "verlamd van angst", "verlamd van schrik",
        "kan niet meer slapen", "kan niet meer goed slapen", "kan niet meer doorslapen",
        "kan niet meer inslapen", "kan niet meer werken", "kan niet meer lezen",
        "kan niet meer autorijden", "kan niet meer fietsen", "wil niet meer naar",
        "kan niet slikken zonder",
        "dood van het lachen", "dood van de honger", "dood van de dorst",
        "dood van nieuwsgierigheid", "dood van de hitte", "dood van de warmte", "dood van de kou",
        "sterf van de honger", "sterf van de hitte", "sterf van de kou", "sterf van het lachen",
        "stik van", "benauwd voor", "benauwd om", "benauwd dat", "benauwd weer", "slaperig van",
        "kan niet praten met", "kan niet meer praten met", "kan niet zien of",
        "kan niet zien wanneer",
        "kan niet zien waar", "kan niet zien hoe", "kan niet zien wat", "kan het niet meer vinden",
        "kan het niet meer lezen", "kan het niet meer openen", "of je dood", "of je er dood",
        "of je eraan dood", "of ik dood ga", "of ik eraan dood",
        "die ik heb genomen", "die ik heb ingenomen", "die ik heb geslikt", "mijn hele leven",
        "voor vandaag ingenomen", "voor vandaag genomen", "van vandaag ingenomen",
        "van vandaag genomen",
        "geen allergische reactie", "bij een noodgeval", "in een noodgeval",
        # questions about overdose are not an overdose ("kun je een overdosis krijgen van ...?")
        *(
            f"{question} .. overdosis"
            for question in (
                "kun je", "kan je", "kan men", "kunnen mensen", "is een", "hoe gevaarlijk is",
                "welke symptomen", "wat zijn .. symptomen", "wat zijn .. tekenen",
                "wat gebeurt er bij", "wat gebeurt er als je", "is het mogelijk",
                "waaraan herken je",
            )
        ),
        *(
            f"overdosis .. {possible}"
            for possible in (
                "is mogelijk", "mogelijk is", "is zeldzaam", "is onwaarschijnlijk", "gevaarlijk is",
                "komt zelden voor",
            )
        ),
        "is .. overdosis .. gevaarlijk",
        # a number of pills that is a normal dose; taking them all as prescribed
        *_SMALL_NUMBERS, *_ROUTINE_COUNT, "al jaren gevoelloos", "al maanden gevoelloos",
        "gevoelloos sinds", "overdosis .. krijgen", "overdosis .. oplopen", "gesneden aan",
        "in mijn vinger gesneden", "gesneden in mijn vinger",
        *(
            f"{how} {take}"
            for how in (
                "gewoon", "weer", "netjes", "trouw", "op tijd", "goed", "s ochtends", "s avonds",
                "met eten", "bij het eten", "met water", "zoals voorgeschreven",
            )
            for take in (*_TAKE, "ingenomen", "genomen", "geslikt")
        ),
        *(
            f"{q} .. {all_}"
            for q in ("moet ik", "mag ik", "kan ik", "zal ik", "kun je", "moet je", "mag je")
            for all_ in ("al mijn", "al mn", "alle")
        ),
        "klaar voor morgen", "klaar voor de week", "klaar in de", "klaar bij de apotheek",
        "klaar om op te halen", "niet expres", "niet met opzet", "niet bewust",
        "niet opzettelijk", "nooit geprobeerd", "niet geprobeerd", "nooit een zelfmoordpoging",
        "geen zelfmoordpoging", "risico op .. zelfmoordpoging*",
        "snij* mezelf .. per ongeluk", "snij* mezelf .. bij het koken",
        "snij* mezelf .. in de keuken", "snij* mezelf .. aan papier",
        "snij* mezelf .. met scheren", "snij* mezelf .. tijdens", "snij* mezelf nooit",
        "snij* mezelf niet", "kras niet meer", "kras al .. niet meer", "snij* mezelf .. niet meer",
        "bang .. niet meer wakker", "kracht meer in", "kracht in mijn",
        # swollen salivary glands are Sjögren's, not an allergic reaction
        "speekselklier*", "oorspeekselklier*", "klier* .. gezwollen", "klier* .. opgezwollen",
        "gezwollen klier*", "niet gezwollen", "niet opgezwollen",
        # asking for help, the point of a question, giving up on a product
        "help me met", "help me even", "help mij met", "help me bij", "help mij bij",
        "help me om", "help me te", "help mij te", "nut van .. vraag*",
        *(
            f"op met .. {thing}"
            for thing in (
                "kunsttranen", "oogdruppels", "druppels", "oogdruppel*", "gel", "spray",
                "dieet", "glutenvrij", "suiker", "koffie", "roken", "zuigtablet*", "kauwgom",
                "creme", "zalf",
            )
        ),
    ),
)  # fmt: skip
