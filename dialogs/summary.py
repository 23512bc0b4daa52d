"""The visit summary: one message the person forwards to their doctor, written for the doctor.

A one-line synopsis first, then the date, the result with every reason, the answers in short,
the tests and questions to ask, what to do if things get worse, and the content version. No
dose anywhere; no reference to the chat.
"""

from __future__ import annotations

from dialogs import safety_net, triage
from dialogs.levels import Level
from dialogs.model import Block, Label
from dialogs.questions import BURDEN_ITEMS, EYE_ITEMS, MOUTH_ITEMS, QUESTIONS
from dialogs.result import LEVEL_NAME, reason_label, retraction_block
from dialogs.sources import source_list
from dialogs.text import N_, ListOf, Msg, Today, Verbatim, msg, rough_english
from dialogs.triage import Answers

# The summary's length budget in English characters (clinical spec section 10: 2,500), with a
# margin for the date and the country's names.
BUDGET = 2400
# TRANSLATORS: in the visit summary, for a question the person skipped or was not asked.
NOT_GIVEN = msg(N_("not given"))
# The questions the summary lists one to a line, in this order (unanswered ones left out).
LISTED = (
    "mouth_severity",
    "eye_severity",
    "nerve_pattern",
    "autonomic",
    "other_causes",
    "current_treatment",
)


def answer_text(question_id: str, values: list[str]) -> Label | ListOf:
    """The labels of the chosen options ("None of these" included), as one text."""
    question = QUESTIONS[question_id]
    labels: list[Label] = []
    for value in values:
        option = question.option(value)
        if option is not None:
            labels.append(option.label)
    if not labels:
        return NOT_GIVEN
    return labels[0] if len(labels) == 1 else ListOf(tuple(labels))


def _answer(answers: Answers, question_id: str) -> Label | ListOf:
    values = list(answers.get(question_id, ()))
    if not values or values == ["skip"]:
        return NOT_GIVEN
    return answer_text(question_id, values)


def synopsis(answers: Answers, level: Level) -> Block:
    """ "Adult 40 to 59; Sjögren's: diagnosed; ...; result: soon" in one line."""
    return Block(
        msg(
            # TRANSLATORS: the visit summary's first line; each {...} is an answer's label.
            N_(
                "Adult aged {age}. Sjögren's: {sjogren}. Symptoms for: {duration}. Nerve "
                "symptoms: {nerves}. Small fiber neuropathy: {sfn}. Result: {level}."
            ),
            age=_answer(answers, "age_band"),
            sjogren=_answer(answers, "sjogren_status"),
            duration=_answer(answers, "symptom_duration"),
            nerves=_answer(answers, "nerve_descriptors"),
            sfn=_answer(answers, "sfn_status"),
            level=LEVEL_NAME[level],
        ),
        "notice",
    )


def blocks(
    answers: Answers,
    level: Level,
    reasons: tuple[tuple[str, Level], ...],
    *,
    crisis: bool,
    retracted: tuple[str, ...],
    country: str | None,
    region: str | None,
    content_version: str,
) -> tuple[Block, ...]:
    """The summary's paragraphs."""
    out: list[Block] = [
        Block(msg(N_("Summary for the doctor")), "title"),
        synopsis(answers, level),
        # TRANSLATORS: {date} is today's date, written in the person's language.
        Block(msg(N_("Date: {date}"), date=Today())),
    ]
    if reasons:
        out.append(
            Block(
                msg(
                    # TRANSLATORS: {reasons} lists the reasons for the result.
                    N_("Reasons: {reasons}."),
                    reasons=ListOf(tuple(reason_label(r, lvl) for r, lvl in _merged(reasons))),
                )
            )
        )
    if crisis:
        out.append(Block(msg(N_("The person reported thoughts of self-harm.")), "notice"))
    if retracted:
        out.append(retraction_block(retracted, country, region))
    # TRANSLATORS: heading in the visit summary: the person's answers follow.
    out.append(Block(msg(N_("Answers")), "title"))
    answered = _answer_lines(answers)
    out.extend(block for _, block in answered)
    out.extend(_tests_to_ask(answers))
    questions = [Block(msg(N_("Questions to ask")), "title")]
    questions.extend(Block(question, "item") for question in _questions_to_ask(answers))
    at = len(out)
    out.append(safety_net.heading())
    out.extend(safety_net.lines(answers, country, region, form="inline"))
    out.append(Block(msg(N_("For the patient: do not change your dose yourself.")), "notice"))
    out.append(
        Block(
            msg(
                N_(
                    "Not a diagnosis: questions reworded from published questionnaires, not "
                    "validated. Content version {version}."
                ),
                version=Verbatim(content_version),
            )
        )
    )
    # With every box ticked the answers alone fill a phone's screen: the questions to ask, then
    # the less telling answers, give way (they go where they belong when there is room).
    while questions and _length([*out, *questions, *source_list([*out, *questions])]) > BUDGET:
        questions.pop()
    if len(questions) > 1:
        out[at:at] = questions
    optional = [block for question_id, block in answered if question_id in _OPTIONAL]
    while optional and _length([*out, *source_list(out)]) > BUDGET:
        dropped = optional.pop()
        out = [block for block in out if block is not dropped]
    out.extend(source_list(out))
    return tuple(out)


