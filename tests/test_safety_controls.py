"""Controls of the hazard log (docs/safety/hazard-log.md) that are words on a screen: that
the welcome says who the bot is for and that no one watches; that a result is not a
diagnosis; that the privacy notice asks for no names; that a minor in crisis gets the crisis
line first; that a retracted mis-tap is not carried into the next conversation."""

from __future__ import annotations

import pytest

from bot.paragraphs import plain_text
from bot.texts import Localizer
from dialogs import notices
from dialogs.model import Block, ShowHelp, Start
from dialogs.settings import Settings
from dialogs.text import msg
from locales.translator import SUPPORTED
from tests.walk import HOUR, Walk

WELCOME = msg(
    "This bot is for adults with Sjögren's and nerve symptoms. It gives information and says "
    "how soon to see a doctor. It cannot diagnose you. No one watches this chat, so it is not "
    "for emergencies."
)


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_welcome_says_who_it_is_for_and_that_no_one_watches_in_every_language(
    language: str,
) -> None:
    localizer = Localizer(language)
    translated = localizer.text(WELCOME)
    assert language == "en" or translated != Localizer("en").text(WELCOME)  # translated
    welcome = Walk.started(language=language).screens[0]
    assert translated in plain_text(welcome, localizer)


def test_the_emergency_screen_says_no_one_watches() -> None:
    walk = Walk.started()
    walk.answer("breathing_chest")
    assert "No one watches this chat, so ask someone near you to help." in walk.text()


def test_the_meaning_of_a_result_says_it_is_not_a_diagnosis() -> None:
    walk = Walk.started().until("result")
    meaning = walk.text(walk.steps[-1].screens[1])
    assert "This is not a diagnosis." in meaning


def test_the_privacy_notice_asks_people_not_to_type_their_name() -> None:
    blocks: tuple[Block, ...] = notices.privacy(Settings())
    localizer = Localizer("en")
    text = " ".join(localizer.text(block.text) for block in blocks)
    assert "please do not type your name" in text


def test_a_minor_in_crisis_gets_the_crisis_line_before_anything_else() -> None:
    walk = Walk.started()
    for answer in ("none", "yes", "no", "continue"):
        walk.answer(answer)
    walk.until("under_18", consent=["under_18"])
    text = walk.text()
    assert text.index("Talk to someone now") < text.index("In an emergency, call")
    assert walk.last.options == ()


def test_a_retracted_mis_tap_is_not_carried_into_the_next_conversation() -> None:
    walk = Walk.started()
    walk.answer("stroke_brain")
    walk.answer("mistake")
    walk.answer("yes")
    walk.send(Start(), later=HOUR)
    assert "Earlier you told us" not in walk.texts()
    assert walk.dialog.carried.emergencies == ()


def test_a_country_guessed_from_the_language_is_never_shown_alone() -> None:
    walk = Walk.started(language="pt_BR", region="br")
    walk.until("result", country=["skip"])
    numbers = [line for line in walk.texts().splitlines() if "192" in line]
    assert numbers and all("112" in line for line in numbers)


def test_help_says_the_content_in_use_is_not_signed_off() -> None:
    walk = Walk.started()
    walk.send(ShowHelp())
    assert "has not yet been checked and signed off by a clinician" in walk.texts()


def test_signed_off_content_says_nothing_more() -> None:
    blocks = notices.help_blocks(None, None, "buttons", signed=True)
    assert notices.UNSIGNED not in [block.text for block in blocks]
