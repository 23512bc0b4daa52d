"""One python-telegram-bot handler per intent: each decodes the update, turns it into an engine
event, and shows the step the engine returns.

The services the handlers use travel in the typed context (``context.bot_data`` is a
``Services``). A handler never guesses what happened from the screens: the step's outcome says
(a tick, an answer, Back, a button of an older question) and ``show`` acts on it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from telegram import Message, Update
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

from bot.config import Config
from bot.conversation import STORED, Conversations, Current
from bot.qr_code import qr_png
from bot.telegram import render
from bot.telegram.callback_data import PressKind
from bot.telegram.ordering import RecentUpdates
from bot.telegram.sending import Sender, log_failure
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
    Answered,
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
    Stale,
    Start,
    Toggled,
    WentBack,
)
from dialogs.state import Step
from locales.translator import available, native_name, negotiate
from storage.store import Store

log = logging.getLogger("bot.telegram")
CHANNEL = "telegram"


class Services:
    """What the handlers work with: the application's ``bot_data`` (typed context)."""

    config: Config
    conversations: Conversations
    store: Store
    sender: Sender
    group_referral: Callable[[int], str]
    recent: RecentUpdates
    username: str

    def attach(
        self,
        *,
        config: Config,
        conversations: Conversations,
        store: Store,
        sender: Sender,
        group_referral: Callable[[int], str],
    ) -> None:
        self.config = config
        self.conversations = conversations
        self.store = store
        self.sender = sender
        self.group_referral = group_referral
        self.recent = RecentUpdates()
        self.username = config.bot_username or ""


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
    ) -> Step | None:
        return self.services.conversations.handle(
            self.person,
            f"{self.incoming.update_id}{key_suffix}",
            event,
            language=language or self.language,
            region=self.region,
            referral=referral,
            current=current,
        )

    async def apply(self, event: Event, **options: Any) -> None:
        """Apply an event (once per update) and show its step."""
        step = self.handle(event, **options)
        if step is not None:
            await show(self, step)


async def show(turn: _Turn, step: Step, message: Message | None = None) -> None:
    """Show a step: a tick edits the pressed question in place; an answer marks it answered;
    Back or a button of an older question takes its keyboard away; then the screens."""
    sender = turn.services.sender
    localizer = Localizer(step.state.language)
    outcome = step.outcome
    if message is not None:
        match outcome:
            case Toggled():
                await sender.keyboard(message, step.screens[-1], localizer)
                return
            case Answered(labels=labels):
                await sender.answered(message, labels, localizer)
            case WentBack() | Stale():
                await sender.remove_keyboard(message)
    username = turn.services.username
    link = render.deep_link(username) if username else None
    await sender.screens(turn.incoming.chat_id, step.screens, localizer, share_link=link, qr=qr_png)


def private(handler: Callable[[_Turn], Awaitable[None]]) -> Handler:
    """A private-chat handler: decode, handle, and never leave a person in silence."""

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
        except Exception as error:
            log_failure("handling an update failed", error)
            await _apologise(turn)

    return wrapper


async def _apologise(turn: _Turn) -> None:
    """After an unexpected error: an apology and the current question, never silence."""
    try:
        step = turn.handle(Repeat(Note.APOLOGY), key_suffix=":apology")
        if step is not None:
            await show(turn, step)
    except Forbidden:
        log.info("a person blocked the bot or left the chat; their session ends here")
    except Exception as error:
        log_failure("the apology could not be sent either", error)


async def once(update: Update, context: Context) -> None:
    """A repeat delivery of an update is handled once (before every other handler)."""
    if not context.bot_data.recent.first_time(update.update_id):
        raise ApplicationHandlerStop


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
    await turn.apply(Start(), language=payload.language, referral=payload.referral, current=current)


@private
async def restart(turn: _Turn) -> None:
    """/restart: a new conversation."""
    await turn.apply(Start())


@private
async def help_command(turn: _Turn) -> None:
    """/help: how the bot works, then the question again."""
    await turn.apply(ShowHelp())


@private
async def privacy(turn: _Turn) -> None:
    """/privacy: the privacy notice, then the question again."""
    await turn.apply(ShowPrivacy())


@private
async def language(turn: _Turn) -> None:
    """/language es switches at once; /language alone shows the menu."""
    argument = " ".join(turn.context.args or [])
    wanted = negotiate(argument, default="") if argument else ""
    if wanted in available():
        await turn.apply(SetLanguage(wanted))
        return
    localizer = turn.localizer()
    languages = [(code, native_name(code)) for code in available()]
    await turn.services.sender.message(
        turn.incoming.chat_id, render.language_menu(localizer, languages, localizer.language)
    )


