"""What each state shows: the question screens, the result, topics, summary and the ends."""

from __future__ import annotations

from dataclasses import replace

from dialogs import emergency_numbers, notices, result, summary, topics, triage
from dialogs.flow import EMERGENCY_SCREENS, FINAL_STATES, MENU_STATES
from dialogs.model import Block, BlockStyle, DialogState, Level, Option, Question, Screen
from dialogs.questions import (
    AFTER_EMERGENCY,
    CONSENT,
    COUNTRY_PROMPT,
    QUESTIONS,
    SKIP,
)
from dialogs.settings import Settings
from dialogs.sources import source_list
from dialogs.text import N_, Msg, Np_, Territory, msg, plural

STEPS_TOTAL = 11
# The progress step of each question state.
STEP_OF: dict[str, int] = {
    "consent": 1,
    "country": 2,
    "emergency_now": 3,
    "self_harm_plan": 3,
    "sjogren_status": 4,
    "dry_eyes_3m": 5,
    "eye_grit": 5,
    "tears_3x": 5,
    "dry_mouth_3m": 5,
    "drink_to_swallow": 5,
    "mouth_severity": 5,
    "eye_severity": 5,
    "burden_dryness": 6,
    "burden_fatigue": 6,
    "burden_pain": 6,
    "nerve_descriptors": 7,
    "nerve_pattern": 7,
    "autonomic": 8,
    "sfn_status": 9,
    "red_flags": 10,
    "current_treatment": 11,
}

NO_BACK = ("consent", *EMERGENCY_SCREENS, *FINAL_STATES)
HIGHLIGHT_MARK = "★"


def country_question(default_country: str | None) -> Question:
    """The country question: the default country first, then the table's order."""
    codes = list(emergency_numbers.COUNTRIES)
    if default_country in emergency_numbers.COUNTRIES:
        codes.remove(default_country)
        codes.insert(0, default_country)
    options = tuple(Option(code, Territory(code)) for code in codes)
    return Question("country", "one", COUNTRY_PROMPT, (*options, SKIP))


def menu_question(answers: triage.Answers) -> Question:
    """The topics menu: highlighted topics first (marked), then the rest, then the extras."""
    marked = set(topics.highlighted(answers))
    options = tuple(
        Option(
            topic_id,
            # TRANSLATORS: a topic button marked as fitting the answers; keep the star.
            msg(N_("★ {topic}"), topic=topics.TOPIC_BY_ID[topic_id].label)
            if topic_id in marked
            else topics.TOPIC_BY_ID[topic_id].label,
        )
        for topic_id in topics.menu_order(answers)
    )
    return Question(
        "topics",
        "one",
        msg(
            N_(
                "Which topic would you like to read? Topics marked ★ fit your answers and come "
                "first."
            )
        ),
        (*options, *topics.MENU_EXTRAS),
    )


END_QUESTION = Question(
    "end",
    "one",
    msg(N_("What would you like to do now?")),
    (
        # TRANSLATORS: button that starts a new conversation.
        Option("restart", msg(N_("Start again"))),
        # TRANSLATORS: button that shows how to share the bot with others.
        Option("share", msg(N_("Share this bot"))),
    ),
)
UNDER_18_QUESTION = Question(
    "end",
    "one",
    msg(N_("You can start again at any time.")),
    (Option("restart", msg(N_("Start again"))),),
)


def question_for(dialog: DialogState) -> Question:
    """The question open in the dialog's current state."""
    state = dialog.state
    if state == "country":
        return country_question(dialog.default_country)
    if state in EMERGENCY_SCREENS:
        return AFTER_EMERGENCY
    if state in MENU_STATES:
        return menu_question(active_answers(dialog))
    if state == "end":
        return END_QUESTION
    if state == "under_18":
        return UNDER_18_QUESTION
    if state == "consent":
        return CONSENT
    return QUESTIONS[state]


def active_answers(dialog: DialogState) -> dict[str, list[str]]:
    """The answers on the path that led here (answers left behind by Back do not count)."""
    path = [*dialog.history, dialog.state]
    return {q: dialog.answers[q] for q in path if q in dialog.answers}


def current_reasons(dialog: DialogState) -> tuple[tuple[str, Level], ...]:
    """Every reason that holds now or was shown before, in a stable order."""
    found: dict[str, Level] = {r.id: r.level for r in triage.reasons(active_answers(dialog))}
    for reason_id, level_name in dialog.sticky.items():
        level = Level(level_name)
        if reason_id not in found or found[reason_id].rank < level.rank:
            found[reason_id] = level
    order = list(triage.REASON_QUESTION)
    return tuple(sorted(found.items(), key=lambda item: order.index(item[0])))


def current_level(dialog: DialogState) -> Level:
    return _level(current_reasons(dialog), dialog.crisis)


def _level(reasons: tuple[tuple[str, Level], ...], crisis: bool) -> Level:
    """The most urgent level among the reasons; at least urgent with the crisis flag."""
    levels = [level for _, level in reasons]
    if crisis:
        levels.append(Level.URGENT)
    return max(levels, key=lambda level: level.rank, default=Level.ROUTINE)


