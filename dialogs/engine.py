"""The engine: (saved state, event, context) -> step (new state, screens, records, outcome).

A thin layer over the flow machine, the triage rules and the screens: this module decodes the
event (buttons, commands, a new or carried-over conversation); ``typed_text`` reads what was
typed; ``turn`` holds the step being built and what entering a state does. It never mutates
the state it is given, and it does no I/O: the time comes in the context.
"""

from __future__ import annotations

from dialogs import country_picker, flow, notices, screens, topics, triage
from dialogs.content import signed_off
from dialogs.distress import read
from dialogs.emergency import told
from dialogs.levels import Level
from dialogs.model import (
    Answered,
    AnswerRecord,
    Back,
    Block,
    Choose,
    ConsentRecord,
    CountryRecord,
    Done,
    Event,
    FreeText,
    Label,
    LanguageRecord,
    Option,
    PersonRecord,
    Question,
    Refused,
    Repeat,
    RestartRecord,
    RetractionRecord,
    SafetyRecord,
    SessionStart,
    SetLanguage,
    ShowHelp,
    ShowPrivacy,
    Stale,
    Start,
    Toggled,
    WentBack,
)
from dialogs.questions import QUESTIONS
from dialogs.safety_questions import EMERGENCY_GROUPS
from dialogs.state import CARRY_SECONDS, Carried, Context, DialogState, Step, Unresumable
from dialogs.states import FINAL_STATES, SAFETY_STATES, State
from dialogs.text import N_, ListOf, Territory, msg
from dialogs.turn import (
    Turn,
    disclose_plan,
    disclosed_act,
    disclosed_wish,
    enter,
    new_state,
    refuse,
    return_to,
    set_crisis,
    ticks,
)
from dialogs.typed_text import begin_detour, free_text

__all__ = ["apply", "new_state"]


def apply(saved: DialogState | Unresumable | None, event: Event, context: Context) -> Step:
    """Apply one event to a copy of the saved state (None: no conversation yet)."""
    if isinstance(saved, Unresumable):
        turn = Turn(new_state(context, country=saved.country), context)
        turn.dialog.language = saved.language
        turn.dialog.crisis = saved.crisis
        turn.note(Block(notices.UPGRADED))
        if isinstance(event, FreeText) and read(event.text).category is not None:
            # What they typed may be an emergency: it is read, not lost in the fresh start.
            _session_start(turn)
            free_text(turn, event.text)
        else:
            carried = Carried(crisis=saved.crisis) if saved.crisis else None
            _start(turn, carried=carried, restart=False)
        return turn.step()
    if saved is None:
        turn = Turn(new_state(context), context)
        if isinstance(event, FreeText) and read(event.text).category is not None:
            _session_start(turn)
            free_text(turn, event.text)
        else:
            _start(turn, carried=None, restart=False)
        return turn.step()
    turn = Turn(saved.copy(), context)
    match event:
        case Start(language=language):
            restart = turn.dialog.state not in FINAL_STATES
            if language is not None:
                turn.dialog.language = language
            _start(turn, carried=_carry(turn.dialog, context.now), restart=restart)
        case Repeat(note=note):
            if note is not None:
                turn.note(Block(notices.NOTES[note]))
            turn.current()
        case ShowPrivacy():
            turn.note(*notices.privacy(context.settings))
            turn.current()
        case ShowHelp():
            turn.note(
                *notices.help_blocks(
                    turn.dialog.country,
                    turn.dialog.region,
                    context.medium,
                    signed=signed_off(context.content_version),
                )
            )
            turn.current()
        case SetLanguage(language):
            turn.dialog.language = language
            turn.record(LanguageRecord(language))
            turn.current()
        case FreeText(text):
            free_text(turn, text)
        case Back(token=token) if _fresh(turn, token):
            _back(turn)
        case Done(token=token) if _fresh(turn, token):
            _done(turn)
        case Choose(option_id=option_id, token=token) if _fresh(turn, token, option_id):
            _choose(turn, option_id)
    return turn.step()


# ---- conversations ---------------------------------------------------------------------------


def _carry(dialog: DialogState, now: int) -> Carried | None:
    """What this conversation leaves for the next one in this chat, for 24 hours: the crisis
    flag and the emergency groups not retracted."""
    if now - dialog.updated_at > CARRY_SECONDS:
        return None
    groups = tuple(
        reason
        for reason, level in triage.current_reasons(dialog)
        if level is Level.EMERGENCY and reason in triage.REASON_QUESTION
    )
    if not (dialog.crisis or groups):
        return None
    return Carried(crisis=dialog.crisis, emergencies=groups)


