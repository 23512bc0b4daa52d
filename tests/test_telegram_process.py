"""The bot as an operator runs it: ``python -m bot telegram`` in a process of its own.

A ``kill -9`` mid-conversation followed by a restart continues the conversation; SIGTERM
stops it cleanly; a missing, malformed or rejected token gives one clear line and exit status
2 (a supervisor must not restart it); an unreachable API gives one line and status 1 (a
restart may well succeed: the network or Telegram may be back).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from tests.fakes import TOKEN, FakeBotApi, Person
from tests.telegram_harness import PSEUDONYM_KEY, free_port


def bot_env(api_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "WEBHOOK_", "BOT_"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api_url,
        BOT_DATA_DIR=str(data_dir),
        BOT_PSEUDONYM_KEY=PSEUDONYM_KEY,
        BOT_RATE_LIMIT="off",
    )
    env.update(extra)
    return env


# Every bot process a test starts; the conftest kills any left running when the test ends.
STARTED: list[asyncio.subprocess.Process] = []


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "telegram",
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    STARTED.append(process)
    return process


async def run_to_exit(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    process = await start_bot(env, cwd)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, stderr.decode()


async def until(api: FakeBotApi, condition: Callable[[], bool], timeout: float = 20) -> None:
    await api.wait_for(condition, timeout=timeout)


def asks(person: Person, options: list[str]) -> Callable[[], bool]:
    """The newest question offers exactly ``options``."""
    return offers(person, *options, exactly=True)


def offers(person: Person, *options: str, exactly: bool = False) -> Callable[[], bool]:
    """The newest question offers ``options`` (between two messages there may be none)."""

    def check() -> bool:
        try:
            offered = person.option_ids()
        except AssertionError:
            return False
        return offered == list(options) if exactly else set(options) <= set(offered)

    return check


async def test_a_killed_bot_continues_the_conversation_after_a_restart(
    api: FakeBotApi, tmp_path: Path
) -> None:
    env = bot_env(api.root_url, tmp_path / "data")
    person = api.person()
    first = await start_bot(env, tmp_path)
    try:
        await until(api, lambda: api.polls_waiting > 0)
        person.send("/start")
        await until(api, offers(person, "stroke_brain"))
        person.press("none")
        await until(api, offers(person, "prefer_not"))
        person.press("no")
        await until(api, offers(person, "save"))
        person.press("save")
        await until(api, offers(person, "skip"))
        person.press("skip")
        await until(api, offers(person, "40_59"))
    finally:
        first.kill()  # SIGKILL: no chance to clean up
        await first.wait()
    assert first.returncode == -signal.SIGKILL
    person.press("40_59")  # while the bot is down
    second = await start_bot(env, tmp_path)
    try:
        await until(api, offers(person, "under_3m"))
        person.press("over_1y")
        await until(api, asks(person, ["diagnosed", "suspected", "unsure"]))
    finally:
        second.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, stderr.decode()
    assert "Traceback" not in stderr.decode()
    db = sqlite_utils.Database(tmp_path / "data" / "transcripts.db")
    answers = {row["question_id"]: row["value"] for row in db["answers"].rows}
    assert answers["emergency_now"] == "none"
    assert answers["age_band"] == "40_59"
    assert answers["symptom_duration"] == "over_1y"
    # A reply is deleted from the outbox once Telegram confirmed it; killed between the two,
    # the bot sends it again after the restart. Telegram refuses a repeated edit as "not
    # modified", harmlessly; nothing else may fail.
    assert [
        call
        for call in api.failed_calls()
        if not (call.method.startswith("edit") and "not modified" in str(call.response))
    ] == []


async def test_sigterm_stops_a_webhook_bot_cleanly(api: FakeBotApi, tmp_path: Path) -> None:
    port = free_port()
    env = bot_env(
        api.root_url,
        tmp_path / "data",
        WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET="a-secret",
    )
    process = await start_bot(env, tmp_path)
    try:
        await until(api, lambda: bool(api.calls_to("setWebhook")))
        person = api.person()
        person.send("/start")
        await until(api, offers(person, "stroke_brain"))
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, stderr.decode()


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


async def test_a_missing_token_is_one_line_and_status_2(tmp_path: Path) -> None:
    env = bot_env("http://127.0.0.1:9", tmp_path)
    del env["TELEGRAM_BOT_TOKEN"]
    status, stderr = await run_to_exit(env, tmp_path)
    assert status == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in one_line(stderr)


async def test_a_malformed_token_is_one_line_and_status_2(tmp_path: Path) -> None:
    env = bot_env("http://127.0.0.1:9", tmp_path, TELEGRAM_BOT_TOKEN="not-a-token")
    status, stderr = await run_to_exit(env, tmp_path)
    assert status == 2
    assert "malformed" in one_line(stderr)


async def test_an_unreachable_api_is_one_line_and_status_1_to_be_restarted(
    tmp_path: Path,
) -> None:
    env = bot_env(f"http://127.0.0.1:{free_port()}", tmp_path)
    status, stderr = await run_to_exit(env, tmp_path)
    assert status == 1
    line = one_line(stderr)
    assert "Cannot reach the Telegram Bot API" in line
    assert TOKEN.split(":")[1] not in line


async def test_a_rejected_token_is_one_line_and_status_2(api: FakeBotApi, tmp_path: Path) -> None:
    wrong = "987654321:AAHanotherTokenTheServerDoesNotKnow_x"
    env = bot_env(api.root_url, tmp_path, TELEGRAM_BOT_TOKEN=wrong)
    status, stderr = await run_to_exit(env, tmp_path)
    assert status == 2
    line = one_line(stderr)
    assert "rejected" in line
    assert wrong.split(":")[1] not in line
