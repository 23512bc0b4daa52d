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
# Before a name at the end of the text ("Thanks, Anna").
SIGN_OFFS = word_keys(
    """thanks thank regards cheers best love gracias saludos merci cordialement bises danke
    grüße gruß lg vg grazie saluti obrigada obrigado abraços beijos bedankt groetjes groeten
    dziękuję pozdrawiam спасибо дякую teşekkürler sağolun شكرا""",
)
# Titles before a name ("Dr. Smith", "Frau Müller"): the title stays, the name goes.
TITLES = word_keys(
    """dr mr mrs ms miss prof frau herr sr sra srta don doña mme mlle madame monsieur sig
    signora signor dott dottoressa dona senhora senhor pani pan dhr mevr mw господин
    госпожа пан пані bay bayan د الدكتور الدكتورة السيد السيدة""",
)
# Words between the parts of a name ("Sanne de Vries", "João da Silva").
PARTICLES = word_keys(
    "de da do dos das del della di du des van von der den ter ten le la al el bin ibn"
)
# Articles before a name ("sou a Ana", "ich bin die Anna", "sono la Giulia").
NAME_ARTICLES = word_keys("a o la il die der")
