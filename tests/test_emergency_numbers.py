"""The number table: every line sourced and dated, and the look-up helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from dialogs.emergency_numbers import (
    COUNTRIES,
    CRISIS_DIRECTORIES,
    FALLBACK_NUMBERS,
    CountryNumbers,
    Line,
    countries_for_language,
    country_from_language_tag,
    lookup,
)
from tests.walk import Walk

TODAY = date(2026, 12, 6)
"""The day version 2 of the table was made; no source can have been read after it."""

BOT_LANGUAGES = frozenset(
    ("en", "es", "fr", "de", "it", "pt_BR", "nl", "pl", "ru", "uk", "tr", "ar")
)
NUMBER = re.compile(r"\d+( \d+)*")
HTTP_URL = re.compile(r"https?://[A-Za-z0-9.-]+\.[a-z]{2,}(/\S*)?")


def _lines() -> Iterator[tuple[str, str, Line]]:
    """Every line in the table, as (country code, kind, line)."""
    for code, entry in COUNTRIES.items():
        for line in entry.emergency:
            yield code, "emergency", line
        if entry.urgent is not None:
            yield code, "urgent", entry.urgent
        if entry.crisis is not None:
            yield code, "crisis", entry.crisis


def _numbers(code: str) -> list[str]:
    return [line.number for line in COUNTRIES[code].emergency]


# -- the table ---------------------------------------------------------------------------------


def test_the_table_covers_the_main_countries_of_the_bots_languages() -> None:
    for code in ("us", "gb", "es", "mx", "fr", "de", "it", "br", "nl", "pl", "ru", "ua", "tr"):
        assert code in COUNTRIES
    for code in ("eg", "sa", "ar", "pe", "ve", "ma", "dz", "tn", "lb", "by", "kz", "cy"):
        assert code in COUNTRIES


def test_codes_are_lower_case_alpha_2_and_match_their_keys() -> None:
    for key, entry in COUNTRIES.items():
        assert re.fullmatch(r"[a-z]{2}", key)
        assert entry.code == key


def test_every_country_has_at_least_one_emergency_number() -> None:
    for code, entry in COUNTRIES.items():
        assert entry.emergency, code


def test_every_line_has_an_http_source() -> None:
    for code, kind, line in _lines():
        assert HTTP_URL.fullmatch(line.source), (code, kind, line.source)


def test_every_line_has_an_iso_checked_on_date_not_in_the_future() -> None:
    for code, kind, line in _lines():
        checked = date.fromisoformat(line.checked_on)
        assert checked.isoformat() == line.checked_on, (code, kind)
        assert checked <= TODAY, (code, kind)


def test_every_number_is_digits_with_optional_single_spaces() -> None:
    for code, kind, line in _lines():
        assert NUMBER.fullmatch(line.number), (code, kind, line.number)


def test_a_country_lists_each_emergency_number_once() -> None:
    for code in COUNTRIES:
        numbers = _numbers(code)
        assert len(set(numbers)) == len(numbers), code


def test_a_line_name_is_never_its_number_and_is_trimmed() -> None:
    for code, kind, line in _lines():
        if line.name is None:
            continue
        assert line.name, (code, kind)
        assert line.name.strip() == line.name, (code, kind)
        assert line.name.replace(" ", "") != line.number.replace(" ", ""), (code, kind)


def test_france_3114_has_no_name_so_it_is_not_worded_call_3114_on_3114() -> None:
    crisis = COUNTRIES["fr"].crisis
    assert crisis is not None
    assert crisis.number == "3114"
    assert crisis.name is None


def test_every_language_code_is_one_of_the_bots_twelve() -> None:
    for code, entry in COUNTRIES.items():
        assert entry.languages, code
        assert set(entry.languages) <= BOT_LANGUAGES, code
        assert len(set(entry.languages)) == len(entry.languages), code


@pytest.mark.parametrize("language", sorted(BOT_LANGUAGES))
def test_every_bot_language_has_at_least_one_country(language: str) -> None:
    assert countries_for_language(language)


def test_multilingual_countries_list_their_languages() -> None:
    assert set(COUNTRIES["ch"].languages) == {"de", "fr", "it"}
    assert set(COUNTRIES["be"].languages) == {"fr", "nl"}
    assert set(COUNTRIES["ca"].languages) == {"en", "fr"}
    assert set(COUNTRIES["ua"].languages) == {"uk", "ru"}


def test_france_has_15_and_112() -> None:
    assert _numbers("fr") == ["15", "112"]


def test_russia_has_103_and_112() -> None:
    assert _numbers("ru") == ["103", "112"]


def test_urgent_lines_of_the_clinical_spec() -> None:
    expected = {"gb": "111", "de": "116 117", "at": "1450", "pt": "808 24 24 24"}
    for code, number in expected.items():
        urgent = COUNTRIES[code].urgent
        assert urgent is not None, code
        assert urgent.number == number, code


def test_a_country_may_have_no_urgent_line_and_no_crisis_line() -> None:
    assert any(entry.urgent is None for entry in COUNTRIES.values())
    assert any(entry.crisis is None for entry in COUNTRIES.values())


def test_entries_and_lines_are_frozen() -> None:
    entry = COUNTRIES["de"]
    with pytest.raises(FrozenInstanceError):
        entry.code = "xx"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        entry.emergency[0].number = "000"  # type: ignore[misc]


# -- fallbacks -------------------------------------------------------------------------------


def test_fallback_numbers_are_112_911_999_with_region_keys() -> None:
    assert [number for number, _ in FALLBACK_NUMBERS] == ["112", "911", "999"]
    assert [region for _, region in FALLBACK_NUMBERS] == ["europe", "north_america", "uk"]


def test_crisis_directories_are_https_urls() -> None:
    assert CRISIS_DIRECTORIES
    for url in CRISIS_DIRECTORIES:
        assert url.startswith("https://")
        assert HTTP_URL.fullmatch(url)


# -- lookup ----------------------------------------------------------------------------------


def test_lookup_finds_a_known_country_in_any_case() -> None:
    assert lookup("de") is COUNTRIES["de"]
    assert lookup("DE") is COUNTRIES["de"]
    assert lookup("De") is COUNTRIES["de"]
    assert lookup(" gb ") is COUNTRIES["gb"]
    assert isinstance(lookup("us"), CountryNumbers)


@pytest.mark.parametrize("code", [None, "", "zz", "xx", "deu", "123"])
def test_lookup_of_unknown_or_missing_code_gives_none(code: str | None) -> None:
    assert lookup(code) is None


# -- countries_for_language ------------------------------------------------------------------


def test_countries_for_language_follows_table_order() -> None:
    order = list(COUNTRIES)
    for language in BOT_LANGUAGES:
        codes = countries_for_language(language)
        assert list(codes) == sorted(codes, key=order.index)
        for code in codes:
            assert language in COUNTRIES[code].languages


def test_countries_for_language_pt_matches_pt_br() -> None:
    assert countries_for_language("pt") == countries_for_language("pt_BR")
    assert countries_for_language("pt-BR") == countries_for_language("pt_BR")
    assert countries_for_language("pt_BR")[:2] == ("br", "pt")


def test_countries_for_language_finds_the_multilingual_countries() -> None:
    assert "ch" in countries_for_language("it")
    assert "be" in countries_for_language("nl")
    assert "ca" in countries_for_language("fr")
    assert "ua" in countries_for_language("ru")
    assert countries_for_language("uk") == ("ua",)
    assert countries_for_language("DE") == countries_for_language("de")


@pytest.mark.parametrize("language", ["", "  ", "xx", "zh"])
def test_countries_for_language_of_an_unknown_language_is_empty(language: str) -> None:
    assert countries_for_language(language) == ()


# -- country_from_language_tag ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de-AT", "at"),
        ("pt-br", "br"),
        ("pt_BR", "br"),
        ("en-GB", "gb"),
        ("es-MX", "mx"),
        ("sr-Latn-RS", None),
        ("zh-Hant-TW", None),
        ("uk-UA", "ua"),
    ],
)
def test_country_from_language_tag_reads_the_region(tag: str, expected: str | None) -> None:
    assert country_from_language_tag(tag) == expected


@pytest.mark.parametrize("tag", ["en-ZZ", "fr-XK", "es-419", "ar-001"])
def test_country_from_language_tag_gives_none_for_a_region_not_in_the_table(tag: str) -> None:
    assert country_from_language_tag(tag) is None


@pytest.mark.parametrize("tag", ["en", "de", "pt", "ar", "uk"])
def test_country_from_language_tag_gives_none_without_a_region(tag: str) -> None:
    assert country_from_language_tag(tag) is None


@pytest.mark.parametrize("tag", ["", "   ", "-", "--", "-DE", "1-DE", "e-DE", "de-ÄT", "!!"])
def test_country_from_language_tag_gives_none_for_garbage(tag: str) -> None:
    assert country_from_language_tag(tag) is None


def test_country_from_language_tag_gives_none_for_none() -> None:
    assert country_from_language_tag(None) is None


def test_every_region_found_from_a_tag_is_in_the_table() -> None:
    for code in COUNTRIES:
        assert country_from_language_tag(f"xx-{code.upper()}") == code


@pytest.mark.parametrize(
    ("language", "region", "line"),
    [
        ("fr", "be", "Centre de Prévention du Suicide, 0800 32 123"),
        ("nl", "be", "Zelfmoordlijn, 1813"),
        ("it", "ch", "Telefono Amico, 143"),
        ("fr", "ch", "La Main Tendue, 143"),
        ("de", "ch", "Die Dargebotene Hand, 143"),
    ],
)
def test_a_country_with_several_languages_gives_each_its_own_crisis_line(
    language: str, region: str, line: str
) -> None:
    walk = Walk.started(language=language, region=region)
    walk.answer("none")
    walk.answer("yes")
    walk.answer("no")
    assert walk.at == "crisis"
    assert line in walk.text()
