"""Shared helpers for the storage tests: databases, a settable clock, hand-built steps.

Plain functions and classes rather than fixtures, so that hypothesis tests and the crash
script can use them too. Steps are built by hand in the shape the engine produces them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from dialogs.model import (
    AnswerRecord,
    DialogState,
    Level,
    PersonRecord,
    Record,
    RedFlagRecord,
    Screen,
    SessionStart,
    Step,
    SystemRecord,
    TriageRecord,
)
from dialogs.text import Msg, Plural, Territory, Text, Verbatim
from storage.database import configure, open_database
from storage.pseudonym import Pseudonymizer
from storage.schema import migrate
from storage.store import TranscriptStore

KEY = bytes(range(32))
START = datetime(2025, 3, 4, 13, 25, 7, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def render(text: Text) -> str:
    """A stand-in for the shells' renderer: message ids, untranslated."""
    match text:
        case Msg(msgid, _):
            return msgid
        case Plural(singular, plural, count, _):
            return singular if count == 1 else plural
        case Territory(code):
            return code
        case Verbatim(value):
            return value
    raise TypeError(text)


def memory_db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    configure(db)
    migrate(db)
    return db


def file_db(data_dir: Path) -> sqlite_utils.Database:
    return open_database(data_dir)


def make_store(
    db: sqlite_utils.Database, clock: FakeClock | None = None, **options: int
) -> TranscriptStore:
    return TranscriptStore(
        db,
        Pseudonymizer(KEY),
        content_version="content-test-1",
        app_version="0.1.0-test",
        clock=clock or FakeClock(),
        **options,
    )


def shown_texts(step: Step) -> list[str]:
    """What a shell would display for each screen of ``step``."""
    return [f"[{screen.state}] {screen.question or 'notice'} text" for screen in step.screens]


class Person:
    """One simulated person talking to the bot through a store, with event keys 1, 2, …"""

    def __init__(self, store: TranscriptStore, person: str, channel: str = "telegram") -> None:
        self.store = store
        self.person = person
        self.channel = channel
        self._keys = itertools.count(1)

    def send(
        self,
        step: Step,
        shown: Sequence[str] | None = None,
        referral: str | None = None,
        key: str | None = None,
    ) -> bool:
        """Commit ``step``; the event key is the next of 1, 2, … unless ``key`` is given."""
        return self.store.commit(
            person=self.person,
            channel=self.channel,
            event_key=key if key is not None else str(next(self._keys)),
            step=step,
            shown=list(shown) if shown is not None else shown_texts(step),
            render=render,
            referral=referral,
        )

    def load(self) -> DialogState | None:
        return self.store.load(self.person, self.channel)

    def erase(self) -> int:
        return self.store.erase(self.person, self.channel)


# ---- steps, in the shape the engine builds them ---------------------------------------------


def state(
    name: str, consent: str | None = "save", language: str = "en", **fields: object
) -> DialogState:
    data: dict[str, object] = {"state": name, "consent": consent, "language": language}
    data.update(fields)
    return DialogState.from_dict(data)


def screen(name: str, question: str | None = None) -> Screen:
    return Screen(state=name, blocks=(), question=question if question else name)


def start(consent: str | None = None, language: str = "en") -> Step:
    """/start: a new conversation, the welcome with its consent question."""
    return Step(
        state("consent", consent=consent, language=language),
        (screen("consent"),),
        (SessionStart(consent),),
    )


def choose_consent(choice: str, language: str = "en", next_state: str = "country") -> Step:
    """The person answers the consent question with ``save`` or ``no_save``."""
    return Step(
        state(next_state, consent=choice, language=language),
        (screen(next_state),),
        (
            PersonRecord("consent", "consent", choice, text=Msg(f"label:{choice}")),
            AnswerRecord("consent", choice),
            SystemRecord("consent", "consent", choice),
        ),
    )


def answer(
    question: str,
    option: str,
    next_state: str,
    consent: str | None = "save",
    extra: tuple[Record, ...] = (),
    language: str = "en",
) -> Step:
    """A one-choice answer moving the dialog to ``next_state``."""
    return Step(
        state(next_state, consent=consent, language=language),
        (screen(next_state),),
        (
            PersonRecord(question, question, option, text=Msg(f"label:{option}")),
            AnswerRecord(question, option),
            *extra,
        ),
    )


def free_text(question: str, typed: str, consent: str | None = "save") -> Step:
    """Something typed where a button was expected; the question is shown again."""
    return Step(
        state(question, consent=consent),
        (screen(question, question="notice"), screen(question)),
        (PersonRecord(question, question, None, free_text=typed),),
    )


def result(
    question: str,
    option: str,
    level: Level,
    reasons: tuple[str, ...],
    consent: str | None = "save",
    crisis: bool = False,
) -> Step:
    """The last answer, its red flags and the triage result screen."""
    flags = tuple(RedFlagRecord(question, reason, level) for reason in reasons)
    return Step(
        state("result", consent=consent),
        (Screen(state="result", blocks=(), question="topics", triage=level, reasons=reasons),),
        (
            PersonRecord(question, question, option, text=Msg(f"label:{option}")),
            AnswerRecord(question, option),
            *flags,
            TriageRecord(level, reasons, crisis),
        ),
    )


def end(consent: str | None = "save") -> Step:
    """The person leaves the topics: the end screen (which still offers share / restart)."""
    return Step(
        state("end", consent=consent),
        (screen("end"),),
        (
            PersonRecord("topics", "topics", "finish", text=Msg("label:finish")),
            AnswerRecord("topics", "finish"),
            SystemRecord("topics", "end"),
        ),
    )


def restart(from_state: str = "q1") -> Step:
    """/restart: the old conversation closes, a new one asks for consent again."""
    return Step(
        state("consent", consent=None),
        (screen("consent"),),
        (SystemRecord(from_state, "restart"), SessionStart(None)),
    )


def set_language(current: str, language: str, consent: str | None = "save") -> Step:
    return Step(
        state(current, consent=consent, language=language),
        (screen(current),),
        (SystemRecord(current, "language", language),),
    )


def saved_conversation(person: Person, answers: int = 2) -> None:
    """Start, consent to save, answer ``answers`` questions."""
    person.send(start())
    person.send(choose_consent("save", next_state="q1"))
    for n in range(1, answers + 1):
        person.send(answer(f"q{n}", f"opt{n}", f"q{n + 1}"))
