"""What a step owes a chat, as Bot API calls: the letters the outbox keeps until they are sent.

A step's letters are built before the step is committed and stored with it, so nothing the
person is owed can be lost between the answer and the reply. Their priority says which go
first when Telegram's limit holds replies back: safety screens before the next question of
someone waiting, and marking an old question answered last (``storage.outbox.Priority``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from telegram import Message
from telegram.constants import ParseMode

from bot.paragraphs import utf16_length
from bot.telegram import render
from bot.telegram.render import OutgoingMessage
from bot.texts import Localizer
from dialogs.model import (
    Answered,
    Label,
    SafetyRecord,
    Screen,
    ScreenKind,
    Stale,
    Toggled,
    WentBack,
)
from dialogs.state import Step
from storage.outbox import Letter, Priority

NO_LINK_PREVIEW: Final[dict[str, object]] = {"is_disabled": True}  # never modified
QR_PHOTO = "sendPhoto"

# Screens that go out before anyone's next question: the emergency and crisis screens, the
# self-harm questions, and the emergency check when typed words led back to it.
_SAFETY_SCREENS = frozenset(
    {ScreenKind.EMERGENCY, ScreenKind.CRISIS, ScreenKind.SAFETY, ScreenKind.EMERGENCY_CHECK}
)


def priority_of(step: Step) -> Priority:
    """A step that shows a safety screen or records a safety event goes first."""
    if any(screen.kind in _SAFETY_SCREENS for screen in step.screens):
        return Priority.SAFETY
    if any(isinstance(record, SafetyRecord) for record in step.records):
        return Priority.SAFETY
    return Priority.REPLY


def for_step(
    chat: int,
    step: Step,
    localizer: Localizer,
    *,
    pressed: Message | None = None,
    share_link: str | None = None,
) -> list[Letter]:
    """A step's letters: the pressed question edited as the outcome says (a tick in place; an
    answer marked; Back or an older question's button: its keyboard taken away), then the
    screens."""
    priority = priority_of(step)
    letters: list[Letter] = []
    if pressed is not None:
        match step.outcome:
            case Toggled():
                return [ticks(pressed, step.screens[-1], localizer, priority)]
            case Answered(labels=labels):
                letters.extend(answered(pressed, labels, localizer))
            case WentBack() | Stale():
                letters.extend(without_keyboard(pressed))
    letters.extend(screens(chat, step.screens, localizer, priority, share_link=share_link))
    return letters


def screens(
    chat: int,
    shown: Sequence[Screen],
    localizer: Localizer,
    priority: Priority,
    *,
    share_link: str | None = None,
) -> list[Letter]:
    """Every screen, in order, as messages; a sharing screen with its link and QR code."""
    letters: list[Letter] = []
    for screen in shown:
        link = share_link if screen.share else None
        for message in render.render_screen(screen, localizer, share_link=link):
            letters.append(message_letter(chat, message, priority))
        if link is not None:
            letters.append(qr_letter(chat, link, render.qr_caption(localizer), priority))
    return letters


def message_letter(
    chat: int, message: OutgoingMessage, priority: Priority = Priority.REPLY
) -> Letter:
    params: dict[str, object] = {
        "text": message.text,
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": NO_LINK_PREVIEW,
    }
    if message.keyboard is not None:
        params["reply_markup"] = render.keyboard_json(message.keyboard)
    return Letter(chat, "sendMessage", params, priority)


def qr_letter(chat: int, link: str, caption: str, priority: Priority = Priority.REPLY) -> Letter:
    """A QR code of ``link`` as a photo (drawn when it is sent: only the link is stored)."""
    params = {"qr_link": link, "caption": caption, "parse_mode": ParseMode.HTML.value}
    return Letter(chat, QR_PHOTO, params, priority)


def ticks(message: Message, screen: Screen, localizer: Localizer, priority: Priority) -> Letter:
    """A tick: the question's keyboard edited in place (a later tick replaces it)."""
    markup = render.question_keyboard(screen, localizer)
    return Letter(
        message.chat.id,
        "editMessageReplyMarkup",
        {"message_id": message.message_id, "reply_markup": render.keyboard_json(markup)},
        priority,
        merge_key=f"keyboard:{message.message_id}",
    )


def answered(message: Message, labels: Sequence[Label], localizer: Localizer) -> list[Letter]:
    """The answered question's message shows the answer and loses its keyboard."""
    text = None
    if labels and message.text:
        text = render.answered_text(
            message.text_html, utf16_length(message.text), labels, localizer
        )
    if text is None:
        return without_keyboard(message)
    params = {
        "message_id": message.message_id,
        "text": text,
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": NO_LINK_PREVIEW,
    }
    return [_cosmetic(message, "editMessageText", params)]


def without_keyboard(message: Message) -> list[Letter]:
    """The message's keyboard taken away (nothing to do when it has none)."""
    if message.reply_markup is None:
        return []
    return [_cosmetic(message, "editMessageReplyMarkup", {"message_id": message.message_id})]


def _cosmetic(message: Message, method: str, params: dict[str, object]) -> Letter:
    return Letter(
        message.chat.id,
        method,
        params,
        Priority.COSMETIC,
        merge_key=f"old:{message.message_id}",
    )
