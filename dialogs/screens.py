"""What each state shows: the open question, and the screens of the safety states, the result,
the topics, the visit summary and the ends."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from dialogs import country_picker, emergency, notices, result, safety_net, summary, topics, triage
from dialogs.levels import Level
from dialogs.model import Block, Option, Question, Screen, ScreenKind
from dialogs.phone_lines import crisis_line, emergency_line
from dialogs.questions import QUESTIONS
from dialogs.safety_questions import CONTINUE, END, MISTAKE, MY_NUMBERS, ON_PURPOSE
from dialogs.sources import source_list
from dialogs.state import DialogState
from dialogs.states import MENU_STATES, SAFETY_STATES, State
from dialogs.text import N_, msg

# "Question 7 of about 24": the questions on a typical path (the conditional ones come and go).
ABOUT_TOTAL = 24

END_QUESTION = Question(
    "end",
    "one",
    None,
    (
        # TRANSLATORS: button that starts a new conversation.
        Option("restart", msg(N_("Start again"))),
        # TRANSLATORS: button that shows how to share the bot with others.
        Option("share", msg(N_("Share this bot"))),
    ),
)


# ---- the question open in a state ------------------------------------------------------------


def emergency_question(dialog: DialogState) -> Question:
    """The emergency screen's buttons: ``mistake`` only for an emergency check group and never
    after a disclosure; ``on_purpose`` for too much medicine; ``my_numbers`` while the
    country is not known."""
    reasons = {
        reason for reason, level in triage.current_reasons(dialog) if level is Level.EMERGENCY
    }
    disclosed = "self_harm_plan" in reasons
    groups = reasons & set(QUESTIONS["emergency_now"].option_ids)
    options: list[Option] = []
    if groups and not disclosed:
        options.append(MISTAKE)
    if "drowsy_overdose" in groups and not disclosed:
        options.append(ON_PURPOSE)
    options.append(END)
    if dialog.country is None:
        options.append(MY_NUMBERS)
    return Question("emergency", "one", None, tuple(options), back=False, safety=True)


def crisis_question(dialog: DialogState) -> Question:
    options = [CONTINUE, END] + ([MY_NUMBERS] if dialog.country is None else [])
    return Question("crisis", "one", None, tuple(options), back=False, safety=True)


def menu_question(dialog: DialogState) -> Question:
    """The topics menu: the topics that match the answers first, then the rest, then extras."""
    answers = triage.active_answers(dialog)
    matching = topics.matching(answers)
    options = tuple(
        Option(topic_id, topics.TOPIC_BY_ID[topic_id].label)
        for topic_id in topics.menu_order(answers)
    )
    if matching:
        prompt = msg(N_("Topics that match your answers come first. Which would you like to read?"))
    else:
        prompt = msg(N_("Which topic would you like to read?"))
    return Question("topics", "one", prompt, (*options, *topics.MENU_EXTRAS))


def open_question(dialog: DialogState) -> Question | None:
    """The question whose buttons the current state offers (None: no buttons)."""
    state = dialog.state
    if state == State.COUNTRY:
        return country_picker.question(dialog.language, dialog.region, dialog.page)
    if state == State.EMERGENCY:
        return emergency_question(dialog)
    if state == State.CRISIS:
        return crisis_question(dialog)
    if state in MENU_STATES:
        return menu_question(dialog)
    if state == State.END:
        return END_QUESTION
    if state == State.UNDER_18:
        return None
    return QUESTIONS[state]


def back_allowed(dialog: DialogState) -> bool:
    question = QUESTIONS.get(dialog.state)
    if dialog.state in MENU_STATES:
        return bool(dialog.history)
    if dialog.state == State.COUNTRY and dialog.picker_return is not None:
        return True  # back to the emergency or crisis screen it was opened from
    return question is not None and question.back and bool(dialog.history)


def token(dialog: DialogState) -> str:
    """Names the question open now: a button carries it, so a press on a question that has
    moved on is recognised. Ticks keep it; an answer, Back or a new conversation change it.
    The result, its topics and the summary share one menu, so they share a token."""
    state = "menu" if dialog.state in MENU_STATES else dialog.state
    return _token(state, len(dialog.history), dialog.detour)


def _token(state: str, position: int, detour: str | None) -> str:
    material = f"{state}\x00{position}\x00{detour}"
    return hashlib.blake2s(material.encode(), digest_size=4).hexdigest()


# The questions whose older buttons still count: a press there may be an emergency or a
# disclosure, whatever has been asked since.
_SAFETY_QUESTIONS = (
    State.EMERGENCY_NOW,
    State.EMERGENCY,
    State.SELF_HARM_CHECK,
    State.SELF_HARM_PLAN,
)


def safety_question_of(dialog: DialogState, pressed: str) -> State | None:
    """The safety question an older button belongs to, found by its token (every place it
    could have been asked in this conversation is tried); None for any other question."""
    detours = {None, dialog.detour, dialog.state, *dialog.history}
    for state in _SAFETY_QUESTIONS:
        for position in range(len(dialog.history) + 2):
            for detour in detours:
                if _token(str(state), position, detour) == pressed:
                    return state
    return None


def progress(dialog: DialogState) -> tuple[int, int] | None:
    """ "Question 7 of about 24" for the questionnaire's questions (not the safety ones)."""
    if dialog.state not in QUESTIONS or dialog.state in SAFETY_STATES:
        return None
    asked = len({state for state in dialog.history if state in QUESTIONS})
    step = asked + 1
    return step, max(ABOUT_TOTAL, step)


