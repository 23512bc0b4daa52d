"""The content export is complete: every message of the catalog once, every translation, the
content version, every country of the number table, every threshold; and strict about codes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

import pytest

from bot import content_export
from bot.content_export import OUT_OF_DATE, PLACEHOLDERS, export, string_id
from bot.versions import content_version
from dialogs import emergency_numbers, triage
from dialogs.distress.phrases import phrase_lists
from locales.translator import SUPPORTED, catalog_messages, territory_name

ENTRY_ID = re.compile(r"^- `(m-[0-9a-f]{8})` \*\*", re.M)


@cache
def document(language: str | None = None) -> str:
    return export(language, today=date(2026, 12, 7))


def unmarkdown(text: str) -> str:
    """The text of an entry's line as the catalog has it (escapes and line breaks undone)."""
    return re.sub(r"\\(.)|<br>", lambda m: m.group(1) or "\n", text)


def lines_after(label: str, doc: str) -> list[str]:
    """The texts after ``label:`` at the start of an entry's line, e.g. ``English:``."""
    pattern = rf"^  - {re.escape(label)}(?: \([^)]*\))?: (.*)$"
    return [unmarkdown(text) for text in re.findall(pattern, doc, re.M)]


def english_texts(doc: str) -> Counter[str]:
    """Each entry's English, as the catalog keys it (a plural's two forms joined by a NUL)."""
    found: Counter[str] = Counter()
    entries = re.split(r"^(?=- `m-)", doc, flags=re.M)[1:]
    for entry in entries:
        singular = re.search(r"^  - English: (.*)$", entry, re.M)
        plural = re.search(r"^  - English, plural: (.*)$", entry, re.M)
        if singular:
            forms = [unmarkdown(singular[1])] + ([unmarkdown(plural[1])] if plural else [])
            found["\x00".join(forms)] += 1
    return found


def test_every_message_of_the_catalog_appears_exactly_once() -> None:
    shown = english_texts(document())
    catalog = catalog_messages("en")
    assert {key for key, count in shown.items() if count > 1} == set()
    assert set(catalog) - set(shown) == set()
    assert set(shown) - set(catalog) == set(), "entries the catalog does not have"
    assert "⚠ Not in the catalogs" not in document()


def test_ids_are_unique_and_come_from_the_english() -> None:
    ids = ENTRY_ID.findall(document())
    assert len(ids) == len(set(ids)) == len(catalog_messages("en"))
    assert set(ids) == {string_id(key) for key in catalog_messages("en")}
    assert ENTRY_ID.findall(document("de")) == ids


def test_every_german_translation_appears() -> None:
    doc = document("de")
    german = Counter(lines_after("German", doc))
    translations = catalog_messages("de")
    for key, translation in translations.items():
        for form in filter(None, translation.split("\x00")):
            assert german[form] >= 1, (key, form)
    untranslated = [key for key in catalog_messages("en") if not translations.get(key)]
    assert german["⚠ not translated: the English is shown"] == len(untranslated)
    assert english_texts(doc) == english_texts(document())


def test_the_header_names_the_versions_the_date_and_the_languages() -> None:
    doc = document("de")
    header = doc.split("\n## ", 1)[0]
    assert f"`{content_version()}`" in header
    assert "2026-12-07" in header
    assert "German (`de`)" in header
    assert "docs/safety/content-signoff.md" in header
    assert "English (the source text)\n" in document().split("\n## ", 1)[0]


def test_the_number_table_includes_every_country() -> None:
    section = document().split("## 4. ", 1)[1].split("## 5. ", 1)[0]
    for code, entry in emergency_numbers.COUNTRIES.items():
        assert f"| {territory_name(code, 'en')} (`{code}`) |" in section
        assert f"#### {territory_name(code, 'en')} (`{code}`)" in section
        for line in (*entry.emergency, entry.urgent, entry.crisis):
            if line is not None:
                assert f"<{line.source}>, read on {line.checked_on}" in section
    for number, region in emergency_numbers.FALLBACK_NUMBERS:
        assert f"- {number} (`{region}`)" in section
    for url in emergency_numbers.CRISIS_DIRECTORIES:
        assert f"<{url}>" in section


def test_the_rules_include_every_threshold_and_every_reason() -> None:
    section = document().split("## 2. ", 1)[1].split("## 3. ", 1)[0]
    thresholds = {
        name: value
        for name, value in vars(triage).items()
        if name.isupper() and isinstance(value, int)
    }
    assert {"BURDEN_THRESHOLD", "NEUROPATHIC_DESCRIPTORS", "PAIN_SCALE_THRESHOLD"} <= set(
        thresholds
    )
    for name, value in thresholds.items():
        assert f"| `{name}` | {value} |" in section
    for reason in triage.REASON_QUESTION:
        assert re.search(rf"^\| `{reason}` \| \*\*\w+\*\* \|", section, re.M), reason
    assert OUT_OF_DATE not in document()


def test_the_levels_in_the_rules_are_the_triage_levels() -> None:
    section = document().split("### 2.3 ", 1)[1].split("### 2.4 ", 1)[0]
    for option, level in triage.RED_FLAG_LEVELS.items():
        assert f"| `{option}` | **{level.value.capitalize()}** |" in section


def test_every_placeholder_is_explained() -> None:
    used = {name for key in catalog_messages("en") for name in re.findall(r"\{(\w+)\}", key)}
    assert used - set(PLACEHOLDERS) == set()


def test_the_sources_and_the_unidentified_ones() -> None:
    section = document().split("## 3. ", 1)[1].split("## 4. ", 1)[0]
    assert "**Sources 2 to 5 are not yet identified.**" in section
    for number in range(1, 22):
        assert f"- **[{number}]** " in section


def test_the_phrases_of_the_language_covered() -> None:
    lists = {phrases.language: phrases for phrases in phrase_lists()}
    for language in ("en", "de"):
        section = document(None if language == "en" else language).split("## 5. ", 1)[1]
        for phrase in (*lists[language].suicidal_act, *lists[language].not_distress):
            assert f"- `{phrase}`" in section
    assert "`alle .. tabletten genommen`" not in document().split("## 5. ", 1)[1]


@pytest.mark.parametrize("code", ["pt-br", "pt_BR", "PT-BR", "pt_br"])
def test_brazilian_portuguese_by_any_spelling(code: str) -> None:
    doc = export(code, today=date(2026, 12, 7))
    assert "Portuguese (Brazil) (`pt_BR`)" in doc
    assert lines_after("Portuguese (Brazil)", doc)


def test_english_by_code_is_the_english_document() -> None:
    assert export("en", today=date(2026, 12, 7)) == document()


@pytest.mark.parametrize("code", ["xx", "", "pt-pt", "de-AT"])
def test_an_unknown_code_raises_naming_the_accepted_ones(code: str) -> None:
    with pytest.raises(ValueError) as raised:
        export(code)
    for accepted in SUPPORTED:
        assert accepted in str(raised.value)


def test_accepted_codes_are_the_supported_languages() -> None:
    assert content_export.ACCEPTED_CODES == SUPPORTED
