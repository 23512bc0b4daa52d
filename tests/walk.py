"""Drive the engine in tests: a person answering questions, one event at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.texts import Localizer
from dialogs.engine import apply, new_state
from dialogs.model import (
    Back,
    Choose,
    DialogState,
    Done,
    Event,
    Screen,
    Start,
    Step,
)
from dialogs.questions import QUESTIONS

# Answers that reach every question, the conditional ones included.
DEFAULT_PATH: dict[str, list[str]] = {
    "consent": ["save"],
    "country": ["skip"],
    "emergency_now": ["none"],
    "sjogren_status": ["diagnosed"],
    "dry_eyes_3m": ["yes"],
    "eye_grit": ["no"],
    "tears_3x": ["no"],
    "dry_mouth_3m": ["yes"],
    "drink_to_swallow": ["no"],
    "mouth_severity": ["mild"],
    "eye_severity": ["mild_eye"],
    "burden_dryness": ["0"],
    "burden_fatigue": ["0"],
    "burden_pain": ["0"],
    "nerve_descriptors": ["tingling"],
    "nerve_pattern": ["feet_hands"],
    "autonomic": ["none"],
    "sfn_status": ["confirmed"],
    "red_flags": ["none"],
    "current_treatment": ["none"],
    "after_emergency": ["continue"],
}


@dataclass
class Walk:
    """A conversation driven by a test; ``screens`` holds everything shown so far."""

    state: DialogState = field(default_factory=lambda: new_state(language="en"))
    screens: list[Screen] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @classmethod
    def started(cls, language: str = "en") -> Walk:
        walk = cls(new_state(language=language))
        walk.send(Start())
        return walk

    def send(self, event: Event) -> Step:
        step = apply(self.state, event)
        self.state = step.state
        self.steps.append(step)
        self.screens.extend(step.screens)
        return step

    @property
    def last(self) -> Screen:
        return self.screens[-1]

    @property
    def question(self) -> str | None:
        return self.last.question

    def answer(self, *option_ids: str) -> Step:
        """Answer the open question: one option, or several ticked and then Done."""
        question = self.question
        assert question is not None, f"no question open in {self.state.state}"
        if self.last.select == "many":
            for option_id in option_ids:
                self.send(Choose(option_id))
            return self.send(Done())
        (option_id,) = option_ids
        return self.send(Choose(option_id))

    def back(self) -> Step:
        return self.send(Back())

    def until(self, target: str, **overrides: list[str]) -> Walk:
        """Answer with the default path (or ``overrides``) until ``target`` is the open state."""
        for _ in range(60):
            if self.state.state == target:
                return self
            question = self.question
            assert question is not None
            self.answer(*overrides.get(question, DEFAULT_PATH[question]))
        raise AssertionError(f"never reached {target}; stuck at {self.state.state}")

    def text(self, screen: Screen | None = None) -> str:
        return Localizer(self.state.language).screen_text(screen or self.last)


def is_question(question_id: str) -> bool:
    return question_id in QUESTIONS
