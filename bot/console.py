"""The console chat: the whole dialog in a terminal, or as JSON lines for scripts."""

from __future__ import annotations

import json
import re
import secrets
import sys
from collections.abc import Iterable
from typing import TextIO

from bot import words
from bot.conversation import Conversations
from bot.paragraphs import plain_text
from bot.texts import Localizer
from dialogs.model import (
    Back,
    Choose,
    Done,
    Event,
    FreeText,
    Note,
    Repeat,
    Screen,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Start,
)
from dialogs.state import DialogState
from dialogs.states import FINAL_STATES
from dialogs.text import Msg, msg, plural
from locales.translator import available, native_name, negotiate

CHANNEL = "console"
# The console has one person: whoever sits at this terminal.
CONSOLE_PERSON = "console-user"
_NUMBERS = re.compile(r"\d+(?:[\s,;]+\d+)*")


def screen_json(screen: Screen, localizer: Localizer) -> dict[str, object]:
    """One screen as the JSON-lines contract describes it (docs/jsonl.md)."""
    data: dict[str, object] = {
        "state": screen.state,
        "question": screen.question,
        "text": plain_text(screen, localizer),
        "options": [
            {"id": option.id, "label": localizer.text(option.label)} for option in screen.options
        ],
        "select": screen.select,
        "triage": screen.triage.value if screen.triage else None,
        "crisis": screen.crisis,
        "kind": screen.kind.value,
        "selected": list(screen.selected),
        "back": screen.back,
        "language": localizer.language,
    }
    if screen.triage is not None:
        data["reasons"] = list(screen.reasons)
    if screen.state in ("result", "topic", "visit_summary"):
        data["highlighted"] = list(screen.highlighted)
    if screen.topic:
        data["topic"] = screen.topic
    if screen.step is not None:
        data["step"] = screen.step
        data["steps_total"] = screen.steps_total
    if screen.share:
        data["share"] = True
    return data


def screen_terminal(screen: Screen, localizer: Localizer) -> str:
    """One screen as readable terminal text with numbered options."""
    lines = [plain_text(screen, localizer)]
    scale = bool(screen.options) and all(option.id.isdigit() for option in screen.options)
    if scale:
        lines.append("  " + "  ".join(option.id for option in screen.options))
        lines.append("  " + localizer.text(words.SCALE_HINT))
        if screen.selected:
            earlier = msg(words.EARLIER_ANSWER, answer=screen.selected[0])
            lines.append("  " + localizer.text(earlier))
    else:
        for number, option in enumerate(screen.options, start=1):
            mark = ""
            if screen.select == "many":
                mark = "[x] " if option.id in screen.selected else "[ ] "
            elif option.id in screen.selected:
                mark = "* "
            lines.append(f"  {number:>2}) {mark}{localizer.text(option.label)}")
    if screen.select == "many":
        done = localizer.text(words.DONE_WORD)
        lines.append("  " + localizer.text(msg(words.TICK_HINT, done=done)))
    if screen.back:
        back = localizer.text(words.BACK_WORD)
        lines.append("  " + localizer.text(msg(words.BACK_HINT, back=back)))
    return "\n".join(lines)


def decode(line: str, screen: Screen | None, localizer: Localizer) -> list[Event] | Msg | None:
    """A typed line as engine events: a number (or several, to tick), an option's label or
    its id, a command, or the translated words for done and back; else free text."""
    text = line.strip()
    if not text:
        return None
    lowered = text.casefold()
    if lowered.startswith("text:"):
        return [FreeText(text[5:].strip())]
    if lowered.startswith("/language"):
        code = text[len("/language") :].strip()
        if code and negotiate(code, default="") in available():
            return [SetLanguage(negotiate(code))]
        languages = ", ".join(f"{c} ({native_name(c)})" for c in available())
        return msg(words.LANGUAGE_LIST, languages=languages)
    commands: dict[str, Event] = {
        "/restart": Start(),
        "/start": Start(),
        "/privacy": ShowPrivacy(),
        "/help": ShowHelp(),
        "/back": Back(),
        "/done": Done(),
        "back": Back(),
        "done": Done(),
        localizer.text(words.BACK_WORD).casefold(): Back(),
        localizer.text(words.DONE_WORD).casefold(): Done(),
    }
    if lowered in commands:
        return [commands[lowered]]
    if screen is None or not screen.options:
        return [FreeText(text)]
    for option in screen.options:
        if lowered in (option.id.casefold(), localizer.text(option.label).casefold()):
            return [Choose(option.id)]
    if _NUMBERS.fullmatch(text):
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        fits = all(1 <= n <= len(screen.options) for n in numbers)
        # Several groups of the emergency check at once: each counts (the first shows the
        # emergency screen, the next join its reasons).
        several = screen.select == "many" or screen.question == "emergency_now"
        if fits and (len(numbers) == 1 or several):
            return [Choose(screen.options[n - 1].id) for n in numbers]
    return [FreeText(text)]


