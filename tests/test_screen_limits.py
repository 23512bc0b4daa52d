"""Every screen fits a phone (clinical spec section 10), on every path: its length, its buttons,
its reading grade; progress counts questions; no dose appears anywhere."""

from __future__ import annotations

import re
from functools import cache

import pytest
import textstat

from bot.paragraphs import plain_text
from bot.texts import Localizer
from dialogs.model import Screen, ScreenKind
from dialogs.safety_questions import EMERGENCY_GROUPS
from tests.paths import conversations
from tests.walk import Walk

ENGLISH = Localizer("en")
CHARACTERS = {
    ScreenKind.WELCOME_CHECK: 1300,
    ScreenKind.EMERGENCY_CHECK: 1000,
    ScreenKind.QUESTION: 600,
    ScreenKind.MULTI: 800,
    ScreenKind.SAFETY: 600,
    ScreenKind.EMERGENCY: 600,
    ScreenKind.CRISIS: 600,
    ScreenKind.RESULT: 1200,
    ScreenKind.TOPIC: 1500,
    ScreenKind.END: 800,
    ScreenKind.SUMMARY: 2500,
}
# Emergency and crisis screens with the sepsis, on-purpose or anaphylaxis lines may be longer.
LONGER_EMERGENCY = 800
EXTRA_LINES = frozenset(
    {"sepsis_unwell", "purpura_fever", "sepsis_signs", "skin_swelling", "self_harm_plan"}
)
SIMPLER = frozenset(
    {
        ScreenKind.WELCOME_CHECK,
        ScreenKind.EMERGENCY_CHECK,
        ScreenKind.SAFETY,
        ScreenKind.EMERGENCY,
        ScreenKind.CRISIS,
    }
)
DOSE = re.compile(r"\d\s*(mg|mcg|µg|ml|g|iu|units?)\b|mg/|/day|per day|a day\b.*\d+ ?mg", re.I)


@cache
def screens() -> tuple[Screen, ...]:
    """Every screen of many conversations, each kind of screen shown at least once."""
    found: list[Screen] = []
    for walk in conversations():
        found.extend(walk.screens)
    for group in EMERGENCY_GROUPS:
        walk = Walk.started()
        walk.answer(group)
        found.extend(walk.screens)
    return tuple(found)


def grade(text: str) -> float:
    """Flesch-Kincaid grade, each line counted as a sentence (source numbers left out)."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"(\[\d+\])+", "", line).strip().lstrip("•").strip()
        if line:
            lines.append(line if line[-1] in ".!?:" else line + ".")
    return float(textstat.flesch_kincaid_grade(" ".join(lines)))


def limit(screen: Screen) -> int | None:
    if screen.kind in (ScreenKind.EMERGENCY, ScreenKind.CRISIS) and EXTRA_LINES & set(
        screen.reasons
    ):
        return LONGER_EMERGENCY
    return CHARACTERS.get(screen.kind)


def test_the_walks_show_every_kind_of_screen() -> None:
    assert {screen.kind for screen in screens()} == set(ScreenKind)


def test_every_screen_is_within_its_length() -> None:
    too_long = [
        (screen.kind.value, screen.state, len(text))
        for screen in screens()
        if (text := plain_text(screen, ENGLISH))
        and (most := limit(screen)) is not None
        and len(text) > most
    ]
    assert too_long == []


def test_the_welcome_is_short() -> None:
    walk = Walk.started()
    welcome, _, check = walk.text().partition("First, a safety check")
    assert len(welcome) <= 500
    assert len(check) <= 1000


def test_every_screen_reads_at_grade_8_and_the_safety_screens_at_grade_6() -> None:
    hard = [
        (screen.kind.value, screen.state, grade(text))
        for screen in screens()
        if (text := plain_text(screen, ENGLISH))
        and grade(text) > (6 if screen.kind in SIMPLER else 8)
    ]
    assert hard == []


def test_buttons_per_screen() -> None:
    for screen in screens():
        count = len(screen.options)
        if screen.select == "many":
            assert count <= 12, screen.state
        elif screen.question == "topics":
            assert count <= 12
        elif not all(option.id.isdigit() for option in screen.options):
            assert count <= 8, (screen.state, count)


def test_progress_counts_questions() -> None:
    walk = Walk.started().until("burden_pain")
    steps = [s.step for s in walk.screens if s.step is not None]
    assert steps == sorted(steps)
    assert walk.last.step == 17
    assert "Question 17 of about 24" in walk.text()


@pytest.mark.parametrize("language", ["en"])
def test_no_dose_anywhere(language: str) -> None:
    for screen in screens():
        text = plain_text(screen, Localizer(language))
        assert not DOSE.search(text), text
