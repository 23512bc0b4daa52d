"""The core's plain data types: questions, screens, events, transcript records, state.

The shells and storage depend on these types only; they carry no behaviour beyond
(de)serialising the dialog state to JSON-compatible dicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from dialogs.text import Msg, Territory, Text, Verbatim

Select = Literal["one", "many", "none"]


class Level(StrEnum):
    """Triage levels, ordered from least to most urgent by ``rank``."""

    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)


_LEVEL_ORDER = [Level.ROUTINE, Level.SOON, Level.URGENT, Level.EMERGENCY]


def most_urgent(levels: list[Level] | tuple[Level, ...]) -> Level:
    """The most urgent of ``levels``; ``routine`` when there are none."""
    return max(levels, key=lambda level: level.rank, default=Level.ROUTINE)


@dataclass(frozen=True)
class Option:
    """One answer a person can pick: a stable spec id, a short label, an optional meaning."""

    id: str
    label: Msg | Territory | Verbatim
    detail: Msg | None = None


@dataclass(frozen=True)
class Question:
    """A question of the clinical spec; ``sources`` are what it is based on, and
    ``hint_sources`` back the hint when the hint is a medical statement."""

    id: str
    select: Select
    prompt: Msg
    options: tuple[Option, ...]
    hint: Msg | None = None
    sources: tuple[int, ...] = ()
    hint_sources: tuple[int, ...] = ()

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


BlockStyle = Literal["title", "body", "item", "statement", "highlight", "notice", "source"]


@dataclass(frozen=True)
class Block:
    """One paragraph of a screen. A ``statement`` (or the ``highlight``ed statement that fits
    the person) is medical and cites ``sources``."""

    text: Text
    style: BlockStyle = "body"
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Screen:
    """What a shell shows at once: paragraphs, then (optionally) a question with options."""

    state: str
    blocks: tuple[Block, ...]
    question: str | None = None
    options: tuple[Option, ...] = ()
    select: Select = "none"
    selected: tuple[str, ...] = ()
    back: bool = False
    triage: Level | None = None
    crisis: bool = False
    reasons: tuple[str, ...] = ()
    highlighted: tuple[str, ...] = ()
    topic: str | None = None
    share: bool = False
    step: int | None = None
    steps_total: int | None = None


# ---- events: what a shell decodes a person's action into ---------------------------------


@dataclass(frozen=True)
class Start:
    """A new conversation (first contact or /start)."""


@dataclass(frozen=True)
class Choose:
    """An option pressed or typed; in a multi-select question it toggles the option."""

    option_id: str


@dataclass(frozen=True)
class Done:
    """Submit a multi-select question."""


@dataclass(frozen=True)
class Back:
    """Return to the previous question."""


@dataclass(frozen=True)
class Restart:
    """Start a new conversation from the welcome."""


@dataclass(frozen=True)
class FreeText:
    """Something typed where a button was expected."""

    text: str


@dataclass(frozen=True)
class Repeat:
    """Show the current question again (after a language change or a stale button)."""


@dataclass(frozen=True)
class ShowPrivacy:
    """The privacy notice (/privacy), then the current question again."""


@dataclass(frozen=True)
class ShowHelp:
    """How the bot works (/help), then the current question again."""


@dataclass(frozen=True)
class SetLanguage:
    """Switch the dialog's language (already negotiated by the shell), then repeat the question."""

    language: str


Event = (
    Start
    | Choose
    | Done
    | Back
    | Restart
    | FreeText
    | Repeat
    | ShowPrivacy
    | ShowHelp
    | SetLanguage
)


# ---- transcript records: what storage writes (after consent) ------------------------------


@dataclass(frozen=True)
class AnswerRecord:
    """A submitted answer: ``value`` is an option id, or ids joined by ``,`` for multi-select."""

    question_id: str
    value: str


@dataclass(frozen=True)
class PersonRecord:
    """What the person did: an option chosen, toggled, Back, Done, or free text."""

    state: str
    question_id: str | None
    option_id: str | None
    text: Text | None = None
    free_text: str | None = None


@dataclass(frozen=True)
class RedFlagRecord:
    """An answer or combination that raised the level (emergency-check answers included)."""

    question_id: str
    option_id: str
    level: Level


@dataclass(frozen=True)
class TriageRecord:
    """The triage result as shown, with every reason."""

    level: Level
    reasons: tuple[str, ...]
    crisis: bool


@dataclass(frozen=True)
class SystemRecord:
    """Something the dialog did on its own: a session started, consent, language, the end."""

    state: str
    kind: str
    detail: str | None = None


@dataclass(frozen=True)
class SessionStart:
    """A new conversation begins: storage opens a new session row."""

    consent: str | None


Record = AnswerRecord | PersonRecord | RedFlagRecord | TriageRecord | SystemRecord | SessionStart


# ---- the per-person dialog state -----------------------------------------------------------


@dataclass
class DialogState:
    """Everything the core needs to resume a conversation; JSON-serialisable via ``to_dict``."""

    state: str = "consent"
    language: str = "en"
    consent: str | None = None
    consent_skipped: bool = False
    country: str | None = None
    default_country: str | None = None
    answers: dict[str, list[str]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    sticky: dict[str, str] = field(default_factory=dict)
    crisis: bool = False
    resume_at: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "state": self.state,
            "language": self.language,
            "consent": self.consent,
            "consent_skipped": self.consent_skipped,
            "country": self.country,
            "default_country": self.default_country,
            "answers": {k: list(v) for k, v in self.answers.items()},
            "pending": list(self.pending),
            "history": list(self.history),
            "sticky": dict(self.sticky),
            "crisis": self.crisis,
            "resume_at": self.resume_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DialogState:
        def _str(key: str, default: str | None) -> str | None:
            value = data.get(key, default)
            return value if isinstance(value, str) else default

        answers_raw = data.get("answers", {})
        answers = (
            {str(k): [str(x) for x in v] for k, v in answers_raw.items() if isinstance(v, list)}
            if isinstance(answers_raw, dict)
            else {}
        )
        pending_raw = data.get("pending", [])
        history_raw = data.get("history", [])
        sticky_raw = data.get("sticky", {})
        return cls(
            state=_str("state", "consent") or "consent",
            language=_str("language", "en") or "en",
            consent=_str("consent", None),
            consent_skipped=bool(data.get("consent_skipped", False)),
            country=_str("country", None),
            default_country=_str("default_country", None),
            answers=answers,
            pending=[str(x) for x in pending_raw] if isinstance(pending_raw, list) else [],
            history=[str(x) for x in history_raw] if isinstance(history_raw, list) else [],
            sticky=(
                {str(k): str(v) for k, v in sticky_raw.items()}
                if isinstance(sticky_raw, dict)
                else {}
            ),
            crisis=bool(data.get("crisis", False)),
            resume_at=_str("resume_at", None),
        )


@dataclass(frozen=True)
class Step:
    """The engine's answer to one event: the new state, the screens, the records to write."""

    state: DialogState
    screens: tuple[Screen, ...]
    records: tuple[Record, ...]
