"""``sjogren-bot backup`` and ``restore``: the database and its pseudonym key, kept together.

A backup is a new directory (0700) holding ``transcripts.db`` (SQLite's online backup: a
consistent snapshot, even while the bot runs) and ``pseudonym.key`` beside it, both 0600. The
two belong together: without the key, the conversations in the database can neither be
continued nor erased on request. (Together they also undo the pseudonymisation: store them
as carefully as the live data directory.)

A restore checks the backup first (its integrity, and that the key it will be used with is the
one it was written with), then moves the data directory's current database (and its
write-ahead log) aside into ``replaced-<time>/``, copies the backup in, and puts the key in
place unless the key comes from ``BOT_PSEUDONYM_KEY``. The bot must be stopped.

Neither needs the live key to be right: a backup is taken of whatever database is there (with
its key if there is one), so that it can be taken before anything is repaired.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from bot.config import Config, ConfigError
from bot.wiring import open_existing, wire
from storage.backup import backup, create_private, integrity
from storage.database import DATABASE_FILENAME
from storage.key_check import stored_check
from storage.pseudonym import KEY_FILENAME, Pseudonymizer, has_key, load_pseudonym_key


def backup_data_dir(config: Config, destination: Path) -> str:
    """The data directory's database (which must exist) and key into ``destination``."""
    db = open_existing(config)
    try:
        return take_backup(db, config, destination)
    finally:
        db.close()


def take_backup(db: sqlite_utils.Database, config: Config, destination: Path) -> str:
    """Write the backup; a one-line summary."""
    try:
        if destination.exists() and any(destination.iterdir()):
            raise ConfigError(f"{destination} is not empty: a backup goes into a new directory")
        destination.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(destination, 0o700)
    except OSError as error:
        raise ConfigError(f"cannot write the backup to {destination}: {error.strerror}") from None
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
        note = f"WITHOUT a key: there is no {KEY_FILENAME} in {config.data_dir}"
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
    _check_key_fits(config, source)
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


def _check_key_fits(config: Config, source: Path) -> None:
    """Before anything is moved: the key the restored database will be used with
    (``BOT_PSEUDONYM_KEY``, else the backup's key file, else the data directory's) must be the
    one it was written with. Nothing is changed when it is not."""
    uri = f"file:{source / DATABASE_FILENAME}?mode=ro"
    try:
        with contextlib.closing(sqlite_utils.Database(sqlite3.connect(uri, uri=True))) as db:
            stored = stored_check(db) if db["key_check"].exists() else None
    except sqlite3.DatabaseError as error:
        raise ConfigError(f"the backup {source} cannot be read ({error})") from None
    if stored is None:
        return  # written before any key was used
    key_dir = source if (source / KEY_FILENAME).exists() else config.data_dir
    if not has_key(key_dir, config.pseudonym_key):
        raise ConfigError(
            f"the backup {source} has no {KEY_FILENAME} and there is none in "
            f"{config.data_dir}: put the key of that backup in place (or set "
            "BOT_PSEUDONYM_KEY), then restore; nothing was changed"
        )
    try:
        key = load_pseudonym_key(key_dir, config.pseudonym_key)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    if Pseudonymizer(key).check_value() != stored:
        raise ConfigError(
            f"the backup {source} was written with another pseudonym key than the one it would "
            "be used with; nothing was changed. Restore the backup's own key (its "
            f"{KEY_FILENAME}, or BOT_PSEUDONYM_KEY)"
        )
