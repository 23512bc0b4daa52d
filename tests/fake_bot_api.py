"""A fake Telegram Bot API server for end-to-end tests, over real HTTP on 127.0.0.1.

It speaks the parts of the Bot API the bot uses, and it rejects what Telegram rejects, with
Telegram-shaped errors (``{"ok": false, "error_code": 400, "description": "Bad Request: ..."}``):
text over 4096 characters after entity parsing, empty text, HTML with tags Telegram refuses or
unbalanced tags, callback data over 64 bytes, more than 8 buttons in a row or 100 in all,
unknown methods, unknown parameters. It records every call, serves ``getUpdates`` from a queue
(long polling with a timeout) or delivers the queue to a webhook, and can simulate flood
limits (429 with ``retry_after``), a user who blocked the bot (403), server errors and dropped
connections.

The limits below are copied from the Bot API 10.1 reference; nothing is read at run time.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
from aiohttp import web

JSON = dict[str, Any]

TOKEN = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"
BOT_USERNAME = "sjogren_test_bot"

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
CALLBACK_ANSWER_LIMIT = 200
BUTTONS_PER_ROW = 8
BUTTONS_TOTAL = 100
COMMANDS_LIMIT = 100
COMMAND_DESCRIPTION_LIMIT = 256
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120

# Parameters of the methods this fake implements (Bot API 10.1). ``True`` marks a parameter
# that is a plain string on the wire; the others are JSON values (numbers, booleans, objects).
_STR = True
_JSON = False
METHODS: dict[str, dict[str, bool]] = {
    "getMe": {},
    "logOut": {},
    "close": {},
    "getUpdates": {"offset": _JSON, "limit": _JSON, "timeout": _JSON, "allowed_updates": _JSON},
    "setWebhook": {
        "url": _STR,
        "certificate": _JSON,
        "ip_address": _STR,
        "max_connections": _JSON,
        "allowed_updates": _JSON,
        "drop_pending_updates": _JSON,
        "secret_token": _STR,
    },
    "deleteWebhook": {"drop_pending_updates": _JSON},
    "getWebhookInfo": {},
    "sendMessage": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "direct_messages_topic_id": _JSON,
        "text": _STR,
        "parse_mode": _STR,
        "entities": _JSON,
        "link_preview_options": _JSON,
        "disable_notification": _JSON,
        "protect_content": _JSON,
        "allow_paid_broadcast": _JSON,
        "message_effect_id": _STR,
        "suggested_post_parameters": _JSON,
        "reply_parameters": _JSON,
        "reply_markup": _JSON,
    },
    "editMessageText": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_id": _JSON,
        "inline_message_id": _STR,
        "text": _STR,
        "parse_mode": _STR,
        "entities": _JSON,
        "link_preview_options": _JSON,
        "rich_message": _JSON,
        "reply_markup": _JSON,
    },
    "editMessageReplyMarkup": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_id": _JSON,
        "inline_message_id": _STR,
        "reply_markup": _JSON,
    },
    "answerCallbackQuery": {
        "callback_query_id": _STR,
        "text": _STR,
        "show_alert": _JSON,
        "url": _STR,
        "cache_time": _JSON,
    },
    "sendPhoto": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "direct_messages_topic_id": _JSON,
        "photo": _STR,
        "caption": _STR,
        "parse_mode": _STR,
        "caption_entities": _JSON,
        "show_caption_above_media": _JSON,
        "has_spoiler": _JSON,
        "disable_notification": _JSON,
        "protect_content": _JSON,
        "allow_paid_broadcast": _JSON,
        "message_effect_id": _STR,
        "suggested_post_parameters": _JSON,
        "reply_parameters": _JSON,
        "reply_markup": _JSON,
    },
    "sendChatAction": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "action": _STR,
    },
    "setMyCommands": {"commands": _JSON, "scope": _JSON, "language_code": _STR},
    "deleteMyCommands": {"scope": _JSON, "language_code": _STR},
    "getMyCommands": {"scope": _JSON, "language_code": _STR},
    "setMyDescription": {"description": _STR, "language_code": _STR},
    "getMyDescription": {"language_code": _STR},
    "setMyShortDescription": {"short_description": _STR, "language_code": _STR},
    "getMyShortDescription": {"language_code": _STR},
}
_METHOD_BY_LOWER = {name.lower(): name for name in METHODS}

_COMMAND_SCOPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}
_CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}


class ApiError(Exception):
    """A Telegram-shaped error response."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


# ---- Telegram HTML ------------------------------------------------------------------------

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{1,10});")