def _length(blocks: list[Block]) -> int:
    """The summary's length in English, roughly: paragraphs and their source numbers."""
    return sum(len(rough_english(b.text)) + 4 * len(b.sources) + 2 for b in blocks)


def _merged(reasons: tuple[tuple[str, Level], ...]) -> tuple[tuple[str, Level], ...]:
    """The reasons, a combination standing for its parts."""
    held = {reason for reason, _ in reasons}
    parts = {"gland_swelling", "b_symptoms"} if "glands_b_symptoms" in held else set()
    return tuple((reason, level) for reason, level in reasons if reason not in parts)


def _answer_lines(answers: Answers) -> list[tuple[str | None, Block]]:
    """The answers in short: dryness, burden and warning signs on a line each, then the rest."""
    lines: list[tuple[str | None, Block]] = []
    dryness = [q for q in (*EYE_ITEMS, *MOUTH_ITEMS) if triage.one(answers, q) == "yes"]
    if dryness:
        names = tuple(QUESTIONS[q].short_name for q in dryness)
        lines.append((None, _line(msg(N_("Dryness: {items}."), items=ListOf(_present(names))))))
    elif any(q in answers for q in (*EYE_ITEMS, *MOUTH_ITEMS)):
        lines.append((None, _line(msg(N_("Dryness: none of the dryness questions answered yes.")))))
    if all(q in answers for q in BURDEN_ITEMS):
        lines.append(
            (
                None,
                _line(
                    msg(
                        # TRANSLATORS: the three 0-10 scales of the last 2 weeks.
                        N_(
                            "Last 2 weeks, 0 to 10: "
                            "dryness {dryness}, tiredness {tiredness}, pain {pain}."
                        ),
                        dryness=triage.scale(answers, "burden_dryness"),
                        tiredness=triage.scale(answers, "burden_fatigue"),
                        pain=triage.scale(answers, "burden_pain"),
                    )
                ),
            )
        )
    for question_id in LISTED:
        if triage.chosen(answers, question_id) - {"skip"}:
            lines.append((question_id, _line(_answer_line(answers, question_id))))
    if "red_flags_body" in answers and not triage.red_flags(answers):
        # Warning signs ticked are reasons of the result, listed above.
        lines.append((None, _line(msg(N_("Warning signs: none.")))))
    return lines


def _answer_line(answers: Answers, question_id: str) -> Msg:
    name = QUESTIONS[question_id].short_name
    assert name is not None
    # TRANSLATORS: a summary line: a question's short name, then the answer.
    return msg(N_("{question}: {answer}"), question=name, answer=_answer(answers, question_id))


# The answers that give way first when the summary is too long for a phone.
_OPTIONAL = ("eye_severity", "mouth_severity", "nerve_pattern")


def _line(text: Msg) -> Block:
    return Block(text, "item")


def _present(names: tuple[Msg | None, ...]) -> tuple[Msg, ...]:
    return tuple(name for name in names if name is not None)


def _tests_to_ask(answers: Answers) -> list[Block]:
    tests: list[Block] = []
    if triage.chosen(answers, "nerve_descriptors") and triage.sfn_not_confirmed(answers):
        tests.append(
            Block(
                msg(N_("Skin biopsy or special nerve tests, for small fiber neuropathy.")),
                "item",
                (2, 5),
            )
        )
    if triage.asks_about_other_causes(answers):
        tests.append(
            Block(
                msg(N_("Blood sugar, vitamin B12 and thyroid, for other causes.")),
                "item",
                (21,),
            )
        )
    if not tests:
        return []
    return [Block(msg(N_("Tests to ask about")), "title"), *tests]


def _questions_to_ask(answers: Answers) -> list[Msg]:
    questions = [msg(N_("What could be causing my symptoms, and which tests do I need?"))]
    if triage.sicca_positive(answers):
        questions.append(msg(N_("Should my saliva flow and tear production be measured?")))
    questions.append(
        msg(N_("Could any of my medicines cause dryness, dizziness, gut or bladder symptoms?"))
    )
    questions.append(msg(N_("Which specialists should be part of my care?")))
    return questions
