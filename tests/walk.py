"""Drive the engine in tests: a person answering questions, one event at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.paragraphs import plain_text
from bot.texts import Localizer
from dialogs.engine import apply
from dialogs.model import Back, Choose, Done, Event, FreeText, Screen, Start
from dialogs.state import Context, DialogState, Step, Unresumable

NOW = 1_800_000_000
HOUR = 60 * 60

# Answers that reach every question, the conditional ones included (sepsis_signs aside).
DEFAULT_PATH: dict[str, list[str]] = {
    "emergency_now": ["none"],
    "self_harm_check": ["no"],
    "consent": ["save"],
    "country": ["skip"],
    "age_band": ["40_59"],
    "symptom_duration": ["over_1y"],
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
    "other_causes": ["none"],
    "current_treatment": ["none"],
    "red_flags_nerves": ["none"],
    "red_flags_body": ["none"],
    "sepsis_signs": ["no"],
    "crisis": ["continue"],
}


@dataclass
class Walk:
    """A conversation driven by a test; ``screens`` holds everything shown so far."""

    context: Context = field(default_factory=lambda: Context(now=NOW, content_version="test"))
    state: DialogState | Unresumable | None = None
    screens: list[Screen] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @classmethod
    def started(cls, language: str = "en", region: str | None = None) -> Walk:
        walk = cls(Context(now=NOW, language=language, region=region, content_version="test"))
        walk.send(Start())
        return walk

    @property
    def dialog(self) -> DialogState:
        assert isinstance(self.state, DialogState)
        return self.state

    def send(self, event: Event, *, later: int = 0) -> Step:
        if later:
            self.context = Context(
                now=self.context.now + later,
                language=self.context.language,
                region=self.context.region,
                content_version=self.context.content_version,
            )
        step = apply(self.state, event, self.context)
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

    @property
    def at(self) -> str:
        return self.dialog.state

    def answer(self, *option_ids: str) -> Step:
        """Answer the open question: one option, or several ticked and then Done."""
        assert self.question is not None, f"no question open in {self.at}"
        if self.last.select == "many" and option_ids != ("none",):
            for option_id in option_ids:
                self.send(Choose(option_id))
            return self.send(Done())
        (option_id,) = option_ids
        return self.send(Choose(option_id))

    def type(self, text: str) -> Step:
        return self.send(FreeText(text))

    def back(self) -> Step:
        return self.send(Back())

    def until(self, target: str, **overrides: list[str]) -> Walk:
        """Answer with the default path (or ``overrides``) until ``target`` is the state."""
        for _ in range(80):
            if self.at == target:
                return self
            question = self.question
            assert question is not None, f"stuck at {self.at}"
            self.answer(*(overrides[question] if question in overrides else DEFAULT_PATH[question]))
        raise AssertionError(f"never reached {target}; stuck at {self.at}")

    def text(self, screen: Screen | None = None) -> str:
        return plain_text(screen or self.last, Localizer(self.dialog.language))

    def texts(self, step: Step | None = None) -> str:
        shown = (step or self.steps[-1]).screens
        localizer = Localizer(self.dialog.language)
        return "\n\n".join(plain_text(screen, localizer) for screen in shown)
