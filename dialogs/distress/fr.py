"""French phrases for reading typed distress (syntax: ``dialogs.distress``).

Written from the clinical spec's section 9 examples, elisions typed with and without apostrophes
("j'en peux plus", "jen peux plus"), spoken French without "ne", slang ("me foutre en l'air")
and the emergency check's groups. Content: changes are reviewed like any wording.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("j'ai pris 30 cachets", "j'ai avalé genre 40 doliprane"): a verb, a
# number (up to three words after it), then a pill word (up to three words after the number: "30
# de mes cachets") or a medicine named right after the number ("pris 20 lyrica"; not "pris 300 mg
# de lyrica"). Numbers 0 to 5 are cancelled in ``not_distress`` ("pris 2 doliprane"), and so are
# times and doses ("pris 10 jours", "150 mg"). Numbers 6 and more read as an act.
_PRIS = (
    "pris", "avale", "avalee", "gobe", "ingere", "englouti", "bu", "viens de prendre",
    "viens davaler", "viens d avaler",
)  # fmt: skip
_PILLS = (
    "cachet*", "comprime*", "pilule*", "gelule*", "capsule*", "medicament*", "medoc*",
    "somnifere*", "anxiolytique*", "antidepresseur*", "calmant*", "antidouleur*",
)  # fmt: skip
_MEDICINES = (
    "doliprane*", "dafalgan*", "efferalgan*", "paracet*", "ibupro*", "advil*", "nurofen*",
    "aspirine*", "tramadol*", "topalgic*", "ixprim*", "codeine*", "lamaline*", "morphine*",
    "skenan*", "actiskenan*", "oxycod*", "oxynorm*", "fentanyl*", "pregab*", "lyrica*", "gabap*",
    "neurontin*", "laroxyl*", "amitrip*", "dulox*", "cymbalta*", "sertral*", "zoloft*",
    "citalo*", "escitalo*", "seroplex*", "deroxat*", "paroxetine*", "fluox*", "prozac*",
    "venlaf*", "effexor*", "mirtaz*", "norset*", "xanax*", "alpraz*", "lexomil*", "bromaz*",
    "lysanxia*", "prazepam*", "seresta*", "oxazep*", "temesta*", "loraz*", "valium*", "diazep*",
    "rivotril*", "clonaz*", "stilnox*", "zolpi*", "imovane*", "zopic*", "atarax*",
    "hydroxyzine*", "tercian*", "quetia*", "xeroquel*", "plaquenil*", "hydroxychlor*",
    "methotrex*", "predni*", "solupred*", "cortancyl*", "lithium*", "teralithe*", "benzo*",
    "opioide*", "opiace*",
)  # fmt: skip
_WORD_NUMBERS = (
    "dizaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine", "vingt",
    "trente", "quarante", "cinquante", "cent",
)  # fmt: skip
_NUMBER_TAKEN = (
    *(f"{took} .. # .. {pill}" for took in _PRIS for pill in _PILLS),
    *(f"{took} .. # {medicine}" for took in _PRIS[:6] for medicine in _MEDICINES),
    *(f"{took} .. # de mes" for took in _PRIS),
    *(
        f"{took} .. {number} .. {pill}"
        for took in _PRIS[:4]
        for number in _WORD_NUMBERS
        for pill in (*_PILLS[:6], *_MEDICINES[:4])
    ),
)  # fmt: skip
_SMALL = ("0", "1", "2", "3", "4", "5")
_SMALL_NUMBERS = (
    *(f"{took} {n}" for took in (*_PRIS, "prendre", "avaler", "prends") for n in _SMALL),
    *(
        f"{n} {pill}"
        for n in _SMALL
        for pill in (*_PILLS, "de mes", "de plus", "fois", "x")
    ),
    *(f"{my} {n}" for my in ("mes", "les", "encore", "autres") for n in _SMALL),
)  # fmt: skip
_NOT_A_COUNT = tuple(
    f"# {unit}"
    for unit in (
        "min*", "heure*", "h", "jour*", "semaine*", "mois", "ans", "annee*", "seconde*", "mg",
        "mcg", "ml", "gouttes", "fois", "ui", "unite*",
    )
)  # fmt: skip
# A weekly methotrexate dose is 6 to 10 tablets, a day's paracetamol or ibuprofen up to 8.
_MTX_WEEK = ("6", "7", "8", "9", "10")
_ROUTINE_COUNT = (
    *(f"{n} {medicine}" for n in _MTX_WEEK for medicine in ("methotrex*", "mtx")),
    *(f"{n} {pill} de methotrex*" for n in _MTX_WEEK for pill in ("comprimes", "cachets")),
    *(
        f"{n} {medicine}"
        for n in ("6", "7", "8")
        for medicine in (
            "doliprane*", "dafalgan*", "efferalgan*", "paracet*", "ibupro*", "advil*", "nurofen*",
        )
    ),
    *(
        f"{n} {pill} de {medicine}"
        for n in ("6", "7", "8")
        for pill in ("comprimes", "cachets")
        for medicine in ("paracet*", "ibupro*")
    ),
)  # fmt: skip
# All of a named medicine ("j'ai pris toute ma morphine", "avalé tout mon tramadol").
_ALL_OF_A_MEDICINE = tuple(
    f"{took} {all_} .. {medicine}"
    for took in ("pris", "avale", "avalee", "gobe")
    for all_ in ("tout*", "tous")
    for medicine in _MEDICINES
)  # fmt: skip
# On purpose ("j'ai pris trop de médicaments exprès", "avalé une poignée de cachets exprès").
_ON_PURPOSE = (
    "expres", "volontairement", "deliberement", "intentionnellement", "sciemment",
    "pour mourir", "pour en finir",
)  # fmt: skip
_PURPOSE_TAKEN = (
    *(
        f"{took} .. {pill} .. {purpose}"
        for took in ("pris", "avale", "avalee", "gobe")
        for pill in _PILLS
        for purpose in _ON_PURPOSE
    ),
    *(f"trop de .. {purpose}" for purpose in _ON_PURPOSE),
    *(f"{purpose} trop" for purpose in _ON_PURPOSE[:5]),
    *(
        f"{purpose} .. {overdose}"
        for purpose in _ON_PURPOSE[:5]
        for overdose in ("overdose", "surdose")
    ),
    "fait expres de prendre trop", "fait expres davaler",
)  # fmt: skip
# Poison and household chemicals drunk or swallowed ("j'ai bu de l'antigel").
_POISONS = (
    "javel", "lantigel", "antigel", "destop", "deboucheur", "lacide", "acide chlorhydrique",
    "mort aux rats", "raticide", "poison", "pesticide*", "insecticide*", "desherbant", "roundup",
    "cyanure", "white spirit", "alcool a bruler", "methanol", "lessive", "produit menager",
    "produits menagers", "ammoniaque", "soude caustique", "lammoniaque",
)  # fmt: skip
_POISON_TAKEN = (
    *(
        f"{drank} .. {poison}"
        for drank in ("bu", "avale", "avalee", "ingere", "ingurgite", "mange")
        for poison in _POISONS
    ),
    *(
        f"pris .. {poison}"
        for poison in ("mort aux rats", "raticide", "poison", "cyanure", "desherbant")
    ),
)  # fmt: skip
# The means ready ("les cachets sont prêts", "la corde est prête").
_READY = (
    *(
        f"{pill} {ready}"
        for pill in ("cachets", "comprimes", "medicaments", "pilules", "somniferes", "medocs")
        for ready in ("sont prets", "sont deja prets", "sont la devant moi", "devant moi")
    ),
    *(f"tous .. {pill} .. prets" for pill in ("cachet*", "comprime*", "medicament*", "medoc*")),
    "la corde est prete", "la corde est deja", "la corde est accrochee", "corde prete",
)  # fmt: skip
# A plan to take them all, or a number of them ("je vais prendre tous mes cachets ce soir"); not
# "tous mes médicaments" (keeping to the prescription).
_PLAN = ("vais", "jvais", "compte", "veux", "voudrais", "ce soir je")
_TAKE = ("prendre", "avaler", "gober")
_PLANNED_TAKING = (
    *(
        f"{plan} {take} {all_} .. {pill}"
        for plan in _PLAN
        for take in _TAKE
        for all_ in ("tous", "toutes")  # "tout*" would also be "toujours"
        for pill in ("cachet*", "comprime*", "pilule*", "gelule*", "somnifere*", "medoc*")
    ),
    *(f"{plan} {take} toute .. boite" for plan in _PLAN for take in _TAKE),
    *(f"{plan} {take} .. # .. {pill}" for plan in _PLAN for take in _TAKE for pill in _PILLS),
)  # fmt: skip
# An attempt already made ("j'ai fait une tentative de suicide ce soir", "j'ai essayé de me
# pendre").
_ATTEMPTED = (
    *(
        f"{tried} de me {how}"
        for tried in ("essaye", "essaie", "jessaie", "jessaye", "tente", "tentee")
        for how in (
            "tuer", "suicider", "pendre", "noyer", "jeter", "empoisonner", "ouvrir les veines",
            "couper les veines", "tirer une balle", "foutre en lair", "supprimer", "faire du mal",
            "tailler les veines",
        )
    ),
    *(
        f"{tried} {how}"
        for tried in ("essaye", "essaie", "tente", "tentee")
        for how in ("den finir", "d en finir", "de mettre fin a mes jours", "de mourir")
    ),
    "fait une tentative de suicide", "fait une tentative ce soir", "fait une ts", "fais une ts",
    "tentative de suicide ce soir", "tentative de suicide aujourdhui",
    "tentative de suicide hier", "tentative de suicide cette nuit",
)  # fmt: skip
# One side of the face or body numb, drooping or weak (a stroke sign).
_ONE_SIDE = (
    "moitie du visage", "moitie de mon visage", "moitie de son visage", "moitie du corps",
    "un cote du visage", "cote de mon visage", "cote du visage", "cote de son visage",
    "coin de la bouche", "coin de ma bouche", "commissure", "un cote du corps",
)  # fmt: skip
_ONE_SIDED = tuple(
    f"{side} .. {state}"
    for side in _ONE_SIDE
    for state in (
        "engourdi*", "paralyse*", "tombe*", "insensible", "endormi*", "faible", "pend",
        "pendant*", "affaisse*", "bouge plus", "repond plus",
    )
)  # fmt: skip
_SUDDENLY = tuple(
    f"{sudden} .. plus {do}"
    for sudden in ("soudain", "soudainement", "dun coup", "brusquement", "subitement")
    for do in ("marcher", "bouger", "parler", "voir", "avaler", "respirer", "uriner")
)  # fmt: skip

PHRASES = PhraseList(
    language="fr",
    suicidal_act=(
        "pris tous .. medicament*", "pris tous .. cachet*", "pris tous .. comprime*",
        "pris toutes .. pilule*", "pris toutes .. gelule*", "pris tous .. somnifere*",
        "avale tous .. medicament*", "avale tous .. cachet*", "avale tous .. comprime*",
        "avale toutes .. pilule*", "avale toutes .. gelule*", "gobe tous .. cachet*",
        "pris trop de cachet*", "pris trop de comprime*", "pris trop de pilule*",
        "pris trop de medicament*", "pris trop de somnifere*", "avale trop de cachet*",
        "avale trop de comprime*", "avale trop de medicament*", "pris toute .. boite",
        "avale toute .. boite", "viens de prendre toute .. boite", "davaler toute .. boite",
        "davaler tous .. cachet*", "davaler tous .. comprime*", "davaler tous .. medicament*",
        "davaler toutes .. pilule*", "pris une boite entiere", "avale une boite entiere",
        "pris toute .. plaquette*", "avale toute .. plaquette*", "pris tout le flacon",
        "avale tout le flacon", "bu tout le flacon", "les ai tous pris", "les ai toutes prises",
        "les ai tous avales", "les ai toutes avalees", "ai tout avale", "pris tout ce que javais",
        "avale tout ce que javais", "overdose", "surdose", "fait une overdose", "fait une surdose",
        "me suis coupee les veines", "me suis taillade*", "ouvert les veines", "coupe les veines",
        "taillade* les veines", "me suis coupe les poignets", "me suis coupee les poignets",
        "me suis ouvert les poignets", "suis scarifie*", "me suis mutile*", "jme suis coupe*",
        "me suis coupe", "me suis coupee", "me coupe en ce moment", "suis en train de me couper",
        "me suis fait du mal", "me suis blesse* expres", "me suis blesse* volontairement",
        "me suis fait mal expres", "me suis fait mal volontairement", "me suis empoisonne*",
        "bu de la javel", "bu de leau de javel", "bu de l eau de javel", "avale de la javel",
        "pris du poison", "avale du poison", "bu du poison", "avale de la mort aux rats",
        "suis en train de me pendre", "corde au cou", "corde autour du cou", "suis sur le pont",
        "suis sur un pont", "sur le pont pour sauter", "suis sur le toit",
        "sur le toit pour sauter", "au bord du vide", "sur le point de sauter",
        "vais sauter maintenant", "suis sur les rails", "sur la voie ferree", "devant le train",
        "me suis jete* dans le vide", "me suis jete* sous",
        *_NUMBER_TAKEN, *_ALL_OF_A_MEDICINE, *_PURPOSE_TAKEN, *_POISON_TAKEN, *_READY,
        *_ATTEMPTED,
        "je me scarifie", "jme scarifie", "me scarifie depuis", "me scarifie encore",
        "me scarifie souvent", "me scarifie tous", "recommence a me scarifier",
        "recommence a me couper", "recommence a me mutiler", "me coupe depuis", "me coupe encore",
        "me coupe tous les", "me coupe souvent", "je me mutile", "me mutile depuis",
        "me brule expres", "me suis brule* expres", "me suis brule* volontairement",
        "entaille* les bras", "taillade* les bras", "me suis coupe* les bras",
        "ouvert les bras",
    ),
    suicidal_wish=(
        "veux mourir", "veux juste mourir", "veux vraiment mourir", "veux seulement mourir",
        "voudrais juste mourir", "aimerais juste mourir", "voulu mourir", "veut mourir",
        "voulais mourir", "voudrais mourir", "aimerais mourir", "jveux mourir", "jveu mourir",
        "veu mourir", "envie de mourir", "envie de mourrir", "veux mourrir", "souhaite mourir",
        "souhaiterais mourir", "prie pour mourir", "veux etre mort*", "voudrais etre mort*",
        "aimerais etre mort*", "prefererais etre mort*", "serais mieux mort*",
        "mieux vaut etre mort*", "devrais etre mort*", "merite de mourir", "merite pas de vivre",
        "veux en finir", "vais en finir", "voudrais en finir", "envie den finir",
        "envie d en finir", "en finir avec la vie", "en finir avec ma vie",
        "en finir une bonne fois", "en finir pour de bon", "mettre fin a mes jours",
        "mettre fin a ma vie", "fin a mes jours", "fin a ma vie", "mettre un terme a ma vie",
        "me suicider", "se suicider", "suicide", "suicidaire", "suicidaires", "vais me tuer",
        "veux me tuer", "voudrais me tuer", "envie de me tuer", "pense a me tuer", "jvais me tuer",
        "me tuer ce soir", "me foutre en lair", "me foutre en l air", "me fous en lair",
        "me flinguer", "me buter", "vais me supprimer", "envie de me supprimer", "me pendre",
        "me jeter sous", "me jeter par la fenetre", "me jeter du pont", "me jeter dun pont",
        "me jeter dans le vide", "sauter dun pont", "sauter du pont", "sauter par la fenetre",
        "sauter dans le vide", "me noyer", "me tirer une balle", "une balle dans la tete",
        "mouvrir les veines", "ouvrir les veines", "me couper les veines", "couper les poignets",
        "me taillader", "me scarifier", "me scarifie", "automutil*", "me mutiler",
        "me faire du mal", "envie de me blesser", "veux me blesser", "veux plus vivre",
        "veux pas vivre", "voulais plus vivre", "plus envie de vivre", "pas envie de vivre",
        "envie de ne plus vivre", "veux plus etre la", "veux plus etre ici", "plus envie detre la",
        "plus envie d etre la", "veux plus exister", "voudrais ne plus exister",
        "voudrais ne pas exister", "jamais du naitre", "veux disparaitre", "voudrais disparaitre",
        "aimerais disparaitre", "envie de disparaitre", "disparaitre pour toujours",
        "disparaitre a jamais", "ne plus me reveiller", "plus jamais me reveiller",
        "ne jamais me reveiller", "espere ne pas me reveiller", "pas me reveiller demain",
        "dormir pour toujours", "dormir a jamais", "mendormir pour toujours",
        "endormir pour toujours", "aucune raison de vivre", "plus de raison de vivre",
        "rien pour quoi vivre", "vie ne vaut pas la peine", "vie ne vaut plus la peine",
        "vie vaut pas la peine", "vaut pas la peine de vivre", "vaut plus la peine de vivre",
        "mieux sans moi", "mieux si jetais mort*", "mieux si je netais plus la",
        "mieux si je nexistais pas", "si je mourais", "vivement la mort", "veux crever",
        "envie de crever", "voudrais crever", "mets de cote mes cachets", "reserve de cachets pour",
        "stock de cachets", "cachets pour le jour ou", "mis de cote .. cachet*",
        "de cote .. comprime*", "lettre dadieu", "lettre d adieu", "lettre dadieux", "mot dadieu",
        "adieu a tous", "adieu tout le monde", "plan pour me tuer", "plan pour mourir",
        "plan pour en finir", "prevu de me tuer", "serai plus la demain", "serai plus la ce soir",
        "fini avec la vie", "aidez moi a mourir", "aide moi a mourir", *_PLANNED_TAKING,
        "dormir et ne plus me reveiller", "dormir et ne jamais me reveiller",
    ),
    emergency_words=(
        # breathing_chest
        "plus respirer", "pas respirer", "plus a respirer", "pas a respirer", "ne respire plus",
        "ne respire pas", "respire plus du tout", "du mal a respirer", "difficulte a respirer",
        "difficultes a respirer", "difficultes respiratoires", "manque dair", "manque d air",
        "souffle court", "suffoque", "suffoquer", "etouffe", "etouffee", "metouffe", "setouffe",
        "etouffement", "mal a la poitrine", "douleur* dans la poitrine", "douleur thoracique",
        "douleurs thoraciques", "poitrine serree", "serrement dans la poitrine",
        "oppression thoracique", "poitrine .. ecrase*", "poitrine .. serre*", "poitrine .. etau",
        "etau .. poitrine", "poids sur .. poitrine", "elephant sur .. poitrine",
        "mal dans la poitrine", "douleur* .. poitrine", "oppress* .. poitrine",
        "poitrine .. oppress*", "serrement .. poitrine", "crise cardiaque", "infarctus",
        "arret cardiaque", "evanoui*",
        "mevanoui*", "sevanoui*", "tomber dans les pommes", "me sens partir", "perdu connaissance",
        "perd connaissance", "perte de connaissance", "sans connaissance", "inconscient",
        "inconsciente", "tombe dans les pommes", "tombee dans les pommes", "fait un malaise",
        "sest effondre*", "s est effondre*", "effondre* par terre", "effondre* au sol",
        "plus avaler", "plus a avaler", "peux pas avaler", "pas a avaler", "avaler ma salive",
        "avaler sa salive", "avaler ma propre salive", "gorge qui se ferme", "gorge se ferme",
        # stroke_brain
        "avc", "attaque cerebrale", "accident vasculaire", "bouche de travers", "visage de travers",
        "visage qui tombe", "paralysie faciale", "visage paralyse*", "faible dun cote",
        "faiblesse dun cote", "paralyse* dun cote", "engourdi* dun cote", "faiblesse soudaine",
        *_ONE_SIDED, *_SUDDENLY, "jambes ne bougent plus", "jambes .. ne repondent plus",
        "engourdissement soudain", "bras ne repond plus", "jambe ne repond plus",
        "sens plus mon bras", "sens plus ma jambe", "sens plus mes jambes", "plus a parler",
        "peux plus parler", "peut plus parler", "parole pateuse", "troubles de la parole",
        "trouble de la parole", "articule plus", "bafouille", "confusion soudaine",
        "soudain confus*", "soudainement confus*", "brusquement confus*", "vois plus rien",
        "voit plus rien", "ne vois plus dun oeil", "vois plus dun oeil", "perdu la vue",
        "perte de la vue", "perte de vision", "voile noir", "devenu aveugle", "devenue aveugle",
        "vision double", "vois double", "voit double", "pire mal de tete", "pire mal de crane",
        "mal de tete brutal", "mal de tete violent", "coup de tonnerre", "cephalee brutale",
        "nuque raide", "raideur de la nuque", "raideur dans la nuque", "crise depilepsie",
        "crise d epilepsie", "crise convulsive", "convuls*",
        # sudden_weakness
        "peux plus marcher", "peut plus marcher", "peux pas marcher", "plus a marcher",
        "pas a marcher", "incapable de marcher", "jambes qui lachent", "jambes lachent",
        "jambes ont lache", "jambes me lachent", "jambes se derobent", "jambes ne me portent plus",
        "faiblesse qui monte", "faiblesse .. monte*", "faiblesse .. remonte*", "peux plus bouger",
        "peut plus bouger", "plus a bouger", "suis paralyse*", "est paralyse*", "jambes paralysees",
        "paralysie soudaine", "engourdi* entre les jambes", "insensible entre les jambes",
        "sens plus .. entre les jambes", "engourdissement entre les jambes", "peux plus uriner",
        "peux pas uriner", "plus a uriner", "pas a uriner", "peux pas faire pipi",
        "peux plus faire pipi", "pas a faire pipi", "plus a faire pipi", "impossible duriner",
        "impossible de faire pipi", "retention urinaire", "perdu le controle de ma vessie",
        "perdu le controle de mes intestins", "perte de controle de la vessie",
        "incontinence soudaine",
        # drowsy_overdose
        "pas a le reveiller", "pas a la reveiller", "plus a le reveiller", "plus a la reveiller",
        "impossible de le reveiller", "impossible de la reveiller", "se reveille pas",
        "se reveille plus", "tres somnolent*", "extremement somnolent*", "pas a rester eveille*",
        "respire tres lentement", "respiration tres lente", "respire a peine",
        "pris une double dose", "pris double dose", "pris deux fois ma dose", "pris une dose trop",
        "surdosage", "pris trop de doliprane", "pris trop de paracetamol", "pris trop de morphine",
        "pris trop de tramadol", "pris trop dinsuline", "pris trop de lyrica",
        "pris trop de pregabaline", "hypoglycemie", "fais une hypo", "fait une hypo",
        "glycemie basse", "glycemie tres basse",
        *(
            f"{took} {handful}"
            for took in ("pris", "avale", "avalee", "gobe")
            for handful in ("une poignee", "des poignees")
        ),
        # sepsis_unwell
        "septicemie", "sepsis", "choc septique", "fievre et confus*", "fievre .. confus*",
        "confus* .. fievre", "fievre a 40", "40 de fievre", "peau marbree", "marbrures",
        "peau bleue", "levres bleues", "levres violettes", "levres deviennent bleues",
        "devient tout bleu*", "il devient bleu", "elle devient bleue", "cyanose",
        "pas urine de la journee", "pas fait pipi de la journee", "pas urine depuis",
        "pas fait pipi depuis", "crois que je meurs", "pense que je meurs", "sens que je meurs",
        "je meurs", "vais mourir", "suis en train de mourir", "est en train de mourir",
        # skin_swelling
        "levres gonflees", "levres sont gonflees", "levres qui gonflent", "levres gonflent",
        "levres enflees", "gonflement des levres", "langue gonflee", "langue est gonflee",
        "langue gonfle", "langue qui gonfle", "langue enflee", "gonflement de la langue",
        "visage gonfle", "visage est gonfle", "visage enfle", "visage qui gonfle",
        "gonflement du visage", "levres .. gonfl*", "langue .. gonfl*",
        "levres .. enfl*", "langue .. enfl*", "quincke", "choc anaphylactique",
        "reaction allergique",
        "stylo dadrenaline", "stylo d adrenaline", "stylo adrenaline", "anapen", "cloques partout",
        "plein de cloques", "peau qui se decolle", "peau se decolle", "peau part en lambeaux",
        "taches violettes", "taches violacees", "purpura",
        # belly_blocked
        "vomi du sang", "vomis du sang", "vomit du sang", "vomissement* de sang", "crache du sang",
        "tousse du sang", "selles noires", "selles sont noires", "caca noir", "selles goudron*",
        "ventre gonfle* .. vomi*", "ventre dur .. vomi*", "ventre dur et douloureux", "garde rien",
        "garde plus rien", "peux rien garder", "vomis tout", "vomit tout",
        # help wanted now
        "urgence", "urgences", "ambulance", "lambulance", "samu", "pompiers", "appelez le 15",
        "appeler le 15", "appelle le 15", "appel* le 112", "faire le 15",
    ),
    distress_unclear=(
        "me tue", "va me tuer", "vont me tuer", "meurs de douleur", "mal a en mourir",
        "a en crever", "creve de douleur", "creve de mal", "peux plus continuer",
        "peux pas continuer comme ca", "plus a continuer", "tiens plus le coup",
        "plus a tenir le coup", "plus tenir le coup", "jen peux plus", "j en peux plus",
        "nen peux plus", "en peux plus", "suis a bout", "a bout de force*", "bout du rouleau",
        "jabandonne", "abandonne tout", "baisse les bras", "sans espoir", "plus despoir",
        "plus d espoir", "aucun espoir", "jpp", "jsuis a bout", "desespere", "desesperee",
        "desespoir", "a quoi bon", "plus rien na de sens", "rien na de sens", "sers a rien",
        "bon a rien", "bonne a rien", "un fardeau", "suis un poids", "plus la force de continuer",
        "plus la force de vivre", "plus la force de me battre", "plus la force de lutter",
        "que ca sarrete", "que tout sarrete", "que ca cesse", "que ca finisse", "je craque",
        "jai craque", "marre de tout", "marre de vivre", "marre de la vie", "marre de cette vie",
        "ras le bol de tout", "fatigue de vivre", "fatiguee de vivre", "las de vivre",
        "lasse de vivre", "plus vivre comme ca", "peux pas vivre comme ca", "vie est un enfer",
        "suis fini", "suis finie", "suis foutu*", "cest fini pour moi", "plutot mourir",
        "prefere mourir", "prefererais mourir", "idees noires", "suis deprime*",
        "tellement deprime*", "en pleine depression", "pleure tout le temps",
        "arrete pas de pleurer", "pleure sans arret", "suis effondre*", "personne ne se soucie",
        "tout le monde sen fout", "personne ne maime", "seul au monde", "seule au monde",
        "aidez moi", "au secours",
        "me tuent", "finir par me tuer", "aura ma peau", "plus de force", "plus aucune force",
        "plus la force de tenir", "plus la force de supporter", "plus la force de rien",
        "plus la force pour rien", "aucune force pour continuer",
        *(
            f"supporte plus {what}"
            for what in (
                "rien", "cette douleur", "la douleur", "cette vie", "ma vie", "de vivre", "tout ca",
                "ca",
            )
        ),
        "tiendrai pas plus longtemps", "tenir plus longtemps", "supporter plus longtemps",
        "fini avec tout", "marre de tout ca", "veux plus me battre", "peux plus me battre",
    ),
    not_distress=(
        "veux pas mourir", "voudrais pas mourir", "pas envie de mourir", "veux pas en finir",
        "pas envie den finir", "pas suicidaire*", "suis pas suicidaire*", "pas du tout suicidaire*",
        "jamais suicidaire*", "jamais ete suicidaire*", "jamais pense au suicide",
        "pas pense au suicide", "pas didees suicidaires", "pas d idees suicidaires",
        "aucune idee suicidaire", "pas de pensees suicidaires", "aucune pensee suicidaire",
        "jamais me suicider", "jamais me tuer", "veux pas me tuer", "jamais me faire du mal",
        "veux pas me faire du mal", "pas me faire du mal", "pas didees noires",
        "pas d idees noires", "aucune idee noire", "peur de ne plus me reveiller",
        "coupe* .. doigt", "coupe* les ongles", "coupe* les cheveux", "coupe* la frange",
        "me suis coupe* en cuisinant", "me suis coupe* en me rasant", "coupe* par accident",
        "coupe* accidentellement", "coupe* avec du papier", "coupe* avec une feuille",
        "meurs de faim", "meurs de soif", "meurs de chaud", "meurs de froid", "meurs denvie",
        "meurs d envie", "meurs de rire", "meurs de sommeil", "vais mourir de rire",
        "vais mourir de honte", "risque de surdose", "risque doverdose", "en cas de surdose",
        "peur dune overdose", "peur d une overdose", "peur de faire une overdose", "avc il y a",
        "avc en 19*", "avc en 20*", "avc lannee derniere", "avc l an dernier", "risque avc",
        "risque dun avc", "peur dun avc", "peur de faire un avc", "crise depilepsie il y a",
        "pas une urgence", "pas urgent", "sans urgence", "pas durgence", "pas d urgence",
        "hors urgence", "pas besoin dambulance", "pas besoin d ambulance", "pris tous les jours",
        "pris tous les soirs", "pris tous les matins", "avale tous les jours",
        "a continuer le traitement", "a continuer ce traitement", "jabandonne .. traitement",
        "risque de surdosage", "en cas de surdosage", "peur dune reaction allergique",
        "risque de retention urinaire", "rend tres somnolent*", "gonfle* par la cortisone",
        "gonfle* a cause de la cortisone", "gonfle* avec la cortisone", "quoi un avc", "quun avc",
        "quoi une overdose", "fait du mal en tombant", "fait mal en tombant", "me tue au travail",
        "craque pour", "on etouffe", "garde rien en memoire", "garde rien en tete",
        "aidez moi a comprendre", "plus parler de ca", "plus parler a", "bouger sans douleur",
        "bouger sans avoir mal", "paralyse* par la peur", "paralyse* de peur",
        "avaler les comprime*", "avaler mes comprime*", "avaler des comprime*",
        "avaler les cachet*", "avaler mes cachet*", "avaler les gelule*", "avaler les pilule*",
        "avaler le pain", "avaler du pain", "avaler de pain", "avaler sans boire",
        "avaler les aliments secs", "avaler la nourriture", "marcher longtemps", "marcher loin",
        "marcher beaucoup", "marcher pieds nus", "marcher sans chaussures", "marcher sans douleur",
        "marcher comme avant", "me tue a le dire", "me tue a te dire",
        "sens plus mes jambes de fatigue", "respirer par le nez", "respire par le nez",
        # questions about overdose are not an overdose ("peut-on faire une overdose de ...?")
        *(
            f"{question} .. {overdose}"
            for overdose in ("overdose", "surdose")
            for question in (
                "peut on", "on peut", "possible de faire", "est ce quune", "est ce qu une",
                "quels sont .. symptomes", "quels sont .. signes", "comment reconnaitre",
                "que se passe t il en cas", "que se passe t il si on", "est il possible",
                "dangereux de faire",
            )
        ),
        *(
            f"{overdose} .. {possible}"
            for overdose in ("overdose", "surdose", "surdosage")
            for possible in (
                "est possible", "est elle dangereuse", "est elle possible", "est rare",
                "est peu probable",
            )
        ),
        *_SMALL_NUMBERS, *_NOT_A_COUNT, *_ROUTINE_COUNT,
        *(
            f"{q} .. {overdose}"
            for q in ("quon peut", "est ce quon", "est ce qu on")
            for overdose in ("overdose", "surdose")
        ),
        "engourdi* depuis des annees", "engourdi* depuis des mois",
        *(
            f"{pill} .. {usual}"
            for pill in _PILLS
            for usual in ("comme dhabitude", "comme d habitude", "comme dab", "comme chaque jour")
        ),
        *(
            f"{pill} {how}"
            for pill in (*_PILLS, *_MEDICINES)
            for how in (
                "par jour", "chaque jour", "tous les jours", "par semaine", "chaque matin",
                "chaque soir", "le matin", "correctement", "comme prescrit", "comme prevu",
                "avec le repas", "au petit dejeuner", "a heure fixe", "pour la semaine",
                "dans le pilulier", "a la pharmacie", "avec moi", "en vacances",
                "pour les vacances", "en voyage", "du matin", "du midi", "du soir",
                "comme dhabitude", "comme d habitude", "comme dab", "comme chaque jour",
                "comme tous les jours", "comme chaque semaine",
            )
        ),
        *(
            f"{took} {when}"
            for took in ("pris", "avale", "avalee", "gobe", "bu")
            for when in (
                "tout de suite", "toute la journee", "toute la nuit", "tout le temps",
                "tout au long", "toutes les", "tous les",
            )
        ),
        "prets a la pharmacie", "prets a recuperer", "prets pour la semaine",
        "prets dans le pilulier", "prets pour demain matin", "pas expres", "pas fait expres",
        "sans le faire expres", "pas volontairement",
        "par erreur", "jamais essaye", "jamais tente", "jamais fait de tentative",
        "pas fait de tentative", "aucune tentative", "risque de tentative*",
        "ne me scarifie plus", "me scarifie plus depuis", "me scarifie plus du tout",
        "ne me coupe plus", "ne me mutile plus", "me coupe .. en cuisinant",
        "me coupe .. avec le papier", "me coupe .. par accident", "me coupe .. en me rasant",
        "peur de .. ne plus me reveiller", "force dans", "force de marcher",
        # swollen salivary glands are Sjögren's, not an allergic reaction
        "glande* .. gonfl*", "gonfl* .. glande*", "parotide*", "pas gonfl*", "pas enfl*",
        # asking for help, the point of a question, giving up on a product
        "aidez moi a trouver", "aidez moi a remplir", "aidez moi a repondre", "aidez moi avec",
        "aidez moi pour", "aide moi a comprendre", "aide moi a trouver", "aide moi a remplir",
        "aide moi avec", "aide moi pour", "quoi bon .. question*",
        *(
            f"jabandonne .. {thing}"
            for thing in (
                "larmes", "gouttes", "collyre", "gel", "spray", "gluten", "sucre", "regime",
                "creme", "pastilles", "chewing gum", "cafe",
            )
        ),
    ),
)  # fmt: skip
