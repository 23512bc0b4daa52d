"""What each rule of ``storage.redact`` catches, what it leaves, and what it cannot catch."""

from __future__ import annotations

import pytest

from storage.redact import PLACEHOLDERS, redact

ZW = "\u200b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial's examples
        (
            "Margaret here, 71, from 14 Rosewood Lane in Hebden Bridge",
            "[name] here, [age], from [address] in [place]",
        ),
        ("Soy Carmen, vivo en Calle Mayor 5", "Soy [name], vivo en [address]"),
        ("Je suis Claire Dubois", "Je suis [name]"),
        (
            "I am Anna Schmidt, Hauptstrasse 5, 10115 Berlin, born 1 May 1960, "
            f"tel 0{ZW}151 2{ZW}345 67{ZW}89",
            "I am [name], [address], [postcode] [place], born [date], tel [phone]",
        ),
        # names
        ("my name is J. R. R. Tolkien and my feet burn", "my name is [name] and my feet burn"),
        ("call me Bev", "call me [name]"),
        ("ich heiße helga", "ich heiße [name]"),
        ("Ik ben Sanne de Vries", "Ik ben [name]"),
        ("sou a Ana", "sou a [name]"),
        ("Я Ольга", "Я [name]"),
        ("Ben Fatma", "Ben [name]"),
        ("أنا مريم", "أنا [name]"),
        ("Hola, Lucía aquí", "Hola, [name] aquí"),
        ("Thanks, Anna", "Thanks, [name]"),
        ("Dr. Patel said so", "Dr. [name] said so"),
        ("Joan, 64, from Leeds", "[name], [age], from [place]"),
        ("71, retired, my feet burn", "[age], retired, my feet burn"),
        # ages
        ("I'm 71", "I'm [age]"),
        ("I am 71 years old", "I am [age] years old"),
        ("aged 71, my feet burn", "aged [age], my feet burn"),
        ("tengo 71 años", "tengo [age] años"),
        ("j'ai 71 ans", "j'ai [age] ans"),
        ("ich bin 71 Jahre alt", "ich bin [age] Jahre alt"),
        ("mam 71 lat", "mam [age] lat"),
        ("мне 71 год", "мне [age] год"),
        ("71 yaşındayım", "[age] yaşındayım"),
        ("عمري 71 سنة", "عمري [age] سنة"),
        ("a 71-year-old woman", "a [age]-year-old woman"),
        # dates
        ("born on May 1st, 1960", "born on [date]"),
        ("nacida el 2 de mayo de 1961", "nacida el [date]"),
        ("née le 1er mai 1960", "née le [date]"),
        ("geboren am 1. Mai 1960", "geboren am [date]"),
        ("01.05.1960", "[date]"),
        ("1960-05-01", "[date]"),
        ("born in 1960", "born in [date]"),
        ("1960 doğumluyum", "[date] doğumluyum"),
        ("1960 года рождения", "[date] года рождения"),
        # e-mail addresses, disguised
        ("name(at)mail(dot)com", "[email]"),
        ("name at mail dot com", "[email]"),
        ("name [at] mail [dot] com", "[email]"),
        ("name @ mail . com", "[email]"),
        ("anna arroba gmail punto com", "[email]"),
        # phone numbers, disguised
        ("0151.2345.6789", "[phone]"),
        ("0151,2345,6789", "[phone]"),
        ("０１５１ ２３４５ ６７８９", "[phone]"),
        ("٠١٥١ ٢٣٤٥ ٦٧٨٩", "[phone]"),
        (f"0{ZW}1{ZW}5{ZW}1 2{ZW}3{ZW}4{ZW}5", "[phone]"),
        # postcodes
        ("HX7 8AB", "[postcode]"),
        ("1012 AB Amsterdam", "[postcode] [place]"),
        ("CEP 01310-100", "CEP [postcode]"),
        ("00-950 Warszawa", "[postcode] [place]"),
        # addresses
        ("Hauptstr. 5", "[address]"),
        ("Kerkstraat 12", "[address]"),
        ("12 rue de la Paix", "[address]"),
        ("Via Roma 10", "[address]"),
        ("Rua das Flores, 23", "[address]"),
        ("ul. Długa 5/12", "[address]"),
        ("ул. Ленина, д. 5", "[address]"),
        ("вул. Хрещатик 10", "[address]"),
        ("Atatürk Caddesi No: 12", "[address]"),
        ("شارع الملك فهد 12", "[address]"),
        # places
        ("I live in leeds", "I live in [place]"),
        ("z Krakowa", "z [place]"),
        ("из Москвы", "из [place]"),
        ("Ankara'da yaşıyorum", "[place] yaşıyorum"),
        ("أعيش في جدة", "أعيش في [place]"),
        # the second trial: identity numbers (letters and digits run together)
        (
            "sono nata il 1 gennaio 1965, codice fiscale RSSGLI65A41H501X, cell. 333 123 4567",
            "sono nata il [date], codice fiscale [number], cell. [phone]",
        ),
        ("mi NIE es X1234567L", "mi NIE es [number]"),
        ("NI number QQ123456C", "NI number [number]"),
        ("passport AB1234567", "passport [number]"),
        ("DNI 12345678Z", "DNI [number]"),
        ("Versichertennummer A123456780", "Versichertennummer [number]"),
        # inflected street words, flats, a town before a postcode
        (
            "живу на улице Ленина, дом 5, кв. 12, Москва 101000",
            "живу на [address], [place] [postcode]",
        ),
        ("на проспекте Мира, д. 10", "на [address]"),
        ("в переулке Садовом, дом 3", "в [address]"),
        ("на Садовой улице, д. 3", "на [address]"),
        ("живу на вулиці Шевченка, буд. 7", "живу на [address]"),
        ("на проспекті Миру 15", "на [address]"),
        ("mieszkam przy ulicy Długiej 5", "mieszkam przy [address]"),
        ("J'habite 12 avenue Victor Hugo", "J'habite [address]"),
        ("Rua Augusta, 1500, apto 12", "[address]"),
        ("Flat 3, 14 Rosewood Lane", "[address]"),
        ("Apt 4B, 22 Station Road", "[address]"),
        ("الرياض 12345", "[place] [postcode]"),
        ("أعيش في الرياض 12345", "أعيش في [place] [postcode]"),
        ("شارع الملك فهد 12، الرياض", "[address]، [place]"),
        ("Calle Mayor 5, Madrid 28013", "[address], [place] [postcode]"),
        ("I moved to Berlin 2015", "I moved to [place] 2015"),  # a year, no postcode
        # a name after a sign-off or a greeting, with more text after it
        ("Groetjes, Sanne Jansen, ik heb pijn", "Groetjes, [name], ik heb pijn"),
        ("Mit freundlichen Grüßen, Hans Müller", "Mit freundlichen Grüßen, [name]"),
        ("С уважением, Ольга Петрова", "С уважением, [name]"),
        ("Kind regards, Helen Price. My feet burn", "Kind regards, [name]. My feet burn"),
        ("Hallo, Hans Müller, ich habe Schmerzen", "Hallo, [name], ich habe Schmerzen"),
        # surnames with an apostrophe, a hyphen, a particle
        ("I'm Sarah O'Connor, 45, from Springfield", "I'm [name], [age], from [place]"),
        ("my name is Anne-Marie O'Neill", "my name is [name]"),
        ("I'm O'Brien", "I'm [name]"),
        ("Je suis Luc D'Amico", "Je suis [name]"),
        ("Ik ben Jan de Vries", "Ik ben [name]"),
        ("Ik ben Pieter van der Berg", "Ik ben [name]"),
        ("Soy Juan de la Cruz", "Soy [name]"),
        ("Ich bin Anna von der Heide", "Ich bin [name]"),
        # a given name that is also a word of another language ("março", Dutch "jan")
        ("sono Marco Bianchi.", "sono [name]."),
        ("Sono Marco Bianchi, ho 60 anni", "Sono [name], ho [age] anni"),
        ("Sono Marco", "Sono [name]"),
        ("Je suis Marie", "Je suis [name]"),
        # a relative's name, a practice's name
        ("my wife Linda", "my wife [name]"),
        ("my daughter Sarah Jones came too", "my daughter [name] came too"),
        ("mi marido Antonio", "mi marido [name]"),
        ("mein Mann Peter", "mein Mann [name]"),
        ("мой муж Иван", "мой муж [name]"),
        ("kızım Ayşe", "kızım [name]"),
        ("at Oakwood Surgery", "at [place] Surgery"),
        ("at St Mary's Hospital", "at [place] Hospital"),
        ("all'Ospedale San Raffaele", "all'Ospedale [place]"),
    ],
)
def test_caught(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm in pain",
        "I'm not sure",
        "call me back",
        "ich bin müde",
        "soy diabética",
        "je suis fatiguée",
        "я болею",
        "from the doctor",
        "aus Angst",
        "Я з дитинства хворію",
        "I take B12 1000 mcg daily and my BP is 120/80",
        "I'm 5 weeks into the new tablets",
        "My feet burn at night, 3 or 4 times a week",
        # letters and digits together that are no identity number
        "I had COVID-19, take B12, 5mg, 500mg, 3x1000mg and 2000IU of vitamin D3",
        "Vitamin-B12-Spritzen, HbA1c und Anti-Ro60 waren normal",
        # family words without a possessive, practice words not after a name
        "wenn man Kopfweh hat",
        "I had Carpal Tunnel Surgery last year",
        "my husband is at the clinic",
        "Mein Mann hat Schmerzen",
        # sign-off words inside a sentence
        "Danke, Lyrica hilft",
    ],
)
def test_symptom_text_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Anna has pain",  # a bare name, no introducing word
        "I'm Hope",  # a name that is also a common word, after an ambiguous phrase
        "the clinic in town",  # a place that is not named
        "zero one five one two three four",  # digits written as words
    ],
)
def test_not_caught(text: str) -> None:
    """Limits, written down: these stay as they are (docs/reviewing.md says so)."""
    assert redact(text) == text


def test_placeholders_are_the_documented_ones() -> None:
    assert PLACEHOLDERS == (
        "[name]",
        "[email]",
        "[url]",
        "[handle]",
        "[phone]",
        "[number]",
        "[address]",
        "[postcode]",
        "[place]",
        "[age]",
        "[date]",
    )


def test_invisible_characters_are_removed() -> None:
    assert redact(f"my{ZW} feet\u2060 burn\ufeff") == "my feet burn"
