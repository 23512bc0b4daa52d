"""Properties over random answer paths (hypothesis): what holds whatever a person presses."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs import triage
from dialogs.model import Back, Choose, Done, FreeText, Level, Restart, Screen
from dialogs.screens import active_answers
from dialogs.sources import SOURCES
from tests.walk import Walk

MEDICAL = ("statement", "highlight")


def assert_statements_cite_sources(screen: Screen) -> None:
    for block in screen.blocks:
        if block.style in MEDICAL:
            assert block.sources, f"uncited statement on {screen.state}: {block.text}"
        assert set(block.sources) <= set(SOURCES), f"unknown source on {screen.state}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_paths(data: st.DataObject) -> None:
    walk = Walk.started()
    shown_levels: list[Level] = []
    visited: list[tuple[str, tuple[str, ...]]] = []  # (question state, answer) in order
    for _ in range(data.draw(st.integers(min_value=5, max_value=90))):
        screen = walk.last
        # No dead end: every step leaves a question open with at least one option.
        assert screen.question is not None and screen.options, screen.state
        action = data.draw(
            st.sampled_from(["answer"] * 8 + ["back", "text", "restart"] * 1), label="action"
        )
        before = walk.state
        if action == "back":
            walk.send(Back())
            if screen.back:
                # Back returns to the previous question, showing its earlier answer.
                expected = before.history[-1]
                assert walk.state.state == expected or (
                    expected == "result" and walk.state.state == "result"
                )
                if expected in before.answers and walk.last.select == "one":
                    assert walk.last.selected == tuple(before.answers[expected][:1])
                if walk.last.select == "many":
                    assert list(walk.last.selected) == before.answers.get(expected, [])
        elif action == "text":
            walk.send(FreeText(data.draw(st.text(max_size=40), label="free text")))
        elif action == "restart":
            walk.send(Restart())
            shown_levels.clear()
            visited.clear()
        else:
            option_ids = [option.id for option in screen.options]
            if screen.select == "many":
                ticks = data.draw(
                    st.lists(st.sampled_from(option_ids), min_size=1, max_size=4), label="ticks"
                )
                for option_id in ticks:
                    walk.send(Choose(option_id))
                walk.send(Done())
            else:
                choice = data.draw(st.sampled_from(option_ids), label="choice")
                if choice == "restart":
                    shown_levels.clear()
                walk.send(Choose(choice))
        for step_screen in walk.steps[-1].screens:
            assert_statements_cite_sources(step_screen)
        if walk.state.state == "consent" and not walk.state.answers:
            shown_levels.clear()
        shown_levels.extend(s.triage for s in walk.steps[-1].screens if s.triage is not None)
        result = next((s for s in walk.steps[-1].screens if s.state == "result"), None)
        if result is not None:
            # The result's level is the most urgent level reached, with every reason listed.
            held = triage.reasons(active_answers(walk.state))
            expected = max([*shown_levels, triage.level_of(held)], key=lambda level: level.rank)
            assert result.triage is expected
            assert {reason.id for reason in held} <= set(result.reasons)
            if walk.state.crisis:
                assert result.triage.rank >= Level.URGENT.rank


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_level_once_shown_never_drops(data: st.DataObject) -> None:
    walk = Walk.started().until("result")
    first = walk.last.triage
    assert first is not None
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        walk.send(Back())
    walk.until(
        "result",
        **{
            "red_flags": [data.draw(st.sampled_from(["none", "fever", "unsteady_dark"]))],
            "current_treatment": ["none"],
        },
    )
    again = walk.last.triage
    assert again is not None and again.rank >= first.rank
