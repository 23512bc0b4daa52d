"""Every note written for translators reaches the catalog: Babel keeps a ``TRANSLATORS:``
comment only when it sits right above the line of the ``N_(`` call, so a comment placed one
line too high is silently lost and the translator never sees it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_python

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    path
    for folder in ("dialogs", "bot")
    for path in (ROOT / folder).rglob("*.py")
    if "TRANSLATORS:" in path.read_text(encoding="utf-8")
)
KEYWORDS = {"N_": None, "Np_": (1, 2)}


def extracted_notes(path: Path) -> int:
    with path.open("rb") as source:
        return sum(
            1
            for _line, _function, _message, comments in extract_python(
                source, KEYWORDS, ["TRANSLATORS:"], {}
            )
            if comments
        )


def written_notes(path: Path) -> int:
    return len(re.findall(r"#\s*TRANSLATORS:", path.read_text(encoding="utf-8")))


def test_there_are_notes_to_check() -> None:
    assert len(SOURCES) > 10


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_note_for_translators_reaches_the_catalog(path: Path) -> None:
    assert extracted_notes(path) == written_notes(path)


def test_a_note_one_line_too_high_would_be_caught() -> None:
    lost = b'# TRANSLATORS: too high\nX = msg(\n    N_("a")\n)\n'
    found = list(extract_python(io.BytesIO(lost), KEYWORDS, ["TRANSLATORS:"], {}))
    assert found and not found[0][3]
