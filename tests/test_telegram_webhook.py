"""End to end in webhook mode: Telegram's requests carry the secret; others are refused."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.telegram.handlers import CHANNEL
from tests.fakes import FakeBotApi
from tests.telegram_harness import BotUnderTest, free_port, running_bot

SECRET = "s3cret-Token_for-tests"


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[BotUnderTest]:
    port = free_port()
    async with running_bot(
        api,
        tmp_path,
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret=SECRET,
    ) as running:
        yield running
    assert api.failed_calls() == [], [c.response for c in api.failed_calls()]


async def post(bot: BotUnderTest, update: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    assert bot.config.webhook_url is not None
    async with (
        aiohttp.ClientSession() as http,
        http.post(bot.config.webhook_url, data=json.dumps(update), headers=headers) as response,
    ):
        return response.status


def start_update(
    api: FakeBotApi, person_id: int, chat: dict[str, object], update_id: int
) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1,
            "chat": chat,
            "from": api.users[person_id],
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def test_the_webhook_is_registered_with_the_secret(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    [call] = api.calls_to("setWebhook")
    assert call.params["url"] == bot.config.webhook_url
    assert call.params["secret_token"] == SECRET
    assert api.calls_to("getUpdates") == []


async def test_updates_delivered_by_telegram_are_handled(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    assert person.option_ids()[-1] == "none"
    person.press("none")
    await bot.settle()
    assert "prefer_not" in person.option_ids()


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
async def test_a_request_without_the_secret_is_refused(
    bot: BotUnderTest, api: FakeBotApi, secret: str | None
) -> None:
    person = api.person()
    status = await post(bot, start_update(api, person.id, person.chat.info, 4242), secret)
    assert status == 403
    await bot.settle()
    assert person.messages() == []
    assert bot.store.load(str(person.id), CHANNEL) is None


async def test_a_redelivered_webhook_update_is_applied_once(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    update = start_update(api, person.id, person.chat.info, 4343)
    assert await post(bot, update, SECRET) == 200
    assert await post(bot, update, SECRET) == 200
    await bot.settle()
    assert len(person.messages()) == 1
