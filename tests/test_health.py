"""Health and metrics: /healthz, /readyz and /metrics scraped while people use the bot; no
label names anyone."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import aiohttp
import pytest

from bot.telegram.health import CannotListen, Metrics, Readiness, serve_health
from tests.fakes import FakeBotApi
from tests.telegram_harness import free_port, running_bot, started
from tests.test_telegram_dialog import walk_to


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, await response.text()


async def test_health_ready_and_metrics_while_people_use_the_bot(
    api: FakeBotApi, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with running_bot(api, tmp_path, health_port=port) as bot:
        assert await get(f"{base}/healthz") == (200, "ok\n")
        assert (await get(f"{base}/readyz"))[0] == 200
        person = api.person(first_name="Philippa")
        await started(bot, person, "breathing_chest")  # an emergency screen
        person.send("hello")
        await bot.settle()
        status, text = await get(f"{base}/metrics")
        assert status == 200
        assert 'sjogren_bot_updates_total{kind="command"} 1.0' in text
        assert 'sjogren_bot_updates_total{kind="press"} 1.0' in text
        assert 'sjogren_bot_updates_total{kind="text"} 1.0' in text
        # Typed text on the emergency screen shows it again, under a note: shown twice.
        assert 'sjogren_bot_safety_screens_total{screen="emergency"} 2.0' in text
        assert 'sjogren_bot_bot_api_seconds_count{method="sendMessage"}' in text
        assert "sjogren_bot_outbox_depth 0.0" in text
        assert "sjogren_bot_inbox_depth 0.0" in text
        for personal in (str(person.id), str(person.chat_id), "Philippa", "hello"):
            assert personal not in text


async def test_not_ready_when_updates_stop_flowing(api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    async with running_bot(api, tmp_path, health_port=port) as bot:
        readiness = bot.application.bot_data.readiness
        readiness.last_poll = time.monotonic() - 3600
        status, text = await get(f"http://127.0.0.1:{port}/readyz")
        assert status == 503 and "no updates fetched recently" in text
        bot.application.bot_data.fail("a test fault")
        readiness.polled()
        status, text = await get(f"http://127.0.0.1:{port}/readyz")
        assert status == 503 and "a test fault" in text


async def test_results_are_counted_by_level(api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    async with running_bot(api, tmp_path, health_port=port) as bot:
        person = api.person()
        await walk_to(bot, person, "result")
        _, text = await get(f"http://127.0.0.1:{port}/metrics")
        assert 'sjogren_bot_results_total{level="' in text


async def test_a_health_port_in_use_is_one_line_not_a_traceback() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        with pytest.raises(CannotListen, match=rf"HEALTH_PORT {port} on 127.0.0.1 cannot be used"):
            await serve_health(Metrics(), Readiness(), listen="127.0.0.1", port=port)
    finally:
        taken.close()