def _question_blocks(question: Question) -> list[Block]:
    blocks = [Block(question.prompt)]
    if (
        question.select != "one"
        or question.id in ("emergency_now", "consent")
        or any(option.detail for option in question.options if option.id not in ("yes", "no"))
    ):
        blocks.extend(Block(option.detail, "item") for option in question.options if option.detail)
    if question.hint is not None:
        if question.hint_sources:
            blocks.append(Block(question.hint, "statement", question.hint_sources))
        else:
            blocks.append(Block(question.hint))
    return blocks


def _selected(dialog: DialogState, question: Question) -> tuple[str, ...]:
    if question.select == "many":
        return tuple(dialog.pending)
    previous = dialog.answers.get(question.id, [])
    return tuple(previous[:1])


def question_screen(dialog: DialogState, blocks: list[Block] | None = None) -> Screen:
    """The open question, with any paragraphs that belong before it on the same screen."""
    question = question_for(dialog)
    body = [*(blocks or []), *_question_blocks(question)]
    step = STEP_OF.get(dialog.state)
    return Screen(
        state=dialog.state,
        blocks=tuple(body),
        question=question.id,
        options=question.options,
        select=question.select,
        selected=_selected(dialog, question),
        back=dialog.state not in NO_BACK and bool(dialog.history),
        step=step,
        steps_total=STEPS_TOTAL if step is not None else None,
    )


def welcome_screen(dialog: DialogState) -> Screen:
    return question_screen(dialog, list(notices.welcome()))


def emergency_screen(dialog: DialogState, reported: tuple[Msg, ...]) -> Screen:
    base = question_screen(dialog, list(notices.emergency(dialog.country, reported, dialog.crisis)))
    return _with_triage(base, Level.EMERGENCY, dialog.crisis)


def crisis_screen(dialog: DialogState, with_question: bool) -> Screen:
    blocks = notices.crisis(dialog.country)
    level = max(current_level(dialog), Level.URGENT, key=lambda level: level.rank)
    if with_question:
        return _with_triage(question_screen(dialog, list(blocks)), level, True)
    return Screen(state="crisis", blocks=blocks, triage=level, crisis=True)


def _with_triage(screen: Screen, level: Level, crisis: bool) -> Screen:
    return replace(screen, triage=level, crisis=crisis)


def result_screen(dialog: DialogState) -> Screen:
    """The result: level, reasons, what the answers suggest and do not mean, then topics."""
    answers = active_answers(dialog)
    reasons = current_reasons(dialog)
    reason_ids = tuple(reason_id for reason_id, _ in reasons)
    level = _level(reasons, dialog.crisis)
    blocks = result.level_blocks(level, dialog.country)
    if dialog.crisis:
        blocks.append(Block(result.CRISIS_FLAG, "notice"))
        blocks.append(notices.crisis_line(dialog.country))
    if reason_ids:
        blocks.append(
            Block(
                plural(
                    Np_("This result has {count} reason:", "This result has {count} reasons:"),
                    len(reason_ids),
                )
            )
        )
        blocks.extend(result.reason_block(reason_id) for reason_id in reason_ids)
    blocks.extend(result.suggestion_blocks(answers, reason_ids))
    blocks.extend(result.caveat_blocks())
    screen = question_screen(dialog, blocks)
    return replace(
        screen,
        triage=level,
        crisis=dialog.crisis,
        reasons=reason_ids,
        highlighted=topics.highlighted(answers),
    )


def topic_screen(dialog: DialogState, topic_id: str) -> Screen:
    """One topic's tiers in order, the tier that fits marked, then facts and sources."""
    answers = active_answers(dialog)
    topic = topics.TOPIC_BY_ID[topic_id]
    fitting = topics.tier_for(topic_id, answers)
    blocks = [Block(topic.title, "title")]
    if fitting is not None:
        blocks.append(
            Block(
                msg(
                    N_(
                        "The step marked ▶ is the one your answers point to. Your doctor "
                        "decides what fits you."
                    )
                )
            )
        )
    for tier in topic.tiers:
        style: BlockStyle = "highlight" if tier.id == fitting else "statement"
        blocks.append(Block(tier.text, style, tier.sources))
    blocks.extend(Block(fact.text, "statement", fact.sources) for fact in topic.facts)
    blocks.append(topics.NEVER_CHANGE_MEDICINE)
    blocks.extend(source_list(blocks))
    screen = question_screen(dialog, blocks)
    return replace(screen, topic=topic_id)


def summary_screen(dialog: DialogState) -> Screen:
    answers = active_answers(dialog)
    reasons = current_reasons(dialog)
    reason_ids = tuple(reason_id for reason_id, _ in reasons)
    level = _level(reasons, dialog.crisis)
    order = [q for q in [*dialog.history, dialog.state] if q in answers]
    blocks = summary.blocks(answers, order, level, reason_ids, dialog.crisis, dialog.country)
    screen = question_screen(dialog, list(blocks))
    return replace(screen, triage=level, crisis=dialog.crisis)


def notice_screen(state: str, blocks: tuple[Block, ...], *, share: bool = False) -> Screen:
    """Paragraphs with no question of their own (the open question follows separately)."""
    return Screen(state=state, blocks=blocks, share=share)


def privacy_screen(settings: Settings) -> Screen:
    return notice_screen("privacy", notices.privacy(settings))
