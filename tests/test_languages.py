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

from bot.telegram_render import render_screen
from bot.texts import Localizer
from dialogs.engine import apply, new_state
from dialogs.model import Choose, DialogState, Done, FreeText, Screen, ShowHelp, ShowPrivacy, Start
from dialogs.sources import SOURCES
from locales.translator import LOCALE_DIR, SUPPORTED, available, negotiate
from tests.test_telegram_render import assert_telegram_accepts

OTHER_LANGUAGES = [code for code in SUPPORTED if code != "en"]
# Words that are the same in English and in some languages; everything else must be translated.
SAME_IN_BOTH = {"No", "Rituximab", "Rituximab.", "Sources"}
REFERENCES = {
    source.msgid for number, source in SOURCES.items() if number in (1, 6, 7, 8, 9, 10, 11, 12)
}

# A walk that shows every kind of screen: privacy, crisis from free text, every screening
# question with its conditional ones, the red-flag emergency, the result, every topic, the
# visit summary, the end and sharing.
FULL_WALK = [
    "privacy", "save", "skip", "text: I want to end my life", "none", "suspected",
    "yes", "yes", "yes", "yes", "yes", "severe", "refractory_eye", "8", "8", "8",
    "burning", "tingling", "numbness", "done", "patchy", "dizzy_standing", "done", "not_tested",
    "fever", "purpura_ulcers", "gland_swelling", "b_symptoms", "done", "continue",
    "steroids", "ivig", "done",
    "nerve_pain", "confirm_sfn", "immune_nerve", "dry_mouth", "dry_eyes", "autonomic",
    "systemic", "monitoring", "team", "visit_summary", "end", "share",
]  # fmt: skip
SELF_HARM_WALK = ["save", "de", "self_harm", "yes", "end", "restart", "under_18"]
CRISIS_WALK = ["no_save", "skip", "self_harm", "no", "continue", "text: hello", "back", "/restart"]


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
            if len(words) >= 16 and text not in REFERENCES:
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
    seen_states = {screen["state"] for screen in screens}
    assert {"consent", "privacy", "crisis", "emergency", "result", "topic", "visit_summary"} <= (
        seen_states
    )
    assert {"end", "share", "under_18", "notice"} <= seen_states
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
    for walk in (FULL_WALK, SELF_HARM_WALK, CRISIS_WALK):
        state: DialogState = new_state(language=language)
        for event in [Start(), ShowHelp(), ShowPrivacy(), *map(_event, walk)]:
            step = apply(state, event)
            state = step.state
            shown.extend(step.screens)
    return shown


def _event(action: str) -> Choose | Done | FreeText:
    if action == "done":
        return Done()
    if action.startswith("text:"):
        return FreeText(action[5:])
    return Choose(action)


@pytest.mark.parametrize("language", SUPPORTED)
def test_every_screen_is_valid_telegram_in_every_language(language: str) -> None:
    localizer = Localizer(language, today=lambda: date(2026, 11, 27))
    screens = every_screen(language)
    assert len(screens) > 60
    for screen in screens:
        for message in render_screen(
            screen, localizer, token="a1b2c3d4", share_link="https://t.me/x"
        ):
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
    screens = run_jsonl(["save", "/language de", "skip"], "en", tmp_path)
    assert screens[-2]["question"] == "country"
    assert screens[-2]["language"] == "de"
    assert "Land" in str(screens[-2]["text"])
    assert screens[-1]["question"] == "emergency_now"
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