def utf16_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    offset: int
    attributes: dict[str, str]


def parse_html(source: str) -> tuple[str, list[JSON]]:
    """Parse Telegram HTML into plain text and entities, or raise ``ApiError`` as Telegram does.

    Stricter than Telegram in one way: a bare ``&`` that does not start an entity is refused,
    so that unescaped text is caught.
    """

    def fail(reason: str) -> ApiError:
        return bad_request(f"can't parse entities: {reason}")

    def byte_offset(index: int) -> int:
        return len(source[:index].encode("utf-8"))

    out: list[str] = []
    length = 0  # UTF-16 length of ``out``
    stack: list[_OpenTag] = []
    entities: list[JSON] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            if not source.startswith("</", i) and _TAG_NAME.match(source, i + 1) is None:
                raise fail(f'Unsupported start tag "" at byte offset {byte_offset(i)}')
            close = source.find(">", i)
            if close < 0:
                raise fail(f"Unclosed start tag at byte offset {byte_offset(i)}")
            if source.startswith("</", i):
                name = source[i + 2 : close].strip().lower()
                if not stack:
                    raise fail(f'Unexpected end tag "{name}" at byte offset {byte_offset(i)}')
                top = stack.pop()
                if top.name != name:
                    raise fail(
                        f"Unmatched end tag at byte offset {byte_offset(i)}, "
                        f'expected "</{top.name}>", found "</{name}>"'
                    )
                entity = _entity_for(top, length)
                if entity is not None:
                    entities.append(entity)
                i = close + 1
                continue
            match = _TAG_NAME.match(source, i + 1)
            assert match is not None
            name = match.group(0).lower()
            if name not in _ENTITY_TYPES:
                raise fail(f'Unsupported start tag "{name}" at byte offset {byte_offset(i)}')
            attributes = _parse_attributes(source[match.end() : close], fail)
            _check_tag(name, attributes, stack, fail)
            stack.append(_OpenTag(name, length, attributes))
            i = close + 1
            continue
        if char == ">":
            raise fail(f"Unexpected character '>' at byte offset {byte_offset(i)}")
        if char == "&":
            ref = _CHAR_REF.match(source, i)
            if ref is None:
                raise fail(f"Character entity expected at byte offset {byte_offset(i)}")
            decoded = _decode_reference(ref.group(1))
            if decoded is None:
                raise fail(f'Unsupported HTML entity "{ref.group(0)}"')
            out.append(decoded)
            length += utf16_length(decoded)
            i = ref.end()
            continue
        out.append(char)
        length += utf16_length(char)
        i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _parse_attributes(text: str, fail: Callable[[str], ApiError]) -> dict[str, str]:
    attributes: dict[str, str] = {}
    position = 0
    text = text.rstrip("/ ")
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _ATTRIBUTE.match(text, position)
        if match is None or match.end() == position:
            raise fail("Invalid attribute in a start tag")
        value = next((g for g in match.groups()[1:] if g is not None), "")
        attributes[match.group(1).lower()] = _unescape_attribute(value, fail)
        position = match.end()
    return attributes


def _unescape_attribute(value: str, fail: Callable[[str], ApiError]) -> str:
    def replace(match: re.Match[str]) -> str:
        decoded = _decode_reference(match.group(1))
        if decoded is None:
            raise fail(f'Unsupported HTML entity "{match.group(0)}"')
        return decoded

    return _CHAR_REF.sub(replace, value)


def _decode_reference(name: str) -> str | None:
    if name.startswith(("#x", "#X")):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return _NAMED_ENTITIES.get(name)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _check_tag(
    name: str,
    attributes: dict[str, str],
    stack: list[_OpenTag],
    fail: Callable[[str], ApiError],
) -> None:
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise fail('Tag "span" must have class "tg-spoiler"')
    if name == "a" and not attributes.get("href"):
        raise fail('Tag "a" must have attribute "href"')
    if name == "tg-emoji" and not attributes.get("emoji-id"):
        raise fail('Tag "tg-emoji" must have attribute "emoji-id"')
    if name == "code" and "class" in attributes and (not stack or stack[-1].name != "pre"):
        raise fail("Programming language can't be specified for standalone code tags")
    if name == "a" and any(tag.name == "a" for tag in stack):
        raise fail("Nested links are not allowed")


def _entity_for(tag: _OpenTag, end: int) -> JSON | None:
    if end == tag.offset:
        return None
    kind = _ENTITY_TYPES[tag.name]
    entity: JSON = {"type": kind, "offset": tag.offset, "length": end - tag.offset}
    if tag.name == "a":
        href = tag.attributes["href"]
        if href.startswith("tg://user?id="):
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(href.split("=", 1)[1]), "is_bot": False, "first_name": "?"}
        else:
            entity["url"] = href
    if tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    if tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    return entity


