"""The core's plain data types: questions, screens, events, records and outcomes.

The shells and storage depend on these types only; they carry no behaviour of the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from dialogs.levels import Level
from dialogs.text import Msg, Territory, Text, Verbatim

Select = Literal["one", "many", "none"]
Label = Msg | Territory | Verbatim


@dataclass(frozen=True)
class Option:
    """One answer a person can pick: a stable spec id, a short label, an optional meaning."""

    id: str
    label: Label
    detail: Msg | None = None


@dataclass(frozen=True)
class Question:
    """A question of the clinical spec and what the dialog needs to know about it.

    ``sources`` are what the question is based on; ``hint_sources`` back the hint when the
    hint is a medical statement. ``short_name`` names it in the visit summary; ``back``
    says whether Back is offered; ``safety`` marks the emergency and self-harm questions
    (shorter screens, simpler words).
    """

    id: str
    select: Select
    prompt: Msg | None
    options: tuple[Option, ...]
    hint: Msg | None = None
    sources: tuple[int, ...] = ()
    hint_sources: tuple[int, ...] = ()
    short_name: Msg | None = None
    back: bool = True
    safety: bool = False

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)


BlockStyle = Literal["title", "body", "item", "statement", "notice", "source"]


@dataclass(frozen=True)
class Block:
    """One paragraph of a screen. A ``statement`` is medical and cites ``sources``."""

    text: Text
    style: BlockStyle = "body"
    sources: tuple[int, ...] = ()


class ScreenKind(StrEnum):
    """What a screen is, for its length and reading limits (clinical spec section 10)."""

    NOTICE = "notice"
    WELCOME_CHECK = "welcome_check"
    EMERGENCY_CHECK = "emergency_check"
    QUESTION = "question"
    MULTI = "multi"
    SAFETY = "safety"
    EMERGENCY = "emergency"
    CRISIS = "crisis"
    RESULT = "result"
    TOPIC = "topic"
    SUMMARY = "summary"
    END = "end"


@dataclass(frozen=True)
class Screen:
    """What a shell shows at once: paragraphs, then (optionally) a question with options.

    ``token`` names the question the options belong to: a button carries it, so a press on
    a question that has moved on is recognised.
    """

    state: str
    blocks: tuple[Block, ...]
    kind: ScreenKind = ScreenKind.NOTICE
    question: str | None = None
    options: tuple[Option, ...] = ()
    select: Select = "none"
    selected: tuple[str, ...] = ()
    back: bool = False
    token: str | None = None
    triage: Level | None = None
    crisis: bool = False
    reasons: tuple[str, ...] = ()
    highlighted: tuple[str, ...] = ()
    topic: str | None = None
    share: bool = False
    step: int | None = None
    steps_total: int | None = None


# ---- events: what a shell decodes a person's action into ---------------------------------


class Note(StrEnum):
    """Why a shell asks for the open question again; the engine words it."""

    EDITED = "edited"
    MEDIA = "media"
    FORWARDED = "forwarded"
    UNKNOWN_COMMAND = "unknown_command"
    APOLOGY = "apology"
    RESUMED = "resumed"
    NOT_DELETED = "not_deleted"


@dataclass(frozen=True)
class Start:
    """A new conversation (first contact, /start or /restart). ``language``: one chosen for
    it by the shell (the console's ``--lang``); None keeps the conversation's language."""

    language: str | None = None


@dataclass(frozen=True)
class Choose:
    """An option pressed or typed; in a multi-select question it toggles the option.

    ``token`` is the token of the screen the button belonged to (None: typed, so current).
    """

    option_id: str
    token: str | None = None


@dataclass(frozen=True)
class Done:
    """Submit a multi-select question."""

    token: str | None = None


@dataclass(frozen=True)
class Back:
    """Return to the previous question."""

    token: str | None = None


@dataclass(frozen=True)
class FreeText:
    """Something typed where a button was expected."""

    text: str


@dataclass(frozen=True)
class Repeat:
    """Show the open question again, after a note from the shell when there is one."""

    note: Note | None = None


@dataclass(frozen=True)
class ShowPrivacy:
    """The privacy notice (/privacy), then the open question again."""


@dataclass(frozen=True)
class ShowHelp:
    """How the bot works (/help), then the open question again."""


@dataclass(frozen=True)
class SetLanguage:
    """Switch the dialog's language (already negotiated by the shell); repeat the question."""

    language: str


Event = Start | Choose | Done | Back | FreeText | Repeat | ShowPrivacy | ShowHelp | SetLanguage


# ---- transcript records: what storage writes (after consent) ------------------------------


@dataclass(frozen=True)
class SessionStart:
    """A new conversation begins; ``consent`` is known when consent was skipped."""

    consent: str | None


@dataclass(frozen=True)
class PersonRecord:
    """What the person did: an option chosen or toggled, Back, Done, or typed text.

    ``label`` is the option as shown; ``typed`` is the raw typed text (storage redacts it)
    and ``category`` what it read as (``dialogs.distress``), or ``"none"``.
    """

    state: str
    question_id: str | None
    option_id: str | None
    label: Label | None = None
    typed: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class AnswerRecord:
    """A submitted answer: one option id, or every ticked one of a multi-select question."""

    question_id: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class RedFlagRecord:
    """An answer or combination that raised the level (emergency-check answers included);
    ``question_id`` is where it was raised (``free_text`` when typed)."""

    question_id: str
    option_id: str
    level: Level


@dataclass(frozen=True)
class RetractionRecord:
    """An emergency group the person confirmed was tapped by mistake."""

    group: str


@dataclass(frozen=True)
class TriageRecord:
    """A level shown (result, emergency or crisis screen), with every reason."""

    level: Level
    reasons: tuple[str, ...]
    crisis: bool


@dataclass(frozen=True)
class SafetyRecord:
    """An emergency, crisis or retraction screen was shown: counted whatever the consent.

    ``route`` names how it was reached, e.g. ``emergency_now:breathing_chest``,
    ``free_text:suicidal_act``, ``retracted:stroke_brain``; it never holds typed text.
    """

    route: str


@dataclass(frozen=True)
class ConsentRecord:
    """The person chose to save (``save``) or not (``no_save``)."""

    choice: str


@dataclass(frozen=True)
class LanguageRecord:
    language: str


@dataclass(frozen=True)
class CountryRecord:
    country: str | None


@dataclass(frozen=True)
class RestartRecord:
    """The person started again; the conversation so far ends here."""


@dataclass(frozen=True)
class EndRecord:
    """The conversation reached its end screen."""


Record = (
    SessionStart
    | PersonRecord
    | AnswerRecord
    | RedFlagRecord
    | RetractionRecord
    | TriageRecord
    | SafetyRecord
    | ConsentRecord
    | LanguageRecord
    | CountryRecord
    | RestartRecord
    | EndRecord
)


# ---- outcomes: what happened, for the shells ----------------------------------------------


@dataclass(frozen=True)
class Shown:
    """Screens to show; nothing happened to an earlier question."""


@dataclass(frozen=True)
class Toggled:
    """A tick changed: the open question's screen again, with its new ticks."""

    question_id: str


@dataclass(frozen=True)
class Answered:
    """A question was answered with these labels; the next screens follow."""

    question_id: str
    labels: tuple[Label, ...]


@dataclass(frozen=True)
class WentBack:
    """Back from this question; the earlier question follows."""

    question_id: str


@dataclass(frozen=True)
class Stale:
    """A button of a question that has moved on; a note and the open question follow."""


@dataclass(frozen=True)
class Refused:
    """The press could not be taken as it is (a note says why); the question stays open."""

    question_id: str


Outcome = Shown | Toggled | Answered | WentBack | Stale | Refused
