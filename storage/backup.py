"""Backups of the transcript database: consistent while the bot runs, private from the start.

``backup`` uses SQLite's online backup API, so the copy is a consistent snapshot even while
the bot writes; the destination is created with mode 0600 before SQLite opens it, so no copy is
ever readable by others, even for a moment. ``checkpoint`` folds the write-ahead log into the
database file (a clean stop does it, so that the ``.db`` file alone holds everything).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils


def create_private(path: Path) -> None:
    """An empty file only its owner can read (0600), replacing nothing that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def backup(db: sqlite_utils.Database, destination: Path) -> None:
    """Copy the whole database to ``destination`` (a new file, 0600), consistently."""
    create_private(destination)
    target = sqlite3.connect(destination)
    try:
        db.conn.backup(target, pages=1024)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def integrity(path: Path) -> list[str]:
    """SQLite's full integrity check of a database file: ``["ok"]`` when it is sound."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def checkpoint(db: sqlite_utils.Database) -> bool:
    """Fold the write-ahead log into the database file and empty it; False when a reader
    held it back (the log then stays, and the next checkpoint finishes the job)."""
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is not None and row[0] == 0
