"""The corpus: the share of personal details removed and of symptom words kept, per language.

The exact figures: ``.venv/bin/python -m tests.redaction.measure``.
"""

from __future__ import annotations

from collections import Counter

import pytest

from storage.redact import redact
from tests.redaction.corpus import CLEAN, HELD_OUT, SAMPLES, Sample
from tests.redaction.measure import LANGUAGES, Score, scores, whole_word

REMOVED_AT_LEAST = 0.95
KEPT_AT_LEAST = 0.95
UNCHANGED_AT_LEAST = 0.9

_SCORES = scores()


def test_the_corpus_covers_every_language() -> None:
    counts = Counter(sample.language for sample in SAMPLES)
    assert len(SAMPLES) >= 150
    assert set(counts) == set(LANGUAGES)
    assert min(counts.values()) >= 10
    assert set(CLEAN) == set(LANGUAGES)
    assert all(len(texts) >= 5 for texts in CLEAN.values())


@pytest.mark.parametrize("sample", SAMPLES + HELD_OUT, ids=lambda sample: sample.text[:40])
def test_each_annotation_is_unambiguous(sample: Sample) -> None:
    """Each identifying word occurs once in the text, each symptom word occurs, and no
    symptom word is part of a personal detail: so finding it in the output means it stayed."""
    assert sample.personal
    parts = [part for detail in sample.personal for part in sample.parts(detail)]
    for part in parts:
        assert len([p for p in parts if p == part]) == 1, part
        assert whole_word(part, sample.text.replace("\u200b", "")), part
    for word in sample.keep:
        assert whole_word(word, sample.text)
        assert word not in parts


@pytest.mark.parametrize("language", LANGUAGES)
def test_personal_details_are_removed(language: str) -> None:
    score = _SCORES[language]
    assert score.removed_share >= REMOVED_AT_LEAST, _misses(score)


@pytest.mark.parametrize("language", LANGUAGES)
def test_symptom_words_are_kept(language: str) -> None:
    score = _SCORES[language]
    assert score.kept_share >= KEPT_AT_LEAST, _misses(score)


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_without_personal_details_comes_out_unchanged(language: str) -> None:
    score = _SCORES[language]
    assert score.unchanged_share >= UNCHANGED_AT_LEAST, _misses(score)


def test_the_held_out_sentences_do_as_well() -> None:
    held = scores(HELD_OUT, clean=False)["all"]
    assert len(HELD_OUT) >= 36
    assert held.removed_share >= REMOVED_AT_LEAST, _misses(held)
    assert held.kept_share >= KEPT_AT_LEAST, _misses(held)


@pytest.mark.parametrize("sample", SAMPLES + HELD_OUT, ids=lambda sample: sample.text[:40])
def test_redacting_again_changes_nothing(sample: Sample) -> None:
    """The review copy redacts stored text again with the rules in force."""
    once = redact(sample.text)
    assert redact(once) == once


def _misses(score: Score) -> str:
    return "\n".join(score.misses)
