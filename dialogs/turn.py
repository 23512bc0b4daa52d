"""One turn of the engine being built, and what entering a state does.

``Turn`` is a private copy of the saved state plus the screens, records and outcome of the
step; ``enter`` moves it to a state and shows that state, doing what entering it does (the
emergency, crisis and result screens record their triage). The safety bookkeeping (the crisis
flag, disclosures, reasons that never drop) is here too, because typed text and buttons share
it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dialogs import screens, triage
from dialogs.levels import Level
from dialogs.model import (
    Block,
    EndRecord,
    Outcome,
    Record,
    RedFlagRecord,
    Refused,
    SafetyRecord,
    Screen,
    Shown,
    TriageRecord,
)
from dialogs.questions import QUESTIONS
from dialogs.state import Carried, Context, DialogState, Step
from dialogs.states import MENU_STATES, State


def new_state(
    context: Context, *, carried: Carried | None = None, country: str | None = None
) -> DialogState:
    """A conversation at its first question, the emergency check; the person's country, when
    an earlier conversation in this chat learnt it, is kept."""
    return DialogState(
        state=str(State.EMERGENCY_NOW),
        language=context.language,
        region=context.region,
        country=country,
        consent="no_save" if context.skip_consent else None,
        consent_skipped=context.skip_consent,
        crisis=bool(carried and carried.crisis),
        carried=carried or Carried(),
        updated_at=context.now,
    )


@dataclass
class Turn:
    """The step being built: a private copy of the state plus what to show and record."""

    dialog: DialogState
    context: Context
    screens: list[Screen] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Shown)

    def show(self, *shown: Screen) -> None:
        self.screens.extend(shown)

    def note(self, *blocks: Block) -> None:
        self.screens.append(screens.notice_screen(blocks, crisis=self.dialog.crisis))

    def record(self, *records: Record) -> None:
        self.records.extend(records)

    def current(self) -> None:
        """Show the current state's screens again."""
        self.show(*screens.current_screens(self.dialog, self.context.content_version))

    def step(self) -> Step:
        self.dialog.updated_at = self.context.now
        return Step(self.dialog, tuple(self.screens), tuple(self.records), self.outcome)


def refuse(turn: Turn, text: Block | None = None) -> None:
    question = screens.open_question(turn.dialog)
    turn.outcome = Refused(question.id if question else turn.dialog.state)
    if text is not None:
        turn.note(text)
    turn.current()


def return_to(turn: Turn, source: str) -> None:
    """Back to the screen "numbers for my country" came from, or to the question typed text
    interrupted."""
    dialog = turn.dialog
    if source == State.COUNTRY and dialog.picker_return is not None:
        target, dialog.picker_return = dialog.picker_return, None
    else:
        assert dialog.detour is not None
        target, dialog.detour = dialog.detour, None
    dialog.state = target
    turn.current()


def enter(turn: Turn, dest: State, *, route: str = "") -> None:
    """Move to ``dest`` and show it, doing what entering it does."""
    dialog = turn.dialog
    source = dialog.state
    dialog.state = str(dest)
    if dest == State.COUNTRY and source != State.COUNTRY:
        dialog.page = 0
        if source in (State.EMERGENCY, State.CRISIS):
            dialog.picker_return = source
    question = QUESTIONS.get(dest)
    if question is not None and question.select == "many" and source != dest:
        dialog.pending = ticks(dialog, dest)
    if dest == State.EMERGENCY:
        # Every reason shown stays (a level shown never drops); the emergency ones are counted.
        for reason in make_sticky(turn, "", dict(triage.current_reasons(dialog))):
            if triage.level_of_reason(dialog, reason) is Level.EMERGENCY:
                turn.record(SafetyRecord(f"emergency:{reason}"))
        shown = screens.emergency_screen(dialog)
        turn.record(TriageRecord(Level.EMERGENCY, shown.reasons, dialog.crisis))
        turn.show(shown)
    elif dest == State.CRISIS:
        turn.record(SafetyRecord(route if route.startswith("crisis") else f"crisis:{route}"))
        dialog.crisis_shown = True
        shown = screens.crisis_screen(dialog)
        turn.record(TriageRecord(shown.triage or Level.URGENT, shown.reasons, True))
        turn.show(shown)
    elif dest == State.RESULT and source not in MENU_STATES:
        dialog.detour = None
        make_sticky(turn, "", dict(triage.current_reasons(dialog)))
        shown_all = screens.result_screens(dialog)
        first = shown_all[0]
        turn.record(TriageRecord(first.triage or Level.ROUTINE, first.reasons, dialog.crisis))
        turn.show(*shown_all)
    elif dest == State.TOPIC:
        turn.current()
    elif dest == State.END:
        turn.record(EndRecord())
        turn.current()
    else:
        turn.current()


def make_sticky(turn: Turn, origin: str, reasons: Mapping[str, Level]) -> list[str]:
    """Reasons whose level has been shown never drop; each is recorded once, when first shown
    (``origin``: where it was raised, when not its own question). The reasons that were new."""
    sticky = turn.dialog.sticky
    new: list[str] = []
    for reason_id, level in reasons.items():
        known = sticky.get(reason_id)
        if known is not None and Level(known).rank >= level.rank:
            continue
        sticky[reason_id] = level.value
        new.append(reason_id)
        question_id = origin or triage.REASON_QUESTION[reason_id]
        turn.record(RedFlagRecord(question_id, reason_id, level))
    return new


def ticks(dialog: DialogState, question_id: str) -> list[str]:
    """A multi-select question's earlier answer, as ticks to change ("none" is no tick)."""
    return [value for value in dialog.answers.get(question_id, []) if value != "none"]


def set_crisis(turn: Turn, origin: str, *, route: str) -> None:
    """The crisis flag, set the moment of a disclosure and never cleared. Every disclosure is
    counted, also one after the flag was set (a repeat within 24 hours matters most)."""
    dialog = turn.dialog
    dialog.crisis = True
    turn.record(SafetyRecord(route))
    make_sticky(turn, origin, {"self_harm": Level.URGENT})


def disclose_plan(turn: Turn, origin: str, *, route: str) -> None:
    """A plan or an act of self-harm, disclosed: the crisis flag, and an emergency."""
    set_crisis(turn, origin, route=route)
    turn.dialog.answers["self_harm_plan"] = ["yes"]
    make_sticky(turn, origin, {"self_harm_plan": Level.EMERGENCY})


def disclosed_wish(turn: Turn, origin: str, *, route: str, crisis_route: str) -> None:
    """Thoughts of self-harm disclosed away from the flow (typed, or "yes" on an older self-harm
    question): the crisis flag, then the plan question unless it was answered, else the
    crisis screen."""
    set_crisis(turn, origin, route=route)
    if triage.one(turn.dialog.answers, "self_harm_plan") is None:
        enter(turn, State.SELF_HARM_PLAN)
    else:
        enter(turn, State.CRISIS, route=crisis_route)


def disclosed_act(turn: Turn, origin: str, *, route: str) -> None:
    """A plan or an act of self-harm: the emergency screen, with the crisis flag."""
    disclose_plan(turn, origin, route=route)
    enter(turn, State.EMERGENCY, route=route)
