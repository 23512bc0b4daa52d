"""The clinical safety file's hazard log (docs/safety/hazard-log.md) stays true to the code.

Every test it names as verifying a control exists; every hazard has its severity, likelihood,
initial risk, at least one control and a residual risk, read from the DCB0129 matrix the log
states; every control without a test is listed under its hazard's remaining actions; and the
hazards the safety board asked for are all there.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAZARD_LOG = ROOT / "docs" / "safety" / "hazard-log.md"

SEVERITIES = ("minor", "significant", "considerable", "major", "catastrophic")
LIKELIHOODS = ("very high", "high", "medium", "low", "very low")
# DCB0129's 5x5 matrix: likelihood (rows) by severity (columns, in SEVERITIES order) -> 1-5.
MATRIX: dict[str, tuple[int, ...]] = {
    "very high": (3, 4, 4, 5, 5),
    "high": (2, 3, 3, 4, 5),
    "medium": (2, 2, 3, 3, 4),
    "low": (1, 2, 2, 3, 4),
    "very low": (1, 1, 2, 2, 3),
}
# The hazards the log must cover, each found by a phrase in its title.
REQUIRED = {
    "a missed emergency": "missed emergency",
    "a lost self-harm disclosure": "self-harm disclosure",
    "a wrong or missing number": "number",
    "a mis-tap on the emergency check": "mis-tap",
    "wrong or outdated medical content": "medical content",
    "mistranslation of safety wording": "mistranslation",
    "lost data": "lost data",
    "leaked identity": "leaked identity",
    "a silent bot": "silent bot",
    "over-reassurance": "over-reassurance",
    "use by a minor": "used by a minor",
    "use in a group chat": "group chat",
}
RATING_FIELDS = (
    "severity",
    "likelihood",
    "initial risk",
    "residual likelihood",
    "residual risk",
)

# `tests/test_x.py::test_name`, `tests/test_x.py::TestClass::test_name`, with an optional
# parameter id in brackets (ignored: the function's name is what must exist).
REFERENCE = re.compile(
    r"(?P<path>tests/[\w/]+\.py)::(?P<name>[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)(?:\[[^\]\s]*\])?"
)
HAZARD_HEADING = re.compile(r"^### (?P<id>H\d{2}) (?P<title>.+)$", re.MULTILINE)
CONTROL_ID = re.compile(r"^C\d+$")


@dataclass(frozen=True)
class Control:
    id: str
    text: str
    verified_by: str

    @property
    def tested(self) -> bool:
        return REFERENCE.search(self.verified_by) is not None


@dataclass(frozen=True)
class Hazard:
    id: str
    title: str
    ratings: dict[str, str]
    controls: tuple[Control, ...]
    actions: str


# ---- reading the log -------------------------------------------------------------------------


def cells(line: str) -> list[str]:
    """The cells of a Markdown table row."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", line.strip()))


def tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    """Every Markdown table in ``text``: its lower-cased header and its rows."""
    found: list[tuple[list[str], list[list[str]]]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|") and i + 1 < len(lines) and is_separator(lines[i + 1]):
            header = [cell.lower() for cell in cells(lines[i])]
            rows: list[list[str]] = []
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            found.append((header, rows))
        else:
            i += 1
    return found


def section(text: str, label: str) -> str:
    """The text after a bold ``**label**`` paragraph, up to the next bold label or the end."""
    match = re.search(rf"^\*\*{re.escape(label)}\*\*", text, re.MULTILINE)
    if match is None:
        return ""
    rest = text[match.end() :]
    following = re.search(r"^\*\*[A-Z][^*]*\.\*\*", rest, re.MULTILINE)
    return rest[: following.start()] if following else rest


def parse_hazard(hazard_id: str, title: str, body: str) -> Hazard:
    ratings: dict[str, str] = {}
    controls: list[Control] = []
    for header, rows in tables(body):
        if header[: len(RATING_FIELDS)] == list(RATING_FIELDS) and rows:
            ratings = dict(zip(RATING_FIELDS, (cell.lower() for cell in rows[0]), strict=False))
        elif header and header[0] == "#" and "verified by" in header:
            column = header.index("verified by")
            controls.extend(
                Control(row[0], row[1] if len(row) > 1 else "", row[column])
                for row in rows
                if len(row) > column
            )
    return Hazard(hazard_id, title, ratings, tuple(controls), section(body, "Remaining actions."))


def parse_log(text: str) -> list[Hazard]:
    headings = list(HAZARD_HEADING.finditer(text))
    hazards = []
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        body = text[heading.end() : end]
        hazards.append(parse_hazard(heading["id"], heading["title"].strip(), body))
    return hazards


@cache
def log_text() -> str:
    return HAZARD_LOG.read_text(encoding="utf-8")


@cache
def hazards() -> tuple[Hazard, ...]:
    return tuple(parse_log(log_text()))


def risk(likelihood: str, severity: str) -> int:
    return MATRIX[likelihood][SEVERITIES.index(severity)]


# ---- the tests that exist ------------------------------------------------------------------


def collected_tests(tree: ast.Module) -> set[str]:
    """The test functions pytest would collect from a module: top-level functions and methods
    of ``Test`` classes (as ``Class::method``), sync or async."""
    names: set[str] = set()

    def visit(nodes: list[ast.stmt], prefix: str) -> None:
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if node.name.startswith("test"):
                    names.add(prefix + node.name)
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                visit(node.body, f"{prefix}{node.name}::")

    visit(tree.body, "")
    return names


def missing_references(text: str, root: Path) -> list[str]:
    """The ``tests/…py::name`` references in ``text`` whose file or test does not exist."""
    known: dict[str, set[str] | None] = {}
    missing: list[str] = []
    for match in REFERENCE.finditer(text):
        path, name = match["path"], match["name"]
        if path not in known:
            file = root / path
            known[path] = (
                collected_tests(ast.parse(file.read_text(encoding="utf-8"), filename=str(file)))
                if file.is_file()
                else None
            )
        names = known[path]
        if names is None:
            missing.append(f"{path}::{name} (no such file)")
        elif name not in names:
            missing.append(f"{path}::{name} (no such test)")
    return missing


# ---- the checks ------------------------------------------------------------------------------


def test_every_test_the_log_names_exists() -> None:
    assert len(REFERENCE.findall(log_text())) >= 50, "the log names too few tests"
    assert missing_references(log_text(), ROOT) == []


def test_the_reference_check_finds_a_missing_file_or_test_and_reads_classes(
    tmp_path: Path,
) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text(
        "import pytest\n\n"
        "def test_sync() -> None: ...\n\n"
        "async def test_async() -> None: ...\n\n"
        "@pytest.mark.parametrize('x', [1])\n"
        "def test_param(x: int) -> None: ...\n\n"
        "class TestGroup:\n"
        "    def test_method(self) -> None: ...\n\n"
        "def helper() -> None: ...\n",
        encoding="utf-8",
    )
    text = (
        "`tests/test_a.py::test_sync`, `tests/test_a.py::test_async`, "
        "`tests/test_a.py::test_param`, `tests/test_a.py::test_param[1]`, "
        "`tests/test_a.py::TestGroup::test_method`, "
        "`tests/test_a.py::test_gone`, `tests/test_a.py::helper`, "
        "`tests/test_a.py::test_method`, `tests/test_b.py::test_sync`"
    )
    assert missing_references(text, tmp_path) == [
        "tests/test_a.py::test_gone (no such test)",
        "tests/test_a.py::helper (no such test)",
        "tests/test_a.py::test_method (no such test)",
        "tests/test_b.py::test_sync (no such file)",
    ]


def test_the_log_states_the_dcb0129_matrix() -> None:
    for header, rows in tables(log_text()):
        if header[1:] == list(SEVERITIES):
            stated = {row[0].lower(): tuple(int(cell) for cell in row[1:]) for row in rows}
            assert stated == MATRIX
            return
    pytest.fail("no risk matrix with the five severities as columns")


def test_hazard_ids_run_in_order_from_h01() -> None:
    ids = [hazard.id for hazard in hazards()]
    assert ids == [f"H{n:02d}" for n in range(1, len(ids) + 1)]


@pytest.mark.parametrize("hazard", hazards(), ids=lambda hazard: hazard.id)
def test_every_hazard_is_rated_and_controlled(hazard: Hazard) -> None:
    ratings = hazard.ratings
    assert set(ratings) == set(RATING_FIELDS), f"{hazard.id}: a rating is missing"
    severity = ratings["severity"]
    assert severity in SEVERITIES, f"{hazard.id}: severity {severity!r}"
    for field in ("likelihood", "residual likelihood"):
        assert ratings[field] in LIKELIHOODS, f"{hazard.id}: {field} {ratings[field]!r}"
    assert ratings["initial risk"] == str(risk(ratings["likelihood"], severity)), hazard.id
    assert ratings["residual risk"] == str(risk(ratings["residual likelihood"], severity)), (
        hazard.id
    )
    assert int(ratings["residual risk"]) <= int(ratings["initial risk"]), hazard.id
    assert hazard.controls, f"{hazard.id}: no control"
    for control in hazard.controls:
        assert CONTROL_ID.match(control.id), f"{hazard.id}: control id {control.id!r}"
        assert control.text, f"{hazard.id} {control.id}: no text"
        assert control.tested or "not tested" in control.verified_by.lower(), (
            f"{hazard.id} {control.id}: name a test, or say 'not tested'"
        )


@pytest.mark.parametrize("hazard", hazards(), ids=lambda hazard: hazard.id)
def test_every_untested_control_is_a_remaining_action(hazard: Hazard) -> None:
    untested = [control.id for control in hazard.controls if not control.tested]
    unlisted = [cid for cid in untested if not re.search(rf"\b{cid}\b", hazard.actions)]
    assert unlisted == [], f"{hazard.id}: not tested and not under remaining actions"


def test_the_required_hazards_are_all_in_the_log() -> None:
    titles = [hazard.title.lower() for hazard in hazards()]
    absent = [name for name, word in REQUIRED.items() if not any(word in t for t in titles)]
    assert absent == []


def test_the_summary_matches_the_hazards() -> None:
    for header, rows in tables(log_text()):
        if header[:2] == ["id", "hazard"] and "residual risk" in header:
            initial, residual = header.index("initial risk"), header.index("residual risk")
            summary = {row[0]: (row[1], row[initial], row[residual]) for row in rows}
            assert summary == {
                hazard.id: (
                    hazard.title,
                    hazard.ratings["initial risk"],
                    hazard.ratings["residual risk"],
                )
                for hazard in hazards()
            }
            return
    pytest.fail("no summary table")
