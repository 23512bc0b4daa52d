"""Telegram updates decoded into what a person did: a command, text, a button press...

Pure functions of python-telegram-bot's ``Update``; no I/O. The handlers turn the result into
engine events (``bot.telegram.handlers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from telegram import CallbackQuery, Chat, Message, MessageEntity, Update

from bot.telegram.callback_data import Press, decode_press
from locales.translator import negotiate

REFERRAL_PREFIX = "ref-"
_REFERRAL_CODE = re.compile(r"[A-Za-z0-9-]{1,60}")
_START_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Command:
    """``/name argument``; the name in lower case, without ``/`` and ``@bot``."""

    name: str
    argument: str = ""


@dataclass(frozen=True)
class Typed:
    """Text typed where a button was expected (it goes to the engine as free text)."""

    text: str


@dataclass(frozen=True)
class Mention:
    """The bot was mentioned in a group, or added to one."""


@dataclass(frozen=True)
class Unreadable:
    """Something the bot cannot use: media, an edit, a forwarded message."""

    reason: Literal["media", "edited", "forwarded"]


@dataclass(frozen=True)
class ButtonPress:
    """A callback query: ``press`` is None for data this bot did not write."""

    query: CallbackQuery
    press: Press | None

    @property
    def message(self) -> Message | None:
        """The message the button belongs to, when Telegram still gives it to us."""
        message = self.query.message
        return message if isinstance(message, Message) else None


Action = Command | Typed | Mention | Unreadable | ButtonPress


@dataclass(frozen=True)
class Incoming:
    """One update for the shell: who, where, and what they did.

    ``person`` is the Telegram user id as text, for storage to pseudonymise; it is never
    logged or stored as is.
    """

    update_id: int
    chat_id: int
    person: str
    private: bool
    language_code: str | None
    action: Action


def decode(update: Update, bot_username: str) -> Incoming | None:
    """What the update means for this bot, or None when it should be ignored."""
    query = update.callback_query
    if query is not None:
        chat = query.message.chat if query.message is not None else None
        if chat is not None and chat.type == Chat.PRIVATE and chat.id != query.from_user.id:
            # A press that claims another person's private chat: never answer into it.
            return None
        return Incoming(
            update_id=update.update_id,
            chat_id=chat.id if chat is not None else query.from_user.id,
            person=str(query.from_user.id),
            private=chat is None or chat.type == Chat.PRIVATE,
            language_code=query.from_user.language_code,
            action=ButtonPress(query, decode_press(query.data)),
        )
    message = update.message or update.edited_message
    if message is None:
        return None
    private = message.chat.type == Chat.PRIVATE
    action = _message_action(message, bot_username, private, edited=update.message is None)
    if action is None:
        return None
    user = message.from_user
    return Incoming(
        update_id=update.update_id,
        chat_id=message.chat.id,
        person=str(user.id) if user is not None else "",
        private=private,
        language_code=user.language_code if user is not None else None,
        action=action,
    )


def _message_action(
    message: Message, bot_username: str, private: bool, *, edited: bool
) -> Action | None:
    if private and (message.from_user is None or message.from_user.is_bot):
        return None
    if edited:
        return Unreadable("edited") if private else None
    if message.forward_origin is not None:
        return Unreadable("forwarded") if private else None
    if message.text is not None:
        command = _command(message, bot_username)
        if command is not None:
            return command if command.name else None
        if private:
            return Typed(message.text)
        return Mention() if _mentions(message, bot_username) else None
    if not private:
        added = message.new_chat_members or ()
        return Mention() if any(_is_bot(user.username, bot_username) for user in added) else None
    if _is_service_message(message):
        return None
    return Unreadable("media")


def _command(message: Message, bot_username: str) -> Command | None:
    """The command at the start of the text; ``Command("")`` for another bot's command."""
    text = message.text or ""
    entity = next(
        (e for e in message.entities if e.type == MessageEntity.BOT_COMMAND and e.offset == 0),
        None,
    )
    if entity is None:
        return None
    token = message.parse_entity(entity)
    name, _, target = token.removeprefix("/").partition("@")
    if target and not _is_bot(target, bot_username):
        return Command("")
    return Command(name.lower(), text[len(token) :].strip())


def _mentions(message: Message, bot_username: str) -> bool:
    for entity, text in message.parse_entities([MessageEntity.MENTION]).items():
        if entity.type == MessageEntity.MENTION and _is_bot(text.removeprefix("@"), bot_username):
            return True
    return False


def _is_bot(username: str | None, bot_username: str) -> bool:
    return bool(username) and str(username).lower() == bot_username.lower()


def _is_service_message(message: Message) -> bool:
    """Pinned messages, chat photo changes and the like: nothing the person sent."""
    return bool(
        message.pinned_message
        or message.new_chat_title
        or message.new_chat_photo
        or message.delete_chat_photo
        or message.left_chat_member
        or message.new_chat_members
    )


# ---- /start payloads ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StartPayload:
    """What a deep link's ``start`` payload asks for; anything unrecognised is ignored."""

    language: str | None = None
    referral: str | None = None


def parse_start_payload(payload: str) -> StartPayload:
    """``es``, ``ref-madrid01`` or ``es_ref-madrid01``: a language and/or a referral code.

    Parts are separated by ``_``; a part is a language Telegram users may see in a link
    (negotiated like a language tag: ``pt-BR`` or ``pt``) or ``ref-`` and a code. A bad
    payload is ignored, never an error.
    """
    if not _START_PAYLOAD.fullmatch(payload):
        return StartPayload()
    language: str | None = None
    referral: str | None = None
    for part in payload.split("_"):
        if part.lower().startswith(REFERRAL_PREFIX):
            code = part[len(REFERRAL_PREFIX) :]
            if referral is None and _REFERRAL_CODE.fullmatch(code):
                referral = code
        elif language is None and part:
            found = negotiate(part, default="")
            language = found or None
    return StartPayload(language, referral)


def referral_payload(code: str) -> str:
    """The ``start`` payload that carries a referral code."""
    if not _REFERRAL_CODE.fullmatch(code):
        raise ValueError("a referral code is 1 to 60 of A-Z, a-z, 0-9 and -")
    return REFERRAL_PREFIX + code