# ---- building screens --------------------------------------------------------------------------


def _question_blocks(question: Question) -> list[Block]:
    blocks = [Block(question.prompt)] if question.prompt is not None else []
    blocks.extend(Block(option.detail, "item") for option in question.options if option.detail)
    if question.hint is not None:
        if question.hint_sources:
            blocks.append(Block(question.hint, "statement", question.hint_sources))
        else:
            blocks.append(Block(question.hint))
    return blocks


def _kind(question: Question | None) -> ScreenKind:
    if question is None:
        return ScreenKind.NOTICE
    if question.id == "emergency_now":
        return ScreenKind.EMERGENCY_CHECK
    if question.safety:
        return ScreenKind.SAFETY
    return ScreenKind.MULTI if question.select == "many" else ScreenKind.QUESTION


def _selected(dialog: DialogState, question: Question) -> tuple[str, ...]:
    if question.select == "many":
        return tuple(dialog.pending)
    previous = dialog.answers.get(question.id, [])
    return tuple(previous[:1])


def question_screen(
    dialog: DialogState,
    blocks: tuple[Block, ...] = (),
    *,
    kind: ScreenKind | None = None,
    with_prompt: bool = True,
) -> Screen:
    """The open question, after the paragraphs that belong on the same screen."""
    question = open_question(dialog)
    body = list(blocks)
    if question is not None and with_prompt:
        body.extend(_question_blocks(question))
    step = progress(dialog)
    return Screen(
        state=dialog.state,
        kind=kind or _kind(question),
        blocks=tuple(body),
        question=question.id if question is not None else None,
        options=question.options if question is not None else (),
        select=question.select if question is not None else "none",
        selected=_selected(dialog, question) if question is not None else (),
        back=back_allowed(dialog),
        token=token(dialog) if question is not None and question.options else None,
        crisis=dialog.crisis,
        step=step[0] if step else None,
        steps_total=step[1] if step else None,
    )


def notice_screen(
    blocks: tuple[Block, ...], *, crisis: bool = False, share: bool = False
) -> Screen:
    """Paragraphs with no question of their own (the open question follows separately)."""
    return Screen(state="notice", kind=ScreenKind.NOTICE, blocks=blocks, crisis=crisis, share=share)


def welcome_check_screen(dialog: DialogState) -> Screen:
    """The short welcome and the emergency check, as one message."""
    return question_screen(dialog, notices.welcome(), kind=ScreenKind.WELCOME_CHECK)


def _with_level(dialog: DialogState, screen: Screen) -> Screen:
    return replace(
        screen,
        triage=triage.current_level(dialog),
        crisis=dialog.crisis,
        reasons=triage.reason_ids(dialog),
    )


def emergency_screen(dialog: DialogState) -> Screen:
    reasons = tuple(
        reason for reason, level in triage.current_reasons(dialog) if level is Level.EMERGENCY
    )
    blocks = emergency.emergency_blocks(
        reasons, dialog.country, dialog.region, crisis=dialog.crisis
    )
    screen = question_screen(dialog, blocks, kind=ScreenKind.EMERGENCY)
    return replace(_with_level(dialog, screen), triage=Level.EMERGENCY)


def crisis_screen(dialog: DialogState) -> Screen:
    blocks = emergency.crisis_blocks(dialog.country, dialog.region)
    return _with_level(dialog, question_screen(dialog, blocks, kind=ScreenKind.CRISIS))


def plan_screen(dialog: DialogState) -> Screen:
    """The question about a plan, with the crisis line at once."""
    return question_screen(dialog, emergency.plan_blocks(dialog.country, dialog.region))


