"""The visit summary: a message the person forwards to their doctor."""

from __future__ import annotations

from dialogs import result, triage
from dialogs.model import Block, Level
from dialogs.questions import QUESTIONS
from dialogs.sources import source_list
from dialogs.text import N_, ListOf, Msg, Territory, Today, Verbatim, msg
from dialogs.topics import TOPIC_BY_ID, highlighted
from dialogs.triage import Answers

# Short names of the screening questions, for the summary's list of answers.
SHORT_NAMES: dict[str, Msg] = {
    "emergency_now": msg(N_("Emergency check")),
    "self_harm_plan": msg(N_("Plan or act of self-harm")),
    "sjogren_status": msg(N_("Sjögren's")),
    "dry_eyes_3m": msg(N_("Dry eyes daily for over 3 months")),
    "eye_grit": msg(N_("Sand or grit feeling in the eyes")),
    "tears_3x": msg(N_("Artificial tears more than 3 times a day")),
    "dry_mouth_3m": msg(N_("Dry mouth daily for over 3 months")),
    "drink_to_swallow": msg(N_("Drinks to swallow dry food")),
    "mouth_severity": msg(N_("Dry mouth severity")),
    "eye_severity": msg(N_("Dry eyes with treatment")),
    "burden_dryness": msg(N_("Dryness, last 2 weeks (0 to 10)")),
    "burden_fatigue": msg(N_("Fatigue, last 2 weeks (0 to 10)")),
    "burden_pain": msg(N_("Limb or joint pain, last 2 weeks (0 to 10)")),
    "nerve_descriptors": msg(N_("Nerve symptoms")),
    "nerve_pattern": msg(N_("How they started")),
    "autonomic": msg(N_("Autonomic symptoms")),
    "sfn_status": msg(N_("Small fiber neuropathy tests")),
    "red_flags": msg(N_("Warning signs")),
    "current_treatment": msg(N_("Current treatment")),
}


def _answer_text(question_id: str, values: list[str]) -> Msg | Territory | Verbatim | ListOf:
    question = QUESTIONS[question_id]
    labels = []
    for value in values:
        option = question.option(value)
        if option is not None:
            labels.append(option.label)
    return labels[0] if len(labels) == 1 else ListOf(tuple(labels))


def blocks(
    answers: Answers,
    order: list[str],
    level: Level,
    reason_ids: tuple[str, ...],
    crisis: bool,
    country: str | None,
) -> tuple[Block, ...]:
    """The summary's paragraphs, emergency advice first when the level is an emergency."""
    out: list[Block] = []
    if level is Level.EMERGENCY:
        out.extend(result.level_blocks(level, country)[1:])
    out.append(Block(msg(N_("Summary for your doctor")), "title"))
    # TRANSLATORS: {date} is today's date, written in the person's language.
    out.append(Block(msg(N_("Date: {date}"), date=Today())))
    out.append(
        Block(
            msg(
                N_(
                    "Made with an information bot for people with Sjögren's and nerve "
                    "symptoms. It is not a diagnosis; the questions are reworded from published "
                    "questionnaires and are not validated in this form."
                )
            )
        )
    )
    # TRANSLATORS: heading in the visit summary: the person's answers follow.
    out.append(Block(msg(N_("Answers")), "title"))
    for question_id in order:
        if question_id in SHORT_NAMES and question_id in answers:
            out.append(
                Block(
                    msg(
                        # TRANSLATORS: a summary line: a question's short name, then the answer.
                        N_("{question}: {answer}"),
                        question=SHORT_NAMES[question_id],
                        answer=_answer_text(question_id, list(answers[question_id])),
                    ),
                    "item",
                )
            )
    out.append(
        Block(
            msg(N_("Result: {level}"), level=result.LEVEL_NAME[level]),
            "title",
        )
    )
    out.append(Block(result.LEVEL_ADVICE[level], "notice"))
    if crisis:
        out.append(Block(result.CRISIS_FLAG, "notice"))
    if reason_ids:
        out.append(Block(msg(N_("Reasons:"))))
        out.extend(result.reason_block(reason) for reason in reason_ids)
    highlighted = _highlighted_titles(answers)
    if highlighted:
        out.append(
            Block(msg(N_("Topics that fit these answers: {topics}"), topics=ListOf(highlighted)))
        )
    out.append(Block(msg(N_("Questions to ask")), "title"))
    out.extend(Block(question, "item") for question in _questions_to_ask(answers))
    out.append(Block(msg(N_("For the doctor")), "title"))
    out.append(
        Block(
            msg(
                N_(
                    "Guideline dose ranges for nerve pain: gabapentin 300–3600 mg/day, "
                    "pregabalin 150–600 mg/day; increase gradually and adjust for kidney "
                    "function."
                )
            ),
            "statement",
            (2, 12),
        )
    )
    out.append(
        Block(
            msg(N_("For the patient: do not change your dose yourself.")),
            "notice",
        )
    )
    out.extend(source_list(out))
    return tuple(out)


def _highlighted_titles(answers: Answers) -> tuple[Msg, ...]:
    return tuple(TOPIC_BY_ID[topic_id].label for topic_id in highlighted(answers))


def _questions_to_ask(answers: Answers) -> list[Msg]:
    questions = [
        msg(N_("What could be causing my symptoms, and which tests do I need?")),
    ]
    if triage.chosen(answers, "nerve_descriptors"):
        questions.append(msg(N_("Could this be small fiber neuropathy? Would a skin biopsy help?")))
    if triage.sicca_positive(answers):
        questions.append(msg(N_("Should my saliva flow and tear production be measured?")))
    questions.append(
        msg(N_("Could any of my medicines cause dryness, dizziness, gut or bladder symptoms?"))
    )
    questions.append(msg(N_("Which specialists should be part of my care?")))
    return questions
