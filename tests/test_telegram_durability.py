"""Nothing lost, never hung: updates kept until handled, replies until sent, a kill -9 in a
burst answered after the restart, unreadable updates set aside, fatal faults ending the bot
with one line, and a webhook that checks before it reads."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
import sqlite3
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlite_utils

from bot.telegram.receiving import MAX_BODY, SECRET_HEADER, trim
from storage.inbox import Received
from storage.outbox import Letter
from storage.store import Store
from tests.fakes import FakeBotApi
from tests.telegram_harness import free_port, running_bot, started
from tests.test_telegram_process import bot_env, offers, run_to_exit, start_bot, until


def state_counts(data_dir: Path) -> dict[str, int]:
    """How many live conversations are in each state (read-only, beside the running bot)."""
    path = data_dir / "transcripts.db"
    if not path.exists():
        return {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
        try:
            rows = db.execute("SELECT state FROM dialog_state").fetchall()
        except sqlite3.OperationalError:
            return {}
    counts: dict[str, int] = {}
    for (state,) in rows:
        name = json.loads(state).get("state", "")
        counts[name] = counts.get(name, 0) + 1
    return counts


async def test_a_kill_in_a_burst_loses_no_reply(api: FakeBotApi, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = bot_env(api.root_url, data)
    people = [api.person() for _ in range(25)]
    first = await start_bot(env, tmp_path)
    try:
        await until(api, lambda: api.polls_waiting > 0)
        for person in people:
            person.send("/start")
        for person in people:
            await until(api, offers(person, "none"))
        # Telegram slows down: every reply to the presses hangs for a long time.
        api.inject("delay", method="sendMessage", times=1000, value=30)
        for person in people:
            person.press("none")

        def all_answered() -> bool:
            return state_counts(data).get("self_harm_check", 0) == len(people)

        for _ in range(200):
            if all_answered():
                break
            await asyncio.sleep(0.05)
        assert all_answered()  # every answer stored; no reply has gone out
        assert not any(offers(person, "prefer_not")() for person in people)
    finally:
        first.kill()
        await first.wait()
    api.faults.clear()
    second = await start_bot(env, tmp_path)
    try:
        for person in people:  # each gets the question their stored answer owed them
            await until(api, offers(person, "prefer_not"), timeout=30)
    finally:
        second.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, stderr.decode()
    db = sqlite_utils.Database(data / "transcripts.db")
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM inbox").fetchone()[0] == 0


async def test_what_was_received_or_owed_before_a_restart_is_handled_first(
    api: FakeBotApi, tmp_path: Path
) -> None:
    waiting, owed = api.person(), api.person()
    async with running_bot(api, tmp_path) as bot:
        store: Store = bot.store
    update = {
        "update_id": 10_000,
        "message": {
            "message_id": 1,
            "date": 1,
            "chat": {"id": waiting.chat_id, "type": "private"},
            "from": api.users[waiting.id],
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    store.inbox.receive([Received(10_000, waiting.chat_id, trim(update))])
    store.outbox.add([Letter(owed.chat_id, "sendMessage", {"text": "A reply owed to you."})])
    async with running_bot(api, tmp_path) as bot:
        await bot.settle()
        assert "none" in waiting.option_ids()
        assert owed.last().text == "A reply owed to you."
        assert bot.store.inbox.pending() == 0 and bot.store.outbox.owed() == []


async def test_an_unreadable_update_is_set_aside_and_the_others_are_answered(
    api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    person = api.person(first_name="Zubeida")
    async with running_bot(api, tmp_path) as bot:
        polls_before = len(api.calls_to("getUpdates"))
        broken = api.push(
            {
                "message": {
                    "message_id": 1,
                    "date": 1,
                    "chat": {"id": person.chat_id, "type": "private"},
                    "from": api.users[person.id],
                    "text": "/start secret words",
                    "entities": [{"type": "bot_command", "length": 6}],  # no offset
                }
            }
        )
        person.send("/start")
        await bot.settle()
        assert "none" in person.option_ids()
        assert broken in bot.store.inbox.set_aside_ids()
        await asyncio.sleep(0.5)
        assert len(api.calls_to("getUpdates")) - polls_before < 10  # no loop
    assert "Zubeida" not in caplog.text and "secret words" not in caplog.text
    assert str(person.id) not in caplog.text


async def test_a_revoked_token_stops_the_bot_with_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    env = bot_env(api.root_url, tmp_path / "data")
    process = await start_bot(env, tmp_path)
    try:
        await until(api, lambda: api.polls_waiting > 0)
        api.token = "999:revoked-token-revoked-token-revoked-000"
        api.person().send("/start")  # ends the long poll under way; the next call is refused
        _, stderr = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:  # it hung: never leave it running
            process.kill()
            await process.wait()
    lines = stderr.decode().strip().splitlines()
    assert process.returncode == 1
    assert lines[-1].startswith("sjogren-bot: ") and "TELEGRAM_BOT_TOKEN" in lines[-1]
    assert "Traceback" not in stderr.decode()


async def test_a_failing_database_stops_the_bot(api: FakeBotApi, tmp_path: Path) -> None:
    person = api.person()
    async with running_bot(api, tmp_path) as bot:

        def broken(**_: Any) -> bool:
            raise sqlite3.DatabaseError("database disk image is malformed")

        bot.store.commit = broken  # type: ignore[method-assign]
        person.send("/start")
        await asyncio.wait_for(bot.application.bot_data.stop.wait(), 10)
        assert "database" in (bot.application.bot_data.fatal_reason or "")


async def test_a_damaged_database_at_start_up_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "transcripts.db").write_bytes(b"not a database at all " * 400)
    code, stderr = await run_to_exit(bot_env("http://127.0.0.1:9", data), tmp_path)
    assert code == 2
    assert stderr.strip().splitlines() == [
        f"sjogren-bot: the database {data / 'transcripts.db'} is damaged (file is not a "
        "database): stop the bot and restore the latest backup (docs/operations.md)"
    ]


async def test_a_different_pseudonym_key_is_refused(api: FakeBotApi, tmp_path: Path) -> None:
    data = tmp_path / "data"
    async with running_bot(api, data) as bot:
        await started(bot, api.person())
    code, stderr = await run_to_exit(
        bot_env(api.root_url, data, BOT_PSEUDONYM_KEY="ab" * 32), tmp_path
    )
    assert code == 2
    assert "pseudonym key is not the one" in stderr and "Traceback" not in stderr


async def test_the_webhook_checks_the_secret_and_the_size_before_it_reads(
    api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    async with (
        running_bot(
            api,
            tmp_path,
            webhook_url=url,
            webhook_listen="127.0.0.1",
            webhook_port=port,
            webhook_secret="right",
        ),
        aiohttp.ClientSession() as http,
    ):
        big = b'{"update_id": 1, "padding": "' + b"x" * MAX_BODY + b'"}'
        for headers, body, status in (
            ({SECRET_HEADER: "wrong"}, b'{"update_id": 1}', 403),
            ({SECRET_HEADER: "right"}, big, 413),
            ({SECRET_HEADER: "right"}, b"not json: Name Surname +44 7700", 400),
        ):
            async with http.post(url, data=io.BytesIO(body), headers=headers) as response:
                assert response.status == status
    assert "Surname" not in caplog.text and "7700" not in caplog.text
