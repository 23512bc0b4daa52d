"""Italian phrases for reading typed distress (syntax: ``dialogs.distress``).

Written from the clinical spec's section 9 examples, elisions with and without apostrophes
("un'ambulanza", "unambulanza"), text-speak ("nn", "piu"), idioms ("farla finita") and the
emergency check's groups. Content: changes are reviewed like any wording.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("ho preso 30 compresse", "ho ingoiato 40 tachipirine"): each verb
# with a number and a pill word (up to three words apart: "30 delle mie pastiglie") or a medicine
# named right after the number. Numbers 0 to 4 are cancelled in ``not_distress``; "ho preso 75
# di lyrica" (milligrams) is not a number of pills: a medicine needs the number right before it.
_TOOK = (
    "preso", "presa", "presi", "prese", "ingoiato", "ingoiata", "ingoiate", "ingerito",
    "ingerita", "inghiottito", "inghiottita", "mandato giu", "mandata giu", "buttato giu",
    "buttata giu", "calato", "calata",
)  # fmt: skip
_PILLS = ("compress*", "pastigli*", "pillol*", "pasticc*", "capsul*")
_MEDICINES = (
    "tachipirin*", "paracetamol*", "lyrica*", "pregabalin*", "gabapentin*", "neurontin*",
    "ibuprofen*", "brufen*", "aspirin*", "tramadol*", "contramal*", "morfin*", "oxicodon*",
    "oxycontin*", "tapentadol*", "palexia*", "codein*", "xanax*", "alprazolam*", "lexotan*",
    "bromazepam*", "delorazepam*", "lorazepam*", "tavor*", "rivotril*", "clonazepam*",
    "valium*", "diazepam*", "zolpidem*", "stilnox*", "sonnifer*", "tranquillant*",
    "ansiolitic*", "antidepressiv*", "amitriptilin*", "laroxyl*", "duloxetin*", "cymbalta*",
    "sertralin*", "zoloft*", "paroxetin*", "fluoxetin*", "quetiapin*", "seroquel*",
    "idrossiclorochin*", "plaquenil*", "metotrexat*", "prednison*", "deltacorten*",
    "antidolorific*", "antinfiammatori*", "analgesic*", "calmant*",
)  # fmt: skip
_NUMBER_TAKEN = (
    *(f"{took} # .. {pill}" for took in _TOOK for pill in _PILLS),
    # "ho preso circa 30 compresse", "ho preso più di 40 pastiglie"
    *(f"{took} .. # {pill}" for took in _TOOK for pill in _PILLS),
    *(f"{took} # {medicine}" for took in _TOOK for medicine in _MEDICINES),
    *(
        f"{took} # {at_once}"
        for took in _TOOK
        for at_once in ("insieme*", "tutt* insieme*", "in una volta*", "tutt* in una volta*")
    ),
    # "ne ho prese 30"
    "ne ho pres* #",
    "ne ho ingoiat* #",
    "ne ho mandat* giu #",
    "ne ho buttat* giu #",
    *(
        f"{took} {number} .. {pill}"
        for took in ("preso", "presa", "ingoiato", "ingoiata")
        for number in (
            "venti",
            "trenta",
            "quaranta",
            "cinquanta",
            "cento",
            "una decina",
            "una ventina",
            "una trentina",
            "una quarantina",
            "una cinquantina",
            "un centinaio",
        )
        for pill in ("compress*", "pastigli*", "pillol*")
    ),
    *(f"{took} # {box}" for took in _TOOK for box in ("scatol*", "confezion*", "blister*")),
    # "ho preso tutta la morfina", "ho preso tutto il mio tramadolo"
    *(f"{took} tutt* .. {medicine}" for took in _TOOK for medicine in _MEDICINES),
)
_SMALL_NUMBERS = (
    *(
        f"{took} {n}"
        for took in (*_TOOK, "prendere", "prenderò", "ingoiare")
        for n in ("0", "1", "2", "3", "4")
    ),
    *(f"{n} {pill}" for n in ("0", "1", "2", "3", "4") for pill in _PILLS),
)
# Poison, bleach, antifreeze... drunk or swallowed ("ho bevuto un bicchiere di candeggina").
_POISONS = (
    "veleno*", "topicida*", "candeggina", "varechina", "ammoniaca", "lammoniaca", "antigelo",
    "lantigelo", "dellantigelo", "soda caustica", "acido muriatico", "lacido muriatico",
    "diserbant*", "insetticid*", "linsetticid*", "pesticid*", "antiparassitar*", "cianuro",
    "candeggina", "amuchina", "lamuchina", "dellamuchina",
)  # fmt: skip
_POISON_TAKEN = tuple(
    f"{took} .. {poison}"
    for took in (
        "preso", "presa", "bevuto", "bevuta", "ingoiato", "ingoiata", "ingerito", "ingerita",
    )
    for poison in _POISONS
)  # fmt: skip
# "metà della faccia è addormentata", "mi si è abbassato un lato della bocca"
_ONE_SIDE = (
    "meta della faccia", "meta faccia", "meta del viso", "meta viso", "lato della faccia",
    "lato del viso", "meta del corpo", "lato del corpo", "meta della bocca", "angolo della bocca",
)  # fmt: skip
_NUMB = (
    "addormentat*", "intorpidit*", "insensibil*", "cadente", "abbassat*", "cascant*",
    "storta", "storto", "senza forza", "caduta", "caduto", "non la sento", "non lo sento",
)  # fmt: skip
_ONE_SIDED = (
    *(f"{numb} .. {side}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"{side} .. {numb}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"non sento {side}" for side in ("meta della faccia", "meta faccia", "meta del corpo")),
)
# Medicines "of the day" or "of the week" are routine ("ho preso le pastiglie di stasera").
_ROUTINE = tuple(
    f"{pill} {how}"
    for pill in (*_PILLS, "farmac*", "medicin*", "terapia")
    for how in (
        "di oggi", "del giorno", "della mattina", "del mattino", "della sera", "di stamattina",
        "di stasera", "giornalier*", "al giorno", "divers*", "different*", "della settimana",
        "per la settimana", "nel portapillole", "come prescritt*", "come da prescrizione",
        "come mi ha detto",
    )
)  # fmt: skip

PHRASES = PhraseList(
    language="it",
    suicidal_act=(
        "preso tutte .. pastigli*", "preso tutte .. pillol*", "preso tutte .. compress*",
        "preso tutte .. medicin*", "preso tutti .. farmac*", "preso tutti .. medicinal*",
        "preso tutti .. sonnifer*", "ingoiato tutte .. pastigli*", "ingoiato tutte .. pillol*",
        "ingoiato tutte .. compress*", "ingoiato tutti .. farmac*", "ingoiato tutti .. sonnifer*",
        "preso troppe pastiglie", "preso troppe pillole", "preso troppe compresse",
        "preso troppe medicine", "preso troppi farmaci", "preso troppi sonniferi",
        "ingoiato troppe pastiglie", "ingoiato troppe pillole", "ingoiato troppi farmaci",
        "preso tutto il flacone", "ingoiato tutto il flacone", "bevuto tutto il flacone",
        "preso tutta la scatola", "ingoiato tutta la scatola", "preso una scatola intera",
        "ingoiato una scatola intera", "preso tutto il blister", "preso tutta la confezione",
        "ingoiato tutta la confezione", "preso una confezione intera", "le ho prese tutte",
        "ingerito tutte .. pastigli*", "ingerito tutti .. farmac*",
        "mandato giu tutte .. pastigli*", "mandato giu tutte .. pillol*", "preso tutta la boccetta",
        "bevuto tutta la boccetta", "preso tutte le gocce", "bevuto tutte le gocce",
        "li ho presi tutti", "le ho ingoiate tutte", "preso tutto quello che avevo",
        "ingoiato tutto quello che", "overdose", "unoverdose", "fatto unoverdose",
        "fatto un overdose", "tagliato le vene", "tagliata le vene", "tagliato i polsi",
        "tagliata i polsi", "mi sono tagliat*", "mi sto tagliando", "mi sono fatto dei tagli",
        "mi sono fatta dei tagli", "mi sono fatto del male", "mi sono fatta del male",
        "mi sono ferit* apposta", "mi sono fatt* male apposta", "mi sono autolesionat*",
        "mi sono avvelenat*", "bevuto la candeggina", "bevuto candeggina",
        "bevuto della candeggina", "bevuto la varechina", "preso del veleno", "ingoiato del veleno",
        "bevuto del veleno", "ingoiato veleno", "veleno per topi", "mi sto impiccando",
        "corda al collo", "cappio al collo", "cappio intorno al collo", "sono sul ponte",
        "sul ponte per buttarmi", "sono sul tetto", "sul tetto per buttarmi", "sul cornicione",
        "sto per buttarmi", "sto per saltare giu", "sto per saltare dal",
        "sto per saltare nel vuoto", "sto per lanciarmi", "sono sui binari", "davanti al treno",
        *_NUMBER_TAKEN, *_POISON_TAKEN,
        # a handful, or too much on purpose
        "preso una manciata", "presa una manciata", "ingoiato una manciata",
        "ingoiata una manciata", "una manciata di pastigli*", "una manciata di pillol*",
        "una manciata di compress*",
        *(
            f"{what} {purpose}"
            for what in (
                "preso troppe ..", "preso troppi ..", "preso troppo ..", "preso troppa ..",
                "presa troppe ..", "presa troppi ..", "di piu", "pastigli*", "compress*",
                "pillol*", "farmac*", "medicin*", "dose*", "overdose", "unoverdose",
                "sovradosaggio",
            )
            for purpose in (
                "apposta", "di proposito", "volontariamente", "intenzionalmente",
                "deliberatamente", "per farla finita",
            )
        ),
        # cutting, again and again
        "continuo a tagliarmi", "continuato a tagliarmi", "ricominciato a tagliarmi",
        "ricomincio a tagliarmi", "mi taglio di nuovo", "mi taglio ancora", "mi taglio le braccia",
        "mi taglio le gambe", "mi taglio i polsi", "mi sono bruciat* apposta",
        "mi sono fatt* dei tagli", "mi faccio dei tagli",
        # ready to do it
        "pastigli* pront*", "compress* pront*", "pillol* pront*", "farmac* pront*",
        "pront* le pastiglie", "pront* le pillole", "pront* le compresse",
        "preparat* le pastiglie", "pastigli* preparat*", "corda pronta", "cappio pronto",
        "ho il cappio", "lametta pronta", "lamette pronte",
        # an attempt already made
        *(
            f"{tried} {act}"
            for tried in ("cercato di", "provato a", "provato ad", "tentato di")
            for act in (
                "uccidermi", "ammazzarmi", "impiccarmi", "suicidarmi", "togliermi la vita",
                "farla finita", "avvelenarmi", "tagliarmi le vene", "buttarmi dal",
                "buttarmi dalla", "buttarmi da", "buttarmi sotto", "annegarmi",
            )
        ),
        "tentato il suicidio", "tentato suicidio", "tentativo di suicidio",
        "tentativi di suicidio", "tentata di uccidermi", "ha cercato di uccidersi",
        "ha tentato il suicidio", "ha provato a uccidersi",
    ),
    suicidal_wish=(
        "voglio morire", "voglio solo morire", "vorrei solo morire", "voglio davvero morire",
        "voglio proprio morire", "voglio soltanto morire", "vorrei morire", "volevo morire",
        "vorrei tanto morire", "vojo mori", "voglio mori", "desidero morire", "spero di morire",
        "prego di morire", "voglia di morire", "vorrei essere mort*", "voglio essere mort*",
        "preferirei essere mort*", "meglio se fossi mort*", "meglio se morissi",
        "sarebbe meglio se morissi", "se morissi", "meglio senza di me",
        "starebbero meglio senza di me", "merito di morire", "dovrei morire", "dovrei essere mort*",
        "non merito di vivere", "farla finita", "la faccio finita", "farla finita con la vita",
        "togliermi la vita", "tolgo la vita", "mi tolgo la vita", "fine alla mia vita",
        "porre fine alla mia vita", "mettere fine alla mia vita", "finirla con la vita",
        "uccidermi", "ammazzarmi", "mammazzo", "mi ammazzo", "mi uccido", "mi voglio uccidere",
        "mi voglio ammazzare", "mi voglio suicidare", "suicidarmi", "suicidio", "suicidi",
        "suicida", "pensieri suicid*", "impiccarmi", "mi impicco", "spararmi", "mi sparo",
        "buttarmi dal", "buttarmi da un", "buttarmi sotto", "buttarmi giu dal", "buttarmi dalla",
        "mi butto dal", "mi butto sotto", "mi butto dalla", "gettarmi", "lanciarmi dal",
        "annegarmi", "tagliarmi le vene", "tagliarmi i polsi", "voglio tagliarmi", "mi taglio",
        "farmi del male", "voglio ferirmi", "autolesion*", "voglio piu vivere", "non voglio vivere",
        "nn voglio vivere", "piu voglia di vivere", "nessuna voglia di vivere",
        "perso la voglia di vivere", "voglio piu esserci", "voglio piu stare qui",
        "voglio piu esistere", "non voglio esistere", "vorrei non esistere", "vorrei non esserci",
        "non essere mai nat*", "voglio sparire", "vorrei sparire", "sparire per sempre",
        "scomparire per sempre", "vorrei scomparire", "non voglio svegliarmi",
        "spero di non svegliarmi", "non svegliarmi piu", "non risvegliarmi",
        "addormentarmi per sempre", "dormire per sempre", "vita non vale la pena",
        "vita non vale piu la pena", "non vale la pena vivere", "non vale la pena di vivere",
        "non ha senso vivere", "nessun motivo per vivere", "nessuna ragione per vivere",
        "niente per cui vivere", "nulla per cui vivere", "metto da parte .. pastigli*",
        "da parte le pastiglie", "da parte .. farmac*", "da parte .. pillol*",
        "accumulando .. pastigli*", "accumulo .. pastigli*", "lettera di addio", "lettera daddio",
        "lettera d addio", "biglietto di addio", "biglietto daddio", "piano per uccidermi",
        "piano per farla finita", "piano per morire", "non ci saro piu", "nn ci saro piu",
        "addio a tutti",
        # a plan for tonight ("stanotte prendo tutte le pastiglie")
        *(
            f"{when} .. {take} tutt* .. {what}"
            for when in ("stanotte", "stasera", "questa notte", "questa sera")
            for take in ("prend*", "ingoi*")
            for what in (*_PILLS, "farmac*", "medicin*", *_MEDICINES)
        ),
        *(
            f"{going} tutt* .. {what}"
            for going in ("prenderò", "ingoierò", "voglio prendere", "voglio ingoiare")
            for what in (*_PILLS, "farmac*", "medicin*", *_MEDICINES)
        ),
        *(
            f"{going} # .. {pill}"
            for going in ("prenderò", "ingoierò", "voglio prendere", "voglio ingoiare")
            for pill in _PILLS
        ),
        "prenderò tutta la scatola", "prenderò la scatola intera", "berrò la candeggina",
    ),
    emergency_words=(
        # breathing_chest
        "non riesco a respirare", "nn riesco a respirare", "riesco piu a respirare",
        "non riesce a respirare", "nn riesce a respirare", "riesce piu a respirare", "non respiro",
        "nn respiro", "non respira", "nn respira", "fatica a respirare", "difficolta a respirare",
        "difficolta respiratori*", "mi manca il respiro", "manca laria", "manca l aria",
        "fiato corto", "senza fiato", "soffoco", "soffoca", "soffocando", "soffocato", "soffocata",
        "soffocamento", "non riesco a deglutire", "riesco piu a deglutire", "non riesco a ingoiare",
        "riesco piu a ingoiare", "deglutire la saliva", "ingoiare la saliva",
        "deglutire la mia saliva", "dolore al petto", "dolori al petto", "male al petto",
        "dolore nel petto", "dolore toracico", "oppressione al petto", "peso sul petto",
        "stretta al petto", "dolor* .. al petto", "male .. al petto", "dolor* .. nel petto",
        "mi fa .. male il petto", "petto .. schiacciat*", "petto .. stretto", "morsa .. petto",
        "peso .. sul petto", "oppressione .. petto", "stretta .. petto",
        "dolor* .. braccio sinistro", "dolor* .. va al braccio", "infarto", "attacco di cuore",
        "arresto cardiaco", "svenut*", "svenire", "svengo", "svenimento", "perso i sensi",
        "perde i sensi", "privo di sensi", "priva di sensi", "perso conoscenza", "perde conoscenza",
        "incosciente", "crollat* a terra", "e crollat*", "sono crollat*", "collassat*",
        "gola che si chiude", "gola si chiude",
        # stroke_brain
        "ictus", "ischemia cerebrale", "bocca storta", "faccia storta", "viso storto",
        "viso cadente", "meta del viso paralizzat*", "paresi facciale", "paralisi facciale",
        "debole da un lato", "debolezza da un lato", "intorpidit* da un lato",
        "non sento il braccio", "non sento la gamba", "non riesce a parlare",
        "riesce piu a parlare", "non riesco a parlare", "riesco piu a parlare",
        "parla in modo strano", "parla strano", "biascica", "farfuglia", "parole impastate",
        "parola impastata", "confus* allimprovviso", "confus* all improvviso",
        "improvvisamente confus*", "confusione improvvisa", "non ci vedo piu", "nn ci vedo piu",
        "vedo piu niente", "non vedo niente", "vedo piu da un occhio", "non vedo da un occhio",
        "perso la vista", "perdita improvvisa della vista", "diventando ciec*", "diventato cieco",
        "diventata cieca", "vedo doppio", "visione doppia", "vista doppia", "peggior mal di testa",
        "peggiore mal di testa", "mal di testa fortissimo", "mal di testa violentissimo",
        "mal di testa improvviso", "cefalea improvvisa", "rigidita nucale", "collo rigido",
        "nuca rigida", "convulsioni", *_ONE_SIDED, "labbra .. gonfi*", "lingua .. gonfi*",
        "gonfiano .. labbra", "gonfiando .. labbra", "gonfia .. lingua", "gonfiando .. lingua",
        "crisi epilettica", "attacco epilettico", "crisi convulsiva",
        # sudden_weakness
        "non riesco a camminare", "nn riesco a camminare", "riesco piu a camminare",
        "non riesce a camminare", "riesce piu a camminare", "non posso camminare",
        "non cammino piu", "nn cammino piu", "gambe cedono", "gambe che cedono",
        "gambe hanno ceduto", "cedono le gambe", "cedute le gambe", "debolezza che sale",
        "debolezza .. che sale", "debolezza .. sale", "debolezza .. salendo", "debolezza .. risale",
        "non riesco a muovere", "riesco piu a muovere", "non riesce a muovere", "non si muove piu",
        "non riesce a muoversi", "mi sento mancare", "paralizzat*", "paralisi",
        "intorpidit* tra le gambe", "insensibil* tra le gambe", "non sento .. tra le gambe",
        "formicolio tra le gambe", "non riesco a urinare", "riesco piu a urinare",
        "non riesco a fare pipi", "nn riesco a fare pipi", "riesco piu a fare pipi",
        "non riesce a urinare", "non faccio pipi da", "non urino da", "ritenzione urinaria",
        "perso il controllo della vescica", "perso il controllo dellintestino",
        "perso il controllo dell intestino", "incontinenza improvvisa",
        # drowsy_overdose
        "riesco a svegliarlo", "riesco a svegliarla", "riesce a svegliarlo", "riesce a svegliarla",
        "non si sveglia", "nn si sveglia", "si sveglia piu", "molto sonnolent*",
        "sonnolenza estrema", "sonnolenza fortissima", "non riesco a stare sveglio",
        "non riesco a stare sveglia", "respira pianissimo", "respira molto piano",
        "respira molto lentamente", "respira appena", "respira a malapena", "respira a fatica",
        "respira male", "respiro lento", "preso una dose doppia", "preso la dose doppia",
        "preso doppia dose", "preso troppo farmaco", "preso troppa medicina",
        "preso troppo tramadolo", "preso troppa morfina", "preso troppo paracetamolo",
        "preso troppa tachipirina", "preso troppa insulina", "preso troppo lyrica", "sovradosaggio",
        "ipoglicemia", "crisi ipoglicemica", "in ipo", "glicemia bassa", "zucchero basso",
        # sepsis_unwell
        "sepsi", "setticemia", "shock settico", "febbre .. confus*", "confus* .. febbre",
        "febbre altissima", "febbre a 40", "pelle marezzata", "pelle chiazzata", "labbra blu",
        "labbra viola", "labbra bluastre", "pelle blu", "sta diventando blu", "e diventato blu",
        "e diventata blu", "cianotic*", "non ho fatto pipi tutto il giorno",
        "non ho urinato tutto il giorno", "non faccio pipi da stamattina", "credo di morire",
        "penso di morire", "credo di stare morendo", "penso di stare morendo", "sto morendo",
        "sta morendo", "sto per morire", "mi sento morire",
        # skin_swelling
        "labbra gonfie", "labbra che si gonfiano", "gonfiore alle labbra", "lingua gonfia",
        "lingua che si gonfia", "gonfiore alla lingua", "faccia gonfia", "viso gonfio",
        "gonfiore al viso", "shock anafilattico", "anafilassi", "anafilatti*", "reazione allergica",
        "edema della glottide", "edema di quincke", "angioedema", "penna di adrenalina",
        "iniezione di adrenalina", "vesciche dappertutto", "vesciche su tutto",
        "bolle su tutto il corpo", "pelle che si stacca", "pelle si stacca", "pelle che viene via",
        "macchie viola", "macchie violacee", "petecchie",
        # belly_blocked
        "vomito sangue", "vomitato sangue", "vomita sangue", "vomitando sangue",
        "vomito con sangue", "sangue nel vomito", "tossisco sangue", "tossendo sangue",
        "sputo sangue", "feci nere", "cacca nera", "feci picee", "pancia gonfia .. vomit*",
        "pancia dura .. vomit*", "addome gonfio .. vomit*", "tenere giu niente", "tengo giu niente",
        "tiene giu niente", "trattengo niente", "vomito tutto", "vomita tutto",
        # help wanted now
        "emergenza", "unemergenza", "ambulanza", "unambulanza", "lambulanza", "pronto soccorso",
        "chiama* il 112", "chiama* il 118", "chiamare il 112", "chiamare il 118",
    ),
    distress_unclear=(
        "mi sta uccidendo", "mi uccide", "mi ammazza", "mi sta ammazzando", "muoio dal dolore",
        "muoio di dolore", "morendo dal dolore", "ce la faccio piu", "non ce la faccio",
        "nn ce la faccio", "ne posso piu", "non reggo piu", "nn reggo piu",
        "non sopporto piu niente", "non sopporto piu questa vita", "non lo sopporto piu",
        "non la sopporto piu", "stanco di vivere", "stanca di vivere", "stanco della vita",
        "stanca della vita", "stufo di vivere", "stufa di vivere", "stufo della vita",
        "stufa della vita", "stanco di tutto", "stufo di tutto", "stufa di tutto",
        "stanca di tutto", "mi arrendo", "mollo tutto", "voglio mollare", "senza speranza",
        "nessuna speranza", "non ce speranza", "nn ce speranza", "disperato", "disperata",
        "disperazione", "che senso ha", "a che serve vivere", "non ha piu senso", "niente ha senso",
        "nulla ha senso", "sono un peso", "un peso per tutti", "non valgo niente",
        "non valgo nulla", "a nessuno importa", "a nessuno frega", "sto crollando", "sono depress*",
        "cosi depress*", "tanto depress*", "piango sempre", "smetto di piangere",
        "piango tutto il giorno", "aiutatemi", "aiutami", "aiuto vi prego", "vi prego aiuto",
        "voglio che finisca", "che finisca tutto", "meglio morire", "preferirei morire",
        "preferisco morire", "piuttosto morire", "non vivo piu", "nn vivo piu",
        "non posso vivere cosi", "posso piu vivere cosi", "non si puo vivere cosi",
        "per me e finita", "sono finito", "sono finita", "sono al limite", "vedo tutto nero",
        "arrivato al limite", "arrivata al limite", "sono allo stremo", "mi uccidera",
        "mi ammazzera", "mi stanno uccidendo", "mi stanno ammazzando", "mi uccidono",
        "mi ammazzano", "fa male da morire", "fanno male da morire", "male .. da morire",
        "dolore da morire", "dolori da morire", "mal di .. da morire", "non ho piu forze",
        "non ho piu la forza di", "senza piu forze", "non ne posso piu di niente",
        "basta con tutto",
    ),
    not_distress=(
        "non voglio morire", "nn voglio morire", "non ho voglia di morire", "non vorrei morire",
        "non voglio farla finita", "non sono suicida", "nn sono suicida", "non sono una suicida",
        "mai stat* suicida", "nessun pensiero suicid*", "nessun pensiero di suicidio",
        "nessun pensiero suicidario", "mai pensato al suicidio", "non penso al suicidio",
        "non mi ucciderei mai", "non mi farei mai del male", "non voglio farmi del male",
        "mai farmi del male", "tagliat* .. dito", "tagliat* .. capelli", "tagliat* .. unghie",
        "tagliat* .. barba", "tagliat* .. cucinando", "tagliat* .. per sbaglio",
        "tagliat* .. con la carta", "tagliat* .. radendo", "mi taglio .. unghie",
        "mi taglio .. capelli", "mi taglio .. barba", "morendo di fame", "morendo di sete",
        "morendo di caldo", "morendo di freddo", "morendo di sonno", "morendo di noia",
        "morendo dal caldo", "morendo dal freddo", "morendo dal ridere", "morendo dalla voglia",
        "morendo di curiosita", "rischio di overdose", "rischio di sovradosaggio",
        "in caso di sovradosaggio", "ictus .. fa", "rischio di ictus", "rischio ictus",
        "paura di un ictus", "crisi epilettica .. fa", "infarto .. anni fa", "rischio di infarto",
        "rischio di paralisi", "ci vedo piu dalla", "non e unemergenza", "non e un emergenza",
        "non e una emergenza", "nessuna emergenza", "non e urgente", "crollat* dal sonno",
        "sono finit* in", "sono finit* a", "sono finit* al", "sono finit* all*", "non vivo piu a",
        "non vivo piu in", "non vivo piu con", "non vivo piu da", "parlare con", "parlare di",
        "non vedo niente di", "paralisi del sonno", "paralizzat* dalla paura",
        "respiro bene dal naso", "respiro dal naso", "respiro col naso", "respirare col naso",
        "respirare dal naso", "respirare con il naso", "fatt* del male cadendo",
        "fatt* del male in palestra", "fatt* del male per sbaglio", "fatt* del male per caso",
        "del male al ginocchio", "del male alla schiena", "del male alla caviglia",
        "del male al piede", "camminare a lungo", "ce la faccio a venire", "ce la faccio ad andare",
        "ce la faccio ad arrivare", "crollando dal sonno", "mi taglio .. carta",
        "mi taglio .. cucinando", "farmi del male cadendo", "sotto la doccia", "sotto le coperte",
        "svegliarmi presto", "svegliarmi alle", "svegliarmi di notte", "rischio di ritenzione",
        "rende molto sonnolent*", "gonfi* per il cortisone", "gonfi* dal cortisone",
        "gonfi* col cortisone", "gonfi* con il cortisone", "preso tutti i giorni",
        "preso tutte le sere", "preso tutte le mattine", "ingoiato tutti i giorni", "cose un ictus",
        "cos e un ictus", "non ho pensieri suicid*", "nn ho pensieri suicid*", "camminare scalz*",
        "camminare molto", "camminare come prima", "camminare senza dolore",
        "deglutire .. pastigli*", "deglutire .. compress*", "ingoiare .. pastigli*",
        "ingoiare .. compress*", "deglutire il cibo secco", "ingoiare il cibo secco",
        "deglutire il pane", "ingoiare il pane", "non riesco a muovere .. dita", "aiutami a capire",
        "aiutatemi a capire", "farla finita con il fumo", "farla finita con le sigarette",
        *_SMALL_NUMBERS, *_ROUTINE, "# mg", "# milligrammi", "# grammi", "# gr", "# g",
        "# ml", "# gocce", "# ui", "# mcg", "# giorni", "# settimane", "# mesi", "# anni",
        "# ore", "# minuti", "# volte", "# kg", "# chili", "# chilo", "# birre", "# caffe",
        "# bicchieri", "tutti i giorni", "tutte le sere", "tutte le mattine", "tutte le notti",
        "tutte le settimane", "tutti i mesi", "tutto il ciclo", "portapillole",
        "pront* in farmacia", "pront* da ritirare", "pront* per il viaggio",
        "pastigli* per il viaggio", "tagliarmi .. capelli", "tagliarmi .. unghie",
        "tagliarmi .. barba", "non lho fatto apposta", "non l ho fatto apposta", "non apposta",
        "non di proposito", "non volontariamente",
        *(
            f"{pill} {what}"
            for pill in ("pastigli*", "pasticc*", "compress*")
            for what in (
                "per la gola", "alla menta", "di menta", "allo xilitolo", "di xilitolo",
                "per la bocca", "da sciogliere", "di magnesio", "di vitamin*", "di ferro",
                "di calcio", "di collagene", "di zinco", "di potassio", "di liquirizia",
            )
        ), "corda vocal*",
        "corde vocali", "pront* nel portapillole", "pront* per la settimana",
        "preparat* nel portapillole", "preparat* per la settimana",
        # a question about overdose is not an overdose
        "detto che .. overdose", "detto che unoverdose", "dice che .. overdose",
        "letto che .. overdose", "overdose di vitamin*", "unoverdose di vitamin*",
        "sovradosaggio di vitamin*", "pericolos* .. overdose", "pericolos* .. unoverdose",
        "pericolos* .. sovradosaggio", "pericolo di overdose", "si puo andare in overdose",
        "puo .. andare in overdose", "possibile .. overdose", "possibile .. unoverdose",
        "possibile .. sovradosaggio", "sintomi .. overdose", "sintomi .. unoverdose",
        "sintomi .. sovradosaggio", "cosa succede .. overdose", "cosa succede .. unoverdose",
        "cosa succede .. sovradosaggio", "causare .. overdose", "causare .. sovradosaggio",
        "overdose accidental*", "sovradosaggio accidental*",
        # a finger cut in the kitchen, help with a question, giving up on a treatment
        "tagliat* .. mentre cucinav*", "tagliat* .. in cucina", "tagliat* .. affettando",
        "tagliat* .. sbucciando", "tagliat* .. pelando", "tagliat* .. radendomi",
        "tagliat* .. facendo la barba", "tagliat* .. depilandomi", "tagliat* .. con un foglio",
        "non ho dolore .. petto", "senza dolore .. petto", "nessun dolore .. petto",
        "niente dolore .. petto", "non ho male .. petto", "non mi fa male il petto",
        "aiutami con", "aiutatemi con", "aiutami a trovare", "aiutami a scegliere",
        "aiutami a rispondere", "aiutami per", "aiutatemi a trovare",
        *(
            f"che senso ha {what}"
            for what in (
                "la domanda", "questa domanda", "quella domanda", "le domande", "il test",
                "questo test", "lesame", "questo esame", "il questionario", "questo questionario",
                "il pulsante", "questo pulsante", "il bottone", "la biopsia", "le analisi",
                "questa app", "il bot",
            )
        ),
        *(
            f"{gave_up} {what}"
            for gave_up in ("mi arrendo con", "mi sono arres* con", "ho rinunciato a")
            for what in (
                "le lacrime", "la lacrima", "le gocce", "il collirio", "i colliri", "la crema",
                "la dieta", "la domanda", "le domande", "il questionario", "questa app",
            )
        ),
        "mi sparo un film", "mi sparo una serie", "mi sparo una puntata", "mi sparo tutta la serie",
    ),
)  # fmt: skip
