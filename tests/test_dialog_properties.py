"""Properties of every conversation, over random people: nothing dead-ends, a level shown never
drops, the crisis flag is never cleared, every medical statement cites a known source."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.levels import Level
from dialogs.model import Back, Choose, Done, Event, FreeText, Screen, Start
from dialogs.sources import SOURCES
from tests.walk import HOUR, Walk

TYPED = ["hello", "I want to die", "chest pain", "this pain is killing me", "overdose", "12345"]


def events_for(screen: Screen) -> st.SearchStrategy[Event]:
    options = [option.id for option in screen.options]
    choices: list[st.SearchStrategy[Event]] = [
        st.sampled_from(TYPED).map(FreeText),
        st.just(Back()),
    ]
    if options:
        choices.append(st.sampled_from(options).map(Choose))
        choices.append(st.sampled_from(options).map(Choose))
    if screen.select == "many":
        choices.append(st.just(Done()))
    return st.one_of(choices)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_conversations_keep_their_promises(data: st.DataObject) -> None:
    walk = Walk.started(region=data.draw(st.sampled_from([None, "gb", "fr"])))
    highest = -1
    crisis = False
    for _ in range(data.draw(st.integers(5, 70))):
        if walk.at == "under_18":
            walk.send(Start(), later=HOUR)
            highest, crisis = -1, walk.dialog.crisis
            continue
        event = data.draw(events_for(walk.last))
        step = walk.send(event)
        assert step.screens, "every event gets an answer"
        if isinstance(event, Choose) and event.option_id == "restart":
            highest, crisis = -1, walk.dialog.crisis
            continue
        if walk.at not in ("under_18",):
            assert walk.last.options, f"a dead end at {walk.at}"
        crisis = crisis or walk.dialog.crisis
        assert walk.dialog.crisis == crisis, "the crisis flag is never cleared"
        for screen in step.screens:
            assert screen.crisis == walk.dialog.crisis or screen.state == "notice"
            for block in screen.blocks:
                assert all(n in SOURCES for n in block.sources)
                if block.style == "statement":
                    assert block.sources, block.text
            if screen.triage is not None and not any(
                r.startswith("retracted:") for r in screen.reasons
            ):
                if screen.state == "result":
                    assert screen.triage.rank >= highest or walk.dialog.retracted
                    assert not crisis or screen.triage.rank >= Level.URGENT.rank
                highest = max(highest, screen.triage.rank)