def _start(turn: Turn, *, carried: Carried | None, restart: bool) -> None:
    """A new conversation: the welcome with the emergency check, after a note of what an
    earlier conversation in this chat left, if anything."""
    old = turn.dialog
    if restart:
        turn.record(RestartRecord())
    fresh = new_state(
        Context(
            now=turn.context.now,
            settings=turn.context.settings,
            language=old.language,
            region=old.region,
            skip_consent=old.consent_skipped,
            content_version=turn.context.content_version,
            medium=turn.context.medium,
        ),
        carried=carried,
        country=old.country,
    )
    turn.dialog = fresh
    _session_start(turn)
    if carried is not None and (carried.crisis or carried.emergencies):
        what: list[Label] = [told(reason) for reason in carried.emergencies]
        if carried.crisis:
            what.append(_SELF_HARM_THOUGHTS)
        turn.note(
            *notices.carried_note(ListOf(tuple(what)), fresh.country, fresh.region, carried.crisis)
        )
        turn.record(SafetyRecord("carried:crisis" if carried.crisis else "carried:emergency"))
    turn.show(screens.welcome_check_screen(fresh))


def _session_start(turn: Turn) -> None:
    """A new conversation begins; a country known from before is recorded with it, so that the
    session says which numbers it was shown."""
    turn.record(SessionStart(turn.dialog.consent))
    if turn.dialog.country is not None:
        turn.record(CountryRecord(turn.dialog.country))


# TRANSLATORS: completes "Earlier you told us: ..." when the person told us of self-harm thoughts.
_SELF_HARM_THOUGHTS = msg(N_("thoughts of harming yourself"))


def _fresh(turn: Turn, token: str | None, option_id: str | None = None) -> bool:
    """Whether a press belongs to the question open now; if not, say so and show it, unless
    it is an emergency or a disclosure on an older safety question, which counts now."""
    if token is None or token == screens.token(turn.dialog):
        return True
    if option_id is not None and _older_safety_press(turn, token, option_id):
        return False
    turn.outcome = Stale()
    turn.note(Block(notices.STALE))
    turn.current()
    return False


def _older_safety_press(turn: Turn, token: str, option_id: str) -> bool:
    """An emergency group on an older emergency check, "on purpose" on an older emergency
    screen, "yes" on an older self-harm question: each is acted on as if it were pressed
    where it was asked (the open question is come back to after a detour)."""
    dialog = turn.dialog
    asked = screens.safety_question_of(dialog, token)
    if asked is State.EMERGENCY_NOW and option_id in EMERGENCY_GROUPS:
        begin_detour(turn)
        dialog.state, dialog.pending = str(State.EMERGENCY_NOW), []
        _choose(turn, option_id)
        return True
    disclosure = {
        (State.EMERGENCY, "on_purpose"),
        (State.SELF_HARM_PLAN, "yes"),
        (State.SELF_HARM_CHECK, "yes"),
    }
    if asked is None or (asked, option_id) not in disclosure:
        return False
    turn.record(PersonRecord(dialog.state, str(asked), option_id))
    route = f"{asked}:{option_id}"
    if asked is State.SELF_HARM_CHECK:
        begin_detour(turn)
        disclosed_wish(turn, str(asked), route=route, crisis_route="crisis:self_harm_check")
    else:
        disclosed_act(turn, str(asked), route=route)
    return True


# ---- buttons -----------------------------------------------------------------------------------


def _choose(turn: Turn, option_id: str) -> None:
    dialog = turn.dialog
    question = screens.open_question(dialog)
    if (
        dialog.state == State.EMERGENCY
        and option_id in EMERGENCY_GROUPS
        and (question is None or question.option(option_id) is None)
    ):
        # Another group of the emergency check (two tapped at once): it joins the reasons.
        dialog.state = str(State.EMERGENCY_NOW)
        question = screens.open_question(dialog)
    option = question.option(option_id) if question is not None else None
    # A country from another page of the picker is still an answer to the question.
    if (
        option is None
        and question is not None
        and question.id == "country"
        and country_picker.chosen_country(option_id, None) is not None
    ):
        option = Option(option_id, Territory(option_id))
    if question is None or option is None:
        refuse(turn, Block(notices.NOT_AN_ANSWER))
        return
    turn.record(PersonRecord(dialog.state, question.id, option_id, label=option.label))
    if option_id == "restart" and question.id in ("topics", "end"):
        _start(turn, carried=_carry(dialog, turn.context.now), restart=True)
        return
    if option_id == "share" and question.id == "end":
        turn.show(screens.notice_screen(notices.share(), share=True))
        turn.current()
        return
    if question.select == "many":
        _toggle(turn, question, option_id)
        return
    _submit(turn, question, [option_id], (option.label,))


def _toggle(turn: Turn, question: Question, option_id: str) -> None:
    pending = turn.dialog.pending
    if option_id == "none":
        if pending:
            turn.outcome = Refused(question.id)
            turn.note(Block(notices.NONE_WITH_TICKS))
            turn.current()
            return
        _submit(turn, question, ["none"], (_label(question, "none"),))
        return
    if option_id in pending:
        pending.remove(option_id)
    else:
        pending.append(option_id)
    turn.outcome = Toggled(question.id)
    turn.current()


def _done(turn: Turn) -> None:
    dialog = turn.dialog
    question = screens.open_question(dialog)
    if question is None or question.select != "many":
        refuse(turn, Block(notices.CHOOSE_ONE))
        return
    if not dialog.pending:
        refuse(turn, Block(notices.TICK_FIRST))
        return
    turn.record(PersonRecord(dialog.state, question.id, "done"))
    order = list(question.option_ids)
    values = sorted(dialog.pending, key=order.index)
    _submit(turn, question, values, tuple(_label(question, value) for value in values))