def result_screens(dialog: DialogState) -> tuple[Screen, ...]:
    """The result in four screens, each short enough for a phone: the level and its reasons;
    what the answers mean; what to do if things get worse; the topics menu."""
    answers = triage.active_answers(dialog)
    reasons = triage.current_reasons(dialog)
    level = triage.current_level(dialog)
    first = result.level_blocks(level, dialog.country, dialog.region)
    if dialog.crisis:
        first.extend(result.crisis_blocks(dialog.country, dialog.region))
    if dialog.retracted:
        first.append(
            result.retraction_block(tuple(dialog.retracted), dialog.country, dialog.region)
        )
    first.extend(result.reason_blocks(tuple(r for r in reasons if r[0] != "self_harm")))
    second = result.meaning_blocks(answers, tuple(r for r, _ in reasons))
    second.extend(source_list(second))
    third = [safety_net.heading(), *safety_net.lines(answers, dialog.country, dialog.region)]
    third.extend(source_list(third))
    highlighted = topics.matching(answers)
    screens = (
        Screen(state=dialog.state, kind=ScreenKind.RESULT, blocks=tuple(first)),
        Screen(state=dialog.state, kind=ScreenKind.RESULT, blocks=tuple(second)),
        Screen(state=dialog.state, kind=ScreenKind.RESULT, blocks=tuple(third)),
        question_screen(dialog, kind=ScreenKind.QUESTION),
    )
    return tuple(
        replace(_with_level(dialog, screen), highlighted=highlighted, state=str(State.RESULT))
        for screen in screens
    )


def topic_screen(dialog: DialogState) -> Screen:
    """One topic: every line in guideline order, the same for everyone, then its sources."""
    assert dialog.topic is not None
    topic = topics.TOPIC_BY_ID[dialog.topic]
    blocks = [Block(topic.title, "title")]
    blocks.extend(Block(line.text, "statement", line.sources) for line in topic.lines)
    if dialog.topic == "nerve_pain" and dialog.crisis:
        blocks.append(topics.SAFE_STORAGE)
    blocks.append(topics.NEVER_CHANGE_MEDICINE)
    blocks.extend(source_list(blocks))
    screen = question_screen(dialog, tuple(blocks), kind=ScreenKind.TOPIC, with_prompt=False)
    return replace(
        screen, topic=dialog.topic, highlighted=topics.matching(triage.active_answers(dialog))
    )


def summary_screen(dialog: DialogState, content_version: str) -> Screen:
    answers = triage.active_answers(dialog)
    blocks = summary.blocks(
        answers,
        triage.current_level(dialog),
        tuple(r for r in triage.current_reasons(dialog) if r[0] != "self_harm"),
        crisis=dialog.crisis,
        retracted=tuple(dialog.retracted),
        country=dialog.country,
        region=dialog.region,
        content_version=content_version,
    )
    screen = question_screen(dialog, blocks, kind=ScreenKind.SUMMARY, with_prompt=False)
    return replace(_with_level(dialog, screen), highlighted=topics.matching(answers))


def end_screen(dialog: DialogState) -> Screen:
    """Thanks, what to do if things get worse, the numbers and the crisis line."""
    answers = triage.active_answers(dialog)
    blocks: list[Block] = [Block(msg(N_("Thank you. Take care.")), "title")]
    if triage.current_level(dialog) is Level.EMERGENCY:
        blocks.append(emergency_line(dialog.country, dialog.region))
        blocks.append(crisis_line(dialog.country, dialog.region))
    else:
        blocks.append(safety_net.heading())
        blocks.extend(safety_net.lines(answers, dialog.country, dialog.region, form="short"))
        blocks.extend(source_list(blocks))
    return question_screen(dialog, tuple(blocks), kind=ScreenKind.END)


def under_18_screen(dialog: DialogState) -> Screen:
    blocks = notices.under_18(dialog.country, dialog.region, dialog.crisis)
    return question_screen(dialog, blocks, kind=ScreenKind.END)


def current_screens(dialog: DialogState, content_version: str) -> tuple[Screen, ...]:
    """What the current state shows when it is shown again."""
    state = dialog.state
    if state == State.EMERGENCY:
        return (emergency_screen(dialog),)
    if state == State.CRISIS:
        return (crisis_screen(dialog),)
    if state == State.SELF_HARM_PLAN:
        return (plan_screen(dialog),)
    if state == State.RESULT:
        return result_screens(dialog)
    if state == State.TOPIC:
        return (topic_screen(dialog),)
    if state == State.VISIT_SUMMARY:
        return (summary_screen(dialog, content_version),)
    if state == State.END:
        return (end_screen(dialog),)
    if state == State.UNDER_18:
        return (under_18_screen(dialog),)
    return (question_screen(dialog),)
