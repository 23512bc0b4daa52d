"""Typed text is read the same way in every language: each example lands in its category.

Each language's examples live in ``tests/distress/<language>.py``: text that must be caught,
by category, and harmless text (``None``) that must be left alone.
"""

from __future__ import annotations

import importlib

import pytest

from dialogs.distress import Category, normalise, read
from dialogs.distress.phrases import LANGUAGES, compile_phrase, phrase_lists


def cases() -> list[tuple[str, Category | None, str]]:
    found = []
    for language in LANGUAGES:
        module = importlib.import_module(f"tests.distress.{language.lower()}")
        for category, texts in module.CASES.items():
            found.extend((language, category, text) for text in texts)
    return found


CASES = cases()


@pytest.mark.parametrize(
    ("language", "category", "text"), CASES, ids=[f"{c[0]}-{c[2][:40]}" for c in CASES]
)
def test_typed_text_is_read_into_its_category(
    language: str, category: Category | None, text: str
) -> None:
    assert read(text).category == category


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_examples_of_every_category(language: str) -> None:
    module = importlib.import_module(f"tests.distress.{language.lower()}")
    for category in (*Category, None):
        assert len(module.CASES.get(category, ())) >= 5, (language, category)


@pytest.mark.parametrize("phrases", phrase_lists(), ids=LANGUAGES)
def test_every_phrase_compiles_and_can_match_itself(phrases: object) -> None:
    from dialogs.distress.phrases import PhraseList

    assert isinstance(phrases, PhraseList)
    for category in Category:
        for phrase in phrases.of(category):
            compile_phrase(phrase)
            if ".." not in phrase and "*" not in phrase:
                assert category in read(phrase).categories, (phrases.language, phrase)


def test_normalising_folds_case_accents_apostrophes_and_punctuation() -> None:
    assert normalise("I'm  SO tired…") == "im so tired"
    assert normalise("Don’t") == "dont"
    assert normalise("Ich heiße") == "ich heisse"
    assert normalise("ÇOK KÖTÜ") == "cok kotu"
    assert normalise("Жить не хочется!") == "жить не хочется"
    assert normalise("أريد أن أموت") == "اريد ان اموت"


def test_a_cancelling_phrase_only_cancels_the_match_inside_it() -> None:
    assert read("I don't want to die").category is None
    assert read("I don't want to die, but I want to die").category is Category.SUICIDAL_WISH