def parse_text(
    text: str, parse_mode: str | None, *, limit: int, what: str
) -> tuple[str, list[JSON]]:
    """The text and entities of a message or caption, validated like Telegram does."""
    entities: list[JSON] = []
    if parse_mode is None or parse_mode == "":
        plain = text
    elif parse_mode.upper() == "HTML":
        plain, entities = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} in this fake")
    if what == "message" and not plain.strip():
        raise bad_request("message text is empty")
    if utf16_length(plain) > limit:
        raise bad_request(
            "message is too long" if what == "message" else "message caption is too long"
        )
    return plain, entities


# ---- keyboards ----------------------------------------------------------------------------

_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_URL = re.compile(r"^(https?://[^\s/$.?#][^\s]*|tg://[^\s]+)$")


def check_reply_markup(markup: object) -> JSON | None:
    """Validate an inline keyboard like Telegram does; the markup to store, or None."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        raise bad_request("this fake only implements inline keyboards")
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" must be an Array of Array')
    total = 0
    for row in rows:
        if len(row) > BUTTONS_PER_ROW:
            raise bad_request("too many buttons in a row of the inline keyboard")
        total += len(row)
        for button in row:
            _check_button(button)
    if total > BUTTONS_TOTAL:
        raise bad_request("reply markup is too long")
    return markup if total else None


def _check_button(button: object) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button")
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _BUTTON_ACTIONS if key in button]
    if len(actions) != 1:
        raise bad_request("can't parse inline keyboard button: exactly one action is required")
    unknown = set(button) - {"text", "style", "icon_custom_emoji_id", *_BUTTON_ACTIONS}
    if unknown:
        raise bad_request(f"can't parse inline keyboard button: unknown field {sorted(unknown)[0]}")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not _URL.match(url):
            raise bad_request("BUTTON_URL_INVALID")


# ---- the recorded world -------------------------------------------------------------------


@dataclass
class Call:
    """One request the bot made, with the response it got."""

    method: str
    params: JSON
    files: dict[str, bytes]
    status: int
    response: JSON
    peer: tuple[str, int] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class StoredMessage:
    """A message in a chat, as the fake server keeps it."""

    message_id: int
    chat: JSON
    sender: JSON
    date: int
    text: str | None = None
    html: str | None = None
    entities: list[JSON] = field(default_factory=list)
    reply_markup: JSON | None = None
    photo: bytes | None = None
    caption: str | None = None
    edits: int = 0

    @property
    def from_bot(self) -> bool:
        return bool(self.sender.get("is_bot"))

    @property
    def buttons(self) -> list[JSON]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup["inline_keyboard"] for b in row]

    @property
    def rows(self) -> list[list[JSON]]:
        if not self.reply_markup:
            return []
        return list(self.reply_markup["inline_keyboard"])

    def to_api(self) -> JSON:
        message: JSON = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": dict(self.chat),
            "from": dict(self.sender),
        }
        if self.text is not None:
            message["text"] = self.text
            if self.entities:
                message["entities"] = self.entities
        if self.photo is not None:
            size = f"photo-{self.chat['id']}-{self.message_id}"
            message["photo"] = [
                {"file_id": size, "file_unique_id": size, "width": 512, "height": 512}
            ]
            if self.caption:
                message["caption"] = self.caption
        if self.edits:
            message["edit_date"] = self.date
        if self.reply_markup:
            message["reply_markup"] = self.reply_markup
        return message


@dataclass
class Chat:
    """A chat the fake server knows, with its messages."""

    info: JSON
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1

    @property
    def id(self) -> int:
        return int(self.info["id"])


FaultKind = Literal["retry_after", "server_error", "drop", "forbidden", "delay"]


@dataclass
class Fault:
    """A scripted failure for the next matching calls."""

    kind: FaultKind
    method: str | None = None
    chat_id: int | None = None
    times: int = 1
    value: float = 1

    def matches(self, method: str, params: JSON) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.chat_id is None or _as_int(params.get("chat_id")) == self.chat_id


def _as_int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return None


class FakeBotApi:
    """The fake server. ``await start()``, point the bot at ``root_url``, ``await stop()``."""

    def __init__(self, *, token: str = TOKEN, username: str = BOT_USERNAME) -> None:
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

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = _METHOD_BY_LOWER.get(request.match_info["method"].lower())
        if method is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
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


# ---- people ---------------------------------------------------------------------------------


class Person:
    """A Telegram user in a private chat with the bot; their actions become queued updates."""

    def __init__(self, api: FakeBotApi, user: JSON, chat: Chat) -> None:
        self.api = api
        self.user = user
        self.chat = chat

    @property
    def id(self) -> int:
        return int(self.user["id"])

    @property
    def chat_id(self) -> int:
        return self.chat.id

    def send(self, text: str, *, chat: Chat | None = None, **extra: Any) -> int:
        """The person sends text (a ``/command`` gets its bot_command entity)."""
        fields: JSON = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            fields["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(command)}
            ]
        fields.update(extra)
        return self.send_message(chat=chat, **fields)

    def send_message(self, *, chat: Chat | None = None, edited: bool = False, **fields: Any) -> int:
        """Any message (sticker, photo, voice...): ``fields`` are Message fields."""
        target = chat or self.chat
        stored = self.api.user_message(target, self.user)
        message = {**stored.to_api(), **fields}
        stored.text = fields.get("text")
        key = "edited_message" if edited else "message"
        if edited:
            message["edit_date"] = message["date"] + 1
        return self.api.push({key: message})

    def mention(self, chat: Chat, text: str | None = None) -> int:
        """The person mentions the bot in a group."""
        handle = f"@{self.api.bot_user['username']}"
        body = text or f"{handle} what is this bot?"
        start = body.index(handle)
        entity = {"type": "mention", "offset": utf16_length(body[:start]), "length": len(handle)}
        return self.send_message(chat=chat, text=body, entities=[entity])

    def send_sticker(self) -> int:
        return self.send_message(
            sticker={
                "file_id": "sticker-1",
                "file_unique_id": "sticker-u1",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "👍",
            }
        )

    def send_photo(self) -> int:
        return self.send_message(
            photo=[{"file_id": "photo-1", "file_unique_id": "photo-u1", "width": 90, "height": 90}]
        )

    def send_voice(self) -> int:
        return self.send_message(
            voice={"file_id": "voice-1", "file_unique_id": "voice-u1", "duration": 3}
        )

    def forward(self, text: str) -> int:
        return self.send_message(
            text=text,
            forward_origin={"type": "hidden_user", "sender_user_name": "Someone", "date": 1},
        )

    def edit(self, text: str) -> int:
        return self.send_message(text=text, edited=True)

    def messages(self) -> list[StoredMessage]:
        """The bot's messages in this person's chat, oldest first."""
        return self.api.bot_messages(self.chat_id)

    def last(self) -> StoredMessage:
        return self.messages()[-1]

    def keyboard_message(self) -> StoredMessage:
        """The newest bot message that still has buttons."""
        for message in reversed(self.messages()):
            if message.reply_markup:
                return message
        raise AssertionError("no message with buttons in the chat")

    def press(
        self,
        callback_data: str | None = None,
        *,
        label: str | None = None,
        message: StoredMessage | None = None,
    ) -> int:
        """Press a button of ``message`` (default: the newest one with buttons)."""
        target = message or self.keyboard_message()
        button = _find_button(target, callback_data, label)
        return self.press_data(target, button["callback_data"])

    def press_data(self, message: StoredMessage, data: str) -> int:
        """A callback query with arbitrary ``data`` from ``message``."""
        query = {
            "id": self.api.new_callback_query_id(),
            "from": self.user,
            "message": message.to_api(),
            "chat_instance": f"ci{self.chat_id}",
            "data": data,
        }
        return self.api.push({"callback_query": query})

    def option_ids(self, message: StoredMessage | None = None) -> list[str]:
        """The option ids (last ``:`` field) of a message's answer buttons (``o:...``)."""
        target = message or self.keyboard_message()
        return [
            b["callback_data"].rsplit(":", 1)[-1]
            for b in target.buttons
            if b.get("callback_data", "").startswith("o:")
        ]


def _find_button(message: StoredMessage, data: str | None, label: str | None) -> JSON:
    for button in message.buttons:
        if "callback_data" not in button:
            continue
        if data is not None and (
            button["callback_data"] == data or button["callback_data"].rsplit(":", 1)[-1] == data
        ):
            return button
        if label is not None and label in button["text"]:
            return button
    raise AssertionError(
        f"no button {data or label!r} in {[b.get('callback_data') for b in message.buttons]}"
    )


def iter_texts(messages: list[StoredMessage]) -> Iterator[str]:
    for message in messages:
        if message.text is not None:
            yield message.text
        elif message.caption is not None:
            yield message.caption
