"""The engine: (state, event) -> (new state, screens to show, transcript records to write).

A thin layer over the flow machine, the triage rules and the screens. It never mutates the
state it is given, and it does no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dialogs import flow, notices, result, screens, triage
from dialogs.content import CONTENT_VERSION
from dialogs.crisis_text import reads_as_crisis
from dialogs.model import (
    AnswerRecord,
    Back,
    Block,
    Choose,
    DialogState,
    Done,
    Event,
    FreeText,
    Level,
    PersonRecord,
    Record,
    RedFlagRecord,
    Repeat,
    Restart,
    Screen,
    SessionStart,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Start,
    Step,
    SystemRecord,
    TriageRecord,
)
from dialogs.questions import QUESTIONS
from dialogs.settings import Settings
from dialogs.text import N_, Msg, msg

__all__ = ["CONTENT_VERSION", "apply", "new_state"]


def new_state(
    *, language: str, default_country: str | None = None, skip_consent: bool = False
) -> DialogState:
    """A conversation that has not started yet; apply ``Start()`` to show the welcome."""
    return DialogState(
        state="country" if skip_consent else "consent",
        language=language,
        consent="no_save" if skip_consent else None,
        consent_skipped=skip_consent,
        default_country=default_country,
    )


@dataclass
class _Turn:
    """The step being built: a private copy of the state plus what to show and record."""

    dialog: DialogState
    settings: Settings
    screens: list[Screen] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    def show(self, screen: Screen) -> None:
        self.screens.append(screen)

    def record(self, record: Record) -> None:
        self.records.append(record)

    def step(self) -> Step:
        return Step(self.dialog, tuple(self.screens), tuple(self.records))


def apply(dialog: DialogState, event: Event, settings: Settings | None = None) -> Step:
    """Apply one event to a copy of ``dialog``."""
    turn = _Turn(DialogState.from_dict(dialog.to_dict()), settings or Settings())
    match event:
        case Start():
            _start(turn, restart=False)
        case Restart():
            _start(turn, restart=True)
        case Repeat():
            _show_current(turn)
        case ShowPrivacy():
            turn.show(screens.privacy_screen(turn.settings))
            _show_current(turn)
        case ShowHelp():
            turn.show(screens.notice_screen("help", notices.help_blocks()))
            _show_current(turn)
        case SetLanguage(language):
            turn.dialog.language = language
            turn.record(SystemRecord(turn.dialog.state, "language", language))
            _show_current(turn)
        case FreeText(text):
            _free_text(turn, text)
        case Back():
            _back(turn)
        case Done():
            _done(turn)
        case Choose(option_id):
            _choose(turn, option_id)
    return turn.step()


def _start(turn: _Turn, *, restart: bool) -> None:
    """A new conversation: the welcome with its consent question (unless consent is skipped)."""
    old = turn.dialog
    if restart:
        turn.record(SystemRecord(old.state, "restart"))
    fresh = new_state(
        language=old.language,
        default_country=old.default_country,
        skip_consent=old.consent_skipped,
    )
    turn.dialog = fresh
    turn.record(SessionStart(fresh.consent))
    if fresh.state == "consent":
        turn.show(screens.welcome_screen(fresh))
    else:
        turn.show(screens.notice_screen("welcome", notices.welcome()))
        _show_current(turn)


def _show_current(turn: _Turn) -> None:
    """Show the open question again (for the result and topics, their whole screen)."""
    dialog = turn.dialog
    state = dialog.state
    if state == "consent":
        turn.show(screens.welcome_screen(dialog))
    elif state == "result" or state == "topic":
        turn.show(screens.result_screen(dialog))
    elif state == "visit_summary":
        turn.show(screens.summary_screen(dialog))
    elif state == "emergency":
        turn.show(screens.emergency_screen(dialog, _reported(dialog)))
    elif state == "crisis":
        turn.show(screens.crisis_screen(dialog, with_question=True))
    elif state == "end":
        turn.show(screens.question_screen(dialog, list(notices.end())))
    elif state == "under_18":
        turn.show(screens.question_screen(dialog, list(notices.under_18(dialog.country))))
    else:
        turn.show(screens.question_screen(dialog))


def _reported(dialog: DialogState) -> tuple[Msg, ...]:
    """The emergency answers and combinations behind an emergency screen, in the person's words."""
    reported: list[Msg] = []
    for reason_id, level in screens.current_reasons(dialog):
        if level is not Level.EMERGENCY:
            continue
        block = result.reason_block(reason_id)
        if isinstance(block.text, Msg):
            reported.append(block.text)
    return tuple(reported)


def _re_ask(turn: _Turn, text: Msg) -> None:
    turn.show(screens.notice_screen("notice", (Block(text),)))
    _show_current(turn)


def _free_text(turn: _Turn, text: str) -> None:
    dialog = turn.dialog
    question = screens.question_for(dialog)
    turn.record(PersonRecord(dialog.state, question.id, None, free_text=text))
    if reads_as_crisis(text):
        dialog.crisis = True
        _make_sticky(turn, "free_text", {"self_harm": Level.URGENT})
        turn.show(screens.crisis_screen(dialog, with_question=False))
        _show_current(turn)
        return
    turn.show(screens.notice_screen("notice", (notices.free_text_reply(),)))
    _show_current(turn)


