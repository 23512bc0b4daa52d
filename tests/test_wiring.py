"""Settings checked once, up front; the database and the pseudonym key checked before anyone
is answered: a damaged file, a missing or different key stop the bot with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config, ConfigError
from bot.wiring import wire
from dialogs.model import Start
from storage.pseudonym import KEY_FILENAME


def config(data: Path, **env: str) -> Config:
    return Config.from_env({"BOT_DATA_DIR": str(data), **env}, dotenv=data / "none.env")


def someone_talked(data: Path) -> None:
    """A conversation under the current key: the database now holds a person."""
    wiring = wire(config(data))
    conversations = wiring.conversations("console", "keyboard")
    assert conversations.handle("person", "1", Start()) is not None
    wiring.store.db.close()


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"BOT_SEND_RATE": "0"}, "BOT_SEND_RATE"),
        ({"BOT_SEND_RATE": "fast"}, "BOT_SEND_RATE"),
        ({"LINK_RETENTION_DAYS": "0"}, "LINK_RETENTION_DAYS"),
        ({"BOT_RATE_LIMIT": "maybe"}, "BOT_RATE_LIMIT"),
    ],
)
def test_a_wrong_setting_names_itself(tmp_path: Path, env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        config(tmp_path, **env)


def test_the_send_rate_defaults_to_telegrams_limit(tmp_path: Path) -> None:
    assert config(tmp_path).send_rate == 30.0
    assert config(tmp_path, BOT_SEND_RATE="12.5").send_rate == 12.5


def test_the_first_key_is_made_and_remembered(tmp_path: Path) -> None:
    someone_talked(tmp_path)
    assert (tmp_path / KEY_FILENAME).exists()
    wire(config(tmp_path)).store.db.close()  # the same key: fine


def test_a_missing_key_file_is_refused_when_people_are_stored(tmp_path: Path) -> None:
    someone_talked(tmp_path)
    (tmp_path / KEY_FILENAME).unlink()
    with pytest.raises(ConfigError, match="key file is missing"):
        wire(config(tmp_path))
    assert not (tmp_path / KEY_FILENAME).exists()  # no new key was made behind our back


def test_a_different_key_is_refused_until_accepted_on_purpose(tmp_path: Path) -> None:
    someone_talked(tmp_path)
    other = {"BOT_PSEUDONYM_KEY": "cd" * 32}
    with pytest.raises(ConfigError, match="not the one this database was written with"):
        wire(config(tmp_path, **other))
    wire(config(tmp_path, **other), accept_new_key=True).store.db.close()
    wire(config(tmp_path, **other)).store.db.close()  # now it is the database's key
    with pytest.raises(ConfigError):
        wire(config(tmp_path))  # and the old file's key is the different one


def test_accept_key_makes_a_new_key_when_the_old_one_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    someone_talked(tmp_path)
    (tmp_path / KEY_FILENAME).unlink()
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("BOT_PSEUDONYM_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["accept-key"]) == 0
    assert "can no longer be found by /delete" in capsys.readouterr().out
    assert (tmp_path / KEY_FILENAME).exists()
    wire(config(tmp_path)).store.db.close()


def test_a_damaged_database_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "transcripts.db").write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(ConfigError) as raised:
        wire(config(tmp_path))
    message = str(raised.value)
    assert str(tmp_path / "transcripts.db") in message and "backup" in message
    assert "\n" not in message
