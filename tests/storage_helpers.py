"""Helpers for the storage tests: databases, a settable clock, and people who talk to the real
engine through a ``Conversations`` over the store, so that every step stored is one the engine
produced.

Plain functions and classes rather than fixtures, so that hypothesis tests and the crash
script can use them too.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.conversation import Conversations
from dialogs.model import Choose, Done, Event, FreeText, Screen, Start
from dialogs.settings import Settings
from dialogs.state import DialogState, Step, Unresumable
from storage.database import configure, open_database
from storage.pseudonym import Pseudonymizer
from storage.schema import migrate
from storage.store import Store
from tests.walk import DEFAULT_PATH

KEY = bytes(range(32))
START = datetime(2025, 3, 4, 13, 25, 7, tzinfo=UTC)
CONTENT_VERSION = "2.0+test"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def memory_db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    configure(db)
    migrate(db)
    return db


def file_db(data_dir: Path) -> sqlite_utils.Database:
    return open_database(data_dir)


def make_store(db: sqlite_utils.Database, clock: FakeClock | None = None, **options: int) -> Store:
    return Store(
        db,
        Pseudonymizer(KEY),
        content_version=CONTENT_VERSION,
        app_version="0.1.0-test",
        clock=clock or FakeClock(),
        **options,
    )


class Person:
    """One simulated person talking to the real engine through the store; event keys are
    1, 2, … unless given."""

    def __init__(
        self,
        store: Store,
        person: str = "731234567",
        channel: str = "telegram",
        *,
        clock: FakeClock | None = None,
        language: str = "en",
        skip_consent: bool = False,
    ) -> None:
        self.store = store
        self.person = person
        self.channel = channel
        self.clock = clock or getattr(store, "_clock", None) or FakeClock()
        self.language = language
        self.skip_consent = skip_consent
        self.conversations = Conversations(
            store,
            channel,
            settings=Settings(),
            content_version=store.content_version,
            medium="buttons",
            clock=lambda: self.clock().timestamp(),
        )
        self._keys = itertools.count(1)
        self.last: Screen | None = None
        self.steps: list[Step] = []

    def send(
        self, event: Event, *, key: str | None = None, referral: str | None = None
    ) -> Step | None:
        step = self.conversations.handle(
            self.person,
            key if key is not None else str(next(self._keys)),
            event,
            language=self.language,
            skip_consent=self.skip_consent,
            referral=referral,
        )
        if step is not None:
            self.steps.append(step)
            self.last = step.screens[-1]
        return step

    def start(self, referral: str | None = None) -> Step | None:
        return self.send(Start(), referral=referral)

    def answer(self, *options: str) -> Step | None:
        """Answer the open question: one option, or several ticked and then Done."""
        assert self.last is not None
        if self.last.select == "many" and options != ("none",):
            for option in options:
                self.send(Choose(option))
            return self.send(Done())
        (option,) = options
        return self.send(Choose(option))

    def type(self, text: str) -> Step | None:
        return self.send(FreeText(text))

    @property
    def at(self) -> str:
        state = self.load()
        assert isinstance(state, DialogState)
        return state.state

    def until(self, target: str, **overrides: list[str]) -> Person:
        for _ in range(80):
            if self.at == target:
                return self
            assert self.last is not None and self.last.question is not None
            question = self.last.question
            self.answer(*(overrides[question] if question in overrides else DEFAULT_PATH[question]))
        raise AssertionError(f"never reached {target}")

    def load(self) -> DialogState | Unresumable | None:
        return self.store.load(self.person, self.channel)

    def erase(self) -> int:
        return self.store.erase(self.person, self.channel)


def saved_conversation(person: Person, *, until: str = "age_band") -> Person:
    """Start, the safety questions, consent to save, and on to ``until``."""
    person.start()
    return person.until(until)