def _back(turn: _Turn) -> None:
    dialog = turn.dialog
    if dialog.state in screens.NO_BACK or not dialog.history:
        _re_ask(turn, msg(N_("There is no earlier question to go back to from here.")))
        return
    question = screens.question_for(dialog)
    turn.record(PersonRecord(dialog.state, question.id, "back"))
    if (
        dialog.state in flow.MENU_STATES
        and dialog.state != "result"
        and dialog.history[-1:] == ["result"]
    ):
        dialog.history.pop()
        dialog.state = "result"
    else:
        dialog.state = dialog.history.pop()
    previous = QUESTIONS.get(dialog.state)
    dialog.pending = (
        list(dialog.answers.get(dialog.state, []))
        if previous is not None and previous.select == "many"
        else []
    )
    _show_current(turn)


def _choose(turn: _Turn, option_id: str) -> None:
    dialog = turn.dialog
    question = screens.question_for(dialog)
    option = question.option(option_id)
    if option is None:
        _re_ask(
            turn,
            msg(N_("That answer does not belong to this question. Here is where you are.")),
        )
        return
    if option_id == "restart" and question.id in ("topics", "end"):
        turn.record(PersonRecord(dialog.state, question.id, option_id, text=option.label))
        _start(turn, restart=True)
        return
    if option_id == "share" and question.id == "end":
        turn.record(PersonRecord(dialog.state, question.id, option_id, text=option.label))
        turn.show(screens.notice_screen("share", notices.share(), share=True))
        _show_current(turn)
        return
    if question.select == "many":
        _toggle(turn, option_id)
        turn.record(PersonRecord(dialog.state, question.id, option_id, text=option.label))
        _show_current(turn)
        return
    turn.record(PersonRecord(dialog.state, question.id, option_id, text=option.label))
    _submit(turn, question.id, [option_id])


def _toggle(turn: _Turn, option_id: str) -> None:
    pending = turn.dialog.pending
    if option_id in pending:
        pending.remove(option_id)
    elif option_id == "none":
        pending[:] = ["none"]
    else:
        if "none" in pending:
            pending.remove("none")
        pending.append(option_id)


def _done(turn: _Turn) -> None:
    dialog = turn.dialog
    question = screens.question_for(dialog)
    if question.select != "many":
        _re_ask(turn, msg(N_("Please choose one of the answers below.")))
        return
    if not dialog.pending:
        _re_ask(
            turn,
            msg(N_("Please tick at least one answer, or \u201cNone of these\u201d, then Done.")),
        )
        return
    turn.record(PersonRecord(dialog.state, question.id, "done"))
    order = [option.id for option in question.options]
    _submit(turn, question.id, sorted(dialog.pending, key=order.index))


def _submit(turn: _Turn, question_id: str, values: list[str]) -> None:
    dialog = turn.dialog
    source = dialog.state
    choice = values[0]
    dialog.answers[question_id] = values
    dialog.pending = []
    turn.record(AnswerRecord(question_id, ",".join(values)))
    if question_id == "consent" and choice in ("save", "no_save"):
        dialog.consent = choice
        turn.record(SystemRecord(source, "consent", choice))
    if question_id == "country":
        dialog.country = None if choice == "skip" else choice
        turn.record(SystemRecord(source, "country", dialog.country))

    answers = screens.active_answers(dialog)
    dest, dialog.resume_at = flow.advance(source, answers, choice, dialog.resume_at)
    _move(turn, source, dest, choice)


def _move(turn: _Turn, source: str, dest: str, choice: str) -> None:
    dialog = turn.dialog
    if dest == source and source == "consent":
        turn.show(screens.privacy_screen(turn.settings))
        _show_current(turn)
        return
    if source not in flow.EMERGENCY_SCREENS and source not in flow.MENU_STATES:
        dialog.history.append(source)
    elif source == "result" and dest in flow.MENU_STATES:
        dialog.history.append("result")
    dialog.state = dest
    if dest in flow.MENU_STATES and source == "current_treatment":
        dialog.resume_at = None
    dialog.pending = (
        list(dialog.answers.get(dest, []))
        if dest in QUESTIONS and QUESTIONS[dest].select == "many"
        else []
    )

    if dest == "emergency":
        if source == "self_harm_plan":
            dialog.crisis = True
        _make_sticky(turn, source, _levels_at_least(dialog, Level.EMERGENCY))
        turn.show(screens.emergency_screen(dialog, _reported(dialog)))
    elif dest == "crisis":
        dialog.crisis = True
        _make_sticky(turn, source, {"self_harm": Level.URGENT})
        turn.show(screens.crisis_screen(dialog, with_question=True))
    elif dest == "result":
        _make_sticky(turn, source, dict(screens.current_reasons(dialog)))
        shown = screens.result_screen(dialog)
        turn.record(TriageRecord(shown.triage or Level.ROUTINE, shown.reasons, dialog.crisis))
        turn.show(shown)
    elif dest == "topic":
        turn.show(screens.topic_screen(dialog, choice))
    elif dest == "visit_summary":
        turn.show(screens.summary_screen(dialog))
    elif dest == "end":
        turn.record(SystemRecord(source, "end"))
        _show_current(turn)
    else:
        _show_current(turn)


def _levels_at_least(dialog: DialogState, level: Level) -> dict[str, Level]:
    return {
        reason_id: found
        for reason_id, found in screens.current_reasons(dialog)
        if found.rank >= level.rank
    }


def _make_sticky(turn: _Turn, state: str, reasons: dict[str, Level]) -> None:
    """Reasons whose level has been shown never drop; each is recorded once, when first shown."""
    sticky = turn.dialog.sticky
    for reason_id, level in reasons.items():
        known = sticky.get(reason_id)
        if known is not None and Level(known).rank >= level.rank:
            continue
        sticky[reason_id] = level.value
        question_id = "free_text" if state == "free_text" else triage.REASON_QUESTION[reason_id]
        turn.record(RedFlagRecord(question_id, reason_id, level))
