"""What one step writes to the transcript, as typed rows, and how a step becomes them.

A step's records and screens become rows in the order they happened: what the person did, what
the dialog recorded, the screens shown. Typed text is redacted here, outside any transaction.
``Open`` and ``Close`` are not rows but say when the conversation's record opens (consent to
save) and stops (a decline, a new conversation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from dialogs.levels import Level
from dialogs.model import (
    AnswerRecord,
    ConsentRecord,
    CountryRecord,
    EndRecord,
    LanguageRecord,
    PersonRecord,
    RedFlagRecord,
    RestartRecord,
    RetractionRecord,
    SafetyRecord,
    SessionStart,
    TriageRecord,
)
from dialogs.state import Step
from dialogs.text import Text
from storage.redact import redact, redact_echo

SAVE = "save"
CONSENT = "consent"
UNDER_18 = "under_18"


@dataclass(frozen=True)
class EventRow:
    """One line of ``events``: who did what, where, with the text as shown."""

    actor: str
    kind: str
    state: str | None = None
    question_id: str | None = None
    option_id: str | None = None
    text: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class AnswerRow:
    question_id: str
    value: str


@dataclass(frozen=True)
class RedFlagRow:
    question_id: str
    option_id: str
    level: str


@dataclass(frozen=True)
class RetractionRow:
    group: str


@dataclass(frozen=True)
class TriageRow:
    """A level shown, with its reasons (comma-separated) and the crisis flag."""

    level: str
    reasons: str
    crisis: bool


@dataclass(frozen=True)
class SessionFieldRow:
    """A column of ``sessions`` the step sets: ``language``, ``country`` or ``completed``."""

    field: str
    value: str | int | None


Row = EventRow | AnswerRow | RedFlagRow | RetractionRow | TriageRow | SessionFieldRow
ROW_TYPES: dict[str, type[Row]] = {
    cls.__name__: cls
    for cls in (EventRow, AnswerRow, RedFlagRow, RetractionRow, TriageRow, SessionFieldRow)
}


@dataclass(frozen=True)
class Open:
    """The person chose to save: the conversation's record opens (with what came before)."""


@dataclass(frozen=True)
class Close:
    """The record stops: a decline, or a new conversation; ``restart``: one started again."""

    restart: bool = False


@dataclass(frozen=True)
class NewConversation:
    """A new conversation begins; ``save``: consent was given in advance (console)."""

    save: bool


@dataclass(frozen=True)
class Counted:
    """An emergency, crisis or retraction screen, counted whatever the consent."""

    route: str


@dataclass(frozen=True)
class Tally:
    """A conversation counted by its outcome (``started``, ``reached_consent``, ``saved``,
    ``declined``, ``under_18``), whatever the consent: no session, no person."""

    outcome: str


Item = Row | Open | Close | NewConversation | Counted | Tally


def to_json(row: Row) -> dict[str, Any]:
    return {"type": type(row).__name__, **asdict(row)}


def from_json(data: dict[str, Any]) -> Row:
    fields = dict(data)
    cls = ROW_TYPES[fields.pop("type")]
    return cls(**fields)


def items_of(step: Step, shown: Sequence[str], render: Callable[[Text], str]) -> list[Item]:
    """The step as rows, in the order it happened; typed text is redacted."""
    if len(shown) != len(step.screens):
        raise ValueError(f"{len(step.screens)} screens but {len(shown)} shown texts")
    typed = [r.typed for r in step.records if isinstance(r, PersonRecord) and r.typed]
    items: list[Item] = []
    for record in step.records:
        match record:
            case SessionStart(consent=consent):
                items.append(NewConversation(save=consent == SAVE))
                items.append(Tally("started"))
            case RestartRecord():
                items.append(EventRow("system", "restart"))
                items.append(Close(restart=True))
            case PersonRecord() as person:
                items.append(_person(person, typed, render))
                if person.question_id == CONSENT and person.option_id == UNDER_18:
                    items.append(Tally("under_18"))
            case AnswerRecord(question_id=question_id, values=values):
                items.append(AnswerRow(question_id, ",".join(values)))
            case RedFlagRecord(question_id=question_id, option_id=option_id, level=level):
                items.append(RedFlagRow(question_id, option_id, level.value))
            case RetractionRecord(group=group):
                items.append(EventRow("system", "retraction", option_id=group))
                items.append(RetractionRow(group))
            case TriageRecord(level=level, reasons=reasons, crisis=crisis):
                summary = ", ".join(reasons)
                detail = f"{level.value}: {summary}" if summary else level.value
                items.append(EventRow("system", "triage", text=detail))
                items.append(TriageRow(level.value, summary, crisis))
            case SafetyRecord(route=route):
                items.append(Counted(route))
            case ConsentRecord(choice=choice):
                items.append(EventRow("system", "consent", text=choice))
                items.append(Open() if choice == SAVE else Close())
                items.append(Tally("saved" if choice == SAVE else "declined"))
            case LanguageRecord(language=language):
                items.append(EventRow("system", "language", text=language))
                items.append(SessionFieldRow("language", language))
            case CountryRecord(country=country):
                items.append(EventRow("system", "country", text=country))
                items.append(SessionFieldRow("country", country))
            case EndRecord():
                items.append(EventRow("system", "end"))
                items.append(SessionFieldRow("completed", 1))
    if _enters_consent(step):
        items.append(Tally("reached_consent"))
    for screen, text in zip(step.screens, shown, strict=True):
        items.append(
            EventRow("bot", "screen", screen.state, screen.question, None, redact_echo(text, typed))
        )
    return items


def _enters_consent(step: Step) -> bool:
    """The consent question is shown, and not again to someone already at it (after the
    privacy notice, say)."""
    shown = any(screen.question == CONSENT for screen in step.screens)
    at_it = any(
        isinstance(record, PersonRecord) and record.state == CONSENT for record in step.records
    )
    return shown and not at_it


def _person(record: PersonRecord, typed: list[str], render: Callable[[Text], str]) -> EventRow:
    if record.typed is not None:
        return EventRow(
            "person",
            "free_text",
            record.state,
            record.question_id,
            None,
            redact(record.typed),
            record.category,
        )
    label = redact_echo(render(record.label), typed) if record.label is not None else None
    kind = "option" if record.option_id is not None else "action"
    return EventRow("person", kind, record.state, record.question_id, record.option_id, label)


def level_rank_sql(expression: str) -> str:
    """SQL ranking a triage level from least to most urgent (``Level``'s order); NULL below."""
    whens = " ".join(f"WHEN '{level.value}' THEN {level.rank}" for level in Level)
    return f"CASE {expression} {whens} ELSE -1 END"
