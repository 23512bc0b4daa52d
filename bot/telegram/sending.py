"""What every caller of the Bot API shares: how long a flood limit asks to wait, retries for
the few calls made outside the outbox (the bot's profile), and logging a failure without
personal data.

Sends and edits (``bot.telegram.delivery``) go through ``Bot.do_api_request``: the answers are
never read, and python-telegram-bot's typed methods would build a ``Message`` from every
answer, a quarter of a millisecond of CPU per step for nothing. Errors are raised exactly as
from the typed methods.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import traceback
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger("bot.telegram")

SEND_ATTEMPTS = 4
# python-telegram-bot nudges callers of ``do_api_request`` towards its typed methods; the
# shell calls it on purpose for the calls whose answers it never reads.
UNREAD_CALLS_NUDGE = (
    r"Please use 'Bot\.(sendMessage|editMessageText|editMessageReplyMarkup|getUpdates)'"
)

T = TypeVar("T")


def retry_seconds(error: RetryAfter) -> float:
    """The wait a flood limit asks for, whichever type python-telegram-bot uses for it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: int | dt.timedelta = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def with_retries(call: Callable[[], Awaitable[T]], *, attempts: int = SEND_ATTEMPTS) -> T:
    """Call the Bot API: wait out flood limits (429) and retry network errors; a refused
    request (400, 403) is not retried."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as error:
            if attempt == attempts:
                raise
            await asyncio.sleep(retry_seconds(error))
        except (BadRequest, Forbidden, InvalidToken):
            raise
        except NetworkError:  # includes TimedOut and 5xx answers
            if attempt == attempts:
                raise
            await asyncio.sleep(0.2 * 2**attempt)
    raise AssertionError("unreachable")


def log_failure(what: str, error: BaseException) -> None:
    """Log an error by type and place only: messages and tracebacks' values may carry what a
    person wrote or who they are."""
    frames = traceback.extract_tb(error.__traceback__)[-5:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error("%s: %s at %s", what, type(error).__name__, where or "?")
