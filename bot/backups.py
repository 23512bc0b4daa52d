"""``sjogren-bot backup`` and ``restore``: the database and its pseudonym key, kept together.

A backup is a new directory (0700) holding ``transcripts.db`` (SQLite's online backup: a
consistent snapshot, even while the bot runs) and ``pseudonym.key`` beside it, both 0600. The
two belong together: without the key, the conversations in the database can neither be
continued nor erased on request. (Together they also undo the pseudonymisation: store them
as carefully as the live data directory.)

A restore checks the backup's integrity, moves the data directory's current database (and its
write-ahead log) aside into ``replaced-<time>/``, copies the backup in, and puts the key in
place unless the key comes from ``BOT_PSEUDONYM_KEY``. The bot must be stopped.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from bot.config import Config, ConfigError
from bot.wiring import wire
from storage.backup import backup, create_private, integrity
from storage.database import DATABASE_FILENAME
from storage.pseudonym import KEY_FILENAME


def take_backup(db: sqlite_utils.Database, config: Config, destination: Path) -> str:
    """Write the backup; a one-line summary."""
    if destination.exists() and any(destination.iterdir()):
        raise ConfigError(f"{destination} is not empty: a backup goes into a new directory")
    destination.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(destination, 0o700)
    copy = destination / DATABASE_FILENAME
    backup(db, copy)
    if integrity(copy) != ["ok"]:
        raise ConfigError(f"the backup {copy} failed its integrity check; try again")
    key = config.data_dir / KEY_FILENAME
    if config.pseudonym_key:
        note = "the key is BOT_PSEUDONYM_KEY: back it up apart, with the same care"
    elif key.exists():
        create_private(destination / KEY_FILENAME)
        shutil.copyfile(key, destination / KEY_FILENAME)
        note = f"with {KEY_FILENAME}"
    else:
        note = "no key file yet"
    size = copy.stat().st_size
    return f"backup written to {destination} ({size // 1024} KiB, {note})"


def restore_backup(config: Config, source: Path) -> str:
    """Put the backup in place (the caller holds the instance lock); a one-line summary."""
    copy = source / DATABASE_FILENAME
    if not copy.is_file():
        raise ConfigError(f"{copy} does not exist: give the directory `backup` wrote")
    problems = integrity(copy)
    if problems != ["ok"]:
        raise ConfigError(f"the backup {copy} is damaged ({'; '.join(problems[:2])})")
    data = config.data_dir
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    aside = data / f"replaced-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    moved = []
    for name in (DATABASE_FILENAME, f"{DATABASE_FILENAME}-wal", f"{DATABASE_FILENAME}-shm"):
        if (data / name).exists():
            aside.mkdir(mode=0o700, exist_ok=True)
            (data / name).rename(aside / name)
            moved.append(name)
    target = data / DATABASE_FILENAME
    create_private(target)
    shutil.copyfile(copy, target)
    key_note = "key from BOT_PSEUDONYM_KEY"
    if not config.pseudonym_key and (source / KEY_FILENAME).exists():
        if (data / KEY_FILENAME).exists():
            aside.mkdir(mode=0o700, exist_ok=True)
            (data / KEY_FILENAME).rename(aside / KEY_FILENAME)
        create_private(data / KEY_FILENAME)
        shutil.copyfile(source / KEY_FILENAME, data / KEY_FILENAME)
        key_note = f"{KEY_FILENAME} restored"
    wire(config).store.close()  # the database opens, migrates, and accepts the key
    where = f"; the replaced files are in {aside}" if moved else ""
    return f"restored {target} ({key_note}){where}"
