"""The aiohttp transport, driven by python-telegram-bot's Bot against the fake Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket

import pytest
from telegram import Bot, InputFile
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.telegram.transport import AiohttpRequest, redact_token
from tests.fakes import TOKEN, FakeBotApi


def make_bot(api: FakeBotApi, request: AiohttpRequest | None = None, token: str = TOKEN) -> Bot:
    return Bot(token, base_url=api.base_url, request=request or AiohttpRequest(read_timeout=2))


async def test_the_bot_talks_to_the_api_over_aiohttp(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api) as bot:
        assert bot.username == "sjogren_test_bot"
        message = await bot.send_message(
            person.chat_id, "<b>Hello</b> &amp; welcome", parse_mode="HTML"
        )
    assert message.text == "Hello & welcome"
    assert message.text_html == "<b>Hello</b> &amp; welcome"
    assert [call.method for call in api.calls] == ["getMe", "sendMessage"]


async def test_connections_are_pooled_and_reused(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api) as bot:
        for n in range(10):
            await bot.send_message(person.chat_id, f"message {n}")
    peers = {call.peer for call in api.calls}
    assert len(peers) == 1


async def test_a_flood_limit_becomes_retry_after(api: FakeBotApi) -> None:
    person = api.person()
    api.inject("retry_after", method="sendMessage", value=7)
    async with make_bot(api) as bot:
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(person.chat_id, "hi")
    assert caught.value.retry_after == dt.timedelta(seconds=7)


async def test_a_blocked_person_becomes_forbidden(api: FakeBotApi) -> None:
    person = api.person()
    api.block(person.chat_id)
    async with make_bot(api) as bot:
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(person.chat_id, "hi")


async def test_a_refused_request_becomes_bad_request(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api) as bot:
        with pytest.raises(BadRequest, match=r"(?i)unsupported start tag"):
            await bot.send_message(person.chat_id, "<p>hi</p>", parse_mode="HTML")


async def test_a_rejected_token_becomes_invalid_token(api: FakeBotApi) -> None:
    bot = make_bot(api, token="987654321:AAHwrongTokenForTestsOnly_abcdefghij")
    with pytest.raises(InvalidToken):
        await bot.initialize()
    await bot.shutdown()


async def test_a_server_error_becomes_network_error(api: FakeBotApi) -> None:
    api.inject("server_error", method="getMe", value=502)
    bot = make_bot(api)
    with pytest.raises(NetworkError):
        await bot.initialize()
    await bot.shutdown()


async def test_a_dropped_connection_becomes_network_error(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api) as bot:
        api.inject("drop", method="sendMessage")
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(person.chat_id, "hi")
        assert not isinstance(caught.value, TimedOut)
        await bot.send_message(person.chat_id, "again")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_an_unreachable_server_becomes_network_error_without_the_token() -> None:
    port = _closed_port()
    bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest())
    with pytest.raises(NetworkError) as caught:
        await bot.initialize()
    await bot.shutdown()
    assert TOKEN not in str(caught.value)
    assert TOKEN.split(":")[1] not in str(caught.value)


async def test_a_slow_response_becomes_timed_out(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api, AiohttpRequest(read_timeout=0.2)) as bot:
        api.inject("delay", method="sendMessage", value=1.0)
        with pytest.raises(TimedOut):
            await bot.send_message(person.chat_id, "hi")


async def test_a_full_pool_times_out_waiting_for_a_connection(api: FakeBotApi) -> None:
    person = api.person()
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.1, connect_timeout=0.1)
    async with make_bot(api, request) as bot:
        api.inject("delay", method="sendMessage", value=1.0)
        slow = asyncio.create_task(bot.send_message(person.chat_id, "slow"))
        await asyncio.sleep(0.1)
        with pytest.raises(TimedOut):
            await bot.send_message(person.chat_id, "blocked by the pool")
        await slow


async def test_a_photo_is_uploaded_as_multipart(api: FakeBotApi) -> None:
    person = api.person()
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    async with make_bot(api) as bot:
        message = await bot.send_photo(
            person.chat_id,
            InputFile(png, filename="flyer.png"),
            caption="<b>Scan</b>",
            parse_mode="HTML",
        )
    assert message.caption == "Scan"
    [call] = api.calls_to("sendPhoto")
    assert call.files["photo"] == png


async def test_long_polling_returns_when_an_update_arrives(api: FakeBotApi) -> None:
    person = api.person()
    async with make_bot(api) as bot:
        task = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.1)
        person.send("hello")
        updates = await asyncio.wait_for(task, 3)
    assert [u.message.text for u in updates if u.message] == ["hello"]


async def test_a_request_before_initialize_is_an_error() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST")


async def test_shutdown_is_idempotent_and_initialize_reopens(api: FakeBotApi) -> None:
    request = AiohttpRequest()
    await request.initialize()
    await request.shutdown()
    await request.shutdown()
    await request.initialize()
    status, _ = await request.do_request(f"{api.base_url}{TOKEN}/getMe", "POST")
    await request.shutdown()
    assert status == 200


def test_tokens_are_redacted_from_messages() -> None:
    text = f"Cannot connect to http://h/bot{TOKEN}/getMe"
    assert TOKEN not in redact_token(text)
    assert "bot<token>" in redact_token(text)


def test_the_pool_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        AiohttpRequest(connection_pool_size=0)
