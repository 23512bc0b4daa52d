"""The outbox's sender: priorities, Telegram's pace, flood limits per chat and for everyone,
marks that wait for room, and nothing owed ever lost (against a recording fake bot)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from telegram.error import Forbidden, InvalidToken, RetryAfter, TimedOut

from bot.telegram.app import quiet_libraries
from bot.telegram.delivery import COSMETIC_MAX_AGE, GIVE_UP_AFTER, QUIET_SECONDS, Delivery
from storage.outbox import Letter, Outbox, Priority
from tests.storage_helpers import memory_db


@dataclass
class Call:
    at: float
    method: str
    chat: int
    text: str


@dataclass
class RecordingBot:
    """Records each call; ``failures[chat]`` lists errors its next calls raise, in turn."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[int, list[Exception]] = field(default_factory=dict)
    latency: float = 0.0
    in_flight: dict[int, int] = field(default_factory=dict)
    overlapped: bool = False

    async def do_api_request(self, method: str, api_kwargs: dict[str, Any]) -> bool:
        chat = int(api_kwargs["chat_id"])
        self.in_flight[chat] = self.in_flight.get(chat, 0) + 1
        self.overlapped = self.overlapped or self.in_flight[chat] > 1
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            pending = self.failures.get(chat)
            if pending:
                raise pending.pop(0)
            self.calls.append(Call(time.monotonic(), method, chat, str(api_kwargs.get("text"))))
            return True
        finally:
            self.in_flight[chat] -= 1

    def texts(self, chat: int | None = None) -> list[str]:
        return [c.text for c in self.calls if chat is None or c.chat == chat]


@dataclass
class Rig:
    bot: RecordingBot
    outbox: Outbox
    delivery: Delivery
    fatal: list[str]

    def send(self, *letters: Letter) -> None:
        self.delivery.send(letters)

    async def idle(self, timeout: float = 10) -> None:
        await asyncio.wait_for(self.delivery.idle(), timeout)

    def owed(self) -> int:
        return len(self.outbox.owed())


@contextlib.asynccontextmanager
async def rig(rate: float | None = None, **bot: Any) -> AsyncIterator[Rig]:
    quiet_libraries()
    fatal: list[str] = []
    recording = RecordingBot(**bot)
    outbox = Outbox(memory_db())
    delivery = Delivery(recording, outbox, rate=rate, on_fatal=fatal.append, qr=lambda _: b"")
    task = asyncio.create_task(delivery.run())
    try:
        yield Rig(recording, outbox, delivery, fatal)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def letter(chat: int, text: str, priority: Priority = Priority.REPLY, **extra: Any) -> Letter:
    method = "editMessageText" if priority is Priority.COSMETIC else "sendMessage"
    return Letter(chat, method, {"text": text}, priority, **extra)


def flood(seconds: float) -> RetryAfter:
    return RetryAfter(dt.timedelta(seconds=seconds))


async def test_every_letter_is_sent_once_and_then_forgotten() -> None:
    async with rig() as r:
        r.send(*(letter(chat, f"{chat}-{n}") for chat in (1, 2, 3) for n in range(3)))
        await r.idle()
        assert sorted(r.bot.texts()) == sorted(f"{c}-{n}" for c in (1, 2, 3) for n in range(3))
        assert r.owed() == 0


async def test_a_chats_letters_go_out_in_order_one_at_a_time() -> None:
    async with rig(latency=0.01) as r:
        r.send(*(letter(7, str(n)) for n in range(6)))
        r.send(*(letter(8, str(n)) for n in range(6)))
        await r.idle()
        assert r.bot.texts(7) == [str(n) for n in range(6)]
        assert r.bot.texts(8) == [str(n) for n in range(6)]
        assert not r.bot.overlapped


async def test_safety_screens_overtake_everyone_waiting_and_the_oldest_reply_goes_next() -> None:
    async with rig(rate=5) as r:
        r.send(*(letter(chat, f"reply {chat}") for chat in range(1, 11)))
        r.send(letter(99, "emergency", Priority.SAFETY))
        await r.idle(timeout=10)
        texts = r.bot.texts()
        assert texts.index("emergency") <= 2  # the bucket's first tokens were already taken
        replies = [t for t in texts if t.startswith("reply")]
        assert replies == [f"reply {chat}" for chat in range(1, 11)]


async def test_the_pace_keeps_to_the_rate_across_chats() -> None:
    async with rig(rate=20) as r:
        r.send(*(letter(chat, "q") for chat in range(1, 41)))
        await r.idle(timeout=10)
        times = [c.at for c in r.bot.calls]
        # 40 calls at 20 a second, after a burst of a third of a second's worth.
        assert times[-1] - times[0] >= (40 - 7) / 20 * 0.9


async def test_a_flood_limit_for_one_chat_holds_back_that_chat_only() -> None:
    async with rig(failures={1: [flood(1)]}) as r:
        r.send(letter(1, "held"), letter(2, "free"))
        await asyncio.sleep(0.3)
        assert r.bot.texts() == ["free"]
        await r.idle()
        assert r.bot.texts() == ["free", "held"]  # not lost
        assert r.bot.calls[1].at - r.bot.calls[0].at >= 0.6
        assert r.delivery.counts.flood_limited == 1


