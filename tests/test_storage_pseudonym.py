"""Pseudonyms and the key they are made with."""

from __future__ import annotations

import base64
import stat
import threading
from pathlib import Path

import pytest

from storage.pseudonym import KEY_FILENAME, Pseudonymizer, load_pseudonym_key
from tests.storage_helpers import KEY


def test_a_pseudonym_is_stable_and_hides_the_id() -> None:
    pseudonyms = Pseudonymizer(KEY)
    first = pseudonyms.pseudonym("123456789", "telegram")
    assert first == pseudonyms.pseudonym("123456789", "telegram")
    assert "123456789" not in first
    assert len(first) == 64


def test_the_same_id_on_two_channels_gives_two_pseudonyms() -> None:
    pseudonyms = Pseudonymizer(KEY)
    assert pseudonyms.pseudonym("42", "telegram") != pseudonyms.pseudonym("42", "console")


def test_parts_cannot_be_shifted_into_a_collision() -> None:
    pseudonyms = Pseudonymizer(KEY)
    assert pseudonyms.pseudonym("1", "telegram2") != pseudonyms.pseudonym("21", "telegram")


def test_a_different_key_gives_unrelated_pseudonyms() -> None:
    other = Pseudonymizer(bytes(reversed(KEY)))
    assert Pseudonymizer(KEY).pseudonym("42", "telegram") != other.pseudonym("42", "telegram")


def test_event_keys_and_pseudonyms_never_coincide() -> None:
    pseudonyms = Pseudonymizer(KEY)
    assert pseudonyms.event_key("42", "telegram", "") != pseudonyms.pseudonym("42", "telegram")


def test_short_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Pseudonymizer(b"too short")


def test_the_key_never_shows_in_repr() -> None:
    assert KEY.hex() not in repr(Pseudonymizer(KEY))


def test_a_key_file_is_created_once_with_32_random_bytes(tmp_path: Path) -> None:
    key = load_pseudonym_key(tmp_path, None)
    assert len(key) == 32
    path = tmp_path / KEY_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_pseudonym_key(tmp_path, None) == key
    assert load_pseudonym_key(tmp_path, "") == key


def test_the_key_directory_is_created(tmp_path: Path) -> None:
    key = load_pseudonym_key(tmp_path / "new" / "data", None)
    assert (tmp_path / "new" / "data" / KEY_FILENAME).exists()
    assert len(key) == 32


def test_a_loose_key_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / KEY_FILENAME
    path.write_text(KEY.hex())
    path.chmod(0o644)
    assert load_pseudonym_key(tmp_path, None) == KEY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_environment_key_wins_over_the_file(tmp_path: Path) -> None:
    load_pseudonym_key(tmp_path, None)
    assert load_pseudonym_key(tmp_path, KEY.hex()) == KEY


def test_the_environment_key_may_be_base64(tmp_path: Path) -> None:
    assert load_pseudonym_key(tmp_path, base64.b64encode(KEY).decode()) == KEY
    assert load_pseudonym_key(tmp_path, base64.urlsafe_b64encode(KEY).decode().rstrip("=")) == KEY
    assert not (tmp_path / KEY_FILENAME).exists()


@pytest.mark.parametrize("value", ["secret", "ab" * 16, "not base64 at all, not hex!"])
def test_a_weak_or_malformed_environment_key_is_an_error(tmp_path: Path, value: str) -> None:
    with pytest.raises(ValueError, match="BOT_PSEUDONYM_KEY"):
        load_pseudonym_key(tmp_path, value)


def test_a_corrupt_key_file_is_an_error_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / KEY_FILENAME
    path.write_text("garbage")
    with pytest.raises(ValueError, match="at least 32 bytes"):
        load_pseudonym_key(tmp_path, None)
    assert path.read_text() == "garbage"


def test_concurrent_first_runs_agree_on_one_key(tmp_path: Path) -> None:
    keys: list[bytes] = []

    def load() -> None:
        keys.append(load_pseudonym_key(tmp_path, None))

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(keys)) == 1
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILENAME]
