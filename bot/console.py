"""The console chat: the whole dialog in a terminal, or as JSON lines for scripts."""

from __future__ import annotations

import json
import secrets
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from bot.conversation import Conversations
from bot.telegram_messages import DELETE_NO, DELETE_QUESTION, DELETE_YES, DELETED, NOT_DELETED
from bot.texts import Localizer
from dialogs.model import (
    Back,
    Choose,
    Done,
    Event,
    FreeText,
    Repeat,
    Restart,
    Screen,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Start,
)
from dialogs.text import N_, Msg, msg, plural
from locales.translator import available, native_name, negotiate

CHANNEL = "console"
# The console has one person: whoever sits at this terminal.
CONSOLE_PERSON = "console-user"

BAR_WIDTH = 11
RESUMED = msg(N_("Welcome back. Here is where you left off; /restart starts a new conversation."))
NO_LINK = msg(
    # TRANSLATORS: shown in the console chat when no Telegram bot name is configured.
    N_("Ask your support group for the bot's Telegram link.")
)


@dataclass(frozen=True)
class ShellNote:
    """A message of the console shell itself (not of the dialog)."""

    text: Msg


def screen_json(screen: Screen, localizer: Localizer) -> dict[str, object]:
    """One screen as the JSON-lines contract describes it."""
    data: dict[str, object] = {
        "state": screen.state,
        "question": screen.question,
        "text": localizer.screen_text(screen),
        "options": [
            {"id": option.id, "label": localizer.label(option.label)} for option in screen.options
        ],
        "select": screen.select,
        "triage": screen.triage.value if screen.triage else None,
        "crisis": screen.crisis,
        "selected": list(screen.selected),
        "back": screen.back,
        "language": localizer.language,
    }
    if screen.reasons or screen.state == "result":
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
    lines: list[str] = []
    if screen.step is not None and screen.steps_total:
        filled = round(BAR_WIDTH * screen.step / screen.steps_total)
        progress = localizer.text(
            msg(
                # TRANSLATORS: the progress line; {step} and {total} are numbers.
                N_("Step {step} of {total}"),
                step=screen.step,
                total=screen.steps_total,
            )
        )
        lines.append(f"{progress}  {'■' * filled}{'□' * (BAR_WIDTH - filled)}")
    lines.append(localizer.screen_text(screen))
    scale = bool(screen.options) and all(option.id.isdigit() for option in screen.options)
    if scale:
        lines.append("  " + "  ".join(option.id for option in screen.options))
        if screen.selected:
            lines.append(
                "  "
                + localizer.text(
                    msg(N_("Your earlier answer: {answer}"), answer=screen.selected[0])
                )
            )
    else:
        for number, option in enumerate(screen.options, start=1):
            mark = ""
            if screen.select == "many":
                mark = "[x] " if option.id in screen.selected else "[ ] "
            elif option.id in screen.selected:
                mark = "* "
            lines.append(f"  {number:>2}) {mark}{localizer.label(option.label)}")
    if screen.select == "many":
        lines.append("  " + localizer.text(msg(N_("Type the numbers to tick, then: done"))))
    if screen.back:
        lines.append("  " + localizer.text(msg(N_("Type back for the previous question."))))
    return "\n".join(lines)


def decode(line: str, screen: Screen | None) -> Event | ShellNote | None:
    """A typed line as an engine event; a number, an option's label or its id all work."""
    text = line.strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith("text:"):
        return FreeText(text[5:].strip())
    commands: dict[str, Event] = {
        "/restart": Restart(),
        "/start": Restart(),
        "/privacy": ShowPrivacy(),
        "/help": ShowHelp(),
        "back": Back(),
        "/back": Back(),
        "done": Done(),
        "/done": Done(),
    }
    if lowered in commands:
        return commands[lowered]
    if lowered.startswith("/language"):
        code = text[len("/language") :].strip()
        if code and negotiate(code, default="") in available():
            return SetLanguage(negotiate(code))
        return ShellNote(
            msg(
                # TRANSLATORS: {languages} is a list of language codes and names.
                N_("Please choose a language: /language followed by one of: {languages}"),
                languages=", ".join(f"{c} ({native_name(c)})" for c in available()),
            )
        )
    if screen is not None and screen.options:
        for option in screen.options:
            if lowered == option.id.lower():
                return Choose(option.id)
        if text.isdigit() and 1 <= int(text) <= len(screen.options):
            return Choose(screen.options[int(text) - 1].id)
    return FreeText(text)