async def test_flood_limits_for_two_chats_in_a_second_hold_back_everyone() -> None:
    async with rig(failures={1: [flood(1)], 2: [flood(1)]}) as r:
        r.send(letter(1, "a"), letter(2, "b"))
        await asyncio.sleep(0.05)
        r.send(letter(3, "c"))
        await asyncio.sleep(0.4)
        assert r.bot.texts() == []  # the third chat waits too
        await r.idle()
        assert sorted(r.bot.texts()) == ["a", "b", "c"]


async def test_marks_wait_for_the_replies_and_a_later_mark_replaces_an_earlier_one() -> None:
    async with rig(rate=10) as r:
        r.send(*(letter(chat, f"reply {chat}") for chat in range(1, 6)))
        r.send(letter(1, "old mark", Priority.COSMETIC, merge_key="old:5"))
        r.send(letter(1, "new mark", Priority.COSMETIC, merge_key="old:5"))
        await r.idle()
        texts = r.bot.texts()
        assert texts[-1] == "new mark" and "old mark" not in texts
        assert r.owed() == 0


async def test_under_a_stream_of_replies_a_mark_waits_until_the_bot_is_quiet() -> None:
    async with rig(rate=30) as r:
        r.send(letter(1, "reply 0"), letter(1, "mark", Priority.COSMETIC, merge_key="old:1"))
        for n in range(1, 8):  # another person's replies, more often than the quiet time
            await asyncio.sleep(QUIET_SECONDS / 5)
            r.send(letter(2, f"reply {n}"))
        await r.idle()
        calls = {c.text: c.at for c in r.bot.calls}
        assert calls["mark"] - calls["reply 7"] >= QUIET_SECONDS * 0.9
        assert r.owed() == 0


async def test_an_idle_sender_sleeps_instead_of_polling() -> None:
    async with rig(rate=30) as r:
        r.send(letter(1, "reply"))
        await r.idle()
        # Nothing owed: the loop waits for the next letter (or a second), not a millisecond.
        assert r.delivery._next_wake(time.monotonic()) == 1.0


async def test_a_mark_that_waited_too_long_is_dropped_not_sent() -> None:
    async with rig() as r:
        stale = letter(1, "stale", Priority.COSMETIC, merge_key="old:1")
        stale.created_at = time.time() - COSMETIC_MAX_AGE - 1
        r.send(stale, letter(2, "reply"))
        await r.idle()
        assert r.bot.texts() == ["reply"]
        assert r.delivery.counts.dropped == 1
        assert r.owed() == 0


async def test_a_later_tick_replaces_a_waiting_one_in_its_place() -> None:
    async with rig(latency=0.05) as r:
        r.send(letter(1, "first"))
        r.send(letter(1, "tick 1", merge_key="keyboard:9"), letter(1, "next"))
        r.send(letter(1, "tick 2", merge_key="keyboard:9"))
        await r.idle()
        assert r.bot.texts() == ["first", "tick 2", "next"]


async def test_a_blocked_chat_loses_its_letters_and_the_others_go_on() -> None:
    async with rig(failures={1: [Forbidden("Forbidden: bot was blocked by the user")]}) as r:
        r.send(letter(1, "a"), letter(1, "b"), letter(2, "c"))
        await r.idle()
        assert r.bot.texts() == ["c"]
        assert r.owed() == 0


async def test_a_network_failure_is_retried() -> None:
    async with rig(failures={1: [TimedOut()]}) as r:
        r.send(letter(1, "again"))
        await r.idle()
        assert r.bot.texts() == ["again"]


async def test_a_safety_screen_outlasts_failures_that_drop_an_ordinary_reply() -> None:
    failures = GIVE_UP_AFTER + 4
    timeouts = [TimedOut() for _ in range(failures)]
    async with rig(failures={1: list(timeouts), 2: list(timeouts)}) as r:
        r.delivery.retry_pause = lambda n: 0.001
        r.send(letter(1, "emergency", Priority.SAFETY), letter(2, "next question"))
        await r.idle()
        assert r.bot.texts() == ["emergency"]  # the ordinary reply was given up
        assert r.delivery.counts.failed == 1 and r.owed() == 0


async def test_a_rejected_token_is_fatal_and_keeps_the_letter() -> None:
    async with rig(failures={1: [InvalidToken("Unauthorized")]}) as r:
        r.send(letter(1, "kept"))
        await asyncio.sleep(0.2)
        assert r.fatal and "TELEGRAM_BOT_TOKEN" in r.fatal[0]
        assert r.owed() == 1


async def test_what_was_owed_before_a_restart_is_sent_first() -> None:
    db = memory_db()
    Outbox(db).add([letter(1, "owed"), letter(2, "owed too")])
    bot = RecordingBot()
    delivery = Delivery(bot, Outbox(db), rate=None, on_fatal=print, qr=lambda _: b"")
    assert delivery.load_owed() == 2
    task = asyncio.create_task(delivery.run())
    await asyncio.wait_for(delivery.idle(), 5)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert sorted(bot.texts()) == ["owed", "owed too"]
    assert Outbox(db).owed() == []


@pytest.mark.parametrize("make", [lambda: RuntimeError("boom")])
async def test_an_unexpected_failure_is_logged_and_the_others_go_on(
    make: Callable[[], Exception], caplog: pytest.LogCaptureFixture
) -> None:
    async with rig(failures={1: [make()]}) as r:
        r.send(letter(1, "secret text"), letter(2, "fine"))
        await r.idle()
        assert r.bot.texts() == ["fine"]
    assert "secret text" not in caplog.text
