"""Whether a saved dialog state can be continued by this version of the flow and content.

A state saved by an earlier version may name a state that no longer exists or options that
were retired; continuing it could show the wrong question or lose a reason. Such a state is
not continued (``dialogs.state.from_dict`` reads it as ``Unresumable``).
"""

from __future__ import annotations

from dialogs import emergency_numbers
from dialogs.levels import Level
from dialogs.questions import QUESTIONS
from dialogs.safety_questions import EMERGENCY_GROUPS
from dialogs.state import DialogState
from dialogs.states import State
from dialogs.topics import TOPIC_BY_ID
from dialogs.triage import REASON_QUESTION

_STATES = frozenset(str(state) for state in State)
_LEVELS = frozenset(str(level) for level in Level)
# The country question's options are the number table's countries, paged.
_COUNTRY_ANSWERS = frozenset({*emergency_numbers.COUNTRIES, "skip"})


def _valid_answer(question_id: str, values: list[str]) -> bool:
    if question_id == "country":
        return all(value in _COUNTRY_ANSWERS for value in values)
    question = QUESTIONS.get(question_id)
    return question is not None and all(value in question.option_ids for value in values)


def is_valid(dialog: DialogState) -> bool:
    """Every state, question, option, reason and level the state names still exists."""
    return (
        dialog.state in _STATES
        and all(state in _STATES for state in dialog.history)
        and all(_valid_answer(q, values) for q, values in dialog.answers.items())
        and all(r in REASON_QUESTION and lvl in _LEVELS for r, lvl in dialog.sticky.items())
        and all(group in EMERGENCY_GROUPS for group in dialog.retracted)
        and all(group in REASON_QUESTION for group in dialog.carried.emergencies)
        and dialog.detour in (None, *_STATES)
        and dialog.picker_return in (None, *_STATES)
        and dialog.topic in (None, *TOPIC_BY_ID)
    )
