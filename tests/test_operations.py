"""Operating the bot: one instance per data directory, backups taken while people press
buttons and restored, a clean stop that leaves everything in the database file, versions."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sqlite3
import subprocess
import sys
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


# ---- what an operator gets wrong: one line and status 2, nothing changed --------------------


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI's environment: a data directory under ``tmp_path``, no token, no key setting."""
    data = tmp_path / "data"
    monkeypatch.setenv("BOT_DATA_DIR", str(data))
    for name in ("BOT_PSEUDONYM_KEY", "TELEGRAM_BOT_TOKEN", "HEALTH_LISTEN", "WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return data


def chat_saved(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("none\nno\nsave\nskip\n"))
    return main(["chat", "--jsonl"])


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("sjogren-bot: ")
    return line


def test_a_backup_of_a_mistyped_data_directory_is_refused_and_creates_nothing(
    data_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", str(data_env.parent / "b")]) == 2
    assert "no database at" in one_error(capsys)
    assert not data_env.exists() and not (data_env.parent / "b").exists()


def test_a_backup_is_taken_even_without_the_key_and_says_so(
    data_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert chat_saved(monkeypatch) == 0
    (data_env / "pseudonym.key").unlink()
    capsys.readouterr()
    assert main(["backup", str(data_env.parent / "b")]) == 0
    assert "WITHOUT a key" in capsys.readouterr().out
    assert integrity(data_env.parent / "b" / "transcripts.db") == ["ok"]


def test_a_restore_with_the_wrong_key_changes_nothing(
    data_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert chat_saved(monkeypatch) == 0
    assert main(["backup", str(data_env.parent / "b")]) == 0
    (data_env.parent / "b" / "pseudonym.key").unlink()  # the backup's key went astray
    (data_env / "pseudonym.key").write_text("ab" * 32)  # and the data directory has another
    before = sorted(path.name for path in data_env.iterdir())
    capsys.readouterr()
    assert main(["restore", str(data_env.parent / "b")]) == 2
    assert "nothing was changed" in one_error(capsys)
    assert sorted(path.name for path in data_env.iterdir()) == before


def test_a_console_chat_on_a_data_directory_in_use_is_refused(
    data_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = InstanceLock(data_env)
    try:
        assert chat_saved(monkeypatch) == 2
        assert "run only one per data directory" in one_error(capsys)
        assert main(["accept-key"]) == 2
    finally:
        held.release()


def test_the_console_chat_folds_its_log_into_the_database_file(
    data_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert chat_saved(monkeypatch) == 0
    wal = data_env / "transcripts.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize(
    ("setting", "value", "says"),
    [
        ("BOT_DATA_DIR", "{tmp}/a-file", "is a file, not a directory"),
        ("HEALTH_LISTEN", "999.1.1.1", "HEALTH_LISTEN must be an IP address"),
        ("WEBHOOK_LISTEN", "everywhere", "WEBHOOK_LISTEN must be an IP address"),
        ("WEBHOOK_URL", "http://bot.example.org/hook", "must be an https:// address"),
    ],
)
def test_a_wrong_setting_is_one_line_and_status_2(
    data_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    setting: str,
    value: str,
    says: str,
) -> None:
    (data_env.parent / "a-file").write_text("not a directory")
    monkeypatch.setenv(setting, value.format(tmp=data_env.parent))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["chat"]) == 2
    assert says in one_error(capsys)


def test_sigterm_stops_the_console_chat_cleanly_with_everything_in_the_file(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "BOT_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    chat = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
        text=True,
    )
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write("none\nno\nsave\n")
    chat.stdin.flush()
    for _ in range(4):  # the welcome, the self-harm question, consent, the country
        assert chat.stdout.readline()
    chat.send_signal(signal.SIGTERM)  # the chat still waits for its next line
    _, stderr = chat.communicate(timeout=30)
    assert chat.returncode == 0 and "Traceback" not in stderr
    wal = tmp_path / "data" / "transcripts.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    with sqlite3.connect(tmp_path / "data" / "transcripts.db") as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
