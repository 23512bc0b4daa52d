"""End to end: the commands, deep links, the bot's profile, and what the bot cannot read."""

from __future__ import annotations

import json

import pytest

from bot.telegram.handlers import CHANNEL
from dialogs.state import DialogState
from tests.fakes import FakeBotApi, Person
from tests.telegram_harness import BotUnderTest, started

EMERGENCY_CHECK = [
    "breathing_chest", "stroke_brain", "sudden_weakness", "drowsy_overdose",
    "sepsis_unwell", "skin_swelling", "belly_blocked", "none",
]  # fmt: skip


def texts_since(person: Person, count: int) -> list[str]:
    return [m.text or m.caption or "" for m in person.messages()[count:]]


# ---- the profile ------------------------------------------------------------------------------


async def test_the_command_menu_and_descriptions_are_set_per_language(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    private = json.dumps({"type": "all_private_chats"}, sort_keys=True)
    groups = json.dumps({"type": "all_group_chats"}, sort_keys=True)
    commands = [c["command"] for c in api.commands[(private, "es")]]
    assert commands == ["start", "restart", "language", "help", "privacy", "delete", "share"]
    assert [c["command"] for c in api.commands[(groups, "es")]] == ["start", "share"]
    assert (private, "pt") in api.commands
    assert (private, "") in api.commands
    assert api.descriptions["de"]
    assert api.short_descriptions[""]


# ---- /start and deep links --------------------------------------------------------------------


async def test_a_deep_link_sets_the_language_and_the_referral(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person(language_code="en")
    person.send("/start es_ref-madrid01")
    await bot.settle()
    state = bot.store.load(str(person.id), CHANNEL)
    assert state is not None and state.language == "es"
    for option in ("none", "no", "save"):
        person.press(option)
        await bot.settle()
    [referral] = [row["referral"] for row in bot.db["sessions"].rows]
    assert referral == "madrid01"


@pytest.mark.parametrize("payload", ["../../etc/passwd", "x" * 80, "ref-", "zz", "<b>"])
async def test_a_bad_start_payload_is_ignored(
    bot: BotUnderTest, api: FakeBotApi, payload: str
) -> None:
    person = api.person()
    person.send(f"/start {payload}")
    await bot.settle()
    assert person.option_ids() == EMERGENCY_CHECK
    state = bot.store.load(str(person.id), CHANNEL)
    assert state is not None and state.language == "en"


async def test_the_telegram_language_is_used_when_the_bot_speaks_it(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person(language_code="pt-br")
    person.send("/start")
    await bot.settle()
    state = bot.store.load(str(person.id), CHANNEL)
    assert isinstance(state, DialogState) and state.language == "pt_BR"
    assert state.region == "br"


# ---- /language --------------------------------------------------------------------------------


async def test_language_shows_a_menu_in_native_names_and_switches(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none")
    person.send("/language")
    await bot.settle()
    menu = person.last()
    labels = [b["text"] for b in menu.buttons]
    assert "Deutsch" in labels and "español" in [label.lower() for label in labels]
    assert "✓ English" in labels
    person.press(label="Deutsch", message=menu)
    await bot.settle()
    assert person.chat.messages[menu.message_id].reply_markup is None
    state = bot.store.load(str(person.id), CHANNEL)
    assert state is not None and state.language == "de"
    assert person.last().reply_markup is not None  # the current question again


async def test_language_with_a_code_switches_at_once(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    await started(bot, person)
    person.send("/language fr")
    await bot.settle()
    state = bot.store.load(str(person.id), CHANNEL)
    assert state is not None and state.language == "fr"


# ---- /help, /privacy, /restart ----------------------------------------------------------------


async def test_help_and_privacy_show_a_notice_and_the_current_question(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no")
    for command in ("/help", "/privacy"):
        before = len(person.messages())
        person.send(command)
        await bot.settle()
        assert len(person.messages()) >= before + 2
        assert "save" in person.option_ids()  # the consent question, asked again


async def test_restart_begins_a_new_conversation(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    await started(bot, person, "none", "no", "no_save")
    person.send("/restart")
    await bot.settle()
    assert person.option_ids() == EMERGENCY_CHECK


async def test_an_unknown_command_gets_a_kind_answer_and_the_question(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person)
    before = len(person.messages())
    person.send("/frobnicate now")
    await bot.settle()
    answer, question = texts_since(person, before)
    assert answer.startswith("I do not know that command.")
    assert question.startswith("Any of these now")
    assert person.option_ids(person.last()) == EMERGENCY_CHECK


# ---- /delete ----------------------------------------------------------------------------------


async def test_delete_asks_first_and_keeps_everything_on_no(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no", "save", "skip")
    person.send("/delete")
    await bot.settle()
    question = person.last()
    assert [b["callback_data"] for b in question.buttons] == ["x:-:yes", "x:-:no"]
    person.press("x:-:no", message=question)
    await bot.settle()
    assert any("Nothing was deleted." in t for t in texts_since(person, -2))
    assert bot.db["sessions"].count == 1
    assert bot.store.load(str(person.id), CHANNEL) is not None


async def test_delete_erases_the_conversations_when_confirmed(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no", "save", "skip")
    other = api.person()
    await started(bot, other, "none", "no", "save")
    person.send("/delete")
    await bot.settle()
    person.press("x:-:yes", message=person.last())
    await bot.settle()
    assert "1 stored conversation was deleted" in (person.last().text or "")
    assert bot.store.load(str(person.id), CHANNEL) is None
    assert bot.db["sessions"].count == 1  # the other person's
    person.send("/start")
    await bot.settle()
    assert person.option_ids() == EMERGENCY_CHECK


# ---- /share -----------------------------------------------------------------------------------


async def test_share_sends_the_link_and_a_qr_code(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/share")
    await bot.settle()
    link_message, photo = person.messages()[-2:]
    assert "https://t.me/sjogren_test_bot" in (link_message.text or "")
    assert photo.photo is not None and photo.photo.startswith(b"\x89PNG")
    assert photo.caption
    assert bot.store.load(str(person.id), CHANNEL) is None  # sharing starts no conversation


async def test_the_share_button_at_the_end_adds_the_link_and_qr_code(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "stroke_brain", "end")
    assert person.option_ids() == ["restart", "share"]
    before = len(person.messages())
    person.press("share")
    await bot.settle()
    new = person.messages()[before:]
    assert any("https://t.me/sjogren_test_bot" in (m.text or "") for m in new)
    assert any(m.photo is not None for m in new)
    assert person.option_ids(person.last()) == ["restart", "share"]


# ---- what the bot cannot read -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("send", "starts"),
    [
        (lambda p: p.send_sticker(), "Thank you. I can only read"),
        (lambda p: p.send_photo(), "Thank you. I can only read"),
        (lambda p: p.send_voice(), "Thank you. I can only read"),
        (lambda p: p.edit("changed my mind"), "I noticed you edited a message."),
        (lambda p: p.forward("kill myself"), "I cannot use forwarded messages"),
    ],
)
async def test_unreadable_messages_get_a_kind_answer_and_the_question(
    bot: BotUnderTest, api: FakeBotApi, send: object, starts: str
) -> None:
    person = api.person()
    await started(bot, person, "none", "no")
    before = len(person.messages())
    send(person)  # type: ignore[operator]
    await bot.settle()
    texts = texts_since(person, before)
    assert texts[0].startswith(starts)
    assert "save" in person.option_ids(person.last())


async def test_free_text_gets_a_kind_answer_and_the_question(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no")
    before = len(person.messages())
    person.send("<b>hello</b> & goodbye")
    await bot.settle()
    texts = texts_since(person, before)
    assert texts and "save" in person.option_ids(person.last())
    assert "In an emergency, call" in " ".join(texts)
    assert all("hello" not in t for t in texts)
    assert all("<b>hello" not in (m.html or "") for m in person.messages())


async def test_very_long_text_gets_an_answer_and_the_question(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no")
    before = len(person.messages())
    person.send("word " * 819)
    await bot.settle()
    assert len(person.messages()) > before
    assert "save" in person.option_ids(person.last())


async def test_suicidal_text_asks_about_a_plan_and_then_returns(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await started(bot, person, "none", "no", "no_save", "skip")
    person.send("I want to kill myself")
    await bot.settle()
    assert person.option_ids(person.last()) == ["yes", "no"]
    assert "Talk to someone now" in (person.last().text or "")
    person.press("no")
    await bot.settle()
    assert person.option_ids(person.last()) == ["continue", "end", "my_numbers"]
    person.press("continue")
    await bot.settle()
    assert person.option_ids(person.last())[:3] == ["18_39", "40_59", "60_plus"]
