"""The Telegram bot: python-telegram-bot's Application, wired to the dialog core and storage.

Each update is decoded (``bot.updates``) into an engine event, applied to the person's stored
dialog (``bot.conversation``), and the resulting screens are rendered (``bot.telegram_render``)
and sent. Updates of one chat are handled strictly in order, those of different chats
concurrently. All state lives in storage: a restart resumes every conversation.

Entry points: ``run_telegram(config)`` for the CLI, ``build_application(config, store)`` and
``serve(application, config, stop)`` for tests and embedding.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import hashlib
import logging
import os
import re
import secrets
import signal
import sys
import traceback
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import urlsplit

from telegram import (
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
    InputFile,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackContext,
    TypeHandler,
)
from telegram.warnings import PTBDeprecationWarning, PTBUserWarning

from bot import telegram_messages as words
from bot import telegram_render as render
from bot.config import Config
from bot.conversation import STORED, Conversations, Current, Store
from bot.persistence import open_store
from bot.qr_code import qr_png
from bot.telegram_render import OutgoingMessage, PressKind
from bot.texts import Localizer
from bot.transport import AiohttpRequest, redact_token
from bot.updates import (
    ButtonPress,
    Command,
    Incoming,
    Mention,
    Typed,
    Unreadable,
    decode,
    parse_start_payload,
    referral_payload,
    region_of,
)
from dialogs.engine import apply
from dialogs.model import (
    AnswerRecord,
    Back,
    Choose,
    DialogState,
    Done,
    Event,
    FreeText,
    PersonRecord,
    Repeat,
    Restart,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Start,
    Step,
)
from dialogs.settings import Settings
from dialogs.text import Text
from locales.translator import available, native_name, negotiate

log = logging.getLogger("bot.telegram")

CHANNEL = "telegram"
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
LONG_POLL = dt.timedelta(seconds=25)
SEND_ATTEMPTS = 4
RATE_LIMIT_RETRIES = 3
MAX_CONCURRENT_UPDATES = 512
PURGE_EVERY = dt.timedelta(days=1)
REMEMBERED_UPDATES = 10_000
EXIT_OK = 0
EXIT_CONFIG = 2

NO_LINK_PREVIEW: Final[dict[str, object]] = {"is_disabled": True}  # never modified
# python-telegram-bot nudges callers of ``do_api_request`` towards its typed methods; the
# shell calls it on purpose for the per-answer calls whose answers it never reads.
_UNREAD_CALLS_NUDGE = r"Please use 'Bot\.(sendMessage|editMessageText|editMessageReplyMarkup)'"

_TOKEN = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{30,100}")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_SHELL_KEY = "telegram_shell"

T = TypeVar("T")


class TelegramStore(Store, Protocol):
    """What the Telegram shell needs of storage (``storage.store.TranscriptStore``)."""

    def erase(self, person: str, channel: str) -> int: ...

    def purge(self, now: datetime | None = None) -> object: ...


# ---- ordering: one chat at a time, many chats at once ----------------------------------------


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handles the updates of one chat strictly in arrival order, different chats concurrently.

    python-telegram-bot starts a task per update in arrival order; each task queues on its
    chat's lock before any other await, and ``asyncio.Lock`` wakes waiters first come, first
    served, so a chat's updates run one after the other in order.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    @property
    def busy_chats(self) -> int:
        """How many chats have an update being handled or waiting."""
        return len(self._locks)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class RecentUpdates:
    """The ids of recently handled updates: a second guard against a repeat delivery of an
    update that changes no dialog state (a menu, a share), which storage does not record."""

    def __init__(self, size: int = REMEMBERED_UPDATES) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


# ---- the shell ------------------------------------------------------------------------------


@dataclass
class _Turn:
    """One update being handled: what came in, and whether its button press was answered."""

    incoming: Incoming
    answered: bool = False


class TelegramShell:
    """Decodes updates into engine events, applies them, renders and sends the screens."""

    def __init__(
        self,
        config: Config,
        store: TelegramStore,
        *,
        group_referral: Callable[[int], str],
    ) -> None:
        self.config = config
        self.store = store
        self.settings = Settings(
            transcript_retention_days=config.transcript_retention_days,
            link_retention_days=config.link_retention_days,
        )
        self.conversations = Conversations(store, CHANNEL, self.settings)
        self.group_referral = group_referral
        self.recent = RecentUpdates()
        self.username = config.bot_username or ""
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None

    @property
    def bot(self) -> Any:
        assert self.application is not None, "the shell is not attached to an Application"
        return self.application.bot

    # ---- the handler ------------------------------------------------------------------------

    async def on_update(self, update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Every update comes through here: decode, handle, and never leave a person in silence."""
        if not isinstance(update, Update):
            return
        incoming = decode(update, self.username)
        if incoming is None:
            return
        turn = _Turn(incoming)
        try:
            if not self.recent.first_time(incoming.update_id):
                turn.answered = True  # the first delivery answered it
                return
            if incoming.private:
                await self._private(turn)
            else:
                await self._group(turn)
        except Forbidden:
            log.info("a person blocked the bot or left the chat; their session ends here")
        except Exception as error:
            log_failure("handling an update failed", error)
            if incoming.private:
                await self._answer(turn)
                await self._apologise(turn)
        finally:
            if not turn.answered and isinstance(incoming.action, ButtonPress):
                await self._answer(turn)

    async def on_error(self, update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Errors python-telegram-bot caught itself: logged by type, never with content."""
        if context.error is not None:
            log_failure("python-telegram-bot reported an error", context.error)

    # ---- private chats ----------------------------------------------------------------------

    async def _private(self, turn: _Turn) -> None:
        action = turn.incoming.action
        match action:
            case Command(name, argument):
                await self._command(turn, name, argument)
            case Typed(text):
                await self._apply(turn, FreeText(text))
            case Unreadable(reason):
                preface = {
                    "media": words.UNREADABLE_MEDIA,
                    "edited": words.EDITED_MESSAGE,
                    "forwarded": words.FORWARDED_MESSAGE,
                }[reason]
                await self._apply(turn, Repeat(), preface=(preface,))
            case ButtonPress():
                await self._press(turn, action)
            case Mention():
                pass

    async def _command(self, turn: _Turn, name: str, argument: str) -> None:
        match name:
            case "start":
                await self._start(turn, argument)
            case "restart":
                await self._apply(turn, Restart())
            case "help":
                await self._apply(turn, ShowHelp())
            case "privacy":
                await self._apply(turn, ShowPrivacy())
            case "language":
                await self._language(turn, argument)
            case "delete":
                localizer = self._localizer(turn)
                await self._send(turn, render.delete_question(localizer))
            case "share":
                await self._share(turn, self._localizer(turn), group=None)
            case _:
                await self._apply(turn, Repeat(), preface=(words.UNKNOWN_COMMAND,))

    async def _start(self, turn: _Turn, argument: str) -> None:
        """/start, perhaps from a deep link with a language and a support group's code."""
        payload = parse_start_payload(argument)
        state = self.conversations.state_of(turn.incoming.person)
        if state is not None and payload.language and payload.language != state.language:
            # The language first (nothing to show), then the new conversation in it.
            step = self._handle(
                turn, SetLanguage(payload.language), key_suffix=":language", current=state
            )
            if step is None:
                return
            state = step.state
        await self._apply(
            turn, Start(), language=payload.language, referral=payload.referral, current=state
        )

    async def _language(self, turn: _Turn, argument: str) -> None:
        """/language es switches at once; /language alone shows the menu."""
        wanted = negotiate(argument, default="") if argument else ""
        if wanted in available():
            await self._apply(turn, SetLanguage(wanted))
            return
        localizer = self._localizer(turn)
        languages = [(code, native_name(code)) for code in available()]
        await self._send(turn, render.language_menu(localizer, languages, localizer.language))

    async def _press(self, turn: _Turn, action: ButtonPress) -> None:
        press = action.press
        if press is None:
            return
        if press.kind is PressKind.LANGUAGE:
            await self._answer(turn)
            await self._remove_keyboard(action)
            if press.value in available():
                await self._apply(turn, SetLanguage(press.value))
            return
        if press.kind is PressKind.DELETE:
            await self._answer(turn)
            await self._remove_keyboard(action)
            await self._delete(turn, confirmed=press.value == "yes")
            return
        state = self.conversations.state_of(turn.incoming.person)
        if state is None or press.token != question_token(state):
            localizer = Localizer(state.language if state else self._language_of(turn))
            await self._answer(turn, render.callback_answer(localizer, words.STALE_BUTTON))
            await self._remove_keyboard(action)
            await self._apply(turn, Repeat())
            return
        await self._answer(turn)
        event: Event
        if press.kind is PressKind.OPTION:
            event = Choose(press.value)
        elif press.kind is PressKind.DONE:
            event = Done()
        else:
            event = Back()
        step = self._handle(turn, event, current=state)
        if step is None:
            return
        if _is_toggle(state, step, event):
            await self._edit_keyboard(turn, action, step)
            return
        await self._mark_answered(action, state, step, event)
        await self._show(turn, step)

    async def _delete(self, turn: _Turn, *, confirmed: bool) -> None:
        localizer = self._localizer(turn)
        if not confirmed:
            if self.conversations.state_of(turn.incoming.person) is None:
                await self._send(turn, render.render_notice(localizer, words.NOT_DELETED))
            else:
                await self._apply(turn, Repeat(), preface=(words.NOT_DELETED,))
            return
        erased = self.store.erase(turn.incoming.person, CHANNEL)
        log.info("a person erased their stored conversations")
        await self._send(turn, render.deleted_notice(localizer, erased))

    # ---- groups: no health questions, nothing stored ----------------------------------------

    async def _group(self, turn: _Turn) -> None:
        action = turn.incoming.action
        localizer = Localizer(self._language_of(turn))
        match action:
            case Command("start" | "help") | Mention():
                link = render.deep_link(self.username, self._group_payload(turn.incoming.chat_id))
                await self._send(turn, render.group_invite(localizer, link))
            case Command("share"):
                await self._share(turn, localizer, group=turn.incoming.chat_id)
            case _:
                return

    def _group_payload(self, chat_id: int) -> str:
        return referral_payload(self.group_referral(chat_id))

    async def _share(self, turn: _Turn, localizer: Localizer, *, group: int | None) -> None:
        """The bot's link and a QR code image of it, for printed flyers."""
        payload = self._group_payload(group) if group is not None else None
        link = render.deep_link(self.username, payload)
        await self._send(turn, render.share_message(localizer, link, group=group is not None))
        await self._send_qr(turn, link, localizer)

    # ---- applying events --------------------------------------------------------------------

    def _handle(
        self,
        turn: _Turn,
        event: Event,
        *,
        language: str | None = None,
        referral: str | None = None,
        key_suffix: str = "",
        current: Current = STORED,
    ) -> Step | None:
        incoming = turn.incoming
        return self.conversations.handle(
            incoming.person,
            f"{incoming.update_id}{key_suffix}",
            event,
            language=language or self._language_of(turn),
            default_country=region_of(incoming.language_code),
            referral=referral,
            current=current,
        )

    async def _apply(
        self,
        turn: _Turn,
        event: Event,
        *,
        preface: Sequence[Text] = (),
        language: str | None = None,
        referral: str | None = None,
        current: Current = STORED,
    ) -> None:
        """Apply an event (once per update) and show its screens."""
        step = self._handle(turn, event, language=language, referral=referral, current=current)
        if step is not None:
            await self._show(turn, step, preface)

    async def _show(self, turn: _Turn, step: Step, preface: Sequence[Text] = ()) -> None:
        localizer = Localizer(step.state.language)
        token = question_token(step.state)
        pending = list(preface)
        for screen in step.screens:
            link = render.deep_link(self.username) if screen.share else None
            for message in render.render_screen(
                screen, localizer, token=token, preface=pending, share_link=link
            ):
                await self._send(turn, message)
            pending = []
            if link is not None:
                await self._send_qr(turn, link, localizer)
        if pending:
            await self._send(turn, render.render_notice(localizer, *pending))

    async def _apologise(self, turn: _Turn) -> None:
        """After an unexpected error: an apology and the current question, never silence."""
        try:
            state = self.conversations.state_of(turn.incoming.person)
            if state is None:
                await self._send(turn, render.render_notice(self._localizer(turn), words.APOLOGY))
                return
            step = apply(state, Repeat(), self.settings)  # shown again, not recorded
            await self._show(turn, step, (words.APOLOGY,))
        except Forbidden:
            log.info("a person blocked the bot or left the chat; their session ends here")
        except Exception as error:
            log_failure("the apology could not be sent either", error)

    # ---- edits of the message whose button was pressed --------------------------------------

    async def _edit_keyboard(self, turn: _Turn, action: ButtonPress, step: Step) -> None:
        """A toggle: the same question, its ☐/☑ keyboard edited in place."""
        message = action.message
        screen = step.screens[-1]
        markup = render.question_keyboard(
            screen, Localizer(step.state.language), token=question_token(step.state)
        )
        if message is None:
            await self._show(turn, step)
            return
        await self._quietly(
            self._unread(
                "editMessageReplyMarkup",
                chat_id=message.chat.id,
                message_id=message.message_id,
                reply_markup=render.keyboard_json(markup),
            )
        )

    async def _mark_answered(
        self, action: ButtonPress, before: DialogState, step: Step, event: Event
    ) -> None:
        """The answered question's message shows the answer and loses its keyboard."""
        message = action.message
        if message is None:
            return
        answers: list[str] = []
        if isinstance(event, Choose) and _recorded(step, event.option_id):
            label = render.pressed_label(message.reply_markup, action.query.data or "")
            answers = [label] if label else []
        elif isinstance(event, Done) and any(isinstance(r, AnswerRecord) for r in step.records):
            answers = render.ticked_labels(message.reply_markup)
        elif not (isinstance(event, Back) and _recorded(step, "back")):
            return
        text = None
        if answers and message.text:
            text = render.answered_text(
                message.text_html,
                render.utf16_length(message.text),
                answers,
                Localizer(before.language),
            )
        if text is None:
            await self._remove_keyboard(action)
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

    async def _remove_keyboard(self, action: ButtonPress) -> None:
        message = action.message
        if message is None or message.reply_markup is None:
            return
        await self._quietly(
            self._unread(
                "editMessageReplyMarkup", chat_id=message.chat.id, message_id=message.message_id
            )
        )

    # ---- talking to Telegram ----------------------------------------------------------------

    async def _send(self, turn: _Turn, message: OutgoingMessage) -> None:
        parameters: dict[str, object] = {
            "chat_id": turn.incoming.chat_id,
            "text": message.text,
            "parse_mode": ParseMode.HTML,
            "link_preview_options": NO_LINK_PREVIEW,
        }
        if message.keyboard is not None:
            parameters["reply_markup"] = render.keyboard_json(message.keyboard)
        await with_retries(self._unread("sendMessage", **parameters))

    def _unread(self, method: str, **parameters: object) -> Callable[[], Awaitable[object]]:
        """A Bot API call whose answer the bot never reads: sending a question, editing an
        answered one. python-telegram-bot's typed methods would build a ``Message`` (with
        its keyboard and entities) from every answer, a quarter of a millisecond of CPU per
        step for nothing; ``do_api_request`` returns the answer as it came. Errors are
        raised exactly as from the typed methods. Arguments are plain JSON values."""
        return lambda: self.bot.do_api_request(method, api_kwargs=dict(parameters))

    async def _send_qr(self, turn: _Turn, link: str, localizer: Localizer) -> None:
        png = qr_png(link)
        await with_retries(
            lambda: self.bot.send_photo(
                turn.incoming.chat_id,
                InputFile(png, filename="sjogren-bot-qr.png"),
                caption=render.qr_caption(localizer),
                parse_mode=ParseMode.HTML,
            )
        )

    async def _answer(self, turn: _Turn, text: str | None = None) -> None:
        """Answer the button press (every press is answered, exactly once)."""
        action = turn.incoming.action
        if turn.answered or not isinstance(action, ButtonPress):
            return
        turn.answered = True
        with contextlib.suppress(BadRequest, Forbidden):
            await with_retries(lambda: action.query.answer(text=text))

    async def _quietly(self, call: Callable[[], Awaitable[object]]) -> None:
        """An edit that may fail harmlessly (the message is gone, or already shows this)."""
        with contextlib.suppress(BadRequest):
            await with_retries(call)

    # ---- languages --------------------------------------------------------------------------

    def _language_of(self, turn: _Turn) -> str:
        """The person's Telegram language, if the bot speaks it; else the default."""
        return negotiate(turn.incoming.language_code, self.config.default_language)

    def _localizer(self, turn: _Turn) -> Localizer:
        state = self.conversations.state_of(turn.incoming.person) if turn.incoming.private else None
        return Localizer(state.language if state is not None else self._language_of(turn))

    # ---- startup ----------------------------------------------------------------------------

    async def set_up_profile(self) -> None:
        """The command menu and descriptions in every language the bot speaks."""
        default = Localizer(negotiate(self.config.default_language))
        calls: list[Callable[[], Awaitable[object]]] = []
        private, groups = BotCommandScopeAllPrivateChats(), BotCommandScopeAllGroupChats()
        for localizer, code in [(default, None)] + [
            (Localizer(language), language.split("_")[0]) for language in available()
        ]:
            calls.extend(
                [
                    _bind(
                        self.bot.set_my_commands,
                        render.bot_commands(localizer, words.PRIVATE_COMMANDS),
                        scope=private,
                        language_code=code,
                    ),
                    _bind(
                        self.bot.set_my_commands,
                        render.bot_commands(localizer, words.GROUP_COMMANDS),
                        scope=groups,
                        language_code=code,
                    ),
                    _bind(
                        self.bot.set_my_description,
                        render.bot_description(localizer),
                        language_code=code,
                    ),
                    _bind(
                        self.bot.set_my_short_description,
                        render.bot_short_description(localizer),
                        language_code=code,
                    ),
                ]
            )
        calls.append(
            _bind(
                self.bot.set_my_commands,
                render.bot_commands(default, words.PRIVATE_COMMANDS),
                scope=BotCommandScopeDefault(),
            )
        )
        try:
            for call in calls:
                await with_retries(call)
        except Exception as error:  # in the background: nobody else would hear of it
            log_failure("setting the command menu and descriptions failed", error)


def _bind(
    function: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any
) -> Callable[[], Awaitable[T]]:
    return lambda: function(*args, **kwargs)


def _recorded(step: Step, option_id: str) -> bool:
    return any(isinstance(r, PersonRecord) and r.option_id == option_id for r in step.records)


def _is_toggle(before: DialogState, step: Step, event: Event) -> bool:
    """A tick or untick in a multi-select question: the same question, shown alone again."""
    return (
        isinstance(event, Choose)
        and step.state.state == before.state
        and len(step.screens) == 1
        and step.screens[0].select == "many"
        and step.screens[0].question is not None
        and _recorded(step, event.option_id)
        and not any(isinstance(r, AnswerRecord) for r in step.records)
    )


def question_token(state: DialogState) -> str:
    """Names the question open in ``state``: a button carries it, so a press on the button
    of a question that has moved on is recognised. Ticking toggles keeps it; answering,
    Back or a restart changes it."""
    digest = hashlib.blake2s(
        f"{state.state}\x00{len(state.history)}".encode(), digest_size=4
    ).hexdigest()
    return digest


# ---- retries and logging ------------------------------------------------------------------------


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


# ---- building and running ------------------------------------------------------------------------


def api_base_urls(configured: str) -> tuple[str, str]:
    """python-telegram-bot's ``base_url`` and ``base_file_url`` for TELEGRAM_API_BASE_URL,
    given as the server's root (``http://127.0.0.1:8081``) or with ``/bot``."""
    root = configured.rstrip("/").removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


def build_application(
    config: Config,
    store: TelegramStore,
    *,
    group_referral: Callable[[int], str] | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application: one handler for every update, per-chat ordering, the aiohttp transport,
    flood-limit handling unless BOT_RATE_LIMIT=off."""
    if not config.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    # python-telegram-bot 22 warns when it builds a RetryAfter unless time periods are
    # timedeltas; opt in to the future behaviour (retry_seconds reads either).
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    base_url, base_file_url = api_base_urls(config.telegram_api_base_url)
    builder = (
        ApplicationBuilder()
        .token(config.telegram_bot_token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .request(AiohttpRequest(connection_pool_size=64, read_timeout=10.0, write_timeout=10.0))
        .get_updates_request(AiohttpRequest(connection_pool_size=2, read_timeout=10.0))
        .concurrent_updates(PerChatUpdateProcessor())
        .job_queue(None)
    )
    if config.rate_limit:
        # The builder's generic types cannot express a rate limiter added afterwards.
        builder = builder.rate_limiter(
            AIORateLimiter(max_retries=RATE_LIMIT_RETRIES)  # type: ignore[arg-type]
        )
    application = builder.build()
    warnings.filterwarnings("ignore", _UNREAD_CALLS_NUDGE, category=PTBUserWarning)
    shell = TelegramShell(
        config, store, group_referral=group_referral or _default_group_referral(config)
    )
    shell.application = application
    application.bot_data[_SHELL_KEY] = shell
    application.add_handler(TypeHandler(Update, shell.on_update))
    application.add_error_handler(shell.on_error)
    return application


def shell_of(application: Application[Any, Any, Any, Any, Any, Any]) -> TelegramShell:
    shell = application.bot_data[_SHELL_KEY]
    assert isinstance(shell, TelegramShell)
    return shell


def _default_group_referral(config: Config) -> Callable[[int], str]:
    """A support group's referral code: a keyed hash of its chat id, never the id itself."""
    from storage.pseudonym import Pseudonymizer, load_pseudonym_key

    pseudonyms = Pseudonymizer(load_pseudonym_key(config.data_dir, config.pseudonym_key))
    return lambda chat_id: "g" + pseudonyms.pseudonym(str(chat_id), "telegram-group")[:12]


def webhook_secret(config: Config) -> str:
    """WEBHOOK_SECRET, or a fresh random one (Telegram echoes it on every request anyway)."""
    if config.webhook_secret is None:
        return secrets.token_urlsafe(32)
    if not _WEBHOOK_SECRET.fullmatch(config.webhook_secret):
        raise ValueError("WEBHOOK_SECRET must be 1 to 256 of A-Z, a-z, 0-9, _ and -")
    return config.webhook_secret


async def serve(
    application: Application[Any, Any, Any, Any, Any, Any],
    config: Config,
    stop: asyncio.Event,
    *,
    ready: asyncio.Event | None = None,
) -> None:
    """Run until ``stop`` is set: long polling, or a webhook when WEBHOOK_URL is set.

    ``ready`` is set once updates are being received and the bot's profile is set. Raises
    ``InvalidToken`` or ``NetworkError`` when the Bot API cannot be used at startup.
    """
    shell = shell_of(application)
    secret = webhook_secret(config) if config.webhook_url else None
    try:
        await application.initialize()
    except BaseException:
        await application.bot.shutdown()
        raise
    purge: asyncio.Task[None] | None = None
    profile: asyncio.Task[None] | None = None
    try:
        shell.username = config.bot_username or application.bot.username
        updater = application.updater
        assert updater is not None
        if config.webhook_url:
            await updater.start_webhook(
                listen=config.webhook_listen,
                port=config.webhook_port,
                url_path=urlsplit(config.webhook_url).path.lstrip("/"),
                webhook_url=config.webhook_url,
                secret_token=secret,
                allowed_updates=list(ALLOWED_UPDATES),
            )
        else:
            await updater.start_polling(timeout=LONG_POLL, allowed_updates=list(ALLOWED_UPDATES))
        await application.start()
        # The command menu and descriptions (four calls per language) are set while the bot
        # already answers: at startup they would hold back the first answer for as many round
        # trips to Telegram.
        profile = asyncio.create_task(shell.set_up_profile())
        purge = asyncio.create_task(_purge_daily(shell.store))
        log.info("the Telegram bot is running (%s)", "webhook" if config.webhook_url else "polling")
        if ready is not None:
            await profile  # never raises: failures are logged
            ready.set()
        await stop.wait()
        log.info("stopping")
    finally:
        for task in (profile, purge):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()


async def _purge_daily(store: TelegramStore) -> None:
    """Apply the retention rules at startup and then once a day."""
    while True:
        try:
            store.purge(datetime.now(UTC))
        except Exception as error:
            log_failure("the daily purge failed", error)
        await asyncio.sleep(PURGE_EVERY.total_seconds())


def check_token(token: str | None) -> str | None:
    """Why the token cannot be used, in one line; None when it looks like a bot token."""
    if not token:
        return "TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)."
    if not _TOKEN.fullmatch(token):
        return "TELEGRAM_BOT_TOKEN is malformed: expected digits, a colon and 30+ characters."
    return None


def run_telegram(config: Config, *, store: TelegramStore | None = None) -> int:
    """Run the bot until SIGTERM or SIGINT; the exit status (2: it cannot start)."""
    problem = check_token(config.telegram_bot_token)
    if problem is None and config.webhook_url:
        try:
            webhook_secret(config)
        except ValueError as error:
            problem = str(error)
    if problem is not None:
        _fail(problem)
        return EXIT_CONFIG
    # ``transitions`` logs two INFO lines for every answer (state exited, state entered).
    for noisy in ("telegram", "httpx", "tornado.access", "transitions"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        application = build_application(config, store or open_store(config))
    except (OSError, ValueError) as error:
        _fail(f"cannot open the data directory {config.data_dir}: {type(error).__name__}")
        return EXIT_CONFIG
    freeze_startup_objects()
    return asyncio.run(_run(application, config))


def freeze_startup_objects() -> None:
    """Move everything built so far (modules, the dialog's content, catalogs, the library's
    classes) out of the garbage collector's sight: it is never garbage, and a full collection
    then only walks what the answers themselves allocated."""
    gc.collect()
    gc.freeze()


async def _run(application: Application[Any, Any, Any, Any, Any, Any], config: Config) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    try:
        await serve(application, config, stop)
    except InvalidToken:
        _fail("The Telegram Bot API rejected TELEGRAM_BOT_TOKEN (check it with @BotFather).")
        return EXIT_CONFIG
    except NetworkError as error:
        host = urlsplit(api_base_urls(config.telegram_api_base_url)[0]).netloc
        _fail(f"Cannot reach the Telegram Bot API at {host}: {redact_token(str(error))}")
        return EXIT_CONFIG
    except TelegramError as error:
        _fail(f"The Telegram Bot API refused to start the bot: {redact_token(str(error))}")
        return EXIT_CONFIG
    return EXIT_OK


def _fail(line: str) -> None:
    sys.stderr.write(f"sjogren-bot: {line}\n")
