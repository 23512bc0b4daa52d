"""One bot per data directory: a lock file held for the life of the process.

Two bots on the same database would poll the same token (Telegram refuses one of them) and
interleave their writes; a restore under a running bot would be overwritten. The lock is an
advisory ``flock`` on ``BOT_DATA_DIR/bot.lock``: the system releases it when the process ends,
however it ends (even ``kill -9``), so a stale lock never blocks a restart.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path
from types import TracebackType
from typing import IO

from bot.config import ConfigError

LOCK_FILENAME = "bot.lock"


def usable_data_dir(data_dir: Path) -> None:
    """``BOT_DATA_DIR`` is a directory this process can use (created, private, if missing),
    or ``ConfigError`` saying why not, in one line."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not os.access(data_dir, os.R_OK | os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, "permission denied")
    except FileExistsError:
        raise ConfigError(f"BOT_DATA_DIR {data_dir} is a file, not a directory") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ConfigError(f"BOT_DATA_DIR {data_dir} cannot be used: {reason}") from None


class InstanceLock:
    """Held while the object lives, or for a ``with`` block (``release`` or the process's end
    lets it go)."""

    def __init__(self, data_dir: Path) -> None:
        usable_data_dir(data_dir)
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

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
