"""Topics show every tier to everyone; the answers only order them. The visit summary is
written for the doctor, with a synopsis first, and names no dose."""

from __future__ import annotations

import pytest

from dialogs.model import Choose
from dialogs.topics import TOPICS
from tests.walk import Walk


def at_menu(**answers: list[str]) -> Walk:
    return Walk.started().until("result", **answers)


def topic_text(walk: Walk, topic_id: str) -> str:
    walk.send(Choose(topic_id))
    assert walk.at == "topic" and walk.last.topic == topic_id
    return walk.text()


@pytest.mark.parametrize("topic", [t.id for t in TOPICS])
def test_every_topic_shows_all_its_lines_the_same_for_everyone(topic: str) -> None:
    plain = topic_text(at_menu(), topic)
    heavy = topic_text(
        at_menu(
            current_treatment=["opioid", "antidepressant_pain", "gabapentinoid", "ivig"],
            nerve_descriptors=["burning", "tingling", "numbness"],
            sfn_status=["not_tested"],
        ),
        topic,
    )
    assert plain == heavy
    assert "Never stop, start or change a medicine without your doctor." in plain
    assert "▶" not in plain and "next step" not in plain.lower()


def test_matching_topics_come_first() -> None:
    walk = at_menu(current_treatment=["opioid"])
    assert walk.last.options[0].id == "nerve_pain"
    walk = at_menu(current_treatment=["rituximab"])
    assert walk.last.options[0].id == "immune_nerve"
    assert "team" in [o.id for o in walk.last.options]


def test_nerve_pain_says_how_good_the_evidence_is_and_that_uk_guidance_switches() -> None:
    text = topic_text(at_menu(), "nerve_pain")
    assert "not in Sjögren's" in text
    assert "switching rather than combining" in text
    assert "capsaicin" in text


def test_safe_storage_appears_with_the_crisis_flag_naming_no_medicine() -> None:
    walk = Walk.started()
    walk.answer("none")
    walk.answer("yes")
    walk.answer("no")
    walk.answer("continue")
    walk.until("result")
    text = topic_text(walk, "nerve_pain")
    assert "Keep medicines safe" in text


def test_no_figure_rests_on_the_unnamed_sources() -> None:
    text = topic_text(at_menu(), "confirm_sfn")
    assert "45" not in text


def test_the_visit_summary_opens_with_a_synopsis_and_has_no_dose() -> None:
    walk = at_menu(
        age_band=["60_plus"],
        symptom_duration=["over_1y"],
        nerve_descriptors=["burning"],
        sfn_status=["not_tested"],
        other_causes=["diabetes"],
        current_treatment=["gabapentinoid"],
    )
    walk.send(Choose("visit_summary"))
    text = walk.text()
    lines = text.splitlines()
    assert lines[0] == "Summary for the doctor"
    assert lines[2].startswith("Adult aged 60 or older. Sjögren's: A doctor diagnosed it.")
    assert "More than a year" in lines[2] and "Not tested" in lines[2]
    assert "Diabetes or pre-diabetes" in text
    assert "Gabapentin or pregabalin" in text
    assert "Skin biopsy" in text
    assert "If things get worse" in text
    assert "do not change your dose yourself" in text
    assert "mg" not in text
    assert "Content version test" in text
    assert "topics below" not in text
