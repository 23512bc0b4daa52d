"""Words around names: introducing phrases, greetings, sign-offs, titles, particles."""

from __future__ import annotations

from storage.redact.folding import word_keys

# Phrases after which a name follows for certain ("my name is"): the first word is taken
# unless it is a function word.
STRONG_NAME_PHRASES = (
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
WEAK_NAME_PHRASES: tuple[tuple[str, bool, bool], ...] = (
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
HERE = word_keys("here aquí aqui ici hier qui tutaj")
# Before a name at the start of a clause.
GREETINGS = word_keys(
    """hi hello hey dear hola buenas buenos bonjour salut coucou hallo moin servus ciao salve
    buongiorno olá ola oi hoi goedemorgen goedemiddag dzień cześć witam привет здравствуйте
    привіт вітаю merhaba selam مرحبا أهلا اهلا السلام""",
)
# Before a name at the end of the text ("Thanks, Anna"), or anywhere when the sign-off opens a
# clause and the name closes it ("Groetjes, Sanne Jansen, ik heb pijn"); some are the last
# word of a longer sign-off ("Mit freundlichen Grüßen", "С уважением", "مع تحياتي").
SIGN_OFFS = word_keys(
    """thanks thank regards cheers best love wishes yours gracias saludos saludo abrazo
    abrazos besos atentamente merci cordialement bises amitiés danke grüße gruß grüßen grüsse
    grüssen gruss lg vg grazie saluti abbraccio baci obrigada obrigado abraço abraços beijos
    atenciosamente bedankt groetjes groeten groet dziękuję pozdrawiam pozdrowienia
    poważaniem спасибо уважением дякую повагою teşekkürler sağolun saygılarımla sevgiler
    شكرا تحياتي""",
)
# Words that are neither a name after a greeting nor after a sign-off ("Hallo zusammen").
ADDRESSEES = word_keys("all everyone everybody folks team zusammen leute allerseits sir madam")
# Titles before a name ("Dr. Smith", "Frau Müller"): the title stays, the name goes.
TITLES = word_keys(
    """dr mr mrs ms miss prof frau herr sr sra srta don doña mme mlle madame monsieur sig
    signora signor dott dottoressa dona senhora senhor pani pan dhr mevr mw господин
    госпожа пан пані bay bayan د الدكتور الدكتورة السيد السيدة""",
)
# Words between the parts of a name ("Sanne de Vries", "João da Silva").
PARTICLES = word_keys(
    "de da do dos das del della di du des van von zu der den ter ten le la al el bin ibn"
)
# Articles before a name ("sou a Ana", "ich bin die Anna", "sono la Giulia").
NAME_ARTICLES = word_keys("a o la il die der")

# Given names whose key is also a listed word of another language, so that "Sono Marco" and
# "Ik ben Jan" are not read as Portuguese "março" and English "Jan": a capitalised one not
# followed by a number ("May 5") counts as a name.
ALSO_NAMES = word_keys("marco jan anne marie may june april august maja")

# Relatives before a name ("my wife Linda", "mi marido Antonio", "мой муж Иван"), after a
# possessive: "wenn man Kopfweh hat" has no possessive, and German nouns are capitalised.
FAMILY = word_keys(
    # en
    """wife husband son daughter mum mom mother father dad sister brother partner
    boyfriend girlfriend fiance fiancee grandson granddaughter niece nephew aunt uncle
    cousin friend neighbour neighbor carer grandma grandpa granny nan""",
    # es, pt
    """esposa esposo marido mujer hijo hija hermano hermana madre padre mamá papá novio novia
    nieto nieta sobrino sobrina tía tío primo prima amigo amiga pareja filho filha irmão irmã
    mãe pai namorado namorada neto neta sobrinho sobrinha tia tio""",
    # fr, it
    """mari femme fils fille frère sœur soeur mère père maman copain copine ami amie
    compagnon compagne neveu nièce tante oncle cousine marito moglie figlio figlia fratello sorella
    mamma papà compagno compagna nipote zia zio cugino cugina amico fidanzato fidanzata""",
    # de, nl
    """mann ehemann ehefrau sohn tochter bruder schwester mutter vater mama papa partnerin
    freund freundin enkel enkelin neffe nichte onkel man vrouw zoon dochter broer zus zuster
    moeder vader vriend vriendin kleinzoon kleindochter neef nicht oom""",
    # pl, ru, uk
    """mąż żona syn córka brat siostra matka ojciec tata partnerka przyjaciel przyjaciółka
    wnuk wnuczka муж жена сын дочь дочка брат сестра мать мама отец папа внук внучка друг
    подруга чоловік дружина донька мати батько тато онук онука""",
)
# Possessives before a relative.
POSSESSIVES = word_keys(
    """my our his her mi mis tu su nuestro nuestra mon ma notre ton ta sa mein meine meinem
    meinen meiner unser unsere dein deine sein seine ihr ihre mio mia nostro nostra meu minha
    nosso nossa seu sua mijn onze zijn haar mój moja mojego mojej moim nasz nasza мой моя
    моего моей наш наша мій моя мого моєї наш наша""",
)
# Relatives with the possessive in the word: Turkish "eşim", Arabic "زوجي" (my husband).
OWN_FAMILY = word_keys(
    """eşim kocam karım oğlum kızım annem babam kardeşim ablam abim ağabeyim torunum
    arkadaşım زوجي زوجتي ابني ابنتي بنتي أمي امي أبي ابي أختي اختي أخي اخي صديقتي صديقي""",
)
RELATIVES = FAMILY | OWN_FAMILY
