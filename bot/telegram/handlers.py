"""One python-telegram-bot handler per intent: each decodes the update, turns it into an engine
event, and hands what the step owes the person to the outbox.

The services the handlers use travel in the typed context (``context.bot_data`` is a
``Services``). A handler never guesses what happened from the screens: the step's outcome says
(a tick, an answer, Back, a button of an older question) and ``letters.for_step`` acts on it.
The letters are stored with the step, in one transaction, and the update is marked handled in
it too: a crash after an answer cannot lose the reply.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from telegram import Message, Update
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

from bot.config import Config
from bot.conversation import STORED, Conversations, Current
from bot.telegram import letters, render
from bot.telegram.callback_data import PressKind
from bot.telegram.delivery import Delivery
from bot.telegram.health import Metrics, Readiness
from bot.telegram.ordering import RecentUpdates
from bot.telegram.sending import log_failure
from bot.telegram.updates import (
    ButtonPress,
    Incoming,
    decode,
    parse_start_payload,
    referral_payload,
)
from bot.texts import Localizer
from dialogs.emergency_numbers import country_from_language_tag
from dialogs.model import (
    Back,
    Choose,
    Done,
    Event,
    FreeText,
    Note,
    Repeat,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Start,
)
from dialogs.state import Step
from locales.translator import available, native_name, negotiate
from storage.outbox import Letter
from storage.store import Store

log = logging.getLogger("bot.telegram")
CHANNEL = "telegram"


class Services:
    """What the handlers work with: the application's ``bot_data`` (typed context)."""

    config: Config
    conversations: Conversations
    store: Store
    delivery: Delivery
    group_referral: Callable[[int], str]
    recent: RecentUpdates
    username: str
    stop: asyncio.Event
    fatal_reason: str | None
    replayed: set[int]
    metrics: Metrics
    readiness: Readiness

    def attach(
        self,
        *,
        config: Config,
        conversations: Conversations,
        store: Store,
        delivery: Delivery,
        group_referral: Callable[[int], str],
        stop: asyncio.Event,
        metrics: Metrics,
    ) -> None:
        self.config = config
        self.conversations = conversations
        self.store = store
        self.delivery = delivery
        self.group_referral = group_referral
        self.recent = RecentUpdates()
        self.username = config.bot_username or ""
        self.stop = stop
        self.fatal_reason = None
        self.replayed = set()  # updates handled again after a restart
        self.metrics = metrics
        self.readiness = Readiness(halted=lambda: self.fatal_reason)

    def fail(self, reason: str) -> None:
        """A fault the bot cannot get past: stop, and say why (the first reason wins)."""
        if self.fatal_reason is None:
            self.fatal_reason = reason
        self.stop.set()

    def share_link(self) -> str | None:
        return render.deep_link(self.username) if self.username else None


Context: TypeAlias = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Services]
Handler: TypeAlias = Callable[[Update, Context], Coroutine[Any, Any, None]]


@dataclass
class _Turn:
    """One update being handled by a private-chat handler."""

    update: Update
    context: Context
    incoming: Incoming
    services: Services = field(init=False)

    def __post_init__(self) -> None:
        self.services = self.context.bot_data

    @property
    def person(self) -> str:
        return self.incoming.person

    @property
    def language(self) -> str:
        """The person's Telegram language, if the bot speaks it; else the default."""
        return negotiate(self.incoming.language_code, self.services.config.default_language)

    @property
    def region(self) -> str | None:
        return country_from_language_tag(self.incoming.language_code)

    def localizer(self) -> Localizer:
        saved = self.services.conversations.state_of(self.person)
        return Localizer(saved.language if saved is not None else self.language)

    def handle(
        self,
        event: Event,
        *,
        key_suffix: str = "",
        language: str | None = None,
        referral: str | None = None,
        current: Current = STORED,
        pressed: Message | None = None,
    ) -> Step | None:
        """Apply an event (once per update); what its step owes the person is stored with it
        and handed to the outbox."""
        owed: list[Letter] = []
        chat, link = self.incoming.chat_id, self.services.share_link()

        def replies(step: Step) -> list[Letter]:
            localizer = Localizer(step.state.language)
            owed[:] = letters.for_step(chat, step, localizer, pressed=pressed, share_link=link)
            return owed

        step = self.services.conversations.handle(
            self.person,
            f"{self.incoming.update_id}{key_suffix}",
            event,
            language=language or self.language,
            region=self.region,
            referral=referral,
            current=current,
            replies=replies,
            handled_update=self.incoming.update_id,
        )
        if step is not None:
            self.services.delivery.post(owed)
            self.services.metrics.step(step)
        return step

    def send(self, *owed: Letter) -> None:
        """Letters that are no step's (a menu, a notice): stored, then sent."""
        self.services.delivery.send(owed)

    def message(self, message: render.OutgoingMessage) -> None:
        self.send(letters.message_letter(self.incoming.chat_id, message))


