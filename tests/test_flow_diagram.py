"""The flow diagram in docs/flow.md is the machine's own, and stays up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.diagram import mermaid
from dialogs.flow import STATES, TRANSITIONS

FLOW_DOC = Path(__file__).resolve().parents[1] / "docs" / "flow.md"


def documented_diagram() -> str:
    text = FLOW_DOC.read_text(encoding="utf-8")
    start = text.index("```mermaid\n") + len("```mermaid\n")
    return text[start : text.index("```", start)]


def test_docs_flow_matches_the_machine() -> None:
    assert documented_diagram() == mermaid(), "docs/flow.md is out of date: regenerate it"


def test_the_diagram_names_every_state_and_transition() -> None:
    diagram = mermaid()
    for state in STATES:
        assert f'state "{state}" as {state}' in diagram
    for transition in TRANSITIONS:
        sources = transition["source"]
        for source in sources if isinstance(sources, list) else [sources]:
            assert f"{source} --> {transition['dest']}" in diagram


def test_the_cli_prints_the_diagram() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "bot", "diagram"], capture_output=True, text=True, check=True
    ).stdout
    assert printed == mermaid()
