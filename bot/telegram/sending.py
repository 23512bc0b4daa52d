"""Talking to Telegram: sending screens, editing the message whose button was pressed,
answering presses; retries for flood limits and network errors.

Sends and edits go through ``Bot.do_api_request``: the answers are never read, and
python-telegram-bot's typed methods would build a ``Message`` from every answer, a quarter of
a millisecond of CPU per step for nothing. Errors are raised exactly as from the typed methods.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import traceback
import warnings
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

from telegram import InputFile, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.paragraphs import utf16_length
from bot.telegram import render
from bot.telegram.render import OutgoingMessage
from bot.texts import Localizer
from dialogs.model import Label, Screen

log = logging.getLogger("bot.telegram")

SEND_ATTEMPTS = 4
NO_LINK_PREVIEW: Final[dict[str, object]] = {"is_disabled": True}  # never modified
# python-telegram-bot nudges callers of ``do_api_request`` towards its typed methods; the
# shell calls it on purpose for the calls whose answers it never reads.
UNREAD_CALLS_NUDGE = r"Please use 'Bot\.(sendMessage|editMessageText|editMessageReplyMarkup)'"

T = TypeVar("T")


class Sender:
    """Sends and edits messages for one bot."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot

    async def screens(
        self,
        chat_id: int,
        screens: Sequence[Screen],
        localizer: Localizer,
        *,
        share_link: str | None = None,
        qr: Callable[[str], bytes] | None = None,
    ) -> None:
        """Every screen, in order; a sharing screen with its link and QR code."""
        for screen in screens:
            link = share_link if screen.share else None
            for message in render.render_screen(screen, localizer, share_link=link):
                await self.message(chat_id, message)
            if link is not None and qr is not None:
                await self.photo(chat_id, qr(link), render.qr_caption(localizer))

    async def message(self, chat_id: int, message: OutgoingMessage) -> None:
        parameters: dict[str, object] = {
            "chat_id": chat_id,
            "text": message.text,
            "parse_mode": ParseMode.HTML,
            "link_preview_options": NO_LINK_PREVIEW,
        }
        if message.keyboard is not None:
            parameters["reply_markup"] = render.keyboard_json(message.keyboard)
        await with_retries(self._unread("sendMessage", **parameters))

    async def keyboard(self, message: Message, screen: Screen, localizer: Localizer) -> None:
        """A tick: the question's keyboard edited in place."""
        markup = render.question_keyboard(screen, localizer)
        await self._quietly(
            self._unread(
                "editMessageReplyMarkup",
                chat_id=message.chat.id,
                message_id=message.message_id,
                reply_markup=render.keyboard_json(markup),
            )
        )

    async def answered(
        self, message: Message, labels: Sequence[Label], localizer: Localizer
    ) -> None:
        """The answered question's message shows the answer and loses its keyboard."""
        text = None
        if labels and message.text:
            text = render.answered_text(
                message.text_html, utf16_length(message.text), labels, localizer
            )
        if text is None:
            await self.remove_keyboard(message)
            return
        await self._quietly(
            self._unread(
                "editMessageText",
                chat_id=message.chat.id,
                message_id=message.message_id,
                text=text,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_LINK_PREVIEW,
            )
        )

    async def remove_keyboard(self, message: Message) -> None:
        if message.reply_markup is None:
            return
        await self._quietly(
            self._unread(
                "editMessageReplyMarkup", chat_id=message.chat.id, message_id=message.message_id
            )
        )

    async def photo(self, chat_id: int, png: bytes, caption: str) -> None:
        await with_retries(
            lambda: self.bot.send_photo(
                chat_id,
                InputFile(png, filename="sjogren-bot-qr.png"),
                caption=caption,
                parse_mode=ParseMode.HTML,
            )
        )

    async def _quietly(self, call: Callable[[], Awaitable[object]]) -> None:
        """An edit that may fail harmlessly (the message is gone, or already shows this)."""
        with contextlib.suppress(BadRequest):
            await with_retries(call)

    def _unread(self, method: str, **parameters: object) -> Callable[[], Awaitable[object]]:
        """A Bot API call whose answer the bot never reads (arguments are plain JSON)."""
        return lambda: self.bot.do_api_request(method, api_kwargs=dict(parameters))


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
