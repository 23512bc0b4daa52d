"""Screens to Telegram messages: the one place that knows Telegram's limits.

Everything the bot sends to Telegram is built here, so the limits hold by construction:

- message text is valid Telegram HTML (only ``<b>`` and ``<i>`` are produced; every piece of
  text is escaped) and at most 4096 characters after entity parsing, counted in UTF-16 code
  units as Telegram counts them; longer content is split at paragraph boundaries (a paragraph
  longer than a message is split at a line, sentence or word);
- callback data is at most 64 bytes (``callback_data``), a keyboard row holds at most 8 buttons
  and a keyboard at most 100, and button labels are at most 40 characters (truncated only as a
  last resort: the content is written short);
- command descriptions, the bot's descriptions, captions and callback answers fit theirs.

The text of a screen is built from the same paragraphs as its plain form (``bot.paragraphs``),
so what the transcript stores is what Telegram shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup

from bot import words
from bot.paragraphs import (
    LINE_BREAK,
    PARAGRAPH_BREAK,
    Paragraph,
    escape,
    screen_paragraphs,
    utf16_length,
)
from bot.telegram.callback_data import NO_TOKEN, PressKind, encode_press
from bot.texts import Localizer
from dialogs.model import Label, Option, Screen
from dialogs.text import Text, msg, plural

MESSAGE_LIMIT: Final = 4096
CAPTION_LIMIT: Final = 1024
CALLBACK_ANSWER_LIMIT: Final = 200
BUTTONS_PER_ROW: Final = 8
BUTTONS_TOTAL: Final = 100
BUTTON_LABEL_LIMIT: Final = 40
COMMAND_DESCRIPTION_LIMIT: Final = 256
DESCRIPTION_LIMIT: Final = 512
SHORT_DESCRIPTION_LIMIT: Final = 120

TICKED: Final = "☑"
UNTICKED: Final = "☐"
CHOSEN: Final = "✓"
ELLIPSIS: Final = "…"

# Buttons whose labels are all this short share a row (two or more per row).
_SHORT_LABEL = 14
_ROW_OF_FEW = 4
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_USERNAME = re.compile(r"[A-Za-z0-9_]{3,64}")


# ---- paragraphs -----------------------------------------------------------------------------


def split_paragraph(paragraph: Paragraph, limit: int) -> list[Paragraph]:
    """A paragraph as pieces that each fit ``limit`` (prefix first, suffix last)."""
    if paragraph.length <= limit:
        return [paragraph]
    budget = limit - utf16_length(paragraph.prefix) - utf16_length(paragraph.suffix)
    if budget < 1:
        raise ValueError("a paragraph's prefix and suffix alone exceed the limit")
    pieces = split_text(paragraph.text, budget)
    last = len(pieces) - 1
    return [
        Paragraph(
            piece,
            paragraph.emphasis,
            paragraph.prefix if index == 0 else "",
            paragraph.suffix if index == last else "",
            tight=paragraph.tight if index == 0 else False,
        )
        for index, piece in enumerate(pieces)
    ]


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-16 units: at a line, sentence or word end."""
    pieces: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        cut = _fitting_prefix(rest, limit)
        window = rest[:cut]
        for separator in ("\n", ". ", "! ", "? ", "; ", ", ", " "):
            at = window.rfind(separator)
            if at > 0:
                cut = at + len(separator.rstrip(" ")) if separator != "\n" else at
                break
        piece = rest[:cut].rstrip()
        if not piece:  # only whitespace before the cut: cut hard instead
            cut = _fitting_prefix(rest, limit)
            piece = rest[:cut]
        pieces.append(piece)
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _fitting_prefix(text: str, limit: int) -> int:
    """The largest number of code points of ``text`` that fit in ``limit`` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return max(index, 1)
    return len(text)


def pack(paragraphs: Sequence[Paragraph], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Paragraphs as message texts of at most ``limit``, split only between paragraphs when
    possible; each text is valid Telegram HTML."""
    messages: list[list[Paragraph]] = []
    current: list[Paragraph] = []
    length = 0
    for paragraph in paragraphs:
        for piece in split_paragraph(paragraph, limit):
            gap = utf16_length(_gap(piece)) if current else 0
            if current and length + gap + piece.length > limit:
                messages.append(current)
                current, length, gap = [], 0, 0
            current.append(piece)
            length += gap + piece.length
    if current:
        messages.append(current)
    return ["".join(_joined(message)) for message in messages]


def _gap(paragraph: Paragraph) -> str:
    return LINE_BREAK if paragraph.tight else PARAGRAPH_BREAK


def _joined(message: list[Paragraph]) -> list[str]:
    parts: list[str] = []
    for paragraph in message:
        if parts:
            parts.append(_gap(paragraph))
        parts.append(paragraph.html())
    return parts


