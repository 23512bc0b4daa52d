"""End to end: in a group the bot asks no health question and stores nothing; it points people
to a private chat through a deep link carrying the group's referral code."""

from __future__ import annotations

import re

import pytest

from bot.telegram.handlers import CHANNEL
from tests.fakes import FakeBotApi
from tests.telegram_harness import BotUnderTest


def stored_rows(bot: BotUnderTest) -> int:
    return sum(bot.db[table].count for table in ("dialog_state", "sessions", "events"))


def invite_link(bot: BotUnderTest, chat_id: int) -> str:
    [message] = bot.api.bot_messages(chat_id)[-1:]
    [[button]] = message.rows
    return str(button["url"])


@pytest.mark.parametrize("command", ["/start", "/start@sjogren_test_bot", "/help@sjogren_test_bot"])
async def test_start_in_a_group_answers_with_a_private_chat_button(
    bot: BotUnderTest, api: FakeBotApi, command: str
) -> None:
    group = api.group()
    person = api.person()
    person.send(command, chat=group)
    await bot.settle()
    link = invite_link(bot, group.id)
    assert re.fullmatch(r"https://t\.me/sjogren_test_bot\?start=ref-g[0-9a-f]{12}", link)
    assert str(group.id) not in link and str(abs(group.id)) not in link
    text = api.bot_messages(group.id)[-1].text or ""
    assert "private chat" in text
    assert stored_rows(bot) == 0
    assert not api.bot_messages(person.chat_id)


async def test_a_mention_in_a_group_answers_with_the_button(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    group = api.group(kind="group")
    person = api.person()
    person.mention(group)
    await bot.settle()
    assert invite_link(bot, group.id).startswith("https://t.me/sjogren_test_bot?start=ref-g")
    assert stored_rows(bot) == 0


async def test_being_added_to_a_group_introduces_the_bot(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    group = api.group()
    person = api.person()
    person.send_message(chat=group, new_chat_members=[api.bot_user])
    await bot.settle()
    assert invite_link(bot, group.id)


async def test_other_group_messages_are_ignored(bot: BotUnderTest, api: FakeBotApi) -> None:
    group = api.group()
    person = api.person()
    calls = len(api.calls)
    person.send("I have burning feet, does anyone else?", chat=group)
    person.send("/start@some_other_bot", chat=group)
    await bot.settle()
    sends = [c for c in api.calls[calls:] if c.method != "getUpdates"]
    assert sends == []
    assert stored_rows(bot) == 0


async def test_the_group_link_is_stable_and_differs_between_groups(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    first, second = api.group(), api.group()
    person = api.person()
    for group in (first, first, second):
        person.send("/start", chat=group)
        await bot.settle()
    links = [str(m.rows[0][0]["url"]) for g in (first, second) for m in api.bot_messages(g.id)]
    assert links[0] == links[1] != links[2]


async def test_share_in_a_group_gives_its_link_and_qr_code(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    group = api.group()
    person = api.person()
    person.send("/share@sjogren_test_bot", chat=group)
    await bot.settle()
    text_message, photo = api.bot_messages(group.id)
    assert re.search(
        r"https://t\.me/sjogren_test_bot\?start=ref-g[0-9a-f]{12}", text_message.text or ""
    )
    assert photo.photo is not None and photo.photo.startswith(b"\x89PNG")
    assert stored_rows(bot) == 0


async def test_the_group_link_records_the_referral_in_the_private_chat(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    group = api.group()
    person = api.person()
    person.send("/start", chat=group)
    await bot.settle()
    payload = invite_link(bot, group.id).split("start=", 1)[1]
    person.send(f"/start {payload}")
    await bot.settle()
    for option in ("none", "no", "save"):
        person.press(option)
        await bot.settle()
    [referral] = [row["referral"] for row in bot.db["sessions"].rows]
    assert f"ref-{referral}" == payload
    assert bot.store.load(str(person.id), CHANNEL) is not None
