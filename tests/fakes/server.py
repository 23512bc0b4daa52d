"""A fake Telegram Bot API server for end-to-end tests, over real HTTP on 127.0.0.1.

It speaks the parts of the Bot API the bot uses, and it rejects what Telegram rejects, with
Telegram-shaped errors (``{"ok": false, "error_code": 400, "description": "Bad Request: ..."}``):
text over 4096 characters after entity parsing, empty text, HTML with tags Telegram refuses or
unbalanced tags, callback data over 64 bytes, more than 8 buttons in a row or 100 in all,
unknown methods, unknown parameters. It records every call, serves ``getUpdates`` from a queue
(long polling with a timeout) or delivers the queue to a webhook, and can simulate flood
limits (429 with ``retry_after``), a user who blocked the bot (403), server errors and dropped
connections. Telegram's own flood limit (about 30 messages a second across all chats, then 429
with ``retry_after``) is opt-in: ``FakeBotApi(flood=FloodLimit())`` or ``limit_floods()``
(``tests/fakes/flood.py``).

The limits below are copied from the Bot API 10.1 reference; nothing is read at run time.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from aiohttp import web

from tests.fakes.flood import Clock, FloodControl, FloodLimit
from tests.fakes.html import parse_text, utf16_length
from tests.fakes.keyboards import check_reply_markup
from tests.fakes.people import Person
from tests.fakes.protocol import (
    _CHAT_ACTIONS,
    _COMMAND_SCOPES,
    _JSON,
    _METHOD_BY_LOWER,
    BOT_USERNAME,
    CALLBACK_ANSWER_LIMIT,
    CAPTION_LIMIT,
    COMMAND_DESCRIPTION_LIMIT,
    COMMANDS_LIMIT,
    DESCRIPTION_LIMIT,
    JSON,
    MESSAGE_LIMIT,
    METHODS,
    SHORT_DESCRIPTION_LIMIT,
    TOKEN,
    ApiError,
    bad_request,
)
from tests.fakes.world import Call, Chat, Fault, FaultKind, StoredMessage, _as_int


class FakeBotApi:
    """The fake server. ``await start()``, point the bot at ``root_url``, ``await stop()``."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        username: str = BOT_USERNAME,
        flood: FloodLimit | None = None,
    ) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Sjögren helper (test)",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.chats: dict[int, Chat] = {}
        self.users: dict[int, JSON] = {}
        self.blocked: set[int] = set()
        self.faults: list[Fault] = []
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.webhook_url: str = ""
        self.webhook_secret: str | None = None
        self.pending: list[JSON] = []
        self.delivered_ids: set[int] = set()
        self.open_callback_queries: set[str] = set()
        self.polls_waiting = 0  # getUpdates calls waiting for updates right now
        self.answered_callback_queries: list[str] = []
        self.flood: FloodControl | None = FloodControl(flood) if flood is not None else None
        self._update_ids = itertools.count(700_000)
        self._user_ids = itertools.count(5_000_001)
        self._group_ids = itertools.count(1_000_000_001)
        self._callback_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = False
        self._in_flight = 0
        self._runner: web.AppRunner | None = None
        self._deliverer: asyncio.Task[None] | None = None
        self._client: aiohttp.ClientSession | None = None
        self.port = 0

    # ---- lifecycle --------------------------------------------------------------------------

    @property
    def root_url(self) -> str:
        """What ``TELEGRAM_API_BASE_URL`` should be set to."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """python-telegram-bot's ``base_url`` (the token is appended to it)."""
        return f"{self.root_url}/bot"

    async def start(self, port: int = 0) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{path:.*}", self._not_found)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]
        self._closing = False

    async def stop(self) -> None:
        self._closing = True
        await self._notify()
        if self._deliverer is not None:
            self._deliverer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._deliverer
            self._deliverer = None
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---- scripting --------------------------------------------------------------------------

    def inject(
        self,
        kind: FaultKind,
        *,
        method: str | None = None,
        chat_id: int | None = None,
        times: int = 1,
        value: float = 1,
    ) -> Fault:
        """Make the next ``times`` matching calls fail (``value``: retry_after, status, delay)."""
        fault = Fault(kind, method, chat_id, times, value)
        self.faults.append(fault)
        return fault

    def limit_floods(
        self, limit: FloodLimit | None = None, *, clock: Clock | None = None
    ) -> FloodControl:
        """Enforce Telegram's flood limit from now on (default: 30 a second, bursts of 30);
        ``clock`` replaces ``time.monotonic`` for the buckets."""
        self.flood = FloodControl(limit or FloodLimit(), clock=clock or time.monotonic)
        return self.flood

    def block(self, chat_id: int) -> None:
        """The person blocked the bot: every call for their chat gets 403 from now on."""
        self.blocked.add(chat_id)

    def person(self, *, first_name: str = "Ana", language_code: str | None = "en") -> Person:
        """A new Telegram user with a private chat with the bot."""
        user_id = next(self._user_ids)
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        self.users[user_id] = user
        chat = self._chat({"id": user_id, "type": "private", "first_name": first_name})
        return Person(self, user, chat)

    def group(self, *, title: str = "Sjögren support group", kind: str = "supergroup") -> Chat:
        """A group chat the bot is a member of."""
        group_id = -next(self._group_ids) if kind == "group" else -(10**12 + next(self._group_ids))
        return self._chat({"id": group_id, "type": kind, "title": title})

    def _chat(self, info: JSON) -> Chat:
        chat = Chat(info)
        self.chats[chat.id] = chat
        return chat

    def push(self, update: JSON) -> int:
        """Queue an update (``update_id`` assigned unless present); returns its id."""
        if "update_id" not in update:
            update = {"update_id": next(self._update_ids), **update}
        self.pending.append(update)
        self._notify_soon()
        return int(update["update_id"])

    def user_message(
        self, person_or_chat: Person | Chat, sender: JSON, **content: Any
    ) -> StoredMessage:
        """Store a message a person wrote (it is part of the chat afterwards)."""
        chat = person_or_chat.chat if isinstance(person_or_chat, Person) else person_or_chat
        message = StoredMessage(
            message_id=chat.next_message_id,
            chat=chat.info,
            sender=sender,
            date=int(time.time()),
        )
        chat.next_message_id += 1
        chat.messages[message.message_id] = message
        return message

    # ---- assertions -------------------------------------------------------------------------

    def calls_to(
        self, method: str, *, chat_id: int | None = None, ok: bool | None = None
    ) -> list[Call]:
        return [
            call
            for call in self.calls
            if call.method == method
            and (chat_id is None or _as_int(call.params.get("chat_id")) == chat_id)
            and (ok is None or call.ok == ok)
        ]

    def failed_calls(self, *, injected: bool = False) -> list[Call]:
        """Calls the server refused; by default without the ones refused by a scripted fault."""
        return [
            call
            for call in self.calls
            if not call.ok and (injected or not call.response.get("injected"))
        ]

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        chat = self.chats[chat_id]
        return [m for m in chat.messages.values() if m.from_bot]

    async def wait_for(self, predicate: Callable[[], bool], *, timeout: float = 5.0) -> None:
        """Wait until ``predicate()`` holds (checked after every call the bot makes)."""
        async with asyncio.timeout(timeout):
            async with self._changed:
                await self._changed.wait_for(predicate)

    async def idle(self, *, quiet: float = 0.25, timeout: float = 15.0) -> None:
        """Wait until every queued update was fetched and the bot made no call for ``quiet``."""
        async with asyncio.timeout(timeout):
            while True:
                count = len(self.calls)
                await asyncio.sleep(quiet)
                if not self.pending and not self._in_flight_work() and len(self.calls) == count:
                    return

    def _in_flight_work(self) -> bool:
        return self._in_flight > 0

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _notify_soon(self) -> None:
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().create_task(self._notify())

    # ---- HTTP -------------------------------------------------------------------------------

    async def _not_found(self, request: web.Request) -> web.Response:
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    def _route(self, request: web.Request) -> str | web.Response:
        """The Bot API method a request calls, or Telegram's answer to a wrong token or path."""
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = _METHOD_BY_LOWER.get(request.match_info["method"].lower())
        if method is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return method

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = self._route(request)
        if isinstance(method, web.Response):
            return method
        is_long_poll = method == "getUpdates"
        if not is_long_poll:
            self._in_flight += 1
        try:
            params, files = await _read_parameters(request, METHODS[method])
            fault = self._take_fault(method, params)
            if fault is not None and fault.kind == "drop":
                self._record(request, method, params, files, 0, {"injected": True, "dropped": True})
                assert request.transport is not None
                request.transport.abort()
                raise web.HTTPServiceUnavailable()
            try:
                if fault is not None:
                    await self._apply_fault(fault)
                unknown = sorted(set(params) - set(METHODS[method]) - set(files))
                if unknown:
                    raise bad_request(f'unknown parameter "{unknown[0]}" for method {method}')
                chat_id = _as_int(params.get("chat_id"))
                if chat_id is not None and chat_id in self.blocked:
                    raise ApiError(403, "Forbidden: bot was blocked by the user")
                if self.flood is not None:
                    self.flood.admit(method, chat_id)
                result = await getattr(self, f"_m_{method}")(params, files)
            except ApiError as error:
                body = error.body()
                if fault is not None:
                    body["injected"] = True
                self._record(request, method, params, files, error.code, body)
                return web.json_response(_public(body), status=error.code)
            body = {"ok": True, "result": result}
            self._record(request, method, params, files, 200, body)
            return web.json_response(body)
        finally:
            if not is_long_poll:
                self._in_flight -= 1
            await self._notify()

    def _record(
        self,
        request: web.Request,
        method: str,
        params: JSON,
        files: dict[str, bytes],
        status: int,
        body: JSON,
    ) -> None:
        transport = request.transport
        peer = transport.get_extra_info("peername") if transport is not None else None
        self.calls.append(Call(method, params, files, status, body, peer))

    def _take_fault(self, method: str, params: JSON) -> Fault | None:
        for fault in self.faults:
            if fault.times > 0 and fault.matches(method, params):
                fault.times -= 1
                return fault
        return None

    async def _apply_fault(self, fault: Fault) -> None:
        if fault.kind == "retry_after":
            seconds = int(fault.value)
            raise ApiError(
                429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}
            )
        if fault.kind == "server_error":
            raise ApiError(int(fault.value), "Internal Server Error")
        if fault.kind == "forbidden":
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if fault.kind == "delay":
            await asyncio.sleep(fault.value)

    # ---- methods ----------------------------------------------------------------------------

    async def _m_getMe(self, params: JSON, files: dict[str, bytes]) -> JSON:
        return dict(self.bot_user)

    async def _m_logOut(self, params: JSON, files: dict[str, bytes]) -> bool:
        return True

    async def _m_close(self, params: JSON, files: dict[str, bytes]) -> bool:
        return True

    async def _m_getUpdates(self, params: JSON, files: dict[str, bytes]) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset")) or 0
        limit = _as_int(params.get("limit")) or 100
        if not 1 <= limit <= 100:
            raise bad_request("limit must be between 1 and 100")
        timeout = float(params.get("timeout") or 0)
        if offset:
            self._confirm(offset)
            await self._notify()

        def ready() -> bool:
            return self._closing or any(u["update_id"] >= offset for u in self.pending)

        self.polls_waiting += 1
        await self._notify()
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    async with self._changed:
                        await self._changed.wait_for(ready)
        finally:
            self.polls_waiting -= 1
        if self._closing:
            return []
        batch = [u for u in self.pending if u["update_id"] >= offset][:limit]
        self.delivered_ids.update(u["update_id"] for u in batch)
        return batch

    def _confirm(self, offset: int) -> None:
        self.pending = [u for u in self.pending if u["update_id"] >= offset]

    async def _m_setWebhook(self, params: JSON, files: dict[str, bytes]) -> bool:
        url = params.get("url", "")
        if not isinstance(url, str):
            raise bad_request("url must be a string")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        if url and not (
            url.startswith("https://") or url.startswith(("http://127.0.0.1", "http://localhost"))
        ):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            self.pending.clear()
        self.webhook_url = url
        self.webhook_secret = str(secret) if secret is not None else None
        if url and self._deliverer is None:
            self._deliverer = asyncio.get_running_loop().create_task(self._deliver_webhooks())
        return True

    async def _m_deleteWebhook(self, params: JSON, files: dict[str, bytes]) -> bool:
        if params.get("drop_pending_updates"):
            self.pending.clear()
        self.webhook_url = ""
        self.webhook_secret = None
        return True

    async def _m_getWebhookInfo(self, params: JSON, files: dict[str, bytes]) -> JSON:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }

    async def _deliver_webhooks(self) -> None:
        """Deliver queued updates to the webhook in order, retrying on failure (like Telegram)."""
        self._client = aiohttp.ClientSession()
        while True:
            async with self._changed:
                await self._changed.wait_for(lambda: bool(self.webhook_url and self.pending))
            update = self.pending[0]
            headers = {"Content-Type": "application/json"}
            if self.webhook_secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
            try:
                async with self._client.post(
                    self.webhook_url, data=json.dumps(update), headers=headers
                ) as response:
                    delivered = response.status == 200
            except aiohttp.ClientError:
                delivered = False
            if delivered:
                if self.pending and self.pending[0] is update:
                    self.pending.pop(0)
                self.delivered_ids.add(update["update_id"])
                await self._notify()
            else:
                await asyncio.sleep(0.1)

    def _target_chat(self, params: JSON) -> Chat:
        if "chat_id" not in params:
            raise bad_request("chat_id is empty")
        chat_id = _as_int(params["chat_id"])
        if chat_id is None or chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def _new_bot_message(self, chat: Chat) -> StoredMessage:
        message = StoredMessage(
            message_id=chat.next_message_id,
            chat=chat.info,
            sender=self.bot_user,
            date=int(time.time()),
        )
        chat.next_message_id += 1
        return message

    async def _m_sendMessage(self, params: JSON, files: dict[str, bytes]) -> JSON:
        chat = self._target_chat(params)
        if "text" not in params:
            raise bad_request("message text is empty")
        _check_entities_param(params)
        text, entities = parse_text(
            str(params["text"]), params.get("parse_mode"), limit=MESSAGE_LIMIT, what="message"
        )
        markup = check_reply_markup(params.get("reply_markup"))
        message = self._new_bot_message(chat)
        message.text, message.html, message.entities = text, str(params["text"]), entities
        message.reply_markup = markup
        chat.messages[message.message_id] = message
        return message.to_api()

    def _editable(self, params: JSON) -> StoredMessage:
        if "inline_message_id" in params:
            raise bad_request("inline messages are not implemented by this fake")
        chat = self._target_chat(params)
        message_id = _as_int(params.get("message_id"))
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is None:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    async def _m_editMessageText(self, params: JSON, files: dict[str, bytes]) -> JSON:
        message = self._editable(params)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        if "text" not in params:
            raise bad_request("text must be non-empty")
        _check_entities_param(params)
        text, entities = parse_text(
            str(params["text"]), params.get("parse_mode"), limit=MESSAGE_LIMIT, what="message"
        )
        markup = check_reply_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise _not_modified()
        message.text, message.html, message.entities = text, str(params["text"]), entities
        message.reply_markup = markup
        message.edits += 1
        return message.to_api()

    async def _m_editMessageReplyMarkup(self, params: JSON, files: dict[str, bytes]) -> JSON:
        message = self._editable(params)
        markup = check_reply_markup(params.get("reply_markup"))
        if markup == message.reply_markup:
            raise _not_modified()
        message.reply_markup = markup
        message.edits += 1
        return message.to_api()

    async def _m_answerCallbackQuery(self, params: JSON, files: dict[str, bytes]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.open_callback_queries:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and utf16_length(str(text)) > CALLBACK_ANSWER_LIMIT:
            raise bad_request("MESSAGE_TOO_LONG")
        self.open_callback_queries.discard(query_id)
        self.answered_callback_queries.append(query_id)
        return True

    async def _m_sendPhoto(self, params: JSON, files: dict[str, bytes]) -> JSON:
        chat = self._target_chat(params)
        photo = files.get("photo")
        reference = params.get("photo")
        if photo is None and isinstance(reference, str) and reference.startswith("attach://"):
            photo = files.get(reference.removeprefix("attach://"))
        if photo is None:
            raise bad_request("this fake only accepts uploaded photos (multipart/form-data)")
        if not photo.startswith(b"\x89PNG\r\n\x1a\n") and not photo.startswith(b"\xff\xd8"):
            raise bad_request("IMAGE_PROCESS_FAILED")
        caption: str | None = None
        entities: list[JSON] = []
        if params.get("caption"):
            caption, entities = parse_text(
                str(params["caption"]),
                params.get("parse_mode"),
                limit=CAPTION_LIMIT,
                what="caption",
            )
        markup = check_reply_markup(params.get("reply_markup"))
        message = self._new_bot_message(chat)
        message.photo, message.caption, message.entities = photo, caption, entities
        message.reply_markup = markup
        chat.messages[message.message_id] = message
        return message.to_api()

    async def _m_sendChatAction(self, params: JSON, files: dict[str, bytes]) -> bool:
        self._target_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _scope_key(self, params: JSON) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in _COMMAND_SCOPES:
            raise bad_request("can't parse BotCommandScope")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("LANG_CODE_INVALID")
        return json.dumps(scope, sort_keys=True), language

    async def _m_setMyCommands(self, params: JSON, files: dict[str, bytes]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("commands must be an Array of BotCommand")
        if len(commands) > COMMANDS_LIMIT:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict) or set(command) != {"command", "description"}:
                raise bad_request("can't parse BotCommand")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command["command"])):
                raise bad_request("BOT_COMMAND_INVALID")
            description = str(command["description"])
            if not description.strip() or len(description) > COMMAND_DESCRIPTION_LIMIT:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._scope_key(params)] = list(commands)
        return True

    async def _m_deleteMyCommands(self, params: JSON, files: dict[str, bytes]) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    async def _m_getMyCommands(self, params: JSON, files: dict[str, bytes]) -> list[JSON]:
        return self.commands.get(self._scope_key(params), [])

    def _language(self, params: JSON) -> str:
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("LANG_CODE_INVALID")
        return language

    async def _m_setMyDescription(self, params: JSON, files: dict[str, bytes]) -> bool:
        description = str(params.get("description") or "")
        if len(description) > DESCRIPTION_LIMIT:
            raise bad_request("BOT_DESCRIPTION_INVALID")
        self.descriptions[self._language(params)] = description
        return True

    async def _m_getMyDescription(self, params: JSON, files: dict[str, bytes]) -> JSON:
        return {"description": self.descriptions.get(self._language(params), "")}

    async def _m_setMyShortDescription(self, params: JSON, files: dict[str, bytes]) -> bool:
        description = str(params.get("short_description") or "")
        if len(description) > SHORT_DESCRIPTION_LIMIT:
            raise bad_request("BOT_SHORT_DESCRIPTION_INVALID")
        self.short_descriptions[self._language(params)] = description
        return True

    async def _m_getMyShortDescription(self, params: JSON, files: dict[str, bytes]) -> JSON:
        return {"short_description": self.short_descriptions.get(self._language(params), "")}

    # ---- updates ----------------------------------------------------------------------------

    def new_callback_query_id(self) -> str:
        query_id = f"cbq{next(self._callback_ids)}"
        self.open_callback_queries.add(query_id)
        return query_id


def _not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly "
        "the same as a current content and reply markup of the message"
    )


def _check_entities_param(params: JSON) -> None:
    if params.get("entities") and params.get("parse_mode"):
        raise bad_request("entities and parse_mode can't be used together")


def _public(body: JSON) -> JSON:
    return {key: value for key, value in body.items() if key != "injected"}


async def _read_parameters(
    request: web.Request, spec: dict[str, bool]
) -> tuple[JSON, dict[str, bytes]]:
    """Parameters from the query string, a urlencoded or JSON body, or multipart form data."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, bytes] = {}
    content_type = request.content_type
    if request.method == "POST" and request.can_read_body:
        if content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise bad_request("request body must be a JSON object")
            return {**{k: _decode(v, spec.get(k, _JSON)) for k, v in raw.items()}, **body}, files
        if content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                    continue
                if part.filename is not None:
                    files[part.name] = bytes(await part.read())
                else:
                    raw[part.name] = await part.text()
        else:
            form = await request.post()
            raw.update({key: value for key, value in form.items() if isinstance(value, str)})
    return {key: _decode(value, spec.get(key, _JSON)) for key, value in raw.items()}, files


def _decode(value: Any, is_string: bool) -> Any:
    if is_string or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
