"""One bot per data directory: a lock file held for the life of the process.

Two bots on the same database would poll the same token (Telegram refuses one of them) and
interleave their writes; a restore under a running bot would be overwritten. The lock is an
advisory ``flock`` on ``BOT_DATA_DIR/bot.lock``: the system releases it when the process ends,
however it ends (even ``kill -9``), so a stale lock never blocks a restart.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from bot.config import ConfigError

LOCK_FILENAME = "bot.lock"


class InstanceLock:
    """Held while the object lives (``release`` or the process's end lets it go)."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = data_dir / LOCK_FILENAME
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle: IO[str] = os.fdopen(descriptor, "r+", encoding="ascii")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ConfigError(
                f"another sjogren-bot (pid {holder}) is running on {data_dir}; "
                "run only one per data directory"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle: IO[str] | None = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
