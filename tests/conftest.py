"""Fixtures shared by the Telegram tests: the fake Bot API and a bot running against it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.fakes import FakeBotApi
from tests.telegram_harness import BotUnderTest, running_bot


@pytest.fixture(autouse=True)
def timedelta_time_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to python-telegram-bot's timedelta periods (else RetryAfter warns when built)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture(autouse=True)
def no_bot_process_left_running() -> Iterator[None]:
    """A bot process a failed test left behind is killed, never left polling."""
    from tests.test_telegram_process import STARTED

    yield
    for process in STARTED:
        if process.returncode is None:
            process.kill()
    STARTED.clear()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """A fake Bot API server on 127.0.0.1 that refuses what Telegram refuses."""
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[BotUnderTest]:
    """The real Application polling the fake server; no call may have been refused."""
    async with running_bot(api, tmp_path) as running:
        yield running
    assert api.failed_calls() == [], [c.response for c in api.failed_calls()]
