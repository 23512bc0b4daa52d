"""A screen as paragraphs, the one form both shells render from.

A paragraph is plain text with one emphasis, a plain prefix (a bullet) and suffix (source
numbers). The console prints their plain text; the Telegram renderer turns the same paragraphs
into HTML; the transcript stores their plain text, so it holds exactly what was shown.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Literal

from bot import words
from bot.texts import Localizer
from dialogs.model import Block, Screen
from dialogs.text import msg

Emphasis = Literal["plain", "bold", "italic"]
_TAGS: dict[Emphasis, tuple[str, str]] = {
    "plain": ("", ""),
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
}
BAR_FULL = "▰"
BAR_EMPTY = "▱"
BAR_WIDTH = 10
PARAGRAPH_BREAK = "\n\n"
LINE_BREAK = "\n"


def utf16_length(text: str) -> int:
    """A text's length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Text as Telegram HTML: ``&``, ``<`` and ``>`` escaped, nothing else interpreted."""
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Paragraph:
    """Plain text with one emphasis, a plain prefix (a bullet) and suffix (source numbers);
    ``tight``: it follows the paragraph before it on the next line (a list's item)."""

    text: str
    emphasis: Emphasis = "plain"
    prefix: str = ""
    suffix: str = ""
    tight: bool = False

    @property
    def plain(self) -> str:
        return self.prefix + self.text + self.suffix

    @property
    def length(self) -> int:
        """Visible length after entity parsing, in UTF-16 code units."""
        return utf16_length(self.plain)

    def html(self) -> str:
        if not self.text:
            return escape(self.prefix + self.suffix)
        opening, closing = _TAGS[self.emphasis]
        return f"{escape(self.prefix)}{opening}{escape(self.text)}{closing}{escape(self.suffix)}"


def block_paragraph(block: Block, localizer: Localizer, *, after: Block | None) -> Paragraph:
    """A screen's block with its style; medical statements end with their source numbers."""
    text = localizer.text(block.text)
    sources = " " + "".join(f"[{n}]" for n in block.sources) if block.sources else ""
    tight = after is not None and block.style in ("item", "source")
    match block.style:
        case "title" | "notice":
            return Paragraph(text, "bold", suffix=sources)
        case "item":
            return Paragraph(text, prefix="• ", suffix=sources, tight=tight)
        case "source":
            return Paragraph(text, "italic", suffix=sources, tight=tight)
        case _:
            return Paragraph(text, suffix=sources)


def progress_paragraph(step: int, total: int, localizer: Localizer) -> Paragraph:
    """ "Question 4 of about 24" with a small bar."""
    done = round(BAR_WIDTH * max(0, min(step, total)) / total)
    label = localizer.text(msg(words.PROGRESS, step=step, total=total))
    return Paragraph(label, "italic", suffix=" " + BAR_FULL * done + BAR_EMPTY * (BAR_WIDTH - done))


def screen_paragraphs(screen: Screen, localizer: Localizer) -> list[Paragraph]:
    """The screen's paragraphs in order: the progress line first on a question."""
    paragraphs: list[Paragraph] = []
    if screen.step is not None and screen.steps_total:
        paragraphs.append(progress_paragraph(screen.step, screen.steps_total, localizer))
    previous: Block | None = None
    for block in screen.blocks:
        paragraphs.append(block_paragraph(block, localizer, after=previous))
        previous = block
    return paragraphs


def join_plain(paragraphs: list[Paragraph]) -> str:
    """Paragraphs as plain text: blank lines between them, a list's items line by line."""
    parts: list[str] = []
    for paragraph in paragraphs:
        if parts:
            parts.append(LINE_BREAK if paragraph.tight else PARAGRAPH_BREAK)
        parts.append(paragraph.plain)
    return "".join(parts)


def plain_text(screen: Screen, localizer: Localizer) -> str:
    """The screen as the person sees it, in plain text (what the transcript stores)."""
    return join_plain(screen_paragraphs(screen, localizer))