@private
async def delete(turn: _Turn) -> None:
    """/delete: are you sure?"""
    await turn.services.sender.message(
        turn.incoming.chat_id, render.delete_question(turn.localizer())
    )


@private
async def share(turn: _Turn) -> None:
    """/share: the bot's link and a QR code of it, for printed flyers."""
    await _share(turn.services, turn.incoming.chat_id, turn.localizer(), group=None)


@private
async def unknown_command(turn: _Turn) -> None:
    """A command the bot does not know: say so, and show the question again."""
    await turn.apply(Repeat(Note.UNKNOWN_COMMAND))


# ---- messages ----------------------------------------------------------------------------------


@private
async def typed(turn: _Turn) -> None:
    """Text typed where a button was expected: the engine reads it for distress."""
    assert turn.update.message is not None and turn.update.message.text is not None
    await turn.apply(FreeText(turn.update.message.text))


@private
async def edited(turn: _Turn) -> None:
    """An edited message changes nothing: say so, and show the question again."""
    await turn.apply(Repeat(Note.EDITED))


@private
async def forwarded(turn: _Turn) -> None:
    """A forwarded message is not the person's answer."""
    await turn.apply(Repeat(Note.FORWARDED))


@private
async def media(turn: _Turn) -> None:
    """Stickers, photos, voice: the bot reads buttons and text only."""
    await turn.apply(Repeat(Note.MEDIA))


# ---- button presses ----------------------------------------------------------------------------


@private
async def press(turn: _Turn) -> None:
    """A button: an answer, Done or Back, a language, or the /delete confirmation. Every press
    is acknowledged at once."""
    action = turn.incoming.action
    assert isinstance(action, ButtonPress)
    await _acknowledge(action)
    pressed = action.press
    message = action.message
    if pressed is None:
        return
    sender = turn.services.sender
    if pressed.kind is PressKind.LANGUAGE:
        if message is not None:
            await sender.remove_keyboard(message)
        if pressed.value in available():
            await turn.apply(SetLanguage(pressed.value))
        return
    if pressed.kind is PressKind.DELETE:
        if message is not None:
            await sender.remove_keyboard(message)
        await _delete(turn, confirmed=pressed.value == "yes")
        return
    event: Event
    if pressed.kind is PressKind.OPTION:
        event = Choose(pressed.value, token=pressed.token)
    elif pressed.kind is PressKind.DONE:
        event = Done(token=pressed.token)
    else:
        event = Back(token=pressed.token)
    step = turn.handle(event)
    if step is not None:
        await show(turn, step, message)


async def _acknowledge(action: ButtonPress) -> None:
    """Answer the callback query at once (Telegram shows a spinner until then)."""
    try:
        await action.query.answer()
    except Exception as error:  # an expired query: nothing to undo
        log_failure("answering a button press failed", error)


async def _delete(turn: _Turn, *, confirmed: bool) -> None:
    if not confirmed:
        await turn.apply(Repeat(Note.NOT_DELETED))
        return
    erased = turn.services.conversations.erase(turn.person)
    log.info("a person erased their stored conversations")
    await turn.services.sender.message(
        turn.incoming.chat_id, render.deleted_notice(turn.localizer(), erased)
    )


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
    await _quiet(services.sender.message(incoming.chat_id, render.group_invite(localizer, link)))


async def group_share(update: Update, context: Context) -> None:
    """/share in a group: the group's own link, so people it sends are counted for it."""
    services = context.bot_data
    incoming = decode(update, services.username)
    if incoming is None or incoming.private:
        return
    localizer = Localizer(negotiate(incoming.language_code, services.config.default_language))
    await _quiet(_share(services, incoming.chat_id, localizer, group=incoming.chat_id))


async def _share(
    services: Services, chat_id: int, localizer: Localizer, *, group: int | None
) -> None:
    payload = referral_payload(services.group_referral(group)) if group is not None else None
    link = render.deep_link(services.username, payload)
    await services.sender.message(
        chat_id, render.share_message(localizer, link, group=group is not None)
    )
    await services.sender.photo(chat_id, qr_png(link), render.qr_caption(localizer))


async def _quiet(call: Awaitable[None]) -> None:
    try:
        await call
    except Forbidden:
        log.info("the bot was removed from a group")
    except Exception as error:
        log_failure("answering in a group failed", error)


async def on_error(update: object, context: Context) -> None:
    """Errors python-telegram-bot caught itself: logged by type, never with content."""
    if context.error is not None:
        log_failure("python-telegram-bot reported an error", context.error)
