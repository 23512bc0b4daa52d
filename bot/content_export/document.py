"""The document being written: its lines, the strings it has shown, and how a string is shown.

``Doc`` writes each string of the catalog once, as an entry (its id, the English, the
translation, the note for translators, where it is used), and any later use of it as a
reference to that entry; the helpers below format a text for Markdown.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from bot.content_export.catalogs import Message, Translation, string_id
from dialogs.levels import Level
from dialogs.model import Block
from dialogs.text import ListOf, Msg, Param, Plural, Text, rough_english

_STYLE = {
    "title": "Heading",
    "body": "Text",
    "item": "List item",
    "statement": "Medical statement",
    "notice": "Highlighted notice",
    "source": "Source line",
}


@dataclass
class Doc:
    """The document's lines, and which strings it has shown (each is shown once)."""

    english: dict[str, Message]
    translation: Translation | None
    lines: list[str] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    cited: dict[str, set[int]] = field(default_factory=dict)  # string id -> sources cited

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def heading(self, level: int, text: str) -> None:
        self.add("", "#" * level + " " + text, "")

    def para(self, text: str) -> None:
        self.add("", text, "")

    def quote(self, text: str | None) -> None:
        """A docstring or comment, quoted as it is."""
        if text:
            self.add("", *(f"> {line}".rstrip() for line in inspect.cleandoc(text).split("\n")), "")

    def text(
        self,
        label: str,
        value: Text | None,
        cites: Sequence[int] = (),
        *,
        suffix: str = "",
        skip: set[str] | None = None,
    ) -> None:
        """A string (and the strings that fill its placeholders) as entries, or as references
        to where it was shown first; no reference to a string in ``skip``."""
        if value is None:
            return
        for depth, (param, part) in enumerate(catalog_parts(value)):
            key = message_key(part)
            if depth == 0 and not (skip is not None and key in skip and key in self.shown):
                self._entry_or_reference(label, key, cites, suffix)
            elif depth > 0 and key not in self.shown:
                self._entry(f"Fills {{{param}}} in the line above", key, ())
            if skip is not None:
                skip.add(key)

    def blocks(self, blocks: Iterable[Block], *, new_only: bool = False) -> None:
        """A screen's paragraphs; ``new_only``: only those not shown yet (another variant of a
        screen already shown)."""
        skip = set(self.shown) if new_only else set()
        for block in blocks:
            self.text(_STYLE.get(block.style, "Text"), block.text, block.sources, skip=skip)

    def leftovers(self, files: Iterable[str], intro: str) -> None:
        """The catalog's messages used in ``files`` that no data above has shown."""
        wanted = set(files)
        keys = [
            key
            for key, message in self.english.items()
            if key not in self.shown and wanted & set(message.files)
        ]
        if keys:
            self.para(intro)
            self.entries(keys)

    def rest(self) -> list[str]:
        """The catalog's messages not shown yet."""
        return [key for key in self.english if key not in self.shown]

    def entries(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._entry("Text", key, ())

    def _entry_or_reference(self, label: str, key: str, cites: Sequence[int], suffix: str) -> None:
        if key in self.shown:
            self._reference(label, key, cites, suffix)
        else:
            self._entry(label, key, cites, suffix)

    def _entry(self, label: str, key: str, cites: Sequence[int], suffix: str = "") -> None:
        self.shown.add(key)
        sid = string_id(key)
        self.cited.setdefault(sid, set()).update(cites)
        self.add(f"- `{sid}` **{label}**{cite_marks(cites)}{suffix}")
        message = self.english.get(key)
        if message is None:
            self.add(*_english_lines(tuple(key.split("\x00"))))
            self.add("  - ⚠ Not in the catalogs yet: every language shows the English.")
            return
        self.add(*_english_lines(message.forms))
        if self.translation is not None:
            self.add(*_translated_lines(self.translation, key))
        if message.note:
            self.add(f"  - Note for translators: {md(message.note)}")
        self.add("  - Used in: " + ", ".join(f"`{path}`" for path in message.files))

    def _reference(self, label: str, key: str, cites: Sequence[int], suffix: str) -> None:
        sid = string_id(key)
        self.cited.setdefault(sid, set()).update(cites)
        said = f"“{short(key.split(chr(0))[0])}”"
        if self.translation is not None:
            translated = self.translation.strings.get(key, ("",))[0]
            said += f" · “{short(translated)}”" if translated else ""
        self.add(f"- **{label}**{cite_marks(cites)}{suffix}: the same text as `{sid}`, {said}")


def catalog_parts(value: Text | Param, param: str = "") -> Iterator[tuple[str, Msg | Plural]]:
    """The catalog messages in a text: itself, then those that fill its placeholders."""
    if isinstance(value, Msg | Plural):
        yield param, value
        for name, inner in value.params.items():
            yield from catalog_parts(inner, name)
    elif isinstance(value, ListOf):
        for item in value.items:
            yield from catalog_parts(item, param)


def message_key(part: Msg | Plural) -> str:
    return part.msgid if isinstance(part, Msg) else f"{part.singular}\x00{part.plural}"


def _english_lines(forms: tuple[str, ...]) -> list[str]:
    lines = [f"  - English: {md(forms[0])}"]
    if len(forms) > 1:
        lines.append(f"  - English, plural: {md(forms[1])}")
    return lines


def _translated_lines(translation: Translation, key: str) -> list[str]:
    forms = translation.strings.get(key, ())
    name = translation.name
    if not any(forms):
        return [f"  - {name}: ⚠ not translated: the English is shown"]
    if len(forms) == 1:
        return [f"  - {name}: {md(forms[0])}"]
    return [
        f"  - {name} ({label}): {md(form)}"
        for label, form in zip(translation.form_labels, forms, strict=False)
    ]


def md(text: str) -> str:
    """Text as Markdown that shows it as it is: a line break as ``<br>``."""
    escaped = re.sub(r"([\\`*<|])", r"\\\1", text)
    return escaped.replace("\n", "<br>")


def short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return md(flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…")


def cite_marks(numbers: Iterable[int]) -> str:
    found = sorted(set(numbers))
    return " " + "".join(f"[{n}]" for n in found) if found else ""


def english_of(value: Text | None) -> str:
    return rough_english(value) if value is not None else ""


def level_name(level: Level) -> str:
    return level.value.capitalize()
