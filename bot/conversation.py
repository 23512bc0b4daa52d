"""One turn, end to end, for any shell: load the state, apply the engine, persist, return.

Both shells call ``Conversations.handle``; they only decode input into events and render and
send the screens of the step it returns. What is stored of each screen is its plain text as
shown (``bot.paragraphs``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Final, Literal, Protocol, TypeAlias

from bot.paragraphs import plain_text
from bot.texts import Localizer
from dialogs.engine import apply
from dialogs.model import Event
from dialogs.settings import Settings
from dialogs.state import Context, DialogState, Medium, Step, Unresumable
from dialogs.text import Text
from storage.outbox import Letter

Saved: TypeAlias = DialogState | Unresumable | None


class Store(Protocol):
    """What a conversation needs of storage (``storage.Store`` provides it)."""

    def load(self, person: str, channel: str) -> Saved: ...

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
        replies: Sequence[Letter] = (),
        handled_update: int | None = None,
    ) -> bool: ...

    def erase(self, person: str, channel: str) -> int: ...


class _Stored(Enum):
    STATE = "stored"


STORED: Final = _Stored.STATE
"""``Conversations.handle(current=STORED)``: read the person's state from the store."""

Current: TypeAlias = Saved | Literal[_Stored.STATE]


class Conversations:
    """Applies events to people's dialogs, one transaction per event."""

    def __init__(
        self,
        store: Store,
        channel: str,
        *,
        settings: Settings,
        content_version: str,
        medium: Medium,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.channel = channel
        self.settings = settings
        self.content_version = content_version
        self.medium = medium
        self.clock = clock

    def state_of(self, person: str) -> Saved:
        return self.store.load(person, self.channel)

    def erase(self, person: str) -> int:
        """Erase everything stored for this person on this channel; how many sessions went."""
        return self.store.erase(person, self.channel)

    def context(self, *, language: str, region: str | None, skip_consent: bool = False) -> Context:
        return Context(
            now=int(self.clock()),
            settings=self.settings,
            language=language,
            region=region,
            skip_consent=skip_consent,
            content_version=self.content_version,
            medium=self.medium,
        )

    def handle(
        self,
        person: str,
        event_key: str,
        event: Event,
        *,
        language: str = "en",
        region: str | None = None,
        skip_consent: bool = False,
        referral: str | None = None,
        current: Current = STORED,
        replies: Callable[[Step], Sequence[Letter]] | None = None,
        handled_update: int | None = None,
    ) -> Step | None:
        """Apply ``event``; None when this event key was already applied (a repeat delivery).

        ``current`` is the person's state when the caller has just read it, which saves
        reading it again. A repeat delivery is refused by the commit itself, which writes
        nothing for a key it has seen. ``replies`` renders the step into the Bot API calls it
        owes, stored with the step (``storage.outbox``); ``handled_update`` is the received
        update it handles, deleted from the inbox with the step.
        """
        saved = self.store.load(person, self.channel) if current is STORED else current
        context = self.context(language=language, region=region, skip_consent=skip_consent)
        step = apply(saved, event, context)
        localizer = Localizer(step.state.language)
        committed = self.store.commit(
            person=person,
            channel=self.channel,
            event_key=event_key,
            step=step,
            shown=[plain_text(screen, localizer) for screen in step.screens],
            render=localizer.text,
            referral=referral,
            replies=replies(step) if replies is not None else (),
            handled_update=handled_update,
        )
        return step if committed else None