def private(handler: Callable[[_Turn], Awaitable[None]]) -> Handler:
    """A private-chat handler: decode, handle, and never leave a person in silence. A database
    that cannot be used stops the bot (a supervisor restarts it; the update is replayed)."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: Context) -> None:
        incoming = decode(update, context.bot_data.username)
        if incoming is None or not incoming.private:
            return
        turn = _Turn(update, context, incoming)
        try:
            await handler(turn)
        except Forbidden:
            log.info("a person blocked the bot or left the chat; their session ends here")
        except sqlite3.DatabaseError as error:
            turn.services.metrics.errors.labels(where="database").inc()
            if not _transient(error):
                log_failure("the database failed", error)
                turn.services.fail("The database cannot be used (see the log); stopping.")
                return
            log_failure("handling an update failed", error)
            _apologise(turn)
        except Exception as error:
            turn.services.metrics.errors.labels(where="handling").inc()
            log_failure("handling an update failed", error)
            _apologise(turn)

    return wrapper


def _transient(error: sqlite3.DatabaseError) -> bool:
    """A busy database (another writer) passes; a damaged or unwritable one does not."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _apologise(turn: _Turn) -> None:
    """After an unexpected error: an apology and the current question, never silence."""
    try:
        turn.handle(Repeat(Note.APOLOGY), key_suffix=":apology")
    except Exception as error:
        log_failure("the apology could not be sent either", error)


async def once(update: Update, context: Context) -> None:
    """A repeat delivery of an update is handled once (before every other handler)."""
    if not context.bot_data.recent.first_time(update.update_id):
        raise ApplicationHandlerStop
    context.bot_data.metrics.updates.labels(kind=update_kind(update)).inc()


def update_kind(update: Update) -> str:
    """What an update is, for the metrics (never who sent it or what it says)."""
    if update.callback_query is not None:
        return "press"
    if update.edited_message is not None:
        return "edited"
    message = update.message
    if message is None:
        return "other"
    if message.text is None:
        return "media"
    return "command" if message.text.startswith("/") else "text"


# ---- commands ----------------------------------------------------------------------------------


@private
async def start(turn: _Turn) -> None:
    """/start, perhaps from a deep link with a language and a support group's code."""
    argument = " ".join(turn.context.args or [])
    payload = parse_start_payload(argument)
    saved = turn.services.conversations.state_of(turn.person)
    current: Current = saved
    if saved is not None and payload.language and payload.language != saved.language:
        # The language first (nothing to show), then the new conversation in it.
        step = turn.handle(SetLanguage(payload.language), key_suffix=":language", current=saved)
        if step is None:
            return
        current = step.state
    turn.handle(Start(), language=payload.language, referral=payload.referral, current=current)


@private
async def restart(turn: _Turn) -> None:
    """/restart: a new conversation."""
    turn.handle(Start())


@private
async def help_command(turn: _Turn) -> None:
    """/help: how the bot works, then the question again."""
    turn.handle(ShowHelp())


@private
async def privacy(turn: _Turn) -> None:
    """/privacy: the privacy notice, then the question again."""
    turn.handle(ShowPrivacy())


@private
async def language(turn: _Turn) -> None:
    """/language es switches at once; /language alone shows the menu."""
    argument = " ".join(turn.context.args or [])
    wanted = negotiate(argument, default="") if argument else ""
    if wanted in available():
        turn.handle(SetLanguage(wanted))
        return
    localizer = turn.localizer()
    languages = [(code, native_name(code)) for code in available()]
    turn.message(render.language_menu(localizer, languages, localizer.language))


@private
async def delete(turn: _Turn) -> None:
    """/delete: are you sure?"""
    turn.message(render.delete_question(turn.localizer()))


@private
async def share(turn: _Turn) -> None:
    """/share: the bot's link and a QR code of it, for printed flyers."""
    _share(turn.services, turn.incoming.chat_id, turn.localizer(), group=None)