# ---- messages -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutgoingMessage:
    """One ``sendMessage``: Telegram HTML text and, on the last part of a question, buttons."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def render_screen(
    screen: Screen, localizer: Localizer, *, share_link: str | None = None
) -> list[OutgoingMessage]:
    """A screen as one or more messages; the keyboard goes on the last one. ``share_link`` is
    added to a screen that asks to share the bot."""
    paragraphs = screen_paragraphs(screen, localizer)
    if screen.share and share_link:
        paragraphs.append(Paragraph(share_link))
    texts = pack(paragraphs)
    keyboard = question_keyboard(screen, localizer) if screen.options else None
    messages = [OutgoingMessage(text) for text in texts[:-1]]
    messages.append(OutgoingMessage(texts[-1], keyboard))
    return messages


def render_notice(localizer: Localizer, *texts: Text) -> OutgoingMessage:
    """A short message of paragraphs (no buttons); must fit in one message."""
    [text] = pack([Paragraph(localizer.text(t)) for t in texts])
    return OutgoingMessage(text)


def answered_text(
    original_html: str, original_length: int, labels: Sequence[Label], localizer: Localizer
) -> str | None:
    """A question's message once answered: its text plus the answer, for an edit in place.

    ``original_html`` is the message's text as Telegram HTML (python-telegram-bot's
    ``Message.text_html``) and ``original_length`` its visible length; None when the answer
    line would not fit, and then only the keyboard is removed.
    """
    answer = ", ".join(localizer.text(label) for label in labels)
    line = Paragraph(
        localizer.text(msg(words.ANSWER_LINE, answer=answer)), "bold", prefix=f"{CHOSEN} "
    )
    if original_length + utf16_length(PARAGRAPH_BREAK) + line.length > MESSAGE_LIMIT:
        return None
    return original_html + PARAGRAPH_BREAK + line.html()


# ---- keyboards ------------------------------------------------------------------------------


def button_label(text: str) -> str:
    """A label of at most 40 characters (a last resort: labels are written short)."""
    text = " ".join(text.split())
    if len(text) <= BUTTON_LABEL_LIMIT:
        return text
    return text[: BUTTON_LABEL_LIMIT - 1].rstrip() + ELLIPSIS


def callback_button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(button_label(label), callback_data=data)


def question_keyboard(screen: Screen, localizer: Localizer) -> InlineKeyboardMarkup:
    """The answers as buttons: 0–10 scales in two rows, short labels side by side, ☐/☑
    toggles with Done for multi-select questions, and Back when there is a question to go
    back to.

    Everyone at the same point of the dialog gets the same keyboard, so keyboards are kept
    (by their labels and callback data) and built once.
    """
    token = screen.token or NO_TOKEN
    answers = tuple(
        (_option_label(option, screen, localizer), encode_press(PressKind.OPTION, token, option.id))
        for option in screen.options
    )
    done = (
        (localizer.text(words.DONE_BUTTON), encode_press(PressKind.DONE, token, "done"))
        if screen.select == "many"
        else None
    )
    back = (
        (localizer.text(words.BACK_BUTTON), encode_press(PressKind.BACK, token, "back"))
        if screen.back
        else None
    )
    return _built_keyboard(answers, _is_scale(screen.options), done, back)


Button = tuple[str, str]  # label, callback data
# Keyboards kept, each a few kilobytes: every question in a few languages, with room for the
# ticks people make in multi-select questions.
KEPT_KEYBOARDS: Final = 1024


@lru_cache(maxsize=KEPT_KEYBOARDS)
def _built_keyboard(
    answers: tuple[Button, ...], scale: bool, done: Button | None, back: Button | None
) -> InlineKeyboardMarkup:
    rows = layout([callback_button(label, data) for label, data in answers], scale=scale)
    rows.extend([callback_button(*extra)] for extra in (done, back) if extra is not None)
    return keyboard(rows)


def keyboard_json(markup: InlineKeyboardMarkup) -> dict[str, object]:
    """The keyboard as the Bot API's JSON; computed once for each keyboard kept above."""
    return _keyboard_json(_Identity(markup))


@dataclass(frozen=True, eq=False)
class _Identity:
    """A keyboard compared by identity: a kept keyboard's JSON is cached, nothing else's."""

    markup: InlineKeyboardMarkup

    def __hash__(self) -> int:
        return id(self.markup)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identity) and other.markup is self.markup


@lru_cache(maxsize=KEPT_KEYBOARDS)
def _keyboard_json(key: _Identity) -> dict[str, object]:
    return key.markup.to_dict()


def _option_label(option: Option, screen: Screen, localizer: Localizer) -> str:
    label = localizer.text(option.label)
    if screen.select == "many":
        return f"{TICKED if option.id in screen.selected else UNTICKED} {label}"
    if option.id in screen.selected:
        return f"{CHOSEN} {label}"
    return label


def _is_scale(options: Sequence[Option]) -> bool:
    return len(options) > _ROW_OF_FEW and all(option.id.isdigit() for option in options)


