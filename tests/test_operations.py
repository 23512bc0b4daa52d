"""Operating the bot: one instance per data directory, backups taken while people press
buttons and restored, a clean stop that leaves everything in the database file, versions."""

from __future__ import annotations

import asyncio
import io
import signal
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from bot.cli import main
from bot.config import ConfigError
from bot.instance import InstanceLock
from storage.backup import backup, integrity
from tests.fakes import FakeBotApi
from tests.telegram_harness import running_bot
from tests.test_telegram_process import bot_env, offers, run_to_exit, start_bot, until


def test_a_second_instance_on_the_same_data_directory_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    with pytest.raises(ConfigError, match=r"another sjogren-bot .* is running"):
        InstanceLock(tmp_path)
    first.release()
    InstanceLock(tmp_path).release()  # free again once the first let go


async def test_a_second_bot_process_exits_with_one_line(api: FakeBotApi, tmp_path: Path) -> None:
    env = bot_env(api.root_url, tmp_path / "data")
    first = await start_bot(env, tmp_path)
    try:
        await until(api, lambda: api.polls_waiting > 0)
        code, stderr = await run_to_exit(env, tmp_path)
        assert code == 2
        [line] = stderr.strip().splitlines()
        assert line.startswith("sjogren-bot: another sjogren-bot (pid ")
    finally:
        first.send_signal(signal.SIGTERM)
        await asyncio.wait_for(first.communicate(), 30)


async def test_a_backup_taken_while_people_press_is_sound_and_resumes(
    api: FakeBotApi, tmp_path: Path
) -> None:
    people = [api.person() for _ in range(8)]
    copy = tmp_path / "backup" / "transcripts.db"
    async with running_bot(api, tmp_path / "data") as bot:
        for person in people:
            person.send("/start")
        await bot.settle()
        for person in people:
            person.press("none")
        await asyncio.sleep(0)  # presses being handled while the copy is made
        backup(bot.store.db, copy)
        await bot.settle()
    assert integrity(copy) == ["ok"]
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    # The copy is a whole database: put in place of the live one, it continues the chats.
    restored = tmp_path / "restored"
    restored.mkdir()
    copy.rename(restored / "transcripts.db")
    async with running_bot(api, restored) as bot:
        person = people[0]
        person.send("/start")
        await bot.settle()
        assert "none" in person.option_ids()


def test_backup_and_restore_commands_keep_the_key_beside_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("BOT_DATA_DIR", str(data))
    monkeypatch.delenv("BOT_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("none\nno\nsave\nskip\n"))
    assert main(["chat", "--jsonl"]) == 0
    assert main(["backup", str(tmp_path / "b")]) == 0
    assert (tmp_path / "b" / "pseudonym.key").read_bytes() == (data / "pseudonym.key").read_bytes()
    assert oct((tmp_path / "b" / "pseudonym.key").stat().st_mode & 0o777) == "0o600"
    assert main(["backup", str(tmp_path / "b")]) == 2  # never over an earlier backup
    (data / "pseudonym.key").unlink()  # lost with the disk...
    assert main(["restore", str(tmp_path / "b")]) == 0  # ...and back with the backup
    assert "restored" in capsys.readouterr().out
    db = sqlite_utils.Database(data / "transcripts.db")
    assert db["sessions"].count == 1


async def test_a_clean_stop_leaves_everything_in_the_database_file(
    api: FakeBotApi, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    process = await start_bot(bot_env(api.root_url, data), tmp_path)
    person = api.person()
    try:
        await until(api, lambda: api.polls_waiting > 0)
        person.send("/start")
        await until(api, offers(person, "none"))
        for answer, then in (("none", "prefer_not"), ("no", "save"), ("save", "skip")):
            person.press(answer)
            await until(api, offers(person, then))
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 30)
    wal = data / "transcripts.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    only_the_file = tmp_path / "copy.db"
    only_the_file.write_bytes((data / "transcripts.db").read_bytes())
    with sqlite3.connect(only_the_file) as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_version_prints_the_app_and_content_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("sjogren-bot 0.2.0 (content 2.0+")
