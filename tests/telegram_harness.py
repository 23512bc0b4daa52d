"""Running the real python-telegram-bot Application against the fake Bot API server.

``running_bot`` builds the bot exactly as ``sjogren-bot telegram`` does (``build_application``
and ``serve``), with a transcript store in a temporary directory, and stops it afterwards.
``settle`` waits until every queued update was fetched and fully handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils
from telegram.ext import Application

from bot.config import Config
from bot.telegram.app import build_application, quiet_libraries, serve
from bot.wiring import wire
from storage.store import Store
from tests.fakes import TOKEN, FakeBotApi, Person

PSEUDONYM_KEY = "00" * 32


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_config(api: FakeBotApi, data_dir: Path, **overrides: Any) -> Config:
    base = Config(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=api.root_url,
        data_dir=data_dir,
        pseudonym_key=PSEUDONYM_KEY,
        rate_limit=False,
    )
    return replace(base, **overrides)


@dataclass
class BotUnderTest:
    """The running bot, its store and the fake server it talks to."""

    api: FakeBotApi
    application: Application[Any, Any, Any, Any, Any, Any]
    config: Config
    store: Store

    @property
    def db(self) -> sqlite_utils.Database:
        return sqlite_utils.Database(self.config.data_dir / "transcripts.db")

    async def settle(self, *, timeout: float = 15.0) -> None:
        """Wait until the fake server has no queued update and the bot handled all it got."""
        async with asyncio.timeout(timeout):
            delivery = self.application.bot_data.delivery
            while True:
                await self.api.wait_for(lambda: not self.api.pending, timeout=timeout)
                await self.application.update_queue.join()
                await delivery.idle()
                await self.api.idle(quiet=0.05, timeout=timeout)
                if (
                    not self.api.pending
                    and self.application.update_queue.empty()
                    and not delivery.pending()
                ):
                    return


@contextlib.asynccontextmanager
async def running_bot(
    api: FakeBotApi, data_dir: Path, **overrides: Any
) -> AsyncIterator[BotUnderTest]:
    """The bot, polling (or on a webhook with ``webhook_url=...``), until the block ends."""
    config = bot_config(api, data_dir, **overrides)
    quiet_libraries()
    wiring = wire(config)
    store = wiring.store
    application = build_application(config, wiring)
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(application, config, stop, ready=ready))
    waiter = asyncio.create_task(ready.wait())
    done, _ = await asyncio.wait({task, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        waiter.cancel()
        task.result()  # raises the startup error
    if waiter not in done:
        stop.set()
        waiter.cancel()
        raise TimeoutError("the bot did not start")
    try:
        yield BotUnderTest(api, application, config, store)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def started(bot: BotUnderTest, person: Person, *answers: str) -> None:
    """``person`` sends /start, then presses the buttons labelled ``answers`` one by one."""
    person.send("/start")
    await bot.settle()
    for answer in answers:
        person.press(answer)
        await bot.settle()
