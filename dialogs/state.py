"""The per-person dialog state, the engine's context, and the step it returns.

The state is JSON-compatible (``to_dict`` / ``from_dict``) and records the format it was
made with: a saved state this version cannot continue is read as ``Unresumable``, which the
engine answers with a short apology and a fresh start, never silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dialogs.model import Outcome, Record, Screen
from dialogs.settings import Settings
from dialogs.states import State

Medium = Literal["buttons", "keyboard"]

# The format of saved states; raise it when a saved state of the previous format could be
# misread (states, option ids or fields changed meaning). Version 1 states had no format.
FORMAT = 2
CARRY_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Carried:
    """What an earlier conversation in this chat left for this one (clinical spec section 1):
    the crisis flag, and the emergency groups the person chose and did not retract."""

    crisis: bool = False
    emergencies: tuple[str, ...] = ()


@dataclass
class DialogState:
    """Everything the core needs to continue a conversation."""

    state: str = str(State.EMERGENCY_NOW)
    language: str = "en"
    region: str | None = None
    consent: str | None = None
    consent_skipped: bool = False
    country: str | None = None
    answers: dict[str, list[str]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    sticky: dict[str, str] = field(default_factory=dict)
    crisis: bool = False
    crisis_shown: bool = False
    retracted: list[str] = field(default_factory=list)
    detour: str | None = None
    picker_return: str | None = None
    page: int = 0
    topic: str | None = None
    carried: Carried = field(default_factory=Carried)
    updated_at: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "state": self.state,
            "language": self.language,
            "region": self.region,
            "consent": self.consent,
            "consent_skipped": self.consent_skipped,
            "country": self.country,
            "answers": {k: list(v) for k, v in self.answers.items()},
            "pending": list(self.pending),
            "history": list(self.history),
            "sticky": dict(self.sticky),
            "crisis": self.crisis,
            "crisis_shown": self.crisis_shown,
            "retracted": list(self.retracted),
            "detour": self.detour,
            "picker_return": self.picker_return,
            "page": self.page,
            "topic": self.topic,
            "carried": {
                "crisis": self.carried.crisis,
                "emergencies": list(self.carried.emergencies),
            },
            "updated_at": self.updated_at,
        }

    def copy(self) -> DialogState:
        return _parse(self.to_dict())


@dataclass(frozen=True)
class Unresumable:
    """A saved state this version cannot continue (made by an earlier version).

    What can be read of it is kept: the language, the country (for the right numbers), and
    the crisis flag, which must outlive any upgrade as it outlives a /start.
    """

    language: str = "en"
    crisis: bool = False
    country: str | None = None


def from_dict(data: object) -> DialogState | Unresumable:
    """A saved state, or ``Unresumable`` when this version cannot continue it."""
    if not isinstance(data, dict):
        return Unresumable()
    language = data.get("language")
    fallback = Unresumable(
        language=language if isinstance(language, str) else "en",
        crisis=data.get("crisis") is True,
        country=_known_country(data.get("country")),
    )
    if data.get("format") != FORMAT:
        return fallback
    try:
        state = _parse(data)
    except (TypeError, ValueError, KeyError):
        return fallback
    from dialogs.validity import is_valid  # the content tables, imported only when needed

    return state if is_valid(state) else fallback


def _known_country(value: object) -> str | None:
    from dialogs.emergency_numbers import lookup  # the number table, only when needed

    if isinstance(value, str) and lookup(value) is not None:
        return value
    return None


def _parse(data: dict[str, Any]) -> DialogState:
    carried = data.get("carried") or {}
    return DialogState(
        state=_str(data["state"]),
        language=_str(data["language"]),
        region=_opt_str(data.get("region")),
        consent=_opt_str(data.get("consent")),
        consent_skipped=bool(data.get("consent_skipped", False)),
        country=_opt_str(data.get("country")),
        answers={_str(k): [_str(x) for x in v] for k, v in dict(data["answers"]).items()},
        pending=[_str(x) for x in data.get("pending", [])],
        history=[_str(x) for x in data.get("history", [])],
        sticky={_str(k): _str(v) for k, v in dict(data.get("sticky", {})).items()},
        crisis=data.get("crisis") is True,
        crisis_shown=data.get("crisis_shown") is True,
        retracted=[_str(x) for x in data.get("retracted", [])],
        detour=_opt_str(data.get("detour")),
        picker_return=_opt_str(data.get("picker_return")),
        page=int(data.get("page", 0)),
        topic=_opt_str(data.get("topic")),
        carried=Carried(
            crisis=carried.get("crisis") is True,
            emergencies=tuple(_str(x) for x in carried.get("emergencies", [])),
        ),
        updated_at=int(data.get("updated_at", 0)),
    )


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


@dataclass(frozen=True)
class Context:
    """What the engine needs from outside: the time and the person's defaults.

    ``now`` is seconds since the epoch, from the shell's clock (the core has none);
    ``language`` and ``region`` start a new conversation (``region``: the country of the
    language tag's region when the number table has it, only ever a guess);
    ``content_version`` is shown in the visit summary; ``medium`` says how answers are given
    (buttons on Telegram, typed numbers in the console), for the words that say how to answer.
    """

    now: int
    settings: Settings = field(default_factory=Settings)
    language: str = "en"
    region: str | None = None
    skip_consent: bool = False
    content_version: str = ""
    medium: Medium = "buttons"


@dataclass(frozen=True)
class Step:
    """The engine's answer to one event: the new state, the screens, the records to write,
    and what happened."""

    state: DialogState
    screens: tuple[Screen, ...]
    records: tuple[Record, ...]
    outcome: Outcome
