"""Spanish phrases for reading typed distress (syntax: ``dialogs.distress``), Spain and Latin
America: unaccented spellings, text-speak ("kiero", "ya no puedo mas") and local words ("acv").
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("me tomé 20 pastillas", "he tomado 30 pregabalinas"): each verb with
# a number and a pill word (up to three words apart: "30 de mis pastillas") or a medicine named
# right after the number. Numbers 1 to 4 are cancelled in ``not_distress`` ("tomé 2 pastillas").
# Not "tomé 20 de omeprazol" (milligrams): a medicine needs the number right before it.
_TOOK = (
    "tomé", "tomado", "tragué", "tragado", "ingerí", "ingerido", "me metí", "me zampé",
    "acabo de tomar*", "acabo de tragar*",
)  # fmt: skip
_PILLS = (
    "pastill*", "píldor*", "comprimid*", "cápsul*", "tableta*", "gragea*", "pastis", "pepas",
)  # fmt: skip
_MEDICINES = (
    "pregabal*", "lyrica*", "gabapent*", "paracetamol*", "ibuprofen*", "aspirina*", "nolotil*",
    "metamizol*", "tramadol*", "morfina*", "oxicodon*", "codeína*", "fentanil*", "clonazepam*",
    "rivotril*", "diazepam*", "valium*", "alprazolam*", "trankimazin*", "lorazepam*",
    "orfidal*", "lormetazepam*", "zolpidem*", "somnífer*", "ansiolític*", "antidepresiv*",
    "amitriptilin*", "duloxetin*", "sertralin*", "fluoxetin*", "quetiapin*", "hidroxicloroquin*",
    "dolquine*", "plaquinol*", "metotrexat*", "prednison*", "calmante*", "analgésic*",
    "relajante*",
)  # fmt: skip
_WORD_NUMBERS = ("veinte", "veinti*", "treinta", "cuarenta", "cincuenta", "cien")
_NUMBER_TAKEN = (
    *(f"{took} # .. {pill}" for took in _TOOK for pill in _PILLS),
    # "me tomé como 30 pastillas", "tomé ayer unas 40 pastillas"
    *(f"{took} .. # {pill}" for took in _TOOK for pill in _PILLS),
    *(f"{took} # {medicine}" for took in _TOOK for medicine in _MEDICINES),
    *(
        f"{took} # {at_once}"
        for took in _TOOK
        for at_once in ("de golpe*", "junt*", "de una vez*", "de un tirón*")
    ),
    *(
        f"{took} {number} .. {pill}"
        for took in ("tomé", "tomado", "tragué", "tragado")
        for number in _WORD_NUMBERS
        for pill in ("pastill*", "comprimid*", "pastis")
    ),
    # "me tomé toda la morfina", "me he tomado todo mi tramadol"
    *(f"{took} tod* .. {medicine}" for took in _TOOK for medicine in _MEDICINES),
)
_SMALL_NUMBERS = tuple(
    f"{took} {n}"
    for took in (*_TOOK, "tomar", "tomarme", "tragar", "tragarme")
    for n in ("0", "1", "2", "3", "4")
) + tuple(f"{n} {pill}" for n in ("0", "1", "2", "3", "4") for pill in _PILLS)
# Poison, bleach, antifreeze... drunk or swallowed ("bebí un vaso de lejía").
_POISONS = (
    "veneno*", "matarratas", "raticida*", "lejía", "lavandina", "anticongelante*", "salfumán",
    "aguarrás", "insecticida*", "herbicida*", "pesticida*", "plaguicida*", "sosa cáustica",
    "soda cáustica", "amoníaco", "desatascador*", "cianuro", "paraquat", "glifosato",
)  # fmt: skip
_POISON_TAKEN = tuple(
    f"{took} .. {poison}"
    for took in ("tomé", "bebí", "tragué", "ingerí", "tomado", "bebido", "tragado", "ingerido")
    for poison in _POISONS
)
# "tengo media cara dormida", "se me ha dormido medio lado de la cara"
_ONE_SIDE = (
    "medio lado", "media cara", "mitad de la cara", "lado de la cara", "medio cuerpo",
    "mitad del cuerpo", "lado del cuerpo",
)  # fmt: skip
_NUMB = ("dormid*", "adormecid*", "entumecid*", "caíd*", "paralizad*", "torcid*", "sin fuerza")
_ONE_SIDED = (
    *(f"{numb} .. {side}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"{side} {numb}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"no siento {side}" for side in ("medio lado", "media cara", "medio cuerpo", "la mitad")),
)
# Medicines "of the day" are routine, not an act ("me tomé todas las pastillas de la mañana").
_ROUTINE = tuple(
    f"{medicine} {when}"
    for medicine in ("medicación", "medicina*", "remedio*", "comprimid*", "cápsul*", "tableta*")
    for when in ("del día", "de hoy", "de la mañana", "de la noche", "de la tarde", "diari*")
)
_REGIMEN = tuple(
    f"{pill} {how}"
    for pill in ("pastill*", "comprimid*", "cápsul*", "tableta*")
    for how in ("al día", "por día", "cada día", "a la semana", "por semana", "diari*", "distint*",
                "diferentes")
)  # fmt: skip

PHRASES = PhraseList(
    language="es",
    suicidal_act=(
        "tomé todas .. pastill*", "tomé todas .. píldor*", "tomé todas .. cápsul*",
        "tomé todos .. comprimid*", "tomé todos .. medicament*", "tomé todos .. remedio*",
        "tomé todas .. medicin*", "tomado todas .. pastill*", "tomado todos .. comprimid*",
        "tomado todos .. medicament*", "tragué todas .. pastill*", "tragué todos .. comprimid*",
        "se tomó todas .. pastill*", "se tomó todos .. medicament*", "tomé demasiadas pastillas",
        "tomado demasiadas pastillas", "tomé demasiados comprimidos", "tomé un montón de pastillas",
        "tomé muchísimas pastillas", "tomé .. caja entera", "tomé toda .. caja",
        "tomé .. frasco entero", "tomé todo .. frasco", "tomé .. bote entero", "tomé todo .. bote",
        "tomé .. blíster entero", "tomado toda .. caja", "tomado .. caja entera",
        "tomado todo .. frasco", "acabo de tomar* .. caja entera", "acabo de tomar* toda .. caja",
        "acabo de tomar* todas .. pastill*", "acabo de tomar* todos .. medicament*",
        "tomé todo lo que tenía", "sobredosis", "me corté las venas", "me he cortado las venas",
        "me corté las muñecas", "me he cortado las muñecas", "me corté los brazos",
        "me corté a propósito", "me he cortado a propósito", "me hice daño a propósito",
        "me he hecho daño a propósito", "me lastimé a propósito", "me autolesioné",
        "me he autolesionado", "me envenené", "me he envenenado", "tomé veneno", "bebí veneno",
        "tomé lejía", "bebí lejía", "tomé cloro", "bebí cloro", "tomé matarratas", "tomé raticida",
        "me estoy ahorcando", "cuerda alrededor del cuello", "tengo la cuerda en el cuello",
        "estoy en el puente", "estoy en la azotea para tirarme", "a punto de tirarme",
        "a punto de saltar", "voy a saltar ahora", "me voy a tirar ahora",
        "estoy en las vías del tren", "estoy en las vías",
        *_NUMBER_TAKEN, *_POISON_TAKEN,
        # a handful, or too much on purpose
        "tomé un puñado", "tragué un puñado", "tomado un puñado", "tragado un puñado",
        *(
            f"{took} {too_much} {purpose}"
            for took in ("tomé", "tomado", "tragué", "tragado", "bebí")
            for too_much in ("demasiad* ..", "de más")
            for purpose in (
                "a propósito", "adrede", "aposta", "queriendo", "intencionadamente",
                "deliberadamente",
            )
        ),
        "pastill* a propósito", "pastill* adrede", "pastill* aposta", "medicament* a propósito",
        "medicament* adrede", "medicación a propósito", "dosis a propósito", "dosis adrede",
        "sobredosis a propósito", "sobredosis adrede",
        # cutting, now or again and again ("me he estado cortando")
        "me corté", "me he cortado", "me estoy cortando", "me he estado cortando",
        "he estado cortándome", "estado cortándome", "sigo cortándome", "me sigo cortando",
        "cortándome otra vez", "me vuelvo a cortar", "me volví a cortar", "me corto los brazos",
        "me corto las piernas", "me corto las muñecas", "me corto para", "me hice cortes",
        "me he hecho cortes", "me quemé a propósito", "me he quemado a propósito",
        # ready to do it
        "pastill* preparad*", "pastill* list*", "preparad* las pastill*", "listas las pastill*",
        "comprimid* preparad*", "medicament* preparad*", "cuerda preparad*", "cuerda list*",
        "soga preparad*", "soga list*", "preparad* la cuerda", "preparad* la soga",
        "cuchilla preparad*", "tengo la cuerda preparad*", "tengo la cuerda list*",
        # an attempt already made
        "intenté matarme", "intenté suicidarme", "intenté ahorcarme", "intenté colgarme",
        "intenté quitarme la vida", "intenté acabar con mi vida", "intenté envenenarme",
        "intenté cortarme las venas", "intenté tirarme", "me intenté matar",
        "me intenté suicidar", "me intenté ahorcar", "intentado matarme", "intentado suicidarme",
        "intentado ahorcarme", "intentado quitarme la vida", "traté de matarme",
        "traté de suicidarme", "traté de ahorcarme", "traté de quitarme la vida",
        "me traté de matar", "intento de suicidio", "intentos de suicidio",
    ),
    suicidal_wish=(
        # From a reviewer's trial (2026-12-06): wishes the lists missed.
        "ojalá no despertar", "ojalá no despierte", "ojalá no me despierte", "no despertar más",
        "no volver a despertar",
        "quiero morir", "quiero morirme", "me quiero morir", "kiero morir", "kiero morirme",
        "me kiero morir", "quisiera morir", "quisiera morirme", "quería morirme",
        "quiero estar muerto", "quiero estar muerta", "quisiera estar muerto",
        "quisiera estar muerta", "ojalá me muera", "ojalá me muriera", "ojalá estuviera muerto",
        "ojalá estuviera muerta", "ojalá no despierte", "quisiera no despertar",
        "quisiera no despertarme", "prefiero no despertar", "preferiría no despertar",
        "ojalá no despertara", "ojalá no hubiera nacido", "no haber nacido",
        "desearía estar muerto", "desearía estar muerta", "desearía morir", "me gustaría morir",
        "me gustaría morirme", "ganas de morir", "ganas de morirme", "pienso en morir*",
        "pensando en morir*", "no quiero despertar", "no quiero despertarme", "no quiero vivir",
        "no kiero vivir", "no quiero seguir viviendo", "no quiero estar aquí",
        "no quiero estar acá", "no quiero existir", "no quiero seguir existiendo",
        "no tengo razones para vivir", "no tengo motivos para vivir", "no tengo por qué vivir",
        "nada por lo que vivir", "sin ganas de vivir", "no tengo ganas de vivir",
        "perdí las ganas de vivir", "la vida no vale la pena", "no vale la pena vivir",
        "la vida no merece la pena", "no merece la pena vivir", "no tiene sentido vivir",
        "qué sentido tiene vivir", "mejor sin mí", "estaría mejor muert*", "mejor estaría muert*",
        "mejor muerto", "mejor muerta", "preferiría estar muerto", "preferiría estar muerta",
        "mejor si me muero", "mejor me muero", "mejor morirme", "merezco morir",
        "debería estar muerto", "debería estar muerta", "debería morirme", "acabar con mi vida",
        "terminar con mi vida", "quitarme la vida", "poner fin a mi vida", "acabar con todo",
        "terminar con todo", "quiero matarme", "voy a matarme", "me quiero matar", "me voy a matar",
        "me kiero matar", "pienso en matarme", "pensando en matarme", "ganas de matarme",
        "suicid*", "ahorcarme", "me voy a ahorcar", "me quiero ahorcar",
        "tirarme de un puente", "tirarme del puente", "tirarme por la ventana",
        "tirarme por el balcón", "tirarme del balcón", "tirarme de un edificio",
        "tirarme a las vías", "tirarme al tren", "tirarme al metro", "tirarme delante de",
        "me tiro por la ventana", "me tiro de un puente", "me tiro del puente",
        "me tiro a las vías", "aventarme de", "lanzarme al vacío", "saltar de un puente",
        "saltar por la ventana", "saltar al vacío", "cortarme las venas", "cortarme las muñecas",
        "quiero cortarme", "ganas de cortarme", "volver a cortarme", "quiero hacerme daño",
        "me quiero hacer daño", "ganas de hacerme daño", "pienso en hacerme daño",
        "pensando en hacerme daño", "volver a hacerme daño", "quiero lastimarme",
        "me quiero lastimar", "ganas de lastimarme", "quiero herirme", "ganas de herirme",
        "autolesi*", "automutil*", "guardando pastillas", "juntando pastillas",
        "acumulando pastillas", "ahorrando pastillas", "guardando las pastillas",
        "juntando las pastillas", "plan para matarme", "plan para morir", "carta de despedida",
        "nota de despedida", "dormir para siempre", "dormirme para siempre",
        "dormir y no despertar", "no despertar nunca más", "no despertar más",
        "desaparecer para siempre", "irme de este mundo", "me quiero ir de este mundo",
        "dejar este mundo", "quiero que todo termine", "quiero que todo acabe",
        "quiero que se acabe todo",
        # a plan for tonight ("voy a tomarme todas las pastillas")
        *(
            f"{going} {take} tod* .. {what}"
            for going in ("voy a", "me voy a", "pienso", "quiero")
            for take in ("tomar*", "tragar*")
            for what in (*_PILLS, "medicament*", "medicación", "remedio*", *_MEDICINES)
        ),
        *(
            f"{going} {take} # .. {pill}"
            for going in ("voy a", "me voy a", "pienso")
            for take in ("tomar*", "tragar*")
            for pill in _PILLS
        ),
        *(
            f"voy a {take} {all_of} {when}"
            for take in ("tomar*", "tragar*")
            for all_of in ("todas", "todos")
            for when in ("esta noche", "de golpe", "juntas", "juntos", "de una vez")
        ),
        "voy a tomar* .. caja entera", "voy a tomar* toda la caja", "voy a tomar* todo el frasco",
        "voy a tomar* todo el bote", "voy a tomar* veneno", "voy a beber* lejía",
        "voy a cortarme", "me voy a cortar",
    ),
    emergency_words=(
        # breathing_chest
        "no puedo respirar", "no puede respirar", "no puedo respirar bien", "me cuesta respirar",
        "le cuesta respirar", "dificultad para respirar", "dificultad respiratoria",
        "me falta el aire", "le falta el aire", "me falta el aliento", "no me entra aire",
        "no me entra el aire", "no le entra aire", "me ahogo", "se ahoga", "me estoy ahogando",
        "se está ahogando", "no respira", "dejó de respirar", "atragant*", "no puedo tragar",
        "no puede tragar", "dolor en el pecho", "dolor de pecho", "me duele el pecho",
        "le duele el pecho", "opresión en el pecho", "presión en el pecho", "dolor torácico",
        "infarto", "ataque al corazón", "ataque cardíaco", "paro cardíaco", "me desmayé",
        "se desmayó", "me he desmayado", "se ha desmayado", "desmayad*", "perdí el conocimiento",
        "perdió el conocimiento", "ha perdido el conocimiento", "perdió el sentido", "inconsciente",
        "se desplomó", "no reacciona", "corazón a mil .. desmay*", "taquicardia .. desmay*",
        "palpitaciones .. desmay*", "dolor .. en el pecho", "dolor .. de pecho",
        "dolor .. en el tórax", "me duele .. el pecho", "el pecho me duele", "pecho aplastad*",
        "pecho oprimid*", "pecho apretad*", "pecho .. aplastad*", "pecho .. oprimid*",
        "me aprieta el pecho", "me oprime el pecho", "me estruja el pecho", "aprieta* .. el pecho",
        "presión .. en el pecho", "opresión .. en el pecho", "peso .. en el pecho",
        "dolor .. brazo izquierdo", "dolor .. mandíbula y .. brazo",
        # stroke_brain
        "ictus", "derrame cerebral", "accidente cerebrovascular", "acv", "embolia", "cara caída",
        "cara torcida", "boca torcida", "se le cayó la cara", "se me durmió la mitad de la cara",
        "no siento la mitad del cuerpo", "debilidad en un lado", "no siento un lado",
        "habla arrastrada", "arrastra las palabras", "arrastrando las palabras", "habla raro",
        "no puede hablar", "no puedo hablar bien", "no le salen las palabras",
        "se le traba la lengua", "confusión repentina", "confundido de repente",
        "confundida de repente", "de repente confundid*", "muy desorientad*", "no veo nada",
        "no puedo ver nada", "perdí la vista", "perdí la visión", "me quedé ciego",
        "me quedé ciega", "me estoy quedando ciego", "me estoy quedando ciega", "ceguera repentina",
        "de repente no veo", "de repente dejé de ver", "no veo de un ojo", "visión doble",
        "veo doble", "peor dolor de cabeza", "dolor de cabeza repentino", "cefalea en trueno",
        "nuca rígida", "rigidez de nuca", "cuello rígido", "convuls*", "ataque epiléptico",
        "crisis epiléptica", *_ONE_SIDED, "se me ha dormido .. cara", "se me durmió .. cara",
        "se me durmió .. mitad", "se me ha dormido .. mitad", "se me durmió medio",
        "se me ha dormido medio", "se le durmió .. mitad", "se le durmió medio",
        "se le ha dormido .. cara", "se le durmió .. cara", "se me ha caído .. cara",
        "se me cayó .. cara", "se le ha caído .. cara", "se le cayó .. cara",
        "se me ha torcido .. boca", "se me torció .. boca", "se le torció .. boca",
        "de repente no puedo hablar", "no me salen las palabras",
        # sudden_weakness
        "no puedo caminar", "no puede caminar", "no puedo andar", "no puede andar",
        "no puedo mover las piernas", "no puede mover las piernas", "no puedo mover la pierna",
        "no puedo mover el brazo", "no siento las piernas", "no siento mis piernas",
        "se me doblan las piernas", "me fallan las piernas", "las piernas no me sostienen",
        "no me sostienen las piernas", "debilidad que sube", "la debilidad sube", "paralizad*",
        "parálisis", "no siento nada entre las piernas", "adormecid* entre las piernas",
        "dormid* entre las piernas", "entumecid* entre las piernas",
        "adormecimiento entre las piernas", "no siento las nalgas", "no puedo orinar",
        "no puedo hacer pis", "no puedo hacer pipí", "no puedo mear",
        "perdí el control de la vejiga", "perdí el control de los esfínteres",
        "no controlo la orina", "no controlo los esfínteres",
        # drowsy_overdose
        "no puedo despertarlo", "no puedo despertarla", "no logro despertarlo",
        "no logro despertarla", "no se despierta", "no despierta", "muy somnolient*",
        "muy adormilad*", "no puede mantenerse despierto", "respira muy lento",
        "respira muy despacio", "respiración lenta", "respiración muy lenta",
        "tomé demasiad* medic*", "tomado demasiad* medic*", "se tomó demasiad* medic*",
        "se tomó demasiad* pastill*", "ha tomado demasiad* medic*", "ha tomado demasiad* pastill*",
        "me pasé con la dosis", "se pasó con la dosis", "me pasé con las pastillas",
        "se pasó con las pastillas", "hipoglucemia", "hipoglicemia", "bajón de azúcar",
        "bajada de azúcar", "azúcar muy baja", "glucosa muy baja",
        # sepsis_unwell
        "sepsis", "septicemia", "shock séptico", "choque séptico", "piel moteada", "piel amoratada",
        "piel azulada", "labios morados", "labios están morados", "labios se pusieron morados",
        "labios están azules", "labios azules", "labios azulados", "se está poniendo morad*",
        "se está poniendo azul", "fiebre muy alta", "fiebre alta y confus*", "fiebre y confus*",
        "no he orinado en todo el día", "no orino desde", "no he hecho pis en todo el día",
        "no hago pis desde", "sin orinar todo el día", "creo que me estoy muriendo",
        "siento que me estoy muriendo", "creo que me muero", "siento que me muero",
        "creo que me voy a morir", "siento que me voy a morir", "se está muriendo",
        "me siento morir",
        # skin_swelling
        "labios hinchados", "se me hinchan los labios", "hinchando los labios",
        "hinchazón de labios", "lengua hinchada", "se me hincha la lengua", "hinchando la lengua",
        "cara hinchada", "se me hincha la cara", "hinchando la cara", "se me cierra la garganta",
        "se le cierra la garganta", "garganta cerrada", "cerrando la garganta", "anafila*",
        "reacción alérgica", "alergia grave", "pluma de adrenalina", "inyección de adrenalina",
        "ampollas por todo el cuerpo", "ampollas en todo el cuerpo", "se me cae la piel",
        "se me está cayendo la piel", "se me despega la piel", "piel en carne viva",
        "manchas moradas", "manchas que no desaparecen", "puntos morados", "petequ*",
        # belly_blocked
        "vomito sangre", "vomitando sangre", "vomité sangre", "vomitar sangre",
        "sangre en el vómito", "toso sangre", "tosiendo sangre", "escupo sangre",
        "escupiendo sangre", "heces negras", "caca negra", "popó negro", "cacas negras",
        "deposiciones negras", "heces como alquitrán", "no puedo retener líquidos",
        "no retengo líquidos", "no retengo ni el agua", "no tolero líquidos",
        "no tolero ni el agua", "vomito todo lo que", "vomito hasta el agua",
        "barriga hinchada .. vómit*", "tripa hinchada .. vómit*", "panza hinchada .. vómit*",
        "abdomen hinchado .. vómit*", "vientre hinchado .. vómit*",
        # help wanted now
        "emergencia", "ambulancia", "llam* al 112", "llam* al 911", "llam* al 061", "llam* al 123",
        "llam* al 131", "llam* al 107", "llam* a emergencias", "llam* a urgencias",
        "llam* a los bomberos", "marc* al 911", "marquen al 911", "marque al 911",
        "llévame al hospital", "llévenme al hospital", "llévame a urgencias",
        "llévenme a urgencias",
    ),
    distress_unclear=(
        "me está matando", "me están matando", "me mata", "me va a matar", "me estoy muriendo",
        "me muero de dolor", "me muero del dolor", "muriendo de dolor", "muerta de dolor",
        "muerto de dolor", "me muero por dentro", "muriendo por dentro", "me voy a morir",
        "no puedo más", "ya no puedo más", "no aguanto más", "ya no aguanto", "no lo aguanto más",
        "no aguanto este dolor", "no aguanto el dolor", "no soporto más", "ya no soporto",
        "no puedo seguir así", "ya no puedo seguir", "no puedo seguir adelante",
        "no puedo con esto", "no puedo con mi vida", "no puedo vivir así",
        "no puedo vivir con este dolor", "harta de vivir", "harto de vivir", "harta de todo",
        "harto de todo", "cansada de vivir", "cansado de vivir", "cansada de la vida",
        "cansado de la vida", "me rindo", "tirar la toalla", "tiro la toalla", "sin esperanza",
        "no hay esperanza", "no tengo esperanza", "perdí la esperanza", "desesperanza",
        "desesperad*", "desesperación", "para qué seguir", "para qué vivir",
        "ya nada tiene sentido", "nada tiene sentido", "qué sentido tiene seguir", "estoy acabada",
        "estoy acabado", "estoy destrozada", "estoy destrozado", "no valgo nada",
        "no sirvo para nada", "soy una carga", "soy un estorbo", "a nadie le importo",
        "nadie me quiere", "estoy deprimid*", "muy deprimid*", "tan deprimid*",
        "me siento deprimid*", "no paro de llorar", "no puedo dejar de llorar", "lloro todo el día",
        "me estoy derrumbando", "estoy hundid*", "ayúdame por favor", "ayúdenme",
        "que alguien me ayude", "socorro", "quiero que pare", "quiero que se acabe", "que pare ya",
        "quiero desaparecer", "prefiero morir", "prefiero morirme", "pienso en la muerte",
        "estoy al límite", "no veo salida", "no hay salida", "no tengo salida",
        "no tengo fuerzas para seguir", "sin fuerzas para seguir", "no quiero seguir luchando",
        "ya no quiero seguir", "soga al cuello", "duele* .. a morir", "dolor .. a morir",
        "me van a matar", "me matan", "me acabará matando", "me va a acabar matando",
        "no me quedan fuerzas", "ya no tengo fuerzas", "no tengo fuerzas para nada",
        "no tengo fuerzas para vivir", "sin fuerzas para vivir", "no puedo aguantar más",
        "no lo aguanto más", "cansad* de todo", "hart* de todo", "hasta aquí he llegado",
        "hasta aquí llegué", "ya no puedo con nada", "no puedo más con todo",
    ),
    not_distress=(
        "no quiero morir", "no quiero morirme", "no me quiero morir", "no kiero morir",
        "no quisiera morir", "nunca me mataría", "jamás me mataría", "no me voy a matar",
        "no voy a matarme", "no pienso matarme", "no me voy a suicidar", "no voy a suicidarme",
        "no pienso suicidarme", "nunca me suicidaría", "jamás me suicidaría", "no soy suicida",
        "no tengo pensamientos suicidas", "no tengo ideas suicidas", "sin pensamientos suicidas",
        "sin ideas suicidas", "ni ideas suicidas", "no tengo ideación suicida",
        "no quiero hacerme daño", "no voy a hacerme daño", "nunca me haría daño",
        "no quiero lastimarme", "no quiero seguir .. dieta", "no quiero seguir .. tratamiento",
        "cortarme el pelo", "cortarme el cabello", "cortarme las uñas", "cortarme el flequillo",
        "miedo a .. sobredosis", "riesgo de sobredosis", "qué es una sobredosis",
        "evitar .. sobredosis", "pastillas del día", "pastillas de hoy", "pastillas de la mañana",
        "pastillas de la noche", "medicamentos del día", "medicamentos de hoy", "dijo que tome",
        "dice que tome", "ictus hace .. año", "ictus hace .. años", "ictus hace .. mes",
        "ictus hace .. meses", "derrame hace .. año", "derrame hace .. años",
        "derrame cerebral hace .. año", "derrame cerebral hace .. años", "derrame en la rodilla",
        "infarto hace .. año", "infarto hace .. años", "infarto hace .. mes",
        "infarto hace .. meses", "embolia hace .. año", "embolia hace .. años", "acv hace .. año",
        "acv hace .. años", "convuls* hace .. año", "convuls* hace .. años", "riesgo de ictus",
        "riesgo de infarto", "antecedentes de ictus", "casi me da un infarto",
        "casi me dio un infarto", "derrame en el ojo", "derrame ocular", "derrame pleural",
        "derrame articular", "parálisis del sueño", "paralizad* de miedo", "no es una emergencia",
        "no es emergencia", "en caso de emergencia", "no me va a matar", "no me mata",
        "me mata de risa", "no puedo tragar .. sin agua", "no puedo tragar .. sin beber",
        "no puedo tragar .. pastill*", "no puedo tragar .. seco", "no puedo tragar .. seca",
        "no puedo caminar mucho", "no puedo andar mucho", "no puedo caminar descalz*",
        "no puedo andar descalz*", "caminar sin dolor", "andar sin dolor",
        "no puedo caminar más de", "no puedo andar más de", "no veo nada malo", "no veo nada raro",
        "no veo nada bien", "cara de vergüenza", "hablar bien .. boca seca",
        "hablar bien .. sequedad", "hablar bien .. saliva", "hinchad* por .. parótid*",
        "parótid* .. hinchad*", "no veo nada de mejor*", "morados de frío", "moradas de frío",
        "azules de frío", "dedo* .. morad*", "dedo* .. azul*", "no reacciona .. tratamiento",
        "no reacciona .. medicación", "muer* de hambre", "muer* de risa", "muer* de la risa",
        "muer* de sueño", "muer* de calor", "muer* del calor", "muer* de frío", "muer* del frío",
        "muer* de sed", "muer* de ganas", "muer* de vergüenza", "muer* de la vergüenza",
        "muer* de aburrimiento", "muer* de miedo", "muer* de cansancio", "muer* de envidia",
        "muer* de curiosidad", "muer* de nervios", "muer* de amor", "muer* de celos",
        "muri* de hambre", "muri* de risa", "muri* de la risa", "muri* de sueño", "muri* de calor",
        "muri* del calor", "muri* de frío", "muri* del frío", "muri* de sed", "muri* de ganas",
        "muri* de vergüenza", "muri* de aburrimiento", "muri* de miedo", "muri* de cansancio",
        "muri* de curiosidad", "muri* de nervios", "mori* de hambre", "mori* de risa",
        "mori* de la risa", "mori* de sueño", "mori* de calor", "mori* de frío", "mori* de sed",
        "mori* de ganas", "mori* de vergüenza", "mori* de la vergüenza", "mori* de aburrimiento",
        "mori* de miedo", "mori* de cansancio", "mori* de curiosidad", "mori* de nervios",
        "me matan de risa", *_SMALL_NUMBERS, *_ROUTINE, *_REGIMEN, "# mg", "# miligramos",
        "# gramos", "# gr", "# g", "# ml", "# gotas", "# ui", "# mcg", "# microgramos",
        "# días", "# semanas", "# meses", "# años", "# horas", "# minutos", "# veces",
        "# tipos", "# cervezas", "# copas", "# cafés", "# vasos", "# tazas",
        "todos los días", "todas las noches", "todas las mañanas", "todas las tardes",
        "todas las semanas", "todos los meses", "todo el tratamiento", "toda la semana",
        "todo el mes", "todo el año", "toda la vida", "todo el verano", "todo el invierno",
        "dijo que tome", "dice que tome", "manda que tome", "mandó que tome", "pide que tome",
        "quiere que tome", "recomienda que tome", "recomendó que tome",
        # a question about overdose is not an overdose
        "dijo que .. sobredosis", "dice que .. sobredosis", "dicen que .. sobredosis",
        "leí que .. sobredosis", "leído que .. sobredosis", "escuché que .. sobredosis",
        "sobredosis de vitamin*", "peligros* .. sobredosis", "la sobredosis .. es peligros*",
        "la sobredosis .. es grave", "la sobredosis .. es posible", "es grave una sobredosis",
        "se puede .. sobredosis", "puede causar .. sobredosis", "puede provocar .. sobredosis",
        "puede haber .. sobredosis", "podría causar .. sobredosis", "causar .. sobredosis",
        "provocar .. sobredosis", "posible .. sobredosis", "posibilidad de .. sobredosis",
        "síntomas de .. sobredosis", "signos de .. sobredosis", "qué pasa .. sobredosis",
        "en caso de sobredosis", "peligro de sobredosis", "sobredosis accidental",
        # cutting hair, nails, a finger in the kitchen
        "cort* el pelo", "cort* el cabello", "cort* las uñas", "cort* la barba",
        "cort* las puntas", "cort* el dedo", "cort* un dedo", "cort* en el dedo",
        "cort* .. cocinando", "cort* .. pelando", "cort* .. afeitándome", "cort* .. depilándome",
        "cort* .. sin querer", "cort* .. por accidente", "cort* .. con un papel",
        "cort* .. con el papel", "cort* al afeitarme", "cort* al cocinar", "cort* al caer*",
        "cort* al pelar", "cort* con el abrelatas", "cort* con una lata",
        # pills ready for the week
        "preparad* en el pastillero", "list* en el pastillero", "preparad* para la semana",
        "preparad* para toda la semana", "preparad* para el viaje",
        "preparad* para las vacaciones", "a propósito de", "list* para recoger",
        "list* en la farmacia", "preparad* en la farmacia", "preparad* para recoger",
        # lozenges for a dry mouth, vitamins
        *(
            f"pastill* {what}"
            for what in (
                "de menta", "para la boca", "para chupar", "de xilitol", "para la garganta",
                "de regaliz", "de magnesio", "de vitamina*", "de hierro", "de calcio",
                "de colágeno", "para la saliva", "de saliva", "de zinc", "de potasio",
            )
        ),
        # giving up on a treatment, help with a question
        "rindo con .. lágrima*", "rindo con .. gotas", "rindo con .. colirio*",
        "rindo con .. crema*", "rindo con .. dieta", "rindo con .. pregunta*",
        "rindo con .. cuestionario", "rindo con .. formulario", "rindo con .. botones",
        "rendí con .. lágrima*", "rendí con .. gotas", "rendí con .. colirio*",
        "toalla con .. lágrima*", "toalla con .. gotas", "ayúdame con", "ayúdame a entender",
        "ayúdame por favor con", "ayúdenme con", "ayúdenme a entender", "cansad* de todo el día",
        "cansad* de todo el rato", "hart* de todo el día", "sin dolor .. pecho",
        "no tengo dolor .. pecho", "ni dolor .. pecho",
    ),
)  # fmt: skip
