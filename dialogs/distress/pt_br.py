"""Portuguese phrases for reading typed distress (syntax: ``dialogs.distress``), Brazilian and
European: unaccented spellings, text-speak ("to", "n", "qro", "vo me mata") and "estou a ..." forms.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("tomei 30 comprimidos", "engoli 40 paracetamol"): each verb with a
# number and a pill word (up to three words apart: "30 dos meus comprimidos") or a medicine
# named right after the number. Numbers 0 to 4 are cancelled in ``not_distress``; "tomei 75 de
# pregabalina" (milligrams) is not a number of pills: a medicine needs the number right before it.
_TOOK = (
    "tomei", "engoli", "tomou", "engoliu", "ingeri", "acabei de tomar",
    "acabei de engolir", "tinha tomado",
)  # fmt: skip
_PILLS = (
    "comprimido*", "pílula*", "cápsula*", "drágea*", "pastilha*", "remédio*", "medicamento*",
)  # fmt: skip
_MEDICINES = (
    "pregabalina*", "lyrica*", "gabapentina*", "paracetamol*", "tylenol*", "dipirona*",
    "novalgina*", "ibuprofeno*", "aspirina*", "tramadol*", "tramal*", "morfina*", "codeína*",
    "oxicodona*", "clonazepam*", "rivotril*", "diazepam*", "valium*", "alprazolam*", "frontal*",
    "lorazepam*", "zolpidem*", "stilnox*", "amitriptilina*", "duloxetina*", "sertralina*",
    "fluoxetina*", "escitalopram*", "quetiapina*", "hidroxicloroquina*", "reuquinol*",
    "plaquinol*", "metotrexato*", "prednisona*", "calmante*", "analgésico*", "antidepressivo*",
    "ansiolítico*", "sonífero*", "tarja pret*",
)  # fmt: skip
_NUMBER_TAKEN = (
    *(f"{took} # .. {pill}" for took in _TOOK for pill in _PILLS),
    # "tomei uns 30 comprimidos", "tomei ontem mais de 40 comprimidos"
    *(f"{took} .. # {pill}" for took in _TOOK for pill in _PILLS),
    *(f"{took} # {medicine}" for took in _TOOK for medicine in _MEDICINES),
    *(
        f"{took} # {at_once}"
        for took in _TOOK
        for at_once in ("de uma vez*", "de uma só vez*", "junt*", "duma vez*")
    ),
    *(
        f"{took} {number} .. {pill}"
        for took in ("tomei", "engoli", "tomou")
        for number in ("vinte", "trinta", "quarenta", "cinquenta", "cem")
        for pill in ("comprimido*", "remédio*", "pílula*")
    ),
    *(f"{took} # {box}" for took in _TOOK for box in ("caixa*", "cartela*", "frasco*")),
    # "tomei toda a minha morfina", "tomei todo o tramadol"
    *(f"{took} tod* .. {medicine}" for took in _TOOK for medicine in _MEDICINES),
)
_SMALL_NUMBERS = (
    *(f"{took} {n}" for took in (*_TOOK, "tomar", "engolir") for n in ("0", "1", "2", "3", "4")),
    *(f"{n} {pill}" for n in ("0", "1", "2", "3", "4") for pill in _PILLS),
)
# Poison, bleach, antifreeze... drunk or swallowed ("bebi um copo de água sanitária").
_POISONS = (
    "veneno*", "chumbinho", "raticida*", "mata rato*", "água sanitária", "lixívia",
    "soda cáustica", "anticongelante*", "inseticida*", "herbicida*", "agrotóxico*",
    "pesticida*", "formicida*", "amônia", "amoníaco", "querosene", "gasolina", "thinner",
    "solvente*", "desinfetante*", "creolina", "diabo verde", "cianeto", "cianureto",
)  # fmt: skip
_POISON_TAKEN = tuple(
    f"{took} .. {poison}"
    for took in ("tomei", "bebi", "engoli", "ingeri", "tomou", "bebeu", "engoliu")
    for poison in _POISONS
)
# "metade do rosto ficou dormente", "o rosto caiu de um lado"
_ONE_SIDE = (
    "metade do rosto", "lado do rosto", "metade da cara", "lado da cara", "meio rosto",
    "metade do corpo", "lado do corpo", "metade da boca", "canto da boca",
)  # fmt: skip
_NUMB = ("dorment*", "adormecid*", "caíd*", "caiu", "paralisad*", "tort*", "sem força*")
_ONE_SIDED = (
    *(f"{numb} .. {side}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"{side} .. {numb}" for numb in _NUMB for side in _ONE_SIDE),
    *(f"não sinto {side}" for side in ("metade do rosto", "meio rosto", "metade do corpo")),
)
# Medicines "of the day" or "of the week" are routine ("tomei todos os remédios da manhã").
_ROUTINE = tuple(
    f"{pill} {how}"
    for pill in ("comprimido*", "remédio*", "medicamento*", "pílula*", "cápsula*")
    for how in (
        "por dia", "ao dia", "diári*", "diferentes", "da semana", "pra semana",
        "para a semana", "do mês", "certinho", "direitinho", "na hora certa", "separad* por",
    )
)  # fmt: skip
# A question about overdose is not an overdose ("overdose de vitamina D é possível?").
_OVERDOSE_QUESTIONS = tuple(
    phrase.format(od=od)
    for od in ("overdose", "sobredose")
    for phrase in (
        "disse que .. {od}", "diz que .. {od}", "dizem que .. {od}", "falou que .. {od}",
        "li que .. {od}", "{od} de vitamina*", "perigos* .. {od}", "a {od} .. é perigos*",
        "a {od} .. é grave", "a {od} .. é possível", "a {od} de", "dá {od}", "dar {od}",
        "dá pra ter {od}", "dá para ter {od}", "pode ter {od}", "pode causar {od}",
        "causar {od}", "causa {od}", "possível .. {od}", "possibilidade de {od}",
        "sintomas de {od}", "sinais de {od}", "o que acontece .. {od}", "perigo de {od}",
        "em caso de {od}", "{od} acidental",
    )
)  # fmt: skip

PHRASES = PhraseList(
    language="pt_BR",
    suicidal_act=(
        "tomei todos .. remédio*", "tomei todos .. comprimido*", "tomei todos .. medicament*",
        "tomei todas .. pílula*", "tomei todas .. cápsula*", "tomei todas .. medicaç*",
        "tomei .. comprimidos todos", "tomei .. remédios todos", "tomei .. medicamentos todos",
        "engoli todos .. comprimido*", "engoli todos .. remédio*", "engoli todas .. pílula*",
        "tomou todos .. remédio*", "tomou todos .. comprimido*", "tomei remédio demais",
        "tomei remédios demais", "tomei comprimidos demais", "tomei comprimidos a mais",
        "tomei muitos comprimidos", "tomei muitos remédios", "tomei um monte de remédio*",
        "tomei um monte de comprimido*", "me entupi de remédio*", "me entupi de comprimido*",
        "tomei .. caixa inteira", "tomei .. caixa toda", "tomei .. cartela inteira",
        "tomei .. cartela toda", "tomei .. frasco inteiro", "tomei .. frasco todo",
        "tomei .. vidro inteiro", "tomei .. embalagem inteira", "tomei .. embalagem toda",
        "acabei de tomar .. caixa inteira", "acabei de tomar .. caixa toda",
        "acabei de tomar todos .. remédio*", "acabei de tomar todos .. comprimido*",
        "tomei tudo que tinha", "tomei tudo o que tinha", "tomei tudo de uma vez",
        "tomei todos de uma vez", "sobredose", "cortei os pulsos", "cortei o pulso",
        "cortei meus pulsos", "cortei os meus pulsos", "cortei meu pulso", "me cortei de propósito",
        "me cortei de novo", "estou me cortando", "tô me cortando", "me machuquei de propósito",
        "me feri de propósito", "me autolesionei", "me mutilei", "me envenenei", "tomei veneno",
        "bebi veneno", "tomei chumbinho", "comi chumbinho", "tomei água sanitária",
        "bebi água sanitária", "bebi lixívia", "tomei soda cáustica", "tomei veneno de rato",
        "estou me enforcando", "coloquei a corda no pescoço", "corda em volta do pescoço",
        "estou na ponte", "tô na ponte", "estou em cima da ponte", "estou no telhado pra pular",
        "estou no alto do prédio", "tô no alto do prédio", "prestes a pular", "vou pular agora",
        "vou me jogar agora", "estou nos trilhos", "tô nos trilhos", "estou na linha do trem",
        "tô na linha do trem", "overdose", "tomei uma overdose", "tive uma overdose",
        "fiz uma overdose", *_NUMBER_TAKEN, *_POISON_TAKEN, "tomei cloro", "bebi cloro",
        "tomei duas cartelas", "tomei três cartelas", "tomei duas caixas", "tomei três caixas",
        "tomei toda a caixa", "tomei toda a cartela", "tomei todo o frasco", "tomei todo o vidro",
        # a handful, or too much on purpose
        "tomei um punhado", "engoli um punhado", "tomei uma mão cheia", "tomei remédio* a mais",
        "tomei medicamento* a mais", "tomei medicamento* demais",
        *(
            f"{what} {purpose}"
            for what in (
                "tomei .. demais", "tomei .. a mais", "engoli .. demais", "engoli .. a mais",
                "comprimido*", "remédio*", "medicamento*", "pílula*", "dose*", "overdose",
                "sobredose",
            )
            for purpose in (
                "de propósito", "propositalmente", "por querer", "intencionalmente",
                "de caso pensado",
            )
        ),
        # cutting, now or again and again ("tenho me cortado")
        "me cortei", "cortei-me", "ando me cortando", "venho me cortando", "vivo me cortando",
        "fico me cortando", "a cortar-me", "tenho me cortado",
        "voltei a me cortar", "voltei a me machucar", "continuo me cortando", "eu me corto",
        "cortei os braços", "cortei meus braços",
        "cortei os meus braços", "cortei as pernas", "cortei minhas pernas", "fiz cortes .. braço*",
        "fiz cortes .. perna*", "fiz cortes em mim", "fiz uns cortes .. braço*",
        "me queimei de propósito",
        # ready to do it
        "remédio* separad*", "comprimido* separad*", "remédio* pront*", "comprimido* pront*",
        "separei .. remédio*", "separei .. comprimido*", "separei .. cartela*", "corda pronta",
        "corda preparada", "preparei a corda",
        # an attempt already made
        "tentei me matar", "tentei me enforcar", "tentei suicídio", "tentei me suicidar",
        "tentei tirar minha vida", "tentei tirar a minha vida", "tentei me envenenar",
        "tentei cortar os pulsos", "tentei cortar meus pulsos", "tentei me jogar da",
        "tentei me jogar de", "tentei me jogar do", "tentei me jogar na frente", "tentei pular da",
        "tentei pular de", "tentei pular do", "tentei acabar com a minha vida",
        "tentei acabar com minha vida", "tentei me afogar", "tentei matar-me", "tentou se matar",
        "tentou suicídio", "tentou se enforcar", "tentativa de suicídio", "tentativas de suicídio",
    ),
    suicidal_wish=(
        "quero morrer", "qro morrer", "kero morrer", "quero morre", "queria morrer",
        "quero estar morta", "quero estar morto", "queria estar morta", "queria estar morto",
        "tomara que eu morra", "que eu morra", "quem me dera morrer", "quem me dera estar morta",
        "quem me dera estar morto", "gostaria de morrer", "gostava de morrer", "apetece-me morrer",
        "vontade de morrer", "penso em morrer", "pensando em morrer", "não quero mais viver",
        "n quero mais viver", "não quero viver", "n quero viver", "nao kero viver",
        "não quero mais estar aqui", "n quero mais estar aqui", "não quero estar aqui",
        "não quero mais existir", "não quero existir", "não quero acordar", "não queria acordar",
        "queria não acordar", "tomara que eu não acorde", "dormir e não acordar",
        "dormir pra sempre", "dormir para sempre", "não vale a pena viver",
        "a vida não vale a pena", "não tenho motivo pra viver", "não tenho motivos para viver",
        "não tenho razão para viver", "sem motivo pra viver", "sem motivo para viver",
        "sem razão pra viver", "sem vontade de viver", "não tenho mais vontade de viver",
        "n tenho mais vontade de viver", "não tenho vontade de viver", "perdi a vontade de viver",
        "desisti de viver", "não faz sentido viver", "melhor sem mim", "mereço morrer",
        "deveria estar morta", "deveria estar morto", "devia estar morta", "devia estar morto",
        "melhor morta", "melhor morto", "preferia estar morta", "preferia estar morto",
        "melhor se eu morresse", "seria melhor eu morrer", "melhor eu morrer",
        "acabar com a minha vida", "acabar com minha vida", "acabar com a vida",
        "dar fim à minha vida", "dar um fim na minha vida", "pôr fim à minha vida",
        "pôr fim à vida", "tirar a minha vida", "tirar minha vida", "tirar a própria vida",
        "acabar com tudo", "quero me matar", "vou me matar", "vo me mata", "vou me mata",
        "quero me mata", "em me matar", "de me matar", "pra me matar", "para me matar",
        "eu me mato", "quero matar-me", "vou matar-me", "em matar-me",
        "de matar-me", "apetece-me matar", "se matar", "suicíd*", "me enforcar", "enforcar-me",
        "pular da ponte", "pular de uma ponte", "pular do prédio", "pular da janela",
        "pular do viaduto", "me jogar da", "me jogar de", "me jogar do", "me jogar na frente",
        "me jogar embaixo", "me jogar debaixo", "jogar-me da", "jogar-me de", "me atirar da",
        "me atirar de", "atirar-me da", "atirar-me de", "me atirar para a linha", "me dar um tiro",
        "dar um tiro na cabeça", "quero me cortar", "vontade de me cortar", "vou me cortar",
        "penso em me cortar", "pensando em me cortar", "cortar os pulsos",
        "cortar meus pulsos", "cortar os meus pulsos", "quero me machucar",
        "vontade de me machucar", "penso em me machucar", "pensando em me machucar",
        "quero me ferir", "vontade de me ferir", "me autolesionar",
        "autoles*", "automutil*", "me mutilar", "juntando remédio*", "guardando remédio*",
        "juntando comprimido*", "guardando comprimido*", "acumulando remédio*",
        "acumulando comprimido*", "carta de despedida", "bilhete de despedida", "plano para morrer",
        "sumir pra sempre", "sumir para sempre", "desaparecer para sempre", "ir desta para melhor",
        "ir dessa pra melhor", "sair deste mundo", "ir embora deste mundo", "quero que tudo acabe",
        "quero que tudo termine",
        # a plan ("vou tomar todos os remédios hoje à noite")
        *(
            f"{going} {take} tod* .. {what}"
            for going in ("vou", "eu vou", "pretendo", "quero")
            for take in ("tomar", "engolir")
            for what in (*_PILLS, *_MEDICINES)
        ),
        *(
            f"{going} {take} # .. {pill}"
            for going in ("vou", "pretendo")
            for take in ("tomar", "engolir")
            for pill in _PILLS
        ),
        "vou tomar tudo de uma vez", "vou tomar todos de uma vez", "vou tomar a caixa inteira",
        "vou tomar a caixa toda", "vou tomar a cartela inteira", "vou tomar a cartela toda",
        "vou tomar veneno", "vou beber veneno", "vou tomar chumbinho", "vou beber água sanitária",
    ),
    emergency_words=(
        # breathing_chest
        "não consigo respirar", "n consigo respirar", "não consigo respira",
        "não tô conseguindo respirar", "não estou conseguindo respirar", "não consegue respirar",
        "não está conseguindo respirar", "falta de ar", "dificuldade para respirar",
        "dificuldade pra respirar", "dificuldade em respirar", "dificuldade de respirar",
        "respirando com dificuldade", "não respira", "parou de respirar", "não está respirando",
        "sufocando", "estou a sufocar", "engasgad*", "engasgando", "se engasgou", "me engasguei",
        "não consigo engolir", "não consegue engolir", "dor no peito", "dores no peito",
        "aperto no peito", "pressão no peito", "peito apertado", "dor torácica", "infarto",
        "enfarte", "ataque cardíaco", "ataque do coração", "ataque de coração", "parada cardíaca",
        "paragem cardíaca", "desmaiei", "desmaiou", "desmaiad*", "perdi a consciência",
        "perdeu a consciência", "perdi os sentidos", "perdeu os sentidos", "inconsciente",
        "desacordad*", "desfaleceu", "caiu e não levanta", "não reage",
        "coração disparado .. desmai*", "dor .. no peito", "dor .. do peito",
        "dores .. no peito", "peito .. esmagad*", "peito .. apertad*", "aperto .. no peito",
        "pressão .. no peito", "peso .. no peito", "meu peito dói", "meu peito tá doendo",
        "meu peito está doendo", "peito doendo", "dói o peito", "dói .. o peito",
        "dor .. no braço esquerdo", "dor .. pro braço", "dor .. para o braço",
        "taquicardia .. desmai*", "palpitaç* .. desmai*",
        # stroke_brain
        "avc", "um derrame", "derrame cerebral", "teve derrame", "tendo derrame",
        "sinais de derrame", "acidente vascular", "rosto caído", "rosto torto", "boca torta",
        "cara torta", "boca ficou torta", "fraqueza de um lado", "dormência de um lado",
        "dormente de um lado", "não sinto um lado", "fala arrastada", "fala enrolada",
        "fala .. enrolad*", "fala .. arrastad*", "fala estranha", "falando estranho",
        "falando enrolado", "falando enrolada", "língua enrolada", "não consegue falar",
        "não consigo falar direito", "confusão repentina", "confusão súbita", "de repente confus*",
        "confusa de repente", "confuso de repente", "não enxergo nada", "não consigo enxergar nada",
        "não tô enxergando nada", "não vejo nada", "de repente não enxergo", "parei de enxergar",
        "perdi a visão", "perdi a vista", "fiquei ceg*", "ficando ceg*", "cegueira súbita",
        "cegueira repentina", "visão dupla", "vista dupla", "vendo dobrado", "pior dor de cabeça",
        "dor de cabeça repentina", "dor de cabeça súbita", "dor de cabeça explosiva", "nuca rígida",
        "nuca dura", "rigidez na nuca", "pescoço rígido", "convuls*", "ataque epiléptico",
        "crise epiléptica", *_ONE_SIDED, "rosto .. torto", "boca .. torta", "rosto caiu",
        "boca caiu", "rosto .. caído", "de repente não consigo falar",
        # sudden_weakness
        "não consigo andar", "não consegue andar", "não consigo caminhar",
        "não tô conseguindo andar", "não estou conseguindo andar", "as pernas cederam",
        "pernas falharam", "as pernas não me seguram", "fraqueza subindo", "fraqueza que sobe",
        "não consigo mexer as pernas", "não consigo mexer a perna", "não consigo mexer o braço",
        "não consigo mover as pernas", "não sinto as pernas", "não sinto minhas pernas",
        "não sinto as minhas pernas", "paralisad*", "paralisia", "dormência entre as pernas",
        "dormente entre as pernas", "dormência nas partes íntimas", "dormência nas nádegas",
        "não sinto .. entre as pernas", "não consigo urinar", "não consigo fazer xixi",
        "não consigo mijar", "perdi o controle da bexiga", "perdi o controle do intestino",
        "perdi o controle do xixi", "perdi o controlo da bexiga", "perdi o controlo do intestino",
        # drowsy_overdose
        "não consigo acordar ele", "não consigo acordar ela", "não consigo acordá-lo",
        "não consigo acordá-la", "não consigo acordar meu", "não consigo acordar minha",
        "não consigo acordar o meu", "não consigo acordar a minha", "ele não acorda",
        "ela não acorda", "muito sonolent*", "sonolência extrema", "não consegue ficar acordad*",
        "respirando devagar", "respirando muito devagar", "respiração lenta",
        "respira muito devagar", "tomou remédio demais", "tomou remédios demais",
        "tomou comprimidos demais", "tomou muitos comprimidos", "dose excessiva", "hipoglicemia",
        "glicose baixa", "glicemia baixa", "açúcar baixo", "açúcar no sangue baixo",
        "baixa de açúcar",
        # sepsis_unwell
        "sepse", "sepsis", "septicemia", "infecção generalizada", "choque séptico",
        "pele marmorizada", "pele arroxeada", "pele azulada", "lábios roxos", "lábios estão roxos",
        "lábios ficaram roxos", "lábios estão azuis", "lábios azulados", "boca roxa",
        "ficando roxo", "ficando roxa", "ficando azul", "febre muito alta", "febre alta e confus*",
        "febre e confus*", "não fiz xixi o dia todo", "não faço xixi desde", "não urino desde",
        "sem urinar o dia todo", "sem fazer xixi o dia todo", "acho que estou morrendo",
        "acho que tô morrendo", "acho que estou a morrer", "sinto que estou morrendo",
        "sinto que estou a morrer", "acho que vou morrer", "sinto que vou morrer",
        "ele está morrendo", "ela está morrendo", "está a morrer",
        # skin_swelling
        "lábios inchados", "lábio inchado", "lábios inchando", "lábios estão inchando",
        "língua está inchando", "lábios .. inchando", "língua .. inchando",
        "lábios .. inchad*", "língua .. inchad*", "rosto está inchando", "boca inchada",
        "língua inchada", "língua inchando", "rosto inchado", "rosto inchando", "cara inchada",
        "inchaço no rosto", "inchaço na língua", "inchaço nos lábios", "garganta fechando",
        "garganta está fechando", "garganta fechou", "fechando a garganta", "garganta a fechar",
        "anafila*", "reação alérgica", "alergia grave", "caneta de adrenalina",
        "injeção de adrenalina", "bolhas pelo corpo", "bolhas no corpo todo", "pele soltando",
        "pele se soltando", "pele descolando", "manchas roxas", "pintas roxas", "pontinhos roxos",
        "manchas que não somem", "manchas que não desaparecem", "petéqu*",
        # belly_blocked
        "vomitando sangue", "vomitei sangue", "vomitou sangue", "vômito com sangue",
        "vomitar sangue", "vômitos com sangue", "a vomitar sangue", "tossindo sangue",
        "cuspindo sangue", "fezes pretas", "cocô preto", "cor de borra de café",
        "parece borra de café", "não consigo manter líquidos", "não para nada no estômago",
        "vomito tudo que bebo", "vomito tudo o que bebo", "vomitando tudo", "vomito até água",
        "vomitando até água", "barriga inchada .. vômit*", "barriga inchada e dura",
        "abdômen inchado .. vômit*", "barriga estufada .. vômit*",
        # help wanted now
        "emergência", "ambulância", "samu", "liga* .. 192", "liga* .. 193", "liga* .. 112",
        "liga* .. inem", "ligu* .. 192", "ligu* .. 193", "ligu* .. 112", "ligu* .. inem",
        "cham* .. inem", "cham* .. 192", "cham* .. bombeiros", "disque 192", "me leva pro hospital",
        "me leva para o hospital", "me leva ao hospital", "levem-me ao hospital",
        "me levem pro hospital",
    ),
    distress_unclear=(
        "tá me matando", "está me matando", "estão me matando", "a matar-me", "me mata",
        "vai me matar", "tô morrendo", "estou morrendo", "estou a morrer", "morrendo de dor",
        "morta de dor", "morto de dor", "morrendo por dentro", "vou morrer", "não aguento mais",
        "n aguento mais", "já não aguento", "não aguento essa dor", "não aguento esta dor",
        "não suporto mais", "já não suporto", "não consigo mais viver", "não consigo continuar",
        "não dá mais", "não posso mais com isso", "não posso mais com esta dor",
        "já não posso mais", "cansei de viver", "cansada de viver", "cansado de viver",
        "cansada da vida", "cansado da vida", "farta de viver", "farto de viver", "cansei de tudo",
        "farta de tudo", "farto de tudo", "desisto", "desisti de tudo", "vou desistir de tudo",
        "jogar a toalha", "sem esperança", "não tenho esperança", "perdi a esperança",
        "não há esperança", "sem saída", "não tem saída", "não vejo saída", "pra que viver",
        "para que viver", "pra que continuar", "para que continuar", "nada faz sentido",
        "nada mais faz sentido", "sou um peso", "sou um fardo", "ninguém se importa",
        "ninguém liga pra mim", "estou deprimid*", "tô deprimid*", "muito deprimid*",
        "depressão profunda", "desesperad*", "desespero", "não paro de chorar", "só choro",
        "choro o dia todo", "no fundo do poço", "me ajuda por favor", "alguém me ajuda",
        "me ajudem", "socorro", "quero que isso acabe", "quero que pare", "quero sumir",
        "prefiro morrer", "estou no meu limite", "tô no limite", "cheguei no limite",
        "cheguei ao limite", "não tenho mais forças", "sem forças pra continuar",
        "sem forças para continuar", "não aguento viver assim", "não consigo viver assim",
        "acabou pra mim", "tô acabada", "estou acabada", "estou acabado", "estou destruíd*",
        "tô destruíd*", "corda no pescoço", "penso na morte", "vão me matar", "me matam",
        "acabar me matando", "dói de morrer", "doem de morrer", "doendo de morrer", "dor de morrer",
        "saco cheio de tudo", "saco cheio da vida", "me cansei de tudo", "cansad* de tudo",
        "não tenho mais força", "sem forças pra nada", "sem forças para nada",
        "não tenho forças pra nada", "não tenho forças para nada", "chega de tudo",
    ),
    not_distress=(
        "não quero morrer", "n quero morrer", "naum quero morrer", "não quero me matar",
        "não vou me matar", "nunca me mataria", "jamais me mataria", "não penso em me matar",
        "não penso em suicídio", "não penso em morrer", "não tenho pensamentos suicidas",
        "sem pensamentos suicidas", "sem ideias suicidas", "não tenho ideias suicidas",
        "não tenho ideação suicida", "não sou suicida", "não quero me machucar",
        "não quero me cortar", "não vou me cortar", "risco de overdose", "medo de .. overdose",
        "o que é overdose", "o que é uma overdose", "evitar .. overdose", "risco de sobredose",
        "remédio* de hoje", "remédio* da manhã", "remédio* da noite", "remédio* do dia",
        "comprimido* de hoje", "comprimido* da manhã", "comprimido* da noite", "comprimido* do dia",
        "avc há .. ano", "avc há .. anos", "avc há .. mes", "avc há .. meses", "derrame há .. ano",
        "derrame há .. anos", "derrame cerebral há .. ano", "derrame cerebral há .. anos",
        "risco de derrame", "infarto há .. ano", "infarto há .. anos", "enfarte há .. ano",
        "enfarte há .. anos", "convuls* há .. ano", "convuls* há .. anos", "risco de avc",
        "risco de infarto", "histórico de avc", "quase tive um infarto", "quase me deu um infarto",
        "derrame no olho", "derrame ocular", "derrame pleural", "derrame articular",
        "derrame no joelho", "paralisia do sono", "paralisad* de medo", "pronto-socorro",
        "em caso de emergência", "não é uma emergência", "não é emergência", "roxos de frio",
        "roxas de frio", "nao consigo engolir .. sem água", "não consigo engolir comprimido*",
        "não consigo engolir .. seca", "não consigo engolir .. seco", "não consigo andar muito",
        "não consigo andar descalç*", "andar sem dor", "caminhar sem dor",
        "não consigo andar de salto", "não vejo nada de errado", "não vejo nada demais",
        "não vejo nada de mais", "não vejo nada de mal", "falar direito .. boca seca",
        "falar direito .. secura", "falar direito .. saliva", "vejo nada direito",
        "enxergo nada direito", "enxergar nada direito", "inchad* por .. parótida*",
        "parótida* .. inchad*", "não vejo nada de melhor*", "dedo* .. roxo*", "dedo* .. azu*",
        "não reage .. tratamento", "não reage .. remédio*", "não dá mais tempo", "rua sem saída",
        "jogar de cabeça", "atirar de cabeça", "ceg* de raiva", "não me mata", "não vai me matar",
        "me mata de rir", "se matar de trabalhar", "morr* de rir", "morr* de tanto rir",
        "morr* de fome", "morr* de sono", "morr* de calor", "morr* de frio", "morr* de sede",
        "morr* de vontade", "morr* de vergonha", "morr* de medo", "morr* de tédio",
        "morr* de saudade*", "morr* de curiosidade", "morr* de inveja", "morr* de cansaço",
        "morr* de susto", "morr* de preguiça", "morr* de ciúme*", "morr* de amor",
        "morr* de ansiedade", *_SMALL_NUMBERS, *_ROUTINE, *_OVERDOSE_QUESTIONS, "# mg",
        "# miligramas", "# gramas", "# g", "# ml", "# gotas", "# ui", "# mcg", "# dias",
        "# semanas", "# meses", "# anos", "# horas", "# minutos", "# vezes", "# tipos",
        "# cervejas", "# copos", "# cafés", "# xícaras", "todos os dias", "todas as noites",
        "todas as manhãs", "todas as semanas", "todo dia", "toda noite", "toda manhã",
        "todo santo dia", "todo mês", "todo o tratamento", "porta comprimido*",
        "pront* na farmácia", "pront* pra buscar", "pront* para buscar", "pront* pra retirar",
        "pront* para retirar", "manipulad*", "pront* na manipulação", "pra viagem", "para viagem",
        "para a viagem", "da viagem",
        *(f"{n} {w}" for n in "56789" for w in ("remédio*", "medicamento*")),
        *(
            f"pastilha* {what}"
            for what in (
                "de menta", "de hortelã", "para a boca", "pra boca", "para boca seca",
                "para a garganta", "pra garganta", "para a saliva", "pra saliva", "de xilitol",
                "de gengibre", "de própolis", "de mel", "de magnésio", "de vitamina*", "de zinco",
            )
        ),
        *(
            f"{pill} {what}"
            for pill in ("comprimido*", "cápsula*")
            for what in (
                "de magnésio", "de vitamina*", "de ferro", "de cálcio", "de colágeno",
                "de zinco", "de potássio", "de ômega*",
            )
        ),
        "porta remédio*", "caixinha de remédio*",
        # cutting hair, nails, a finger in the kitchen
        "cort* o cabelo", "cort* o cabelo", "cort* as unhas", "cort* a unha", "cort* o dedo",
        "cort* no dedo", "cort* a franja", "cort* a barba", "cort* .. cozinhando",
        "cort* .. na cozinha", "cort* .. descascando", "cort* .. fazendo a barba",
        "cort* .. me barbeando", "cort* .. me depilando", "cort* .. depilando",
        "cort* .. sem querer", "cort* .. por acidente", "cort* .. com papel",
        "cort* .. com uma folha", "cortando o cabelo", "cortando as unhas",
        # giving up on a treatment, help with a question
        "desist* das lágrimas", "desist* da lágrima", "desist* do colírio", "desist* dos colírios",
        "desist* da dieta", "desist* do tratamento", "desist* da pergunta",
        "desist* dessa pergunta", "desist* desta pergunta", "desist* do questionário",
        "desist* de usar", "desist* de tomar", "desist* do remédio", "desist* dos remédios",
        "desist* da academia", "desist* do exercício", "desist* da caminhada",
        "desist* de entender", "me ajuda com", "me ajuda por favor com", "me ajuda a entender",
        "me ajudem com", "me ajudem a entender", "alguém me ajuda com",
        "alguém me ajuda a entender", "cansad* de tudo que", "sem dor no peito",
        "não tenho dor .. peito", "nenhuma dor .. peito", "nem dor .. peito", "sem dor .. peito",
        "não sinto dor .. peito", "matando de rir", "matam de rir", "me matam de",
        "pront* na caixinha", "pront* no porta", "pront* na porta", "separad* na caixinha",
        "separad* no porta", "separad* na porta", "pront* pra semana", "pront* para a semana",
        "separad* pra semana", "separad* para a semana",
    ),
)  # fmt: skip
