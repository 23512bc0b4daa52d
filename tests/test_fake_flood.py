"""The fake Bot API's flood limit behaves like Telegram's: about 30 messages a second across
all chats, then ``429 Too Many Requests`` with ``retry_after`` in whole seconds; answering a
callback query and fetching updates are never limited."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import Bot
from telegram.error import RetryAfter
from telegram.ext import ExtBot

from bot.telegram.app import quiet_libraries
from bot.telegram.delivery import Delivery
from storage.outbox import Letter, Outbox
from tests.fakes import TOKEN, FakeBotApi
from tests.fakes.flood import FloodLimit, TokenBucket, retry_after
from tests.storage_helpers import memory_db


class FakeClock:
    """A clock the test moves by hand: refilling is checked without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def call(
    http: aiohttp.ClientSession, api: FakeBotApi, method: str, **params: Any
) -> tuple[int, dict[str, Any]]:
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with http.post(f"{api.base_url}{TOKEN}/{method}", data=form) as response:
        return response.status, await response.json()


async def send(http: aiohttp.ClientSession, api: FakeBotApi, chat_id: int) -> int:
    status, _ = await call(http, api, "sendMessage", chat_id=chat_id, text="Question 1")
    return status


async def test_calls_within_the_rate_get_through(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    api.limit_floods(clock=clock)
    person = api.person()
    statuses = [await send(http, api, person.chat_id) for _ in range(30)]
    assert statuses == [200] * 30
    clock.advance(0.5)  # 15 more tokens
    statuses = [await send(http, api, person.chat_id) for _ in range(15)]
    assert statuses == [200] * 15
    assert api.failed_calls() == []
    assert len(person.messages()) == 45


async def test_a_burst_beyond_the_limit_gets_429_with_retry_after(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    flood = api.limit_floods(clock=clock)
    people = [api.person() for _ in range(40)]
    statuses = [await send(http, api, person.chat_id) for person in people]
    assert statuses == [200] * 30 + [429] * 10
    status, body = await call(
        http, api, "editMessageText", chat_id=people[0].chat_id, message_id=1, text="Answered"
    )
    assert status == 429
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert flood.refused == {"sendMessage": 10, "editMessageText": 1}
    assert flood.accepted_calls == 30
    assert len(api.calls_to("sendMessage", ok=False)) == 10
    assert all(not p.messages() for p in people[30:]), "a refused call must not send anything"


async def test_retry_after_is_whole_seconds_and_at_least_one(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    api.limit_floods(FloodLimit(per_second=0.4, burst=1), clock=clock)
    person = api.person()
    assert await send(http, api, person.chat_id) == 200
    status, body = await call(http, api, "sendMessage", chat_id=person.chat_id, text="again")
    assert status == 429
    assert body["parameters"] == {"retry_after": 3}  # 2.5 s to the next token, rounded up
    assert [retry_after(s) for s in (0.0, 0.01, 1.0, 1.2)] == [1, 1, 1, 2]


async def test_unlimited_methods_are_never_refused(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    api.limit_floods(FloodLimit(per_second=1, burst=1), clock=clock)
    person = api.person()
    assert await send(http, api, person.chat_id) == 200
    assert await send(http, api, person.chat_id) == 429
    for _ in range(50):
        query_id = api.new_callback_query_id()
        status, _ = await call(http, api, "answerCallbackQuery", callback_query_id=query_id)
        assert status == 200
        status, _ = await call(http, api, "getUpdates", timeout=0)
        assert status == 200
    status, _ = await call(http, api, "getMe")
    assert status == 200
    assert api.flood is not None and api.flood.refused_calls == 1


async def test_the_bucket_refills(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    api.limit_floods(FloodLimit(per_second=30, burst=10), clock=clock)
    person = api.person()
    assert [await send(http, api, person.chat_id) for _ in range(11)] == [200] * 10 + [429]
    clock.advance(0.1)  # three tokens
    assert [await send(http, api, person.chat_id) for _ in range(4)] == [200] * 3 + [429]
    clock.advance(60)  # never more than the burst
    assert [await send(http, api, person.chat_id) for _ in range(11)] == [200] * 10 + [429]


async def test_without_a_flood_limit_nothing_is_refused(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    assert [await send(http, api, person.chat_id) for _ in range(100)] == [200] * 100
    assert api.flood is None


async def test_the_per_chat_limit_is_off_by_default_and_separate_when_on(
    api: FakeBotApi, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    api.limit_floods(clock=clock)
    ana = api.person()
    assert [await send(http, api, ana.chat_id) for _ in range(20)] == [200] * 20

    clock.advance(10)
    api.limit_floods(FloodLimit(per_chat_per_second=1, per_chat_burst=3), clock=clock)
    ben = api.person()
    assert [await send(http, api, ana.chat_id) for _ in range(4)] == [200] * 3 + [429]
    assert await send(http, api, ben.chat_id) == 200  # another chat still gets through
    clock.advance(1)
    assert await send(http, api, ana.chat_id) == 200


def test_a_token_bucket_waits_for_its_next_token(clock: FakeClock) -> None:
    bucket = TokenBucket(rate=4, burst=2, clock=clock)
    for _ in range(2):
        assert bucket.wait() == 0
        bucket.take()
    assert bucket.wait() == pytest.approx(0.25)
    clock.advance(0.125)
    assert bucket.wait() == pytest.approx(0.125)


def test_a_flood_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        FloodLimit(per_second=0)
    with pytest.raises(ValueError):
        FloodLimit(per_chat_per_second=1, per_chat_burst=0)


async def test_the_bots_sender_stays_within_the_limit(api: FakeBotApi) -> None:
    """The bot's own sender (30 a second, as the bot runs it) and the fake agree: a burst of
    40 messages to 40 people goes through without a single 429."""
    flood = api.limit_floods()
    people = [api.person() for _ in range(40)]
    quiet_libraries()
    async with ExtBot(TOKEN, base_url=api.base_url) as bot:
        outbox = Outbox(memory_db())
        delivery = Delivery(bot, outbox, rate=30, on_fatal=print, qr=lambda _: b"")
        sending = asyncio.create_task(delivery.run())
        delivery.send(Letter(p.chat_id, "sendMessage", {"text": "Question 1"}) for p in people)
        await asyncio.wait_for(delivery.idle(), 10)
        delivery.close()
        await sending
    assert flood.refused_calls == 0
    assert flood.accepted_calls == 40
    assert all(len(person.messages()) == 1 for person in people)


async def test_without_a_rate_limiter_the_library_sees_retry_after(api: FakeBotApi) -> None:
    api.limit_floods(FloodLimit(per_second=1, burst=2))
    person = api.person()
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        for _ in range(2):
            await bot.send_message(person.chat_id, "Question 1")
        with pytest.raises(RetryAfter) as raised:
            await bot.send_message(person.chat_id, "Question 1")
    assert raised.value.retry_after == dt.timedelta(seconds=1)