@private
async def unknown_command(turn: _Turn) -> None:
    """A command the bot does not know: say so, and show the question again."""
    turn.handle(Repeat(Note.UNKNOWN_COMMAND))


# ---- messages ----------------------------------------------------------------------------------


@private
async def typed(turn: _Turn) -> None:
    """Text typed where a button was expected: the engine reads it for distress."""
    assert turn.update.message is not None and turn.update.message.text is not None
    turn.handle(FreeText(turn.update.message.text))


@private
async def edited(turn: _Turn) -> None:
    """An edited message changes nothing: say so, and show the question again."""
    turn.handle(Repeat(Note.EDITED))


@private
async def forwarded(turn: _Turn) -> None:
    """A forwarded message is not the person's answer."""
    turn.handle(Repeat(Note.FORWARDED))


@private
async def media(turn: _Turn) -> None:
    """Stickers, photos, voice: the bot reads buttons and text only."""
    turn.handle(Repeat(Note.MEDIA))


# ---- button presses ----------------------------------------------------------------------------


@private
async def press(turn: _Turn) -> None:
    """A button: an answer, Done or Back, a language, or the /delete confirmation. Every press
    is acknowledged at once."""
    action = turn.incoming.action
    assert isinstance(action, ButtonPress)
    if turn.incoming.update_id not in turn.services.replayed:  # else too old to answer
        await _acknowledge(action)
    pressed = action.press
    message = action.message
    if pressed is None:
        return
    if pressed.kind in (PressKind.LANGUAGE, PressKind.DELETE) and message is not None:
        turn.send(*letters.without_keyboard(message))
    if pressed.kind is PressKind.LANGUAGE:
        if pressed.value in available():
            turn.handle(SetLanguage(pressed.value))
        return
    if pressed.kind is PressKind.DELETE:
        _delete(turn, confirmed=pressed.value == "yes")
        return
    event: Event
    if pressed.kind is PressKind.OPTION:
        event = Choose(pressed.value, token=pressed.token)
    elif pressed.kind is PressKind.DONE:
        event = Done(token=pressed.token)
    else:
        event = Back(token=pressed.token)
    turn.handle(event, pressed=message)


async def _acknowledge(action: ButtonPress) -> None:
    """Answer the callback query at once (Telegram shows a spinner until then)."""
    try:
        await action.query.answer()
    except Exception as error:  # an expired query: nothing to undo
        log_failure("answering a button press failed", error)


def _delete(turn: _Turn, *, confirmed: bool) -> None:
    if not confirmed:
        turn.handle(Repeat(Note.NOT_DELETED))
        return
    erased = turn.services.conversations.erase(turn.person)
    log.info("a person erased their stored conversations")
    turn.message(render.deleted_notice(turn.localizer(), erased))


# ---- groups: no health questions, nothing stored ------------------------------------------------


async def group_invite(update: Update, context: Context) -> None:
    """In a group, /start, /help, a mention or being added: what the bot is, and a button that
    opens the private chat."""
    services = context.bot_data
    incoming = decode(update, services.username)
    if incoming is None or incoming.private:
        return
    localizer = Localizer(negotiate(incoming.language_code, services.config.default_language))
    payload = referral_payload(services.group_referral(incoming.chat_id))
    link = render.deep_link(services.username, payload)
    services.delivery.send(
        [letters.message_letter(incoming.chat_id, render.group_invite(localizer, link))]
    )


async def group_share(update: Update, context: Context) -> None:
    """/share in a group: the group's own link, so people it sends are counted for it."""
    services = context.bot_data
    incoming = decode(update, services.username)
    if incoming is None or incoming.private:
        return
    localizer = Localizer(negotiate(incoming.language_code, services.config.default_language))
    _share(services, incoming.chat_id, localizer, group=incoming.chat_id)


def _share(services: Services, chat_id: int, localizer: Localizer, *, group: int | None) -> None:
    payload = referral_payload(services.group_referral(group)) if group is not None else None
    link = render.deep_link(services.username, payload)
    services.delivery.send(
        [
            letters.message_letter(
                chat_id, render.share_message(localizer, link, group=group is not None)
            ),
            letters.qr_letter(chat_id, link, render.qr_caption(localizer)),
        ]
    )


async def on_error(update: object, context: Context) -> None:
    """Errors python-telegram-bot caught itself: logged by type, never with content."""
    if context.error is not None:
        log_failure("python-telegram-bot reported an error", context.error)