class ConsoleChat:
    """Runs the dialog over a text stream, for a person or a script."""

    def __init__(
        self,
        conversations: Conversations,
        *,
        language: str,
        region: str | None,
        jsonl: bool,
        skip_consent: bool,
        resume: bool,
        share_link: str | None = None,
        out: TextIO | None = None,
        language_chosen: bool = False,
    ) -> None:
        self.conversations = conversations
        self.language = language
        self.region = region
        self.jsonl = jsonl
        self.skip_consent = skip_consent
        self.resume = resume
        self.share_link = share_link
        self.language_chosen = language_chosen  # --lang given: a new conversation uses it
        self.out = out if out is not None else sys.stdout  # the stdout of now, not of import
        self._run = secrets.token_hex(4)
        self._count = 0
        self._question: Screen | None = None
        self._confirming_delete = False

    def run(self, lines: Iterable[str]) -> int:
        existing = self.conversations.state_of(CONSOLE_PERSON)
        finished = isinstance(existing, DialogState) and existing.state in FINAL_STATES
        if self.resume and existing is not None and not finished:
            self._send([Repeat(Note.RESUMED)])
        else:
            self._send([Start(self.language if self.language_chosen else None)])
        for line in lines:
            localizer = Localizer(self._current_language())
            if self._confirming_delete:
                self._confirm_delete(line.strip(), localizer)
                continue
            if line.strip().casefold() == "/delete":
                self._ask_delete(localizer)
                continue
            decoded = decode(line, self._question, localizer)
            if decoded is None:
                continue
            if isinstance(decoded, Msg):
                self._write_note(localizer, localizer.text(decoded))
                continue
            self._send(decoded)
        return 0

    def _ask_delete(self, localizer: Localizer) -> None:
        """/delete: erase everything stored for this person, once they confirm."""
        self._confirming_delete = True
        lines = [
            localizer.text(words.DELETE_QUESTION),
            f"   1) {localizer.text(words.DELETE_YES)}",
            f"   2) {localizer.text(words.DELETE_NO)}",
        ]
        self._write_note(localizer, "\n".join(lines))

    def _confirm_delete(self, answer: str, localizer: Localizer) -> None:
        self._confirming_delete = False
        confirmed = answer.casefold() in ("1", "yes", localizer.text(words.DELETE_YES).casefold())
        if not confirmed:
            self._send([Repeat(Note.NOT_DELETED)])
            return
        count = self.conversations.erase(CONSOLE_PERSON)
        self._write_note(localizer, localizer.text(plural(words.DELETED, count)))
        self._send([Start()])

    def _write_note(self, localizer: Localizer, rendered: str) -> None:
        """A message of the console itself, not of the dialog (not stored)."""
        if self.jsonl:
            note: dict[str, object] = {
                "state": "note",
                "question": None,
                "text": rendered,
                "options": [],
                "select": "none",
                "triage": None,
                "crisis": False,
                "kind": "notice",
            }
            self.out.write(json.dumps(note, ensure_ascii=False) + "\n")
        else:
            self.out.write(rendered + "\n\n")
        self.out.flush()

    def _current_language(self) -> str:
        state = self.conversations.state_of(CONSOLE_PERSON)
        return state.language if state is not None else self.language

    def _send(self, events: list[Event]) -> None:
        """Apply the events; show the screens of the last one (several ticks print once)."""
        step = None
        for event in events:
            self._count += 1
            step = self.conversations.handle(
                CONSOLE_PERSON,
                f"{self._run}:{self._count}",
                event,
                language=self.language,
                region=self.region,
                skip_consent=self.skip_consent,
            )
        if step is None:
            return
        localizer = Localizer(step.state.language)
        for screen in step.screens:
            if screen.question is not None:
                self._question = screen
            self._emit(screen, localizer)

    def _emit(self, screen: Screen, localizer: Localizer) -> None:
        if self.jsonl:
            data = screen_json(screen, localizer)
            if screen.share:
                data["link"] = self.share_link
            self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            text = screen_terminal(screen, localizer)
            if screen.share:
                text += "\n" + (self.share_link or localizer.text(words.NO_LINK))
            self.out.write(text + "\n\n")
        self.out.flush()