def _label(question: Question, option_id: str) -> Label:
    option = question.option(option_id)
    assert option is not None
    return option.label


def _back(turn: Turn) -> None:
    dialog = turn.dialog
    if not screens.back_allowed(dialog):
        refuse(turn, Block(notices.NO_BACK))
        return
    question = screens.open_question(dialog)
    turn.record(PersonRecord(dialog.state, question.id if question else None, "back"))
    turn.outcome = WentBack(question.id if question else dialog.state)
    if dialog.state in (State.TOPIC, State.VISIT_SUMMARY):
        dialog.state = str(State.RESULT)
    elif dialog.state == State.COUNTRY and dialog.page > 0:
        dialog.page -= 1
    elif dialog.state == State.COUNTRY and dialog.picker_return is not None:
        # "Numbers for my country" from an emergency or crisis screen: back to that screen,
        # never past it.
        dialog.state, dialog.picker_return = dialog.picker_return, None
    else:
        dialog.state = dialog.history.pop()
        previous = QUESTIONS.get(dialog.state)
        if previous is not None and previous.select == "many":
            dialog.pending = ticks(dialog, dialog.state)
    turn.current()


# ---- answers -----------------------------------------------------------------------------------


def _submit(turn: Turn, question: Question, values: list[str], labels: tuple[Label, ...]) -> None:
    dialog = turn.dialog
    source = dialog.state
    choice = values[0]
    turn.outcome = Answered(question.id, labels)
    if question.id in QUESTIONS and not (question.id == "country" and choice == "other"):
        stored = (
            [country_picker.chosen_country(choice, dialog.region) or "skip"]
            if (question.id == "country")
            else values
        )
        dialog.answers[question.id] = stored
        turn.record(AnswerRecord(question.id, tuple(stored)))
    if question.select == "many":
        dialog.pending = []
    _before_moving(turn, question.id, choice)
    cursor = flow.Cursor(
        triage.active_answers(dialog),
        choice,
        crisis=dialog.crisis,
        crisis_shown=dialog.crisis_shown,
        detour=dialog.detour is not None,
        picking_for_a_screen=dialog.picker_return is not None,
        consent_decided=dialog.consent is not None,
        country_known=dialog.country is not None,
    )
    dest = flow.advance(source, cursor)
    if dest == flow.RETURN:
        return_to(turn, source)
        return
    if _pushes_history(dialog, source, dest):
        dialog.history.append(source)
    enter(turn, State(dest), route=f"{question.id}:{choice}")


def _pushes_history(dialog: DialogState, source: str, dest: str) -> bool:
    """Back returns along the questions answered; a repeat, a page turn or a question asked
    on a detour (by typed text) is not on the way back."""
    if source == dest or source not in QUESTIONS or source == State.CONFIRM_MISTAKE:
        return False
    return not (dialog.detour is not None and source in SAFETY_STATES)


def _before_moving(turn: Turn, question_id: str, choice: str) -> None:
    """What an answer does at once, before anything else is shown."""
    dialog = turn.dialog
    if question_id == "consent" and choice in ("save", "no_save"):
        dialog.consent = choice
        turn.record(ConsentRecord(choice))
    elif question_id == "consent" and choice == "privacy":
        turn.note(*notices.privacy(turn.context.settings))
    elif question_id == "country":
        if choice == "other":
            dialog.page += 1
            return
        dialog.country = country_picker.chosen_country(choice, dialog.region)
        turn.record(CountryRecord(dialog.country))
    elif question_id == "self_harm_check" and choice == "yes":
        set_crisis(turn, "self_harm_check", route="self_harm_check:yes")
    elif question_id == "self_harm_check" and choice == "prefer_not":
        turn.note(*notices.prefer_not(dialog.country, dialog.region))
    elif question_id == "emergency_now" and choice != "none" and choice in dialog.retracted:
        dialog.retracted.remove(choice)
    elif question_id == "emergency" and choice == "on_purpose":
        disclose_plan(turn, "emergency", route="emergency:on_purpose")
    elif question_id == "confirm_mistake" and choice == "yes":
        _retract(turn)
    elif question_id == "topics" and choice in topics.TOPIC_BY_ID:
        dialog.topic = choice


def _retract(turn: Turn) -> None:
    """A confirmed mis-tap: the group leaves the level (never the crisis flag)."""
    dialog = turn.dialog
    groups = [
        reason
        for reason, level in triage.current_reasons(dialog)
        if level is Level.EMERGENCY and reason in QUESTIONS["emergency_now"].option_ids
    ]
    for group in groups:
        dialog.sticky.pop(group, None)
        dialog.retracted.append(group)
        turn.record(RetractionRecord(group), SafetyRecord(f"retracted:{group}"))
    dialog.answers.pop("emergency_now", None)
    if dialog.history[-1:] == [State.EMERGENCY_NOW]:
        dialog.history.pop()
