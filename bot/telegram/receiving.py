"""Receiving updates: long polling or a webhook, each update stored before Telegram is told it
arrived (``storage.inbox``), then handed to python-telegram-bot's queue.

Polling confirms a batch (the next ``getUpdates`` offset) only after it is stored; the webhook
answers 200 only after. At start-up what was stored and not handled is replayed first. An
update that cannot be read is set aside with a log line that names nothing in it; it is never
retried in a loop.

The webhook checks Telegram's secret header before it reads a body, refuses a body over 1 MB,
and never logs what an update holds. A rejected token (401), another instance using the same
token (409), or an inbox that cannot be written is fatal: the bot stops with one line, so
that a supervisor restarts it and the operator sees why.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Callable, Sequence
from typing import Any, Final

from aiohttp import web
from telegram import Update
from telegram.error import (
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.telegram.health import listen_on
from bot.telegram.sending import log_failure, retry_seconds
from storage.inbox import Inbox, Received

log = logging.getLogger("bot.telegram")

MAX_BODY: Final = 1024 * 1024
LONG_POLL_SECONDS: Final = 25
SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"

# What handling needs of a person or a chat; names and usernames are never stored.
_USER_KEYS: Final = ("id", "is_bot", "language_code")
_CHAT_KEYS: Final = ("id", "type")
_MESSAGE_KEYS: Final = ("message_id", "date", "edit_date", "text", "entities", "reply_markup")
_CALLBACK_KEYS: Final = ("id", "chat_instance", "data", "inline_message_id")


def trim(raw: dict[str, Any]) -> dict[str, Any]:
    """An update with only what handling needs: ids, the language, the text typed, a button's
    data; no names, usernames, contacts, media or captions. ``KeyError``/``TypeError`` when
    it is not an update."""
    trimmed: dict[str, Any] = {"update_id": int(raw["update_id"])}
    for kind in ("message", "edited_message"):
        if kind in raw:
            trimmed[kind] = _message(raw[kind])
    if "callback_query" in raw:
        query = raw["callback_query"]
        kept: dict[str, Any] = {key: query[key] for key in _CALLBACK_KEYS if key in query}
        kept["from"] = _user(query["from"])
        if isinstance(query.get("message"), dict):
            kept["message"] = _message(query["message"])
        trimmed["callback_query"] = kept
    return trimmed


def _message(message: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {key: message[key] for key in _MESSAGE_KEYS if key in message}
    kept["chat"] = {key: message["chat"][key] for key in _CHAT_KEYS}
    if "from" in message:
        kept["from"] = _user(message["from"])
    if "forward_origin" in message:
        origin = message["forward_origin"]
        kept["forward_origin"] = {
            "type": "hidden_user",
            "date": origin["date"],
            "sender_user_name": "",
        }
    if "new_chat_members" in message:
        kept["new_chat_members"] = [_user(user) for user in message["new_chat_members"]]
    # Media, stickers, contacts and captions are dropped: without text, the message is one
    # the bot cannot read, which is all it needs to know.
    return kept


def _user(user: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {key: user[key] for key in _USER_KEYS if key in user}
    kept["first_name"] = ""  # required by the Bot API's schema; the name itself is not kept
    if user.get("is_bot") and "username" in user:
        kept["username"] = user["username"]  # a bot's (this one, added to a group)
    return kept


def _chat_of(update: dict[str, Any]) -> int | None:
    for kind in ("message", "edited_message"):
        if kind in update:
            return int(update[kind]["chat"]["id"])
    query = update.get("callback_query")
    if query is not None:
        return int(query["from"]["id"])
    return None


class Fatal(Exception):
    """The bot cannot go on; the message says why, in one line."""


class Receiver:
    """Stores each update, then hands it to ``put`` (python-telegram-bot's update queue)."""

    def __init__(
        self,
        bot: Any,
        inbox: Inbox,
        put: Callable[[Update], Any],
        *,
        allowed_updates: Sequence[str],
        replayed: set[int] | None = None,
        polled: Callable[[], None] = lambda: None,
    ) -> None:
        self.bot = bot
        self.inbox = inbox
        self.put = put
        self.allowed_updates = list(allowed_updates)
        self.replayed = replayed if replayed is not None else set()
        self.polled = polled
        self.received = 0
        self.set_aside = 0

    async def replay(self) -> int:
        """Hand over what was stored and not handled before a restart; how many."""
        again, worn_out = self.inbox.replay()
        if worn_out:
            log.warning("%d updates failed repeatedly and were set aside", worn_out)
        for received in again:
            self.replayed.add(received.update_id)
            await self._hand_over(received)
        return len(again)

    async def accept(self, raw_updates: Sequence[Any]) -> int | None:
        """Store a batch, then hand each update over; the highest update id seen."""
        stored: list[Received] = []
        unreadable: list[int] = []
        highest: int | None = None
        for raw in raw_updates:
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            if not isinstance(update_id, int):
                log.warning("Telegram sent something that is not an update; it was ignored")
                continue
            highest = update_id if highest is None else max(highest, update_id)
            try:
                trimmed = trim(raw)
                stored.append(Received(update_id, _chat_of(trimmed), trimmed))
            except (KeyError, TypeError, ValueError, AttributeError):
                unreadable.append(update_id)
        try:
            self.inbox.receive(stored)
            for update_id in unreadable:
                self._set_aside(update_id)
        except Exception as error:
            log_failure("storing received updates failed", error)
            raise Fatal("The database cannot be written (see the log); stopping.") from None
        for received in stored:
            await self._hand_over(received)
        return highest

    async def _hand_over(self, received: Received) -> None:
        try:
            update = Update.de_json(received.payload, self.bot)
        except Exception:
            self._set_aside(received.update_id)
            return
        self.received += 1
        await self.put(update)

    def _set_aside(self, update_id: int) -> None:
        self.set_aside += 1
        log.warning("an update could not be read and was set aside")
        self.inbox.set_aside(update_id, "unreadable")

    # ---- long polling -------------------------------------------------------------------------

    async def poll(self, stop: asyncio.Event, ready: asyncio.Event | None = None) -> None:
        """Fetch updates until ``stop``; each batch is confirmed by the next fetch's offset,
        after it is stored. Raises ``Fatal`` for a rejected token or a second instance."""
        await self._call(self.bot.delete_webhook, drop_pending_updates=False)
        self.polled()
        offset = 0
        pause = 0.5
        if ready is not None:
            ready.set()
        while not stop.is_set():
            try:
                batch = await _until_stopped(stop, self._get_updates(offset))
            except (TimeoutError, TimedOut):
                continue
            except RetryAfter as error:
                await _sleep(stop, retry_seconds(error))
                continue
            except (InvalidToken, EndPointNotFound, Forbidden):
                raise Fatal(
                    "The Telegram Bot API rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)."
                ) from None
            except Conflict:
                raise Fatal(
                    "Another bot instance is using TELEGRAM_BOT_TOKEN (polling or a webhook); "
                    "run only one."
                ) from None
            except (NetworkError, TelegramError) as error:
                log_failure("fetching updates failed; trying again", error)
                await _sleep(stop, pause)
                pause = min(30.0, pause * 2)
                continue
            if batch is None:  # stopped
                return
            self.polled()
            pause = 0.5
            highest = await self.accept(batch)
            if highest is not None:
                offset = highest + 1

    async def _get_updates(self, offset: int) -> list[Any]:
        result = await self.bot.do_api_request(
            "getUpdates",
            api_kwargs={
                "offset": offset,
                "timeout": LONG_POLL_SECONDS,
                "allowed_updates": self.allowed_updates,
            },
            read_timeout=LONG_POLL_SECONDS + 10,
        )
        return list(result) if isinstance(result, list) else []

    async def _call(self, method: Callable[..., Any], **kwargs: Any) -> None:
        try:
            await method(**kwargs)
        except (InvalidToken, EndPointNotFound):
            raise Fatal(
                "The Telegram Bot API rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)."
            ) from None

    # ---- webhook ------------------------------------------------------------------------------

    async def serve_webhook(
        self, *, listen: str, port: int, path: str, url: str, secret: str
    ) -> web.AppRunner:
        """Listen for Telegram's requests, then register the webhook. Returns the runner to
        clean up when stopping."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post("/" + path.lstrip("/"), self._webhook_handler(secret))
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        await listen_on(runner, listen, port, "WEBHOOK_PORT")
        await self._call(
            self.bot.set_webhook,
            url=url,
            secret_token=secret,
            allowed_updates=self.allowed_updates,
        )
        return runner

    def _webhook_handler(self, secret: str) -> Callable[[web.Request], Any]:
        expected = secret.encode()

        async def handle(request: web.Request) -> web.Response:
            given = request.headers.get(SECRET_HEADER, "").encode()
            if not hmac.compare_digest(given, expected):
                return web.Response(status=403)
            if request.content_length is not None and request.content_length > MAX_BODY:
                return web.Response(status=413)
            try:
                data = json.loads(await request.read())
            except web.HTTPRequestEntityTooLarge:
                return web.Response(status=413)
            except ValueError:
                log.warning("the webhook received a body that is not JSON; it was refused")
                return web.Response(status=400)
            if not isinstance(data, dict):
                return web.Response(status=400)
            await self.accept([data])
            return web.Response(status=200)

        return handle


async def _until_stopped(stop: asyncio.Event, call: Any) -> Any:
    """``call``'s result, or None when ``stop`` is set first (the call is cancelled)."""
    task = asyncio.ensure_future(call)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        done, _ = await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    except BaseException:  # cancelled: the call goes too, and its outcome is collected
        task.cancel()
        task.add_done_callback(_collect)
        raise
    finally:
        stopper.cancel()
    if task in done:
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    return None


def _collect(task: asyncio.Future[Any]) -> None:
    """Retrieve a finished call's outcome, so that nothing reports it as never retrieved."""
    if not task.cancelled():
        task.exception()


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await stop.wait()
