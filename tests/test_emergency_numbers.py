"""The emergency-number table: every entry sourced and dated, and the look-up helpers."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dialogs.emergency_numbers import (
    CHECKED_ON,
    COUNTRIES,
    CRISIS_DIRECTORIES,
    FALLBACK_NUMBERS,
    CountryNumbers,
    CrisisLine,
    country_from_language_tag,
    lookup,
)

NUMBER = re.compile(r"\d+( \d+)*")
HTTPS_URL = re.compile(r"https://[a-z0-9.-]+\.[a-z]{2,}(/\S*)?")


def _crisis_lines() -> list[CrisisLine]:
    return [entry.crisis for entry in COUNTRIES.values() if entry.crisis is not None]


def _is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def test_the_table_covers_the_main_countries_of_the_bots_languages() -> None:
    assert 25 <= len(COUNTRIES) <= 35
    for code in ("us", "gb", "es", "mx", "fr", "de", "it", "br", "nl", "pl", "ru", "ua", "tr"):
        assert code in COUNTRIES


def test_codes_are_lower_case_alpha_2_and_match_their_keys() -> None:
    for key, entry in COUNTRIES.items():
        assert re.fullmatch(r"[a-z]{2}", key)
        assert entry.code == key


def test_every_entry_has_an_https_source() -> None:
    for entry in COUNTRIES.values():
        assert HTTPS_URL.fullmatch(entry.source), entry.code


def test_every_entry_has_a_valid_iso_checked_on_date_not_in_the_future() -> None:
    for entry in COUNTRIES.values():
        assert _is_iso_date(entry.checked_on), entry.code
        assert entry.checked_on <= CHECKED_ON


def test_emergency_numbers_are_digits_only_with_optional_spaces() -> None:
    for entry in COUNTRIES.values():
        assert NUMBER.fullmatch(entry.emergency), entry.code
        for number in entry.alternatives:
            assert NUMBER.fullmatch(number), entry.code


def test_alternatives_do_not_repeat_the_main_number() -> None:
    for entry in COUNTRIES.values():
        assert entry.emergency not in entry.alternatives
        assert len(set(entry.alternatives)) == len(entry.alternatives)


def test_every_crisis_line_has_its_own_https_source_and_date() -> None:
    lines = _crisis_lines()
    assert lines  # the table has at least some sourced crisis lines
    for line in lines:
        assert HTTPS_URL.fullmatch(line.source), line.name
        assert _is_iso_date(line.checked_on), line.name


def test_crisis_numbers_are_digits_only_with_optional_spaces() -> None:
    for line in _crisis_lines():
        assert NUMBER.fullmatch(line.number), line.name


def test_crisis_lines_have_a_name() -> None:
    for line in _crisis_lines():
        assert line.name.strip() == line.name
        assert line.name


def test_a_country_may_have_no_crisis_line() -> None:
    assert any(entry.crisis is None for entry in COUNTRIES.values())


def test_entries_are_frozen() -> None:
    entry = COUNTRIES["de"]
    with pytest.raises(AttributeError):
        entry.emergency = "000"  # type: ignore[misc]


def test_fallback_numbers_are_112_911_999_with_region_keys() -> None:
    assert [number for number, _ in FALLBACK_NUMBERS] == ["112", "911", "999"]
    assert [region for _, region in FALLBACK_NUMBERS] == ["europe", "north_america", "uk"]


def test_crisis_directories_are_https_urls() -> None:
    assert CRISIS_DIRECTORIES
    for url in CRISIS_DIRECTORIES:
        assert HTTPS_URL.fullmatch(url)


def test_lookup_finds_a_known_country_in_any_case() -> None:
    assert lookup("de") is COUNTRIES["de"]
    assert lookup("DE") is COUNTRIES["de"]
    assert lookup(" gb ") is COUNTRIES["gb"]
    assert isinstance(lookup("us"), CountryNumbers)


@pytest.mark.parametrize("code", [None, "", "zz", "xx", "deu", "123"])
def test_lookup_of_unknown_or_missing_code_gives_none(code: str | None) -> None:
    assert lookup(code) is None


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