def layout(
    buttons: Sequence[InlineKeyboardButton], *, scale: bool = False
) -> list[list[InlineKeyboardButton]]:
    """Rows of buttons: a scale in two rows; a few short labels in one row; short labels two
    to a row; anything longer one to a row."""
    items = list(buttons)
    if not items:
        return []
    if scale:
        half = (len(items) + 1) // 2
        return [row for row in (items[:half], items[half:]) if row]
    short = all(len(button.text) <= _SHORT_LABEL for button in items)
    if short and len(items) <= _ROW_OF_FEW:
        return [items]
    width = 2 if short else 1
    return [items[i : i + width] for i in range(0, len(items), width)]


def keyboard(rows: Iterable[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    """An inline keyboard, checked against Telegram's limits."""
    checked: list[list[InlineKeyboardButton]] = []
    for row in rows:
        if not row:
            continue
        if len(row) > BUTTONS_PER_ROW:
            raise ValueError(f"a keyboard row holds at most {BUTTONS_PER_ROW} buttons")
        checked.append(list(row))
    if sum(len(row) for row in checked) > BUTTONS_TOTAL:
        raise ValueError(f"a keyboard holds at most {BUTTONS_TOTAL} buttons")
    return InlineKeyboardMarkup(checked)


# ---- /language, /delete, groups, sharing ----------------------------------------------------


def language_menu(
    localizer: Localizer, languages: Sequence[tuple[str, str]], current: str
) -> OutgoingMessage:
    """The language menu: each language under its own name (``Deutsch``, ``Español``)."""
    buttons = [
        callback_button(
            f"{CHOSEN} {name}" if code == current else name,
            encode_press(PressKind.LANGUAGE, NO_TOKEN, code),
        )
        for code, name in languages
    ]
    return OutgoingMessage(
        render_notice(localizer, words.LANGUAGE_MENU).text, keyboard(layout(buttons))
    )


def delete_question(localizer: Localizer) -> OutgoingMessage:
    """/delete: are you sure?"""
    buttons = [
        callback_button(
            localizer.text(words.DELETE_YES), encode_press(PressKind.DELETE, NO_TOKEN, "yes")
        ),
        callback_button(
            localizer.text(words.DELETE_NO), encode_press(PressKind.DELETE, NO_TOKEN, "no")
        ),
    ]
    return OutgoingMessage(
        render_notice(localizer, words.DELETE_QUESTION).text, keyboard([buttons])
    )


def deleted_notice(localizer: Localizer, count: int) -> OutgoingMessage:
    return render_notice(localizer, plural(words.DELETED, count), words.START_AGAIN_HINT)


def group_invite(localizer: Localizer, link: str) -> OutgoingMessage:
    """In a group: what the bot is, and a button that opens the private chat."""
    button = InlineKeyboardButton(button_label(localizer.text(words.GROUP_BUTTON)), url=link)
    text = render_notice(localizer, words.GROUP_INTRO, words.GROUP_NOT_EMERGENCY).text
    return OutgoingMessage(text, keyboard([[button]]))


def share_message(localizer: Localizer, link: str, *, group: bool) -> OutgoingMessage:
    """/share: the link (Telegram shows it as a link), for a person or a support group."""
    template = words.GROUP_SHARE_TEXT if group else words.SHARE_TEXT
    return render_notice(localizer, msg(template, link=link))


def qr_caption(localizer: Localizer) -> str:
    return escape(fit(localizer.text(words.QR_CAPTION), CAPTION_LIMIT))


def callback_answer(localizer: Localizer, text: Text) -> str:
    """The short notice shown when a button press is answered (at most 200 characters)."""
    return fit(localizer.text(text), CALLBACK_ANSWER_LIMIT)


def deep_link(username: str, payload: str | None = None) -> str:
    """``https://t.me/<bot>`` with an optional ``start`` payload (1–64 of ``A-Za-z0-9_-``)."""
    if not _USERNAME.fullmatch(username):
        raise ValueError("not a bot username")
    if payload is None:
        return f"https://t.me/{username}"
    if not _PAYLOAD.fullmatch(payload):
        raise ValueError("a start payload is 1 to 64 of A-Z, a-z, 0-9, _ and -")
    return f"https://t.me/{username}?start={payload}"


# ---- the bot's profile ----------------------------------------------------------------------


def bot_commands(localizer: Localizer, names: Sequence[str]) -> list[BotCommand]:
    """The command menu in one language."""
    return [
        BotCommand(name, fit(localizer.text(words.COMMANDS[name]), COMMAND_DESCRIPTION_LIMIT))
        for name in names
    ]


def bot_description(localizer: Localizer) -> str:
    return fit(localizer.text(words.DESCRIPTION), DESCRIPTION_LIMIT)


def bot_short_description(localizer: Localizer) -> str:
    return fit(localizer.text(words.SHORT_DESCRIPTION), SHORT_DESCRIPTION_LIMIT)


def fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word, with an ellipsis (a last resort)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS
