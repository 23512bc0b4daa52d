"""One answer, end to end, for any shell: load the state, apply the engine, persist, return.

Both shells call ``Conversations.handle``; they only decode input into events and render the
screens of the step it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Final, Literal, Protocol, TypeAlias

from bot.texts import Localizer
from dialogs.engine import apply, new_state
from dialogs.model import DialogState, Event, Step
from dialogs.settings import Settings
from dialogs.text import Text


class Store(Protocol):
    """What the conversation needs of storage (``storage.TranscriptStore`` provides it)."""

    def load(self, person: str, channel: str) -> DialogState | None: ...

    def commit(
        self,
        *,
        person: str,
        channel: str,
        event_key: str,
        step: Step,
        shown: Sequence[str],
        render: Callable[[Text], str],
        referral: str | None = None,
    ) -> bool: ...

    def erase(self, person: str, channel: str) -> int: ...


class MemoryStore:
    """Dialog state in process memory only: for a console run with no database."""

    def __init__(self) -> None:
        self._states: dict[tuple[str, str], DialogState] = {}
        self._keys: set[tuple[str, str, str]] = set()

    def load(self, person: str, channel: str) -> DialogState | None:
        return self._states.get((person, channel))

    def commit(
        self,
        *,
        person: str,
        channel: str,
        event_key: str,
        step: Step,
        shown: Sequence[str],
        render: Callable[[Text], str],
        referral: str | None = None,
    ) -> bool:
        if (person, channel, event_key) in self._keys:
            return False
        self._keys.add((person, channel, event_key))
        self._states[(person, channel)] = step.state
        return True

    def erase(self, person: str, channel: str) -> int:
        return 1 if self._states.pop((person, channel), None) is not None else 0


class _Stored(Enum):
    STATE = "stored"


STORED: Final = _Stored.STATE
"""``Conversations.handle(current=STORED)``: read the person's state from the store."""

Current: TypeAlias = DialogState | Literal[_Stored.STATE] | None
"""A state the caller has just read (None: no conversation yet), or ``STORED``."""


class Conversations:
    """Applies events to people's dialogs, one transaction per event."""

    def __init__(self, store: Store, channel: str, settings: Settings | None = None) -> None:
        self.store = store
        self.channel = channel
        self.settings = settings or Settings()

    def state_of(self, person: str) -> DialogState | None:
        return self.store.load(person, self.channel)

    def erase(self, person: str) -> int:
        """Erase everything stored for this person on this channel; how many sessions went."""
        return self.store.erase(person, self.channel)

    def handle(
        self,
        person: str,
        event_key: str,
        event: Event,
        *,
        language: str = "en",
        default_country: str | None = None,
        skip_consent: bool = False,
        referral: str | None = None,
        current: Current = STORED,
    ) -> Step | None:
        """Apply ``event``; None when this event key was already applied (a repeat delivery).

        ``current`` is the person's state when the caller has just read it (None: no
        conversation yet), which saves reading it again. A repeat delivery is refused by the
        commit itself, which writes nothing for a key it has seen: one read and one
        transaction per step, and the rare repeat costs an engine step that is thrown away.
        """
        if current is STORED:
            current = self.store.load(person, self.channel)
        state = current or new_state(
            language=language, default_country=default_country, skip_consent=skip_consent
        )
        step = apply(state, event, self.settings)
        localizer = Localizer(step.state.language)
        shown = [localizer.screen_text(screen) for screen in step.screens]
        committed = self.store.commit(
            person=person,
            channel=self.channel,
            event_key=event_key,
            step=step,
            shown=shown,
            render=localizer.text,
            referral=referral,
        )
        return step if committed else None
