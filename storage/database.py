"""Opening the transcript database: private files, pragmas, migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from storage.schema import migrate

DATABASE_FILENAME = "transcripts.db"
BUSY_TIMEOUT_MS = 5000
# Checkpoint the WAL every ~40 MB rather than SQLite's 4 MB: each checkpoint cycle costs the
# writing step two or three fsyncs (several ms), so with the default about 1 step in 100 pays
# them, which alone breaks the per-step p99 target; at 10000 pages about 1 in 1000 does.
WAL_AUTOCHECKPOINT_PAGES = 10000


def open_database(data_dir: Path) -> sqlite_utils.Database:
    """Open (creating if needed) ``data_dir/transcripts.db``, configured and migrated.

    The directory is created private (0700) if missing; the database file is created with mode
    0600 before SQLite opens it, and SQLite gives its ``-wal`` and ``-shm`` files the same
    mode.
    """
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / DATABASE_FILENAME
    _create_private_file(path)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(companion, 0o600)
    try:
        db = sqlite_utils.Database(path)
        configure(db)
        check_integrity(db, path)
        migrate(db)
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(path, str(error)) from None
    return db


class DamagedDatabase(Exception):
    """The database file cannot be used; the message names it and what to do, in one line."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"the database {path} is damaged ({detail[:120]}): stop the bot and restore the "
            "latest backup (docs/operations.md)"
        )
        self.path = path


def check_integrity(db: sqlite_utils.Database, path: Path) -> None:
    """SQLite's quick check (the structure of every page, not every index entry)."""
    rows = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DamagedDatabase(path, "; ".join(rows[:3]))


def configure(db: sqlite_utils.Database) -> None:
    """Per-connection settings; call on every connection before use.

    WAL with ``synchronous=NORMAL`` survives a killed process without losing a committed
    step (a power cut may lose the last few); ``secure_delete`` overwrites erased rows
    instead of leaving them in free pages.
    """
    db.enable_wal()
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        # The mode passed to open() only applies to a new file, and the umask may narrow but
        # never widen it; an existing file is made private too.
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
