"""Every language: chosen correctly, complete, with no English left, valid in Telegram.

Scripted walks through the console's JSON-lines mode render every kind of screen in every
language; the same screens are then rendered for Telegram and checked the way Telegram would.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.telegram.render import render_screen
from bot.texts import Localizer
from dialogs.model import Choose, Done, Event, FreeText, Screen, ShowHelp, ShowPrivacy, Start
from dialogs.sources import SOURCES
from locales.translator import LOCALE_DIR, SUPPORTED, available, negotiate
from tests.test_telegram_render import assert_telegram_accepts
from tests.walk import Walk

OTHER_LANGUAGES = [code for code in SUPPORTED if code != "en"]
# Words that are the same in English and in some languages; everything else must be translated.
# Drug and button words that are spelled the same in some languages (French "Hydroxychloroquine").
SAME_IN_BOTH = {"No", "Rituximab", "Rituximab.", "Hydroxychloroquine", "Sources"}
# The short references (names, journals, guideline numbers) may stay as they are; the words
# for the unnamed sources 2 to 5 must be translated.
REFERENCES = {source.msgid for number, source in SOURCES.items() if number not in (2, 3, 4, 5)}

# Walks that show every kind of screen: the emergency check, a mis-tap, the numbers of a
# country, the self-harm questions, the crisis screen, typed distress, privacy, every
# screening question with its conditional ones, the sepsis question, the result, every topic,
# the visit summary, the end and sharing; a disclosure carried into a new conversation.
FULL_WALK = [
    "none", "no", "privacy", "save", "skip", "40_59", "over_1y",
    "text: I want to end my life", "no", "continue", "suspected",
    "yes", "yes", "yes", "yes", "yes", "severe", "refractory_eye", "8", "8", "8",
    "burning", "tingling", "numbness", "done", "patchy", "dizzy_standing", "done", "not_tested",
    "diabetes", "done", "steroids", "ivig", "done", "foot_wrist_drop", "done",
    "fever", "gland_swelling", "b_symptoms", "done", "no",
    "nerve_pain", "confirm_sfn", "immune_nerve", "dry_mouth", "dry_eyes", "autonomic",
    "systemic", "monitoring", "team", "visit_summary", "end", "share",
]  # fmt: skip
SELF_HARM_WALK = [
    "drowsy_overdose", "on_purpose", "end", "restart", "none", "continue", "under_18",
]  # fmt: skip
CRISIS_WALK = [
    "stroke_brain", "my_numbers", "other", "skip", "mistake", "no", "mistake", "yes",
    "text: this pain is killing me", "no", "none", "yes", "no", "continue", "text: hello",
    "text: chest pain", "none", "/restart",
]  # fmt: skip


def run_jsonl(lines: list[str], language: str, tmp_path: Path) -> list[dict[str, object]]:
    env = {**os.environ, "BOT_DATA_DIR": str(tmp_path / language)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    completed = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--jsonl", "--lang", language],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return [json.loads(line) for line in completed.stdout.splitlines()]


@cache
def english_sentences() -> tuple[str, ...]:
    """English messages long enough that finding one in a screen means it was not translated."""
    with (LOCALE_DIR / "en" / "LC_MESSAGES" / "messages.po").open("rb") as source:
        catalog = read_po(source)
    found = []
    for message in catalog:
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            words = re.sub(r"\{\w*\}", "", text or "").strip()
            if len(words) >= 16 and text not in REFERENCES and text not in SAME_IN_BOTH:
                found.append(words.split("{")[0].strip())
    return tuple(sorted(set(found)))


def assert_no_english(text: str, language: str) -> None:
    for sentence in english_sentences():
        assert sentence not in text, f"{language}: English left in a screen: {sentence!r}"


def test_every_supported_language_has_a_catalog() -> None:
    assert set(available()) == set(SUPPORTED)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_full_walk_is_translated_in_every_language(language: str, tmp_path: Path) -> None:
    screens = [
        *run_jsonl(FULL_WALK, language, tmp_path),
        *run_jsonl(SELF_HARM_WALK, language, tmp_path),
        *run_jsonl(CRISIS_WALK, language, tmp_path),
    ]
    seen = {screen["state"] for screen in screens}
    assert {"emergency_now", "emergency", "confirm_mistake", "self_harm_check"} <= seen
    assert {"self_harm_plan", "crisis", "consent", "country", "sepsis_signs"} <= seen
    assert {"result", "topic", "visit_summary", "end", "under_18", "notice"} <= seen
    for screen in screens:
        text = str(screen["text"])
        assert text.strip(), screen["state"]
        assert_no_english(text, language)
        for option in screen["options"]:  # type: ignore[attr-defined]
            label = str(option["label"])
            assert 1 <= len(label) <= 40, f"{language}: {label!r}"
            if label not in SAME_IN_BOTH and not label.isdigit():
                assert_no_english(label, language)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_only_names_and_references_stay_as_in_english(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as source:
        catalog = read_po(source)
    for message in catalog:
        if not message.id or message.string != message.id:
            continue
        letters = re.sub(r"\{\w*\}|[^A-Za-z]", "", str(message.id))
        assert not letters or message.id in REFERENCES or message.id in SAME_IN_BOTH, (
            f"{language}: left in English: {message.id!r}"
        )


def every_screen(language: str) -> list[Screen]:
    """The screens of the three walks, built in-process for the Telegram renderer."""
    shown: list[Screen] = []
    for actions in (FULL_WALK, SELF_HARM_WALK, CRISIS_WALK):
        walk = Walk.started(language=language)
        walk.send(ShowHelp())
        walk.send(ShowPrivacy())
        for action in actions:
            walk.send(_event(action))
        shown.extend(walk.screens)
    return shown


def _event(action: str) -> Event:
    if action == "done":
        return Done()
    if action == "/restart":
        return Start()
    if action.startswith("text:"):
        return FreeText(action[5:])
    return Choose(action)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_screen_is_valid_telegram_in_every_language(language: str) -> None:
    localizer = Localizer(language, today=lambda: date(2026, 11, 27))
    screens = every_screen(language)
    assert len(screens) > 60
    for screen in screens:
        for message in render_screen(screen, localizer, share_link="https://t.me/x"):
            assert_telegram_accepts(message)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("pt-br", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("pt-PT", "pt_BR"),
        ("de-AT", "de"),
        ("uk", "uk"),
        ("ES", "es"),
        ("ar-EG", "ar"),
        ("zh-hans", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_tags_are_negotiated_with_region_fallback(tag: str | None, expected: str) -> None:
    assert negotiate(tag) == expected


def test_an_unknown_language_falls_back_to_the_configured_default() -> None:
    assert negotiate("xx-YY", default="de") == "de"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_catalog_says_whether_a_native_speaker_reviewed_it(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as source:
        catalog = read_po(source)
    assert "Native-speaker review:" in catalog.header_comment


def test_the_console_switches_language_and_keeps_it(tmp_path: Path) -> None:
    screens = run_jsonl(["none", "no", "save", "/language de", "skip"], "en", tmp_path)
    assert screens[-2]["question"] == "country"
    assert screens[-2]["language"] == "de"
    assert "Land" in str(screens[-2]["text"])
    assert screens[-1]["question"] == "age_band"
    assert screens[-1]["language"] == "de"


def test_dates_and_numbers_follow_the_locale() -> None:
    german = Localizer("de", today=lambda: date(2026, 11, 27))
    from dialogs.text import Today, msg

    assert german.text(Today()) == "27. November 2026"
    assert german.text(msg("{n}", n=1800)) == "1.800"
    arabic = Localizer("ar", today=lambda: date(2026, 11, 27))
    assert "2026" in arabic.text(Today())


def test_arabic_isolates_numbers_inside_right_to_left_text() -> None:
    from dialogs.text import Verbatim, msg

    rendered = Localizer("ar").text(msg("{number}", number=Verbatim("112")))
    assert rendered == "\u2068112\u2069"


def test_a_catalog_without_its_compiled_file_is_read_from_the_po(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from locales import translator

    target = tmp_path / "fr" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "messages.po").write_bytes(
        (LOCALE_DIR / "fr" / "LC_MESSAGES" / "messages.po").read_bytes()
    )
    monkeypatch.setattr(translator, "LOCALE_DIR", tmp_path)
    translator.translations.cache_clear()
    try:
        assert translator.translations("fr").gettext("Yes") == "Oui"
    finally:
        translator.translations.cache_clear()
