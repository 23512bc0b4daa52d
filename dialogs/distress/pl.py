"""Polish phrases for reading typed distress (syntax: ``dialogs.distress``).

Stems (``*``) cover the feminine and masculine past forms (-łam/-łem) and the cases of nouns.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("łyknęłam 30 tabletek", "wzięłam 20 sztuk", "połknęłam 40 apapów"): a
# verb of taking in the past (not "wziąć", "połknę": a duty or a plan) with a number (``#``, up to
# three words after it: "wzięłam dziś w nocy 30 tabletek") and a pill word right after the
# number. A medicine named right after the number only with the verbs of swallowing: "wzięłam
# 300 gabapentyny" is a dose in milligrams. Counts 0 to 9 are cancelled in ``not_distress``
# ("wzięłam 2 tabletki", "6 tabletek metotreksatu", "8 tabletek encortonu" are ordinary doses),
# and so are rates ("14 tabletek tygodniowo", "przez miesiąc wzięłam 60 tabletek").
_TOOK = (
    "wzial*", "wziel*", "polknal*", "polknel*", "lyknal*", "lyknel*", "zazyl*", "przyjal*",
    "przyjel*", "wypil*", "nalykal*", "zarzucil*", "zjadl*",
)  # fmt: skip
_SWALLOWED = ("polknal*", "polknel*", "lyknal*", "lyknel*", "nalykal*")
_PILLS = ("tablet*", "tabs*", "pigul*", "proch*", "kapsul*", "drazet*")
_COUNTED = ("sztuk*", "szt")
_MEDICINES = (
    "paracetamol*", "apap*", "pregabalin*", "lyric*", "gabapentyn*", "neurontin*", "amitryptylin*",
    "tramal*", "tramadol*", "morfin*", "nasenn*", "antydepresant*", "przeciwbol*", "uspokajaj*",
    "aspiryn*", "ibuprom*", "ibuprofen*", "relanium*", "diazepam*", "klonazepam*", "clonazepam*",
    "xanax*", "alprazolam*", "afobam*", "zolpidem*", "stilnox*", "kwetiapin*", "sertralin*",
    "duloksetyn*", "hydroksychlorochin*", "arechin*", "metotreksat*", "insulin*", "oksykodon*",
    "fentanyl*",
)  # fmt: skip
_WORD_NUMBERS = (
    "dziesiec", "kilkanascie", "dwadziescia", "trzydziesci", "czterdziesci", "piecdziesiat",
    "kilkadziesiat", "sto",
)  # fmt: skip
_NUMBER_TAKEN = (
    *(f"{took} .. # {pill}" for took in _TOOK for pill in _PILLS),
    *(f"{took} .. # {counted}" for took in _TOOK[:11] for counted in _COUNTED),
    *(f"{took} .. # {medicine}" for took in _SWALLOWED for medicine in _MEDICINES),
    *(f"{took} .. {number} {pill}" for took in _TOOK[:11] for number in _WORD_NUMBERS
      for pill in ("tablet*", "pigul*", "proch*", "kapsul*", "sztuk")),
    "nalykal* sie #",
    # "wzięłam całą morfinę", "połknęłam wszystkie apapy", "zażyłam cały tramal"
    *(f"{took} {all_} .. {medicine}" for took in _TOOK[:10]
      for all_ in ("cal*", "wszystk*") for medicine in _MEDICINES),
)  # fmt: skip
_RATES = (
    "dziennie", "na dzien", "na dobe", "tygodniowo", "w tygodniu", "na tydzien", "miesiecznie",
    "w miesiacu", "na miesiac", "przez tydzien", "przez miesiac", "w ciagu tygodnia",
    "w ciagu miesiaca", "przez dwa tygodnie",
)  # fmt: skip
_SMALL_NUMBERS = (
    *(f"{n} {pill}" for n in range(10) for pill in (*_PILLS, *_COUNTED)),
    *(f"{took} .. {n}" for took in _SWALLOWED for n in range(10)),
    *(f"{pill} .. {rate}" for pill in ("tablet*", "pigul*", "kapsul*", "sztuk*")
      for rate in _RATES),
    *(f"{rate} .. {took}" for rate in _RATES for took in _TOOK[:9]),
)  # fmt: skip
# Poison, bleach, antifreeze, drain cleaner... drunk or swallowed.
_POISONS = (
    "trutk*", "trucizn*", "wybielacz*", "domestos*", "plyn do chlodnic*", "plyn do spryskiwaczy",
    "kret*", "rozpuszczalnik*", "benzyn*", "denaturat*", "aceton*", "kwas solny", "kwasu solnego",
    "chlor", "chloru", "srodek owadobojczy", "pestycyd*", "herbicyd*", "randap*", "roundup*",
)  # fmt: skip
_POISON_TAKEN = tuple(
    f"{took} {poison}"
    for took in ("wypil*", "polknal*", "polknel*", "zjadl*", "zazyl*", "wzial*", "wziel*")
    for poison in _POISONS
)
# An attempt already made: "próbowałam się powiesić", "usiłował popełnić samobójstwo".
_HOW = (
    "zabic sie", "sie zabic", "powiesic sie", "sie powiesic", "otruc sie", "sie otruc",
    "podciac sobie", "podciac zyly", "popelnic samobojstwo", "odebrac sobie zycie",
    "skoczyc z mostu", "skoczyc z dachu", "skoczyc z okna", "skoczyc z balkonu", "wyskoczyc z okna",
    "wyskoczyc przez okno", "rzucic sie pod", "utopic sie", "sie utopic", "zastrzelic sie",
    "sie zastrzelic", "skonczyc ze soba", "skonczyc z zyciem", "udusic sie", "sie udusic",
    "targnac sie",
)  # fmt: skip
_ATTEMPTED = (
    *(f"{tried} .. {how}" for tried in ("probowal*", "sprobowal*", "usilowal*") for how in _HOW),
    "targnal* sie na", "targnel* sie na", "proba samobojcza", "probe samobojcza",
    "proby samobojczej", "probowal* samobojstwa",
)  # fmt: skip
# On purpose: "celowo wzięłam za dużo leków", not "specjalnie pocięłam ciasto".
_ON_PURPOSE_WHAT = (
    "{a} .. wziel* za duzo", "{a} .. wzial* za duzo", "{a} .. przyjel* za duzo",
    "{a} .. przyjal* za duzo", "{a} .. lyknel* za duzo", "{a} .. lyknal* za duzo",
    "{a} .. polknel* za duzo", "{a} .. polknal* za duzo", "{a} .. zazyl* za duzo",
    "{a} .. za duzo lekow", "{a} .. za duzo tablet*", "za duzo lekow .. {a}",
    "za duzo tablet* .. {a}", "wziel* za duzo .. {a}", "wzial* za duzo .. {a}",
    "{a} .. za duza dawk*", "{a} .. przedawkowa*", "{a} .. nalykal*", "{a} .. otrul*",
    "{a} sie pocie*", "{a} sie pocia*", "{a} .. zranil* sie", "{a} .. sie zranil*",
    "{a} .. sie okaleczyl*", "{a} .. pocielam sie", "{a} .. pocialem sie",
)  # fmt: skip
_ON_PURPOSE = tuple(
    what.format(a=adverb)
    for adverb in ("celowo", "specjalnie", "umyslnie", "naumyslnie", "swiadomie")
    for what in _ON_PURPOSE_WHAT
)
# "I'm going to take all my pills tonight": a plan (wish), in the first person future or with a
# verb of intent ("chcę wziąć wszystkie tabletki"), not "muszę wziąć wszystkie" (a course).
_PLAN_PILLS = (
    "tablet*", "pigul*", "proch*", "leki", "lekarstwa", "opakowanie", "nasenn*", "kapsul*",
)  # fmt: skip
_INTENT = (
    "chce", "chcialabym", "chcialbym", "zamierzam", "planuje", "postanowil*", "mam zamiar",
)  # fmt: skip
_WILL = ("wezme", "polkne", "lykne", "zazyje", "przyjme", "wypije")
_PLANNED = (
    *(f"{will} {all_} .. {pill}" for will in _WILL for all_ in ("wszystk*", "cal*")
      for pill in _PLAN_PILLS),
    *(f"{intent} {take} {all_} .. {pill}" for intent in _INTENT
      for take in ("wziac", "polknac", "lyknac", "zazyc", "przyjac", "wypic")
      for all_ in ("wszystk*", "cal*") for pill in _PLAN_PILLS),
    *(f"{will} .. # {pill}" for will in _WILL for pill in _PILLS),
    "nalykam sie", "sie nalykam", "nalykac sie tablet*", "nalykac sie proch*",
    "sie nalykac tablet*", "sie nalykac proch*",
)  # fmt: skip
# "nie mam już siły" (I have no strength left) unless an ordinary activity follows: fatigue is a
# symptom of Sjögren's ("nie mam już siły na spacery").
_ORDINARY = (
    "na spacer*", "na sprzatanie", "na prac*", "na gotowanie", "na zakupy", "na trening*",
    "na cwiczeni*", "na sport", "na wyjscie", "na wieczor", "chodzic", "wstac", "sprzatac",
    "gotowac", "isc", "pracowac", "cwiczyc", "wieczorem", "po pracy", "po poludniu", "rano",
)  # fmt: skip
_ORDINARY_STRENGTH = tuple(
    f"{strength} {what}" for strength in ("sily", "sil") for what in _ORDINARY
)

PHRASES = PhraseList(
    language="pl",
    suicidal_act=(
        "wzial* wszystkie .. tablet*", "wziel* wszystkie .. tablet*", "wzial* wszystkie .. leki",
        "wziel* wszystkie .. leki", "wzial* wszystkie .. lekarstwa",
        "wziel* wszystkie .. lekarstwa", "wzial* wszystkie .. proch*", "wziel* wszystkie .. proch*",
        "wzial* wszystkie .. pigul*", "wziel* wszystkie .. pigul*", "polknal* wszystkie .. tablet*",
        "polknel* wszystkie .. tablet*", "polknal* wszystkie .. leki", "polknel* wszystkie .. leki",
        "polknal* wszystkie .. proch*", "polknel* wszystkie .. proch*",
        "polknal* wszystkie .. pigul*", "polknel* wszystkie .. pigul*",
        "zazyl* wszystkie .. tablet*", "zazyl* wszystkie .. leki", "lyknal* wszystkie .. tablet*",
        "lyknel* wszystkie .. tablet*", "lyknal* wszystkie .. proch*",
        "lyknel* wszystkie .. proch*", "wzial* wszystkie naraz", "wziel* wszystkie naraz",
        "wzial* wszystkie na raz", "wziel* wszystkie na raz", "polknal* wszystkie naraz",
        "polknel* wszystkie naraz", "wzial* wszystko naraz", "wziel* wszystko naraz",
        "polknal* wszystko co mial*", "polknel* wszystko co mial*", "wzial* wszystko co mial*",
        "wziel* wszystko co mial*", "wzial* cal* opakowanie tablet*",
        "wziel* cal* opakowanie tablet*", "wzial* cal* opakowanie lekow",
        "wziel* cal* opakowanie lekow", "wzial* cal* opakowanie proch*",
        "wziel* cal* opakowanie proch*", "wzial* cal* opakowanie pigul*",
        "wziel* cal* opakowanie pigul*", "polknal* cal* opakowanie", "polknel* cal* opakowanie",
        "zazyl* cal* opakowanie", "wzial* cal* listek", "wziel* cal* listek",
        "polknal* cal* listek", "polknel* cal* listek", "polknal* cal* fiolk*",
        "polknel* cal* fiolk*", "wzial* za duzo tablet*", "wziel* za duzo tablet*",
        "wzial* za duzo proch*", "wziel* za duzo proch*", "wzial* za duzo pigul*",
        "wziel* za duzo pigul*", "polknal* za duzo tablet*", "polknel* za duzo tablet*",
        "zazyl* za duzo tablet*", "nalykal* sie tablet*", "nalykal* sie proch*",
        "nalykal* sie lekow", "nalykal* sie pigul*", "nazarl* sie proch*", "przedawkowa*",
        "pocielam sie", "pocialem sie", "pocielem sie", "sie pocielam", "sie pocialem",
        "pocielam sobie", "pocialem sobie", "pociela sie", "pocial sie", "cielam sie",
        "tne sie teraz", "podcielam sobie zyly", "podcialem sobie zyly", "podcielam zyly",
        "podcialem zyly", "podcinam sobie zyly", "podci* sobie nadgarst*", "zrobil* sobie krzywde",
        "okaleczyl* sie", "samookaleczyl* sie", "skrzywdzil* sie", "zranil* sie celowo",
        "celowo sie zranil*", "specjalnie sie zranil*", "otrul* sie celowo", "celowo sie otrul*",
        "specjalnie sie otrul*", "wypil* trucizn*", "wypil* wybielacz", "wypil* domestos*",
        "zazyl* trucizn*", "wieszam sie", "petla na szyi", "petle na szyi", "sznur na szyi",
        "sznurek na szyi", "jestem na moscie", "stoje na moscie", "na moscie zeby skoczyc",
        "na dachu zeby skoczyc", "stoje na dachu", "stoje na krawedzi", "stoje na parapecie",
        "siedze na parapecie", "stoje na torach", "jestem na torach", "leze na torach",
        # a handful, the whole stock
            "wzial* .. garsc",
        "wziel* .. garsc", "polknal* .. garsc", "polknel* .. garsc", "lyknal* .. garsc",
        "lyknel* .. garsc", "wzial* wszystko co", "wziel* wszystko co", "polknel* wszystko co",
        "polknal* wszystko co", "wziel* cala apteczk*", "wzial* cala apteczk*",
        # cutting, now or for a while ("tnę się", "tnę sobie ręce")
        "tne sie", "sie tne", "znowu sie tne", "ciagle sie tne", "tne sobie rece", "tne rece",
        "tne sobie nogi", "tne sobie uda", "tne sobie nadgarst*", "cialem sie", "cielam sobie rece",
        "cialem sobie rece", "okaleczam sie", "samookaleczam sie", "robie sobie krzywde",
        "robie sobie rany", "znecam sie nad soba",
        # the means ready
        "mam przygotowane tablet*", "mam przygotowane .. tablet*", "tabletki sa gotowe",
        "tabletki juz gotowe", "tabletki .. gotowe", "tabletki czekaja", "mam gotowe tablet*",
        "mam juz gotowe tablet*", "sznur gotowy", "sznur jest gotowy", "mam przygotowany sznur",
        "petla gotowa", "petla jest gotowa", "mam przygotowana petle", "zyletk* gotow*",
        "mam przygotowan* zyletk*", "przygotowal* zyletk*", "przygotowal* sznur",
        *_NUMBER_TAKEN, *_POISON_TAKEN, *_ATTEMPTED, *_ON_PURPOSE,
    ),
    suicidal_wish=(
        # From a reviewer's trial (2026-12-06): wishes the lists missed.
        "nie ma sensu .. żyć", "nie ma sensu dalej tak żyć", "nie widzę sensu .. życia",
        "chc* .. umrzec", "chce nie zyc", "wolal* .. nie zyc", "lepiej zebym nie zyl*",
        "obym umarl*", "obym juz umarl*", "zebym umarl*", "zebym juz umarl*", "gdybym umarl*",
        "obym sie nie obudzil*", "obym sie juz nie obudzil*", "nie chce sie juz obudzic",
        "zasnac i nie obudzic", "zasnac i sie nie obudzic", "zasnac na zawsze", "usnac na zawsze",
        "szkoda ze zyje", "zaluje ze zyje", "zaluje ze sie .. urodzil*",
        "szkoda ze sie .. urodzil*", "gdybym sie nie urodzil*", "nie chc* .. zyc",
        "nie chce mi sie zyc", "nie mam sily zyc", "nie chc* .. istniec", "nie chce tu byc",
        "nie chce juz tu byc", "nie chc* .. byc na tym swiecie", "nie ma sensu zyc",
        "nie warto zyc", "zycie nie ma sensu", "zycie nie jest warte", "nie mam po co zyc",
        "nie mam dla kogo zyc", "nie mam powodu .. zyc", "nie chc* dalej zyc",
        "lepiej .. beze mnie", "lepiej .. bez mnie", "lepiej by bylo gdyby mnie nie", "zabic sie",
        "sie zabic", "zabije sie", "sie zabije", "zabilabym sie", "zabilbym sie",
        "odebrac sobie zycie", "odebr* sobie zyc*", "odbior* sobie zyc*", "odbiore sobie zycie",
        "skoncz* ze soba", "skoncz* z zyciem", "skoncz* z tym wszystkim", "zakoncz* .. zycie",
        "zeby wszystko sie skonczylo", "samobojst*", "samobojc*", "samobujst*", "powiesic sie",
        "sie powiesic", "powiesze sie", "sie powiesze", "powiesilabym sie", "powiesilbym sie",
        "strzel* sobie w leb", "paln* sobie w leb", "strzel* sobie w glowe", "skocz* z mostu",
        "skocz* z dachu", "skocz* z okna", "skocz* z balkonu", "skocz* z bloku", "wyskocz* z okna",
        "wyskocz* przez okno", "rzuc* sie pod pociag", "rzuc* sie pod auto",
        "rzuc* sie pod samochod", "rzuc* sie z mostu", "sie rzucic pod", "pociac sie", "sie pociac",
        "potne sie", "sie potne", "ciac sie", "podciac sobie zyly", "podetne sobie zyly",
        "samookalecz*", "okaleczac sie", "okalecze sie", "zrobic sobie krzywde",
        "zrobie sobie krzywde", "skrzywdzic sie", "skrzywdze sie", "sie skrzywdzic",
        "skrzywdzic siebie", "zbieram tablet*", "zbieram leki", "zbieram proch*", "odkladam proch*",
        "gromadze leki", "gromadze tablet*", "list pozegnalny", "pozegnalny list",
        "jutro mnie juz nie bedzie", "jutro juz mnie nie bedzie", "niedlugo mnie juz nie bedzie",
        "zniknac na zawsze", "zniknac z tego swiata", "odejsc z tego swiata",
        *_PLANNED,
        # asking for a way
        "umrzec bezbolesnie", "bezbolesn* sposob*", "ile .. zeby umrzec",
        "ile .. zeby sie nie obudzic", "sposob* na samobojstwo", "jak .. odebrac sobie zycie",
        "jak sie zabic",
    ),
    emergency_words=(
        # breathing_chest
        "nie moge oddychac", "nie moze oddychac", "nie moge zlapac tchu", "nie moze zlapac tchu",
        "trudno .. oddychac", "ciezko .. oddychac", "ciezko oddycha", "nie oddycha",
        "przestal* oddychac", "dusznosc", "dusznosci", "dusze sie", "dusi sie", "dlawie sie",
        "dlawi sie", "zadlawil* sie", "nie moge przelknac sliny", "nie moze przelknac sliny",
        "nie moge nic przelknac", "nie moge przelknac wody", "nie moge nawet przelknac",
        "nie moge przelknac niczego", "klatka .. sciska*", "sciska .. klatk*", "gniecie w klatce",
        "ciezar na klatce", "ciezar w klatce", "pieczenie w klatce", "piecze w klatce",
        "bol za mostkiem", "boli za mostkiem", "ucisk za mostkiem", "piecze za mostkiem",
        "bol serca", "boli mnie serce", "serce mnie boli", "sciska mi klatke", "opadl* mi kacik",
        "opadl* .. kacik", "kacik ust* .. opad*", "kacik .. opadl*", "opadl* .. usta",
        "usta .. puchn*", "wargi .. puchn*", "jezyk .. puchnie", "jezyk .. puchnal",
        "puchna mi wargi", "spuchly mi wargi", "spuchniet* wargi", "obrzek ust",
        "nagle nie moge ruszac nogami", "nagle nie moge ruszyc nog*", "nogi przestaly sie ruszac",
        "nogi nagle .. nie ruszaja", "nogi mnie nie sluchaja", "bol* .. w klatce", "bol* klatki",
        "bol* mnie klatka", "ucisk w klatce", "sciska mnie w klatce", "gniecie mnie w klatce",
        "kluje mnie w klatce", "zawal", "zawal serca", "zemdlal*", "zaslab*", "osunal* sie",
        "osunel* sie", "stracil* przytomn*", "utrata przytomnosci", "nieprzytomn*",
        "nie kontaktuje",
        # stroke_brain
        "udar", "wylew", "opada mi twarz", "twarz mi opada", "opadniet* twarz", "opadl* kacik",
        "opada .. kacik", "krzywa twarz", "krzywe usta", "wykrzywion* twarz", "belkot*", "belkocz*",
        "mowi niewyraznie", "mowie niewyraznie", "placze mi sie jezyk", "placze mu sie jezyk",
        "placze jej sie jezyk", "nagle nie moge mowic", "nie moze mowic", "nie moge wydobyc slowa",
        "nie moze wydobyc slowa", "splatan*", "nagle zdezorientowan*", "nagle nie wie gdzie jest",
        "nie poznaje nikogo", "nagle mnie nie poznaje", "nagle nie widze", "nie widze na jedno oko",
        "nie widze na oko", "stracil* wzrok", "utrata wzroku", "trace wzrok", "oslepl*", "slepne",
        "podwojne widzenie", "widze podwojnie", "ciemno przed oczami", "ciemnosc przed oczami",
        "najgorszy bol glowy", "najsilniejszy bol glowy", "piorunujac* bol*", "sztywn* kark*",
        "kark mi zesztywnial", "atak padaczk*", "napad padaczk*", "napad drgawek", "drgawk*",
        "konwulsj*", "jedna strona ciala", "jednej strony ciala", "po jednej stronie ciala",
        "dretw* .. polowa ciala", "dretw* .. polowa twarzy", "nie czuje polowy ciala",
        "nie czuje polowy twarzy", "nie czuje jednej strony",
        # sudden_weakness
        "nie moge chodzic", "nie moze chodzic", "nie moge ustac na nogach",
        "nie moge stanac na nogi", "nogi .. uginaja", "nogi .. ugiely", "odmawiaja posluszenstwa",
        "odmowily posluszenstwa", "oslabienie .. coraz wyzej", "slabosc .. coraz wyzej",
        "nie moge ruszac nogami", "nie moge ruszyc nog*", "nie moze ruszac nog*",
        "nie moze ruszyc nog*", "nie moge ruszyc rek*", "nie moge ruszyc reka", "nie czuje nog",
        "sparaliz*", "paraliz", "dretw* .. krocz*", "nie czuje krocza", "dretw* .. miedzy nogami",
        "nie czuje .. miedzy nogami", "nie moge oddac moczu", "nie moze oddac moczu",
        "nie moge sie wysikac", "nie moge siusiac", "nie moge sikac", "zatrzymanie moczu",
        "stracil* kontrol* nad pecherz*", "stracil* kontrol* nad jelit*",
        "stracil* kontrol* nad zwieracz*", "nie kontroluje pecherza", "nie kontroluje stolca",
        # drowsy_overdose
        "nie moge go obudzic", "nie moge jej obudzic", "nie mozemy go obudzic",
        "nie mozemy jej obudzic", "nie mozna go obudzic", "nie mozna jej obudzic",
        "nie da sie go obudzic", "nie da sie jej obudzic", "nie moge .. dobudzic", "wolno oddycha",
        "plytko oddycha", "oddycha bardzo wolno", "wzi* za duzo", "zazyl* za duzo",
        "przyjal* za duzo", "przyjel* za duzo", "wzi* za duza dawk*", "przyjal* za duza dawk*",
        "przyjel* za duza dawk*", "wstrzyk* za duzo insuliny", "hipoglikemi*", "niedocukrz*",
        "nisk* cukier", "cukier .. spadl",
        # sepsis_unwell
        "seps*", "posocznic*", "bardzo wysok* goraczk*", "goraczka 40", "goraczka 41", "marmurkow*",
        "sina skora", "sine usta", "usta sa sine", "usta .. sinieja", "siniej*", "zsinial*",
        "nie sikal* caly dzien", "nie sikal* od rana", "nie oddal* moczu od",
        "nie oddal* moczu caly dzien", "nie oddaje moczu", "chyba umieram", "chyba umiera",
        "czuje ze umieram", "mysle ze umieram", "on umiera", "ona umiera",
        # skin_swelling
        "puchn* mi usta", "usta mi puchn*", "spuchly mi usta", "usta mi spuchly", "spuchniet* usta",
        "opuchniet* usta", "spuchl* mi jezyk", "jezyk mi spuchl", "puchnie mi jezyk",
        "jezyk mi puchnie", "opuchniet* jezyk", "spuchniet* jezyk", "puchnie mi twarz",
        "twarz mi puchnie", "spuchniet* twarz", "spuchla mi twarz", "obrzek jezyka", "obrzek warg",
        "obrzek twarzy", "obrzek krtani", "quincke*", "zamyka mi sie gardlo",
        "gardlo mi sie zamyka", "zaciska mi sie gardlo", "gardlo mi sie zaciska", "anafilak*",
        "reakcj* alergiczn*", "wstrzas alergiczny", "epipen*", "zastrzyk z adrenalin*",
        "pen z adrenalin*", "wstrzyk* adrenalin*", "pecherz* na skorze", "pecherze na cal*",
        "skora schodzi", "schodzi mi skora", "skora .. schodzi platami", "skora odchodzi",
        "fioletowe plam*", "purpurowe plam*", "plamy .. nie znikaja", "nie blednie",
        "nie blednieja", "wybroczyn*",
        # belly_blocked
        "wymiot* krwi*", "wymiot* .. krwia", "krwawe wymioty", "krew w wymiocin*", "fusowat*",
        "kaszl* krwia", "odkrztusz* krew", "czarn* stolc*", "czarny stolec", "smolist*",
        "czarna kupa", "czarne kupy", "stolec jak smola", "spuchniety i bolesny brzuch",
        "brzuch twardy jak deska", "nie moge nic utrzymac w zoladku",
        "nic nie moge utrzymac w zoladku", "nic nie zostaje w zoladku", "zwracam wszystko co",
        "wymiotuje wszystko", "wymiotuje nawet wod*", "zwracam nawet wod*",
        "wymiotuje po wszystkim",
        # help wanted now
        "nagly wypadek", "pogotowie", "pogotowia", "karetk*", "zadzwon* na 112", "zadzwon* na 999",
        "dzwon* na 112", "dzwon* na 999", "na sor", "na sorze", "izb* przyjec",
    ),
    distress_unclear=(
        "mnie zabija", "zabija mnie", "mnie zabije", "zabije mnie", "mnie wykonczy",
        "wykonczy mnie", "mnie wykancza", "wykancza mnie", "umieram .. bolu", "umre .. bolu",
        "nie dam juz rady", "juz nie dam rady", "nie daje juz rady", "juz nie daje rady",
        "nie daje sobie rady", "juz nie wytrzymuje", "nie wytrzymuje juz", "nie wytrzymam juz",
        "dluzej nie wytrzymam", "nie wytrzymam dluzej", "nie wytrzymuje tego",
        "mam dosc wszystkiego", "mam juz dosc wszystkiego", "mam wszystkiego dosc", "dosc zycia",
        "mam dosc tego zycia", "zmeczon* zyciem", "jestem skonczon*", "koniec ze mna",
        "juz sie poddaje", "poddaje sie juz", "ja sie poddaje", "mam ochote sie poddac",
        "beznadzieja", "beznadziejnie", "wszystko jest beznadziejne", "zycie jest beznadziejne",
        "beznadziejna sytuacja", "bez nadziei", "nie mam nadziei", "stracil* nadzieje",
        "zadnej nadziei", "jaki to ma sens", "po co to wszystko", "po co zyc", "nic nie ma sensu",
        "wszystko nie ma sensu", "nie widze sensu", "nie moge tak dalej", "nie moge juz dalej",
        "nie moge tak zyc", "nie da sie tak zyc", "nie moge z tym zyc", "niech to sie .. skonczy",
        "chc* zeby to sie skonczylo", "jestem .. ciezarem", "tylko ciezarem", "nikogo nie obchodze",
        "nikogo to nie obchodzi", "nikomu nie zalezy", "bezwartosciow*", "jestem do niczego",
        "do niczego sie nie nadaje", "jestem w depresji", "jestem w dolku", "zdolowan*", "rozpacz*",
        "zdesperowan*", "nie moge przestac plakac", "ciagle placze", "caly czas placze",
        "tylko placze", "rozpadam sie", "wszystko mi sie wali", "swiat mi sie zawalil",
        "wole umrzec", "wolal* umrzec", "mysle o smierci", "ratunku", "pomozcie mi",
        "niech ktos mi pomoze", "nie mam juz sily", "juz nie mam sily", "nie mam juz sil",
        "nie mam sily juz", "juz nie mam sil", "brak mi juz sil", "dluzej .. nie zniose",
        "nie zniose .. dluzej", "tego nie zniose", "nie zniose juz", "nie zniose tego dluzej",
        "nie zniose tego bol*", "juz nie zniose", "mnie zabija*", "zabija* mnie", "mam tego dosc",
        "mam juz wszystkiego dosc", "mam dosc zycia", "smierteln* dawk*",
    ),
    not_distress=(
        "nie chc* .. umrzec", "czy mozna .. umrzec", "czy moge .. umrzec", "nie jestem samobojc*",
        "nie mam mysli samoboj*", "bez mysli samoboj*", "zadnych mysli samoboj*",
        "nigdy bym sie nie zabil*", "nie zabije sie", "nie skrzywdze sie", "nigdy sie nie zabije",
        "sie przy golen*", "sie przy krojen*", "sie przypadkiem", "sie niechcacy", "niechcacy sie",
        "przypadkiem sie", "ryzyko przedawkowania", "boje sie przedawkowa*",
        "zeby nie przedawkowac", "czy mozna przedawkowac", "co to jest przedawkowanie",
        "czy przedawkowanie", "przedawkowanie witamin*", "przedawkowania witamin*",
        "nie przedawkowal*", "mial* udar .. temu", "udar .. lat temu", "mial* wylew .. temu",
        "przebyt* udar", "mial* zawal .. temu", "zawal .. lat temu", "mial* atak padaczki .. temu",
        "nie zabije mnie", "nie zabija mnie", "to mnie nie zabije", "umieram z ciekawosci",
        "umieram z nudow", "umieram ze smiechu", "umieram z glodu", "nie poddaje sie",
        "nie poddam sie", "plam* .. od lat", "plam* .. od dawna", "plam* .. od miesiecy",
        "skora po opalaniu", "oddychac przez nos", "po opalaniu schodzi", "nie kontaktuje sie",
        "wylew w oku", "wylew do oka", "wylew krwi do oka", "wylew podspojowkowy",
        "umiera ze smiechu", "umiera z nudow", "niechcacy zrobil*", "przypadkiem zrobil*",
        "zrobil* sobie krzywde przy", "wszystkie poranne", "wszystkie wieczorne",
        "wszystkie dzisiejsze", "wszystkie przepisane", "leki jak zawsze", "tabletki jak zawsze",
        "leki zgodnie z", "tabletki zgodnie z", "leki o czasie", *_SMALL_NUMBERS,
        # questions about overdose (not "przedawkowałam")
        "czy mozna .. przedawkowa*", "mozna .. przedawkowac", "da sie przedawkowac",
        "czy da sie .. przedawkowac", "latwo przedawkowac", "grozi .. przedawkowa*",
        "przedawkowanie .. niebezpieczn*", "przedawkowanie .. mozliwe", "mozliwe .. przedawkowanie",
        "objawy przedawkowania", "skutki przedawkowania", "przedawkowanie .. witamin*",
        "przedawkowania .. witamin*", "jak nie przedawkowac", "unikac przedawkowania",
        "uniknac przedawkowania", "w razie przedawkowania", "przy przedawkowaniu",
        # on purpose denied, hyperbole denied, fatigue, pills laid out for the week
        "nie celowo", "nie puchn*", "nie spuchl*", "twarzy po znieczuleniu", "twarzy u dentysty",
        "niecelowo", "nie specjalnie", "niespecjalnie", "nieumyslnie",
        "nie zabija*", "nie zabije", *_ORDINARY_STRENGTH, "tabletki na tydzien",
        "tabletki na caly", "tabletki na jutro", "tabletki na rano", "tabletki na wieczor",
        "tabletki na noc", "tabletki na dzien", "do pojemnika", "w pojemnik*", "do organizer*",
        "w organizer*", "gotowe do odbioru", "gotowe .. odebrac", "gotowe .. odbior*",
        "tabletki dla", "tabletki mamie", "tabletki mezowi", "tabletki tacie", "tabletki babci",
        "tabletki na wyjazd", "tabletki na weekend", "tabletki na droge", "swoja garsc",
        "moja garsc", "porann* garsc", "codzienn* garsc", "garsc .. jak zwykle",
        "garsc .. jak codziennie", "garsc .. jak co dzien", "garsc .. jak zawsze",
        "garsc .. codziennie", "garsc .. dziennie", "garsc .. rano", "garsc .. wieczorem",
        "probowal* nie", "probowal* odwiesc", "probowal* powstrzymac", "probowal* go powstrzymac",
        "probowal* ja powstrzymac", "krzywde .. jedzac", "krzywde .. pijac", "krzywde .. palac",
        "tabletki czekaja w aptece", "opakowanie antybiotyk*", "wszystkie .. zgodnie z",
    ),
)  # fmt: skip
