"""End to end: ordering per chat, concurrency across chats, flood limits, blocked people,
network trouble and unexpected errors; and logs that carry no personal data."""

from __future__ import annotations

import asyncio
import itertools
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.telegram.handlers import CHANNEL
from dialogs.state import DialogState
from tests.fakes import FakeBotApi
from tests.telegram_harness import BotUnderTest, running_bot, started

EMERGENCY_CHECK_LAST = "none"


def wrap_handler(bot: BotUnderTest, wrapper: Any) -> None:
    """Wrap the handling of each update, all its handlers together (to observe it)."""
    original = bot.application.process_update

    async def process(update: Any) -> None:
        await wrapper(lambda u, _context: original(u))(update, None)

    bot.application.process_update = process  # type: ignore[method-assign]


async def test_each_chat_in_order_and_chats_concurrently(api: FakeBotApi, tmp_path: Path) -> None:
    async with running_bot(api, tmp_path) as bot:
        spans: dict[int, list[tuple[int, float, float]]] = {}
        running = 0
        most = 0

        def observe(callback: Any) -> Any:
            async def observed(update: Any, context: Any) -> None:
                nonlocal running, most
                chat = update.effective_chat.id
                running += 1
                most = max(most, running)
                start = asyncio.get_running_loop().time()
                try:
                    await callback(update, context)
                finally:
                    running -= 1
                    end = asyncio.get_running_loop().time()
                    spans.setdefault(chat, []).append((update.update_id, start, end))

            return observed

        people = [api.person() for _ in range(12)]
        for person in people:
            person.send("/start")
        await bot.settle(timeout=60)
        wrap_handler(bot, observe)
        # A press waits for its acknowledgement: the only call a handler itself awaits (the
        # replies go to the outbox).
        api.inject("delay", method="answerCallbackQuery", times=10_000, value=0.02)
        for person in people:  # all queued before the bot fetches them
            message = person.keyboard_message()
            person.press("none", message=message)
            person.send("/help")
            person.press("none", message=message)
            person.send("/privacy")
        await bot.settle(timeout=60)
        for person in people:
            handled = spans[person.chat_id]
            ids = [update_id for update_id, _, _ in handled]
            assert ids == sorted(ids) and len(ids) == 4
            for (_, _, end), (_, start, _) in itertools.pairwise(handled):
                assert end <= start  # strictly one after the other
        assert most > 1  # different chats at the same time
    assert api.failed_calls() == []


async def test_a_flood_limit_is_waited_out_with_the_rate_limiter(
    api: FakeBotApi, tmp_path: Path
) -> None:
    async with running_bot(api, tmp_path, rate_limit=True) as bot:
        person = api.person()
        api.inject("retry_after", method="sendMessage", value=1)
        person.send("/start")
        await bot.settle()
        assert person.option_ids()[-1] == EMERGENCY_CHECK_LAST
    [limited] = api.failed_calls(injected=True)
    assert limited.status == 429
    assert api.failed_calls() == []


async def test_a_flood_limit_is_waited_out_without_the_rate_limiter(
    api: FakeBotApi, tmp_path: Path
) -> None:
    async with running_bot(api, tmp_path, rate_limit=False) as bot:
        person = api.person()
        api.inject("retry_after", method="sendMessage", value=1)
        started_at = asyncio.get_running_loop().time()
        person.send("/start")
        await bot.settle()
        assert asyncio.get_running_loop().time() - started_at >= 1
        assert person.option_ids()[-1] == EMERGENCY_CHECK_LAST


@pytest.mark.parametrize("fault", ["server_error", "drop"])
async def test_network_trouble_is_retried(api: FakeBotApi, tmp_path: Path, fault: str) -> None:
    async with running_bot(api, tmp_path) as bot:
        person = api.person()
        api.inject(fault, method="sendMessage", value=502)  # type: ignore[arg-type]
        person.send("/start")
        await bot.settle()
        assert person.option_ids()[-1] == EMERGENCY_CHECK_LAST
    assert len(api.failed_calls(injected=True)) == 1
    assert api.failed_calls() == []


async def test_a_person_who_blocked_the_bot_ends_cleanly(
    api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    async with running_bot(api, tmp_path) as bot:
        person, other = api.person(), api.person()
        await started(bot, person, "none")
        api.block(person.chat_id)
        person.press("no")
        other.send("/start")
        await bot.settle()
        refused = [c for c in api.calls if not c.ok and c.params.get("chat_id") == person.chat_id]
        assert len(refused) == 1  # not retried, no apology attempted
        assert refused[0].status == 403
        assert other.option_ids()[-1] == EMERGENCY_CHECK_LAST
    assert "blocked the bot" in caplog.text
    assert "Traceback" not in caplog.text


async def test_an_unexpected_error_gets_an_apology_and_the_current_question(
    api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    async with running_bot(api, tmp_path) as bot:
        person = api.person()
        await started(bot, person, "none", "no")
        services = bot.application.bot_data
        original = services.conversations.handle
        calls = 0

        def broken(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise RuntimeError(f"secret detail {person.id}")
            return original(*args, **kwargs)

        services.conversations.handle = broken  # type: ignore[method-assign]
        person.press("no_save")
        await bot.settle()
        services.conversations.handle = original  # type: ignore[method-assign]
        note, question = person.messages()[-2:]
        assert (note.text or "").startswith("Sorry, something went wrong on my side.")
        assert "no_save" in person.option_ids(question)  # the consent question, again
        assert api.open_callback_queries == set()
        # The conversation goes on from where it was.
        person.press("no_save")
        await bot.settle()
        assert "skip" in person.option_ids()
    assert "RuntimeError" in caplog.text
    assert "secret detail" not in caplog.text
    assert str(person.id) not in caplog.text
    assert api.failed_calls() == []


async def test_logs_carry_no_personal_data(
    api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.DEBUG, logger="storage")
    async with running_bot(api, tmp_path) as bot:
        person = api.person(first_name="Zebulon")
        await started(bot, person, "none", "no", "save", "skip")
        person.send("my name is Zebulon and my phone is 0612345678")
        person.send("/delete")
        await bot.settle()
        person.press("x:-:yes", message=person.last())
        await bot.settle()
    for forbidden in (str(person.id), "Zebulon", "0612345678"):
        assert forbidden not in caplog.text


async def test_a_redelivered_update_is_applied_once_after_a_restart(
    api: FakeBotApi, tmp_path: Path
) -> None:
    person = api.person()
    async with running_bot(api, tmp_path) as bot:
        await started(bot, person)
        welcome = person.keyboard_message()
        update = {
            "update_id": 880001,
            "callback_query": {
                "id": api.new_callback_query_id(),
                "from": person.user,
                "message": welcome.to_api(),
                "chat_instance": "ci",
                "data": next(
                    b["callback_data"]
                    for b in welcome.buttons
                    if b["callback_data"].endswith("none")
                ),
            },
        }
        api.push(dict(update))
        await bot.settle()
        after_first = len(person.messages())
    async with running_bot(api, tmp_path) as bot:
        update["callback_query"]["id"] = api.new_callback_query_id()  # type: ignore[index]
        api.push(dict(update))
        await bot.settle()
        assert len(person.messages()) == after_first
        state = bot.store.load(str(person.id), CHANNEL)
        assert isinstance(state, DialogState) and state.state == "self_harm_check"
