"""Pseudonyms: a keyed HMAC of a platform id, so the raw id is never stored.

The key lives outside the database (``BOT_DATA_DIR/pseudonym.key`` or ``BOT_PSEUDONYM_KEY``).
Whoever holds the database alone cannot recompute a pseudonym from a Telegram id; whoever
holds the key too can, which is why the link rows expire (see ``storage.retention``). Under
GDPR this is pseudonymisation, not anonymisation, until the links are gone.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_FILENAME = "pseudonym.key"
KEY_BYTES = 32


class Pseudonymizer:
    """Turns a (channel, platform id) pair into a stable hex pseudonym under a secret key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < KEY_BYTES:
            raise ValueError(f"the pseudonym key must be at least {KEY_BYTES} bytes")
        self._key = key

    def __repr__(self) -> str:
        return "Pseudonymizer(key=<hidden>)"

    def pseudonym(self, person: str, channel: str) -> str:
        """The person's pseudonym on ``channel``; ids of different channels never collide."""
        return self._mac("person", channel, person)

    def event_key(self, person: str, channel: str, event_key: str) -> str:
        """The stored form of an idempotency key: scoped to the person, keyed like a pseudonym.

        A Telegram update id names one message of one person; stored as is, it would let
        anyone with Telegram's records find the person, so it is hashed too.
        """
        return self._mac("event", channel, person, event_key)

    def check_value(self) -> str:
        """A keyed hash of a fixed text: the same key always gives it, another key never
        does, and it reveals nothing of the key (``storage.key_check``)."""
        return self._mac("key-check")

    def _mac(self, purpose: str, *parts: str) -> str:
        # Length-prefix every part so ("ab", "c") and ("a", "bc") never collide.
        message = b"".join(
            len(encoded).to_bytes(4, "big") + encoded
            for encoded in (part.encode("utf-8") for part in (purpose, *parts))
        )
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def load_pseudonym_key(data_dir: Path, env_value: str | None) -> bytes:
    """The pseudonym key: ``env_value`` (``BOT_PSEUDONYM_KEY``) if set, else the key file.

    ``env_value`` is hex (64+ digits) or base64 of at least 32 bytes. Without it the key is
    read from ``data_dir/pseudonym.key``, which is created on first use with 32 random bytes
    (hex, mode 0600). A malformed key is an error, never silently replaced: a new key would
    cut every person off from their conversation and their /delete.
    """
    if env_value is not None and env_value.strip():
        return _decode_key(env_value.strip(), "BOT_PSEUDONYM_KEY")
    path = data_dir / KEY_FILENAME
    if not path.exists():
        _create_key_file(path)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return _decode_key(path.read_bytes().decode("ascii", errors="replace").strip(), str(path))


def has_key(data_dir: Path, env_value: str | None) -> bool:
    """Whether a key is given (``BOT_PSEUDONYM_KEY``) or its file exists."""
    return bool(env_value and env_value.strip()) or (data_dir / KEY_FILENAME).exists()


def _decode_key(value: str, source: str) -> bytes:
    key: bytes | None = None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        with contextlib.suppress(binascii.Error, ValueError):
            padded = value + "=" * (-len(value) % 4)
            key = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    if key is None or len(key) < KEY_BYTES:
        raise ValueError(
            f"{source}: the pseudonym key must be at least {KEY_BYTES} bytes, "
            f"written as {2 * KEY_BYTES}+ hex digits or as base64"
        )
    return key


def _create_key_file(path: Path) -> None:
    """Write a new key atomically: a reader never sees a half-written key file.

    The key goes to a private temporary file first and is then linked into place, which fails
    if another process won the race; its key is used then.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as key_file:
            key_file.write(secrets.token_bytes(KEY_BYTES).hex() + "\n")
            key_file.flush()
            os.fsync(key_file.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