def _match_label(text: str, screen: Screen | None, localizer: Localizer) -> Event | None:
    if screen is None:
        return None
    wanted = text.strip().casefold()
    for option in screen.options:
        if localizer.label(option.label).casefold() == wanted:
            return Choose(option.id)
    return None


class ConsoleChat:
    """Runs the dialog over a text stream, for a person or a script."""

    def __init__(
        self,
        conversations: Conversations,
        *,
        language: str,
        jsonl: bool,
        skip_consent: bool,
        resume: bool,
        share_link: str | None = None,
        out: TextIO = sys.stdout,
    ) -> None:
        self.conversations = conversations
        self.language = language
        self.jsonl = jsonl
        self.skip_consent = skip_consent
        self.resume = resume
        self.share_link = share_link
        self.out = out
        self._run = secrets.token_hex(4)
        self._count = 0
        self._question: Screen | None = None
        self._confirming_delete = False

    def run(self, lines: Iterable[str]) -> int:
        existing = self.conversations.state_of(CONSOLE_PERSON)
        resuming = self.resume and existing is not None and existing.state not in ("end",)
        if resuming and existing is not None:
            self._write_note(
                Localizer(existing.language), Localizer(existing.language).text(RESUMED)
            )
        self._send(Repeat() if resuming else Start())
        for line in lines:
            screen = self._question
            localizer = Localizer(self._current_language())
            if self._confirming_delete:
                self._confirm_delete(line.strip(), localizer)
                continue
            if line.strip().lower() == "/delete":
                self._ask_delete(localizer)
                continue
            decoded = _match_label(line, screen, localizer) or decode(line, screen)
            if decoded is None:
                continue
            if isinstance(decoded, ShellNote):
                self._note(decoded.text)
                continue
            self._send(decoded)
        return 0

    def _ask_delete(self, localizer: Localizer) -> None:
        """/delete: erase everything stored for this person, once they confirm."""
        self._confirming_delete = True
        lines = [
            localizer.text(DELETE_QUESTION),
            f"   1) {localizer.text(DELETE_YES)}",
            f"   2) {localizer.text(DELETE_NO)}",
        ]
        self._write_note(localizer, "\n".join(lines))

    def _confirm_delete(self, answer: str, localizer: Localizer) -> None:
        self._confirming_delete = False
        confirmed = answer.casefold() in ("1", "yes", localizer.text(DELETE_YES).casefold())
        if not confirmed:
            self._write_note(localizer, localizer.text(NOT_DELETED))
            if self._question is not None:
                self._emit(self._question, localizer)
            return
        count = self.conversations.erase(CONSOLE_PERSON)
        self._write_note(localizer, localizer.text(plural(DELETED, count)))
        self._send(Start())

    def _write_note(self, localizer: Localizer, rendered: str) -> None:
        if self.jsonl:
            note: dict[str, object] = {
                "state": "note",
                "question": None,
                "text": rendered,
                "options": [],
                "select": "none",
                "triage": None,
                "crisis": False,
            }
            self.out.write(json.dumps(note, ensure_ascii=False) + "\n")
        else:
            self.out.write(rendered + "\n\n")
        self.out.flush()

    def _current_language(self) -> str:
        state = self.conversations.state_of(CONSOLE_PERSON)
        return state.language if state else self.language

    def _send(self, event: Event) -> None:
        self._count += 1
        step = self.conversations.handle(
            CONSOLE_PERSON,
            f"{self._run}:{self._count}",
            event,
            language=self.language,
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
                text += "\n" + (self.share_link or localizer.text(NO_LINK))
            self.out.write(text + "\n\n")
        self.out.flush()

    def _note(self, text: Msg) -> None:
        localizer = Localizer(self._current_language())
        self._write_note(localizer, localizer.text(text))
        if self._question is not None:
            self._emit(self._question, localizer)
