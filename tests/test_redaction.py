"""Free text is redacted before it is stored: generated PII never survives."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from storage.redact import redact, redact_echo

# ---- strategies ---------------------------------------------------------------------------

# Surrounding text: letters of the supported scripts, short digit groups, punctuation.
_FILLER_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "äöüßéèçñãõąęłśżźıİğşабвгдежзийклмнопрстуфхцчшщыэюяєіїاسمبتثجحخ"
    "0123456789 ,.;:!?-'\"()\n"
)
filler = st.text(alphabet=_FILLER_ALPHABET, max_size=40)

_digit = st.sampled_from("0123456789")


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


phone_numbers = st.one_of(
    # +1 (555) 123-4567
    st.builds(lambda a, b, c: f"+1 ({a}) {b}-{c}", _digits(3), _digits(3), _digits(4)),
    # 555-123-4567 / 555.123.4567 / 555 123 4567
    st.builds(
        lambda a, b, c, sep: f"{a}{sep}{b}{sep}{c}",
        _digits(3),
        _digits(3),
        _digits(4),
        st.sampled_from(["-", ".", " ", "/"]),
    ),
    # +44 20 7946 0958
    st.builds(lambda a, b, c: f"+44 {a} {b} {c}", _digits(2), _digits(4), _digits(4)),
    # 0049 30 1234567
    st.builds(lambda a, b: f"0049 {a} {b}", _digits(2), _digits(7)),
    # (030) 1234567
    st.builds(lambda a, b: f"({a}) {b}", _digits(3), _digits(7)),
    # +7 912 345-67-89
    st.builds(
        lambda a, b, c, d: f"+7 {a} {b}-{c}-{d}", _digits(3), _digits(3), _digits(2), _digits(2)
    ),
    # 06 12 34 56 78
    st.builds(lambda *g: " ".join(g), *[_digits(2)] * 5),
    # +905321234567, 5551234567
    st.builds(lambda a: f"+{a}", _digits(12)),
    _digits(10),
    # Arabic-Indic digits: ٠٥٠ ١٢٣ ٤٥٦٧
    st.builds(
        lambda a: a.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        st.builds(lambda a, b, c: f"{a} {b} {c}", _digits(3), _digits(3), _digits(4)),
    ),
)

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=2, max_size=10).filter(
    lambda w: w[0].isalpha()
)
_tld = st.sampled_from(["com", "org", "de", "fr", "co.uk", "com.br", "ru", "io", "me"])

emails = st.builds(
    lambda local, sep, local2, domain, tld: f"{local}{sep}{local2}@{domain}.{tld}",
    _word,
    st.sampled_from([".", "_", "-", "+", ""]),
    _word,
    _word,
    _tld,
)

urls = st.one_of(
    st.builds(
        lambda scheme, domain, tld, path: f"{scheme}://{domain}.{tld}/{path}",
        st.sampled_from(["http", "https"]),
        _word,
        _tld,
        _word,
    ),
    st.builds(lambda domain, tld: f"www.{domain}.{tld}", _word, _tld),
    st.builds(lambda name: f"t.me/{name}", _word),
    st.builds(lambda domain, tld, path: f"{domain}.{tld}/{path}", _word, _tld, _word),
)

handles = st.builds(
    lambda name: f"@{name}",
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=3, max_size=20),
)

NAME_PHRASES = [
    # English
    "my name is",
    "My Name Is",
    "I'm called",
    "I’m called",
    # Spanish
    "me llamo",
    "mi nombre es",
    # French
    "je m'appelle",
    "Je m’appelle",
    # German
    "ich heiße",
    "ich heisse",
    "mein Name ist",
    # Italian
    "mi chiamo",
    # Brazilian Portuguese
    "meu nome é",
    "me chamo",
    # Dutch
    "mijn naam is",
    "ik heet",
    # Polish
    "nazywam się",
    "mam na imię",
    # Russian
    "меня зовут",
    "Меня зовут",
    # Ukrainian
    "мене звати",
    # Turkish
    "benim adım",
    "adım",
    "BENİM ADIM",
    # Arabic
    "اسمي",
]

names = st.one_of(
    st.sampled_from(
        [
            "Anna Kowalska",
            "José María García",
            "Zoë Dubois",
            "Jürgen Müller",
            "Giulia Rossi",
            "João da Silva",
            "Sanne de Vries",
            "Małgorzata Wiśniewska",
            "Анна Иванова",
            "Олена Шевченко",
            "Ayşe Yılmaz",
            "فاطمة الزهراء",
            "Dr. Smith",
            "J. R. R. Tolkien",
        ]
    ),
    st.builds(
        lambda first, last: f"{first.capitalize()} {last.capitalize()}",
        st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=10),
        st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=10),
    ),
)


def _embedded(pii: str, before: str, after: str) -> str:
    return f"{before} {pii} {after}"


# ---- PII never survives -------------------------------------------------------------------


@given(phone=phone_numbers, before=filler, after=filler)
def test_phone_numbers_never_survive(phone: str, before: str, after: str) -> None:
    out = redact(_embedded(phone, before, after))
    assert phone not in out
    digits = "".join(ch for ch in phone if ch.isdecimal())
    assert digits not in "".join(ch for ch in out if ch.isdecimal())


@given(email=emails, before=filler, after=filler)
def test_email_addresses_never_survive(email: str, before: str, after: str) -> None:
    out = redact(_embedded(email, before, after))
    assert email not in out
    assert email.split("@")[0] + "@" not in out


@given(url=urls, before=filler, after=filler)
def test_urls_never_survive(url: str, before: str, after: str) -> None:
    out = redact(_embedded(url, before, after))
    assert url not in out
    host = url.split("://")[-1].split("/")[0]
    assume(host not in before + after)
    assert host not in out


@given(handle=handles, before=filler, after=filler)
def test_handles_never_survive(handle: str, before: str, after: str) -> None:
    out = redact(_embedded(handle, before, after))
    assert handle not in out
    assert "@" not in out


@given(phrase=st.sampled_from(NAME_PHRASES), name=names, before=filler, after=filler)
def test_names_after_a_phrase_never_survive(
    phrase: str, name: str, before: str, after: str
) -> None:
    assume(name not in before)
    out = redact(f"{before} {phrase} {name} {after}")
    assert name not in out
    for part in name.split():
        if len(part) > 3:
            assume(part not in before)
            assert part not in out
    # Only the name goes (at most 4 words, with initials and particles): what follows may stay.
    assert "[name]" in out


@given(digits=st.text(alphabet="0123456789", min_size=5, max_size=30), before=filler)
def test_long_digit_runs_never_survive_even_inside_words(digits: str, before: str) -> None:
    out = redact(f"{before}ab{digits}cd")
    assert digits not in out


_INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])


@given(phone=phone_numbers, marks=st.lists(_INVISIBLE, min_size=1, max_size=12), data=st.data())
def test_phone_numbers_split_by_invisible_characters_never_survive(
    phone: str, marks: list[str], data: st.DataObject
) -> None:
    chars = list(phone)
    for mark in marks:
        chars.insert(data.draw(st.integers(0, len(chars))), mark)
    out = redact(f"tel {''.join(chars)} please")
    digits = "".join(ch for ch in phone if ch.isdecimal())
    assert digits not in "".join(ch for ch in out if ch.isdecimal())


@given(phone=phone_numbers, before=filler, after=filler)
def test_full_width_phone_numbers_never_survive(phone: str, before: str, after: str) -> None:
    wide = phone.translate({ord(d): chr(ord(d) - ord("0") + ord("０")) for d in "0123456789"})
    out = redact(_embedded(wide, before, after))
    assert not any("０" <= ch <= "９" for ch in out)


_AT = st.sampled_from(["(at)", "[at]", " at ", " (at) ", " @ ", " arroba "])
_DOT = st.sampled_from(["(dot)", "[dot]", " dot ", " (dot) ", " . ", " punto "])


@given(
    local=_word.filter(lambda w: len(w) > 3),
    domain=_word,
    tld=st.sampled_from(["com", "org", "de", "fr", "es", "ru"]),
    at=_AT,
    dot=_DOT,
    before=filler,
)
def test_disguised_email_addresses_never_survive(
    local: str, domain: str, tld: str, at: str, dot: str, before: str
) -> None:
    assume(local not in before)
    out = redact(f"{before} write to {local}{at}{domain}{dot}{tld} please")
    assert local not in re.sub(r"\[\w+\]", "", out)  # not "emai" in "[email]"


_AGES = st.sampled_from(
    [
        "I'm {n},",
        "I am {n} years old",
        "aged {n},",
        "tengo {n} años",
        "j'ai {n} ans",
        "ich bin {n} Jahre alt",
        "ho {n} anni",
        "tenho {n} anos",
        "ik ben {n} jaar",
        "mam {n} lat",
        "мне {n} лет",
        "мені {n} років",
        "{n} yaşındayım",
        "عمري {n} سنة",
    ]
)


@given(template=_AGES, n=st.integers(18, 99), before=filler, after=filler)
def test_ages_never_survive(template: str, n: int, before: str, after: str) -> None:
    assume(str(n) not in before + after)
    out = redact(f"{before}. {template.format(n=n)} {after}")
    assert str(n) not in out


_MONTH_NUMBERS = {
    "May": 5,
    "mayo": 5,
    "mai": 5,
    "März": 3,
    "maggio": 5,
    "maio": 5,
    "mei": 5,
    "maja": 5,
    "мая": 5,
    "травня": 5,
    "Mayıs": 5,
}


@given(
    day=st.integers(1, 28),
    month=st.sampled_from(sorted(_MONTH_NUMBERS)),
    year=st.integers(1930, 2005),
    before=filler,
)
def test_dates_of_birth_never_survive(day: int, month: str, year: int, before: str) -> None:
    assume(str(year) not in before)
    out = redact(f"{before}. born {day} {month} {year}, my feet burn")
    assert str(year) not in out
    assert f"{day} {month}" not in out
    numeric = f"{day:02}.{_MONTH_NUMBERS[month]:02}.{year}"
    assert str(year) not in redact(f"{before}. born {numeric}, my feet burn")


# ---- properties of any text ----------------------------------------------------------------


@settings(max_examples=300)
@given(text=st.text())
def test_no_five_digit_run_handle_or_url_scheme_survives_in_any_text(text: str) -> None:
    out = redact(text)
    assert re.search(r"\d{5}", out) is None
    assert re.search(r"@\w", out) is None
    assert "://" not in out


@given(text=st.text())
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


# ---- what stays readable --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My feet burn at night, 3 or 4 times a week",
        "Since 2015, it got worse in 2019",
        "I take 300 mg of gabapentin, 2-3 times a day",
        "Es brennt seit 10 Jahren",
        "Боль в ногах уже 2 года",
        "أشعر بالحرقة في قدمي",
    ],
)
def test_ordinary_health_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call +1 (555) 123-4567 please", "call [phone] please"),
        ("my number is 0171 2345678", "my number is [phone]"),
        ("ID 123456", "ID [number]"),
        ("write to anna.k@example.org", "write to [email]"),
        ("see https://example.org/x and www.example.com", "see [url] and [url]"),
        ("find me at t.me/anna_k", "find me at [url]"),
        ("I am @anna_k on telegram", "I am [handle] on telegram"),
        (
            "Hello, my name is Anna Kowalska and my feet burn",
            "Hello, my name is [name] and my feet burn",
        ),
        ("me llamo José", "me llamo [name]"),
        ("Je m’appelle Zoé.", "Je m’appelle [name]."),
        ("ich heiße Jürgen", "ich heiße [name]"),
        ("меня зовут Анна", "меня зовут [name]"),
        ("Benim adım Ayşe", "Benim adım [name]"),
        ("مرحبا، اسمي فاطمة", "مرحبا، اسمي [name]"),
        ("my name is\nAnna", "my name is\n[name]"),
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_turkish_word_that_only_starts_like_the_phrase_is_kept() -> None:
    assert redact("her adımda ağrı var") == "her adımda ağrı var"


def test_an_echo_of_free_text_in_a_screen_is_replaced_by_its_redaction() -> None:
    typed = "call me on 0171 2345678"
    shown = f"I did not understand “{typed}”. Emergency: 112."
    expected = "I did not understand “call me on [phone]”. Emergency: 112."
    assert redact_echo(shown, [typed]) == expected


def test_a_screen_without_an_echo_is_kept_exactly() -> None:
    shown = "Call 116 123 (Samaritans) or 112."
    assert redact_echo(shown, ["yes"]) == shown
