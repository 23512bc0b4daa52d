"""Every command in docs/reviewing.md runs and gives the rows it promises.

The commands run through bash with the installed ``sqlite-utils`` console script (the one next
to this Python) against a database filled here, ``data/transcripts.db`` replaced by its path.
Each command must match exactly one expectation below, so a command added to the document
needs an expectation here, and a removed one fails the test too.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from dialogs.model import Choose
from storage.database import open_database
from tests.storage_helpers import FakeClock, Person, make_store

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reviewing.md"
DOC_DB_PATH = "data/transcripts.db"
BIN = Path(sys.executable).parent


def doc_commands() -> list[str]:
    """The commands of every ```bash block, continuation lines joined."""
    blocks = re.findall(r"^```bash\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.M | re.S)
    commands: list[str] = []
    for block in blocks:
        pending = ""
        for line in block.splitlines():
            if line.rstrip().endswith("\\"):
                pending += line.rstrip()[:-1] + " "
                continue
            command = (pending + line).strip()
            pending = ""
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


# ---- the database the commands run against ---------------------------------------------------


TYPED = "my feet burn at night, my number is 0171 2345678"


def fill(data_dir: Path) -> None:
    """Three saved sessions (an emergency after typed text; a routine one in German that
    reached the end; one stopped at the age question), a person who declined after a crisis,
    one who never chose."""
    db = open_database(data_dir)
    clock = FakeClock()
    store = make_store(db, clock)

    emergency = Person(store, "1001", clock=clock)
    emergency.start()
    emergency.until("age_band")
    clock.advance(seconds=30)
    emergency.type(TYPED)
    emergency.until("red_flags_body")
    emergency.answer("purpura_ulcers", "fever")

    german = Person(store, "1002", clock=clock, language="de")
    german.start()
    german.until("result")
    german.send(Choose("end"))

    stopped = Person(store, "1003", clock=clock)
    stopped.start()
    stopped.until("age_band")

    declined = Person(store, "1004", clock=clock)
    declined.start()
    declined.until("age_band", self_harm_check=["yes"], self_harm_plan=["no"], consent=["no_save"])

    Person(store, "1005", clock=clock).start()
    db.close()


# ---- expectations ----------------------------------------------------------------------------


@dataclass
class Run:
    stdout: str
    cwd: Path
    db: sqlite_utils.Database

    def json(self) -> list[dict[str, Any]]:
        rows = json.loads(self.stdout)
        assert isinstance(rows, list)
        return rows

    def csv(self, name: str | None = None) -> list[dict[str, str]]:
        text = (self.cwd / name).read_text(encoding="utf-8") if name else self.stdout
        return list(csv.DictReader(io.StringIO(text)))


def _counts(run: Run, key: str) -> dict[str, int]:
    return {row[key]: row["count"] for row in run.json()}


def _tables(run: Run) -> None:
    counts = _counts(run, "table")
    assert counts["sessions"] == 3
    assert counts["red_flags"] == 3
    assert counts["safety_counts"] == 3
    assert counts["events"] == run.db.table("events").count > 0
    assert counts["answers"] == run.db.table("answers").count


def _views(run: Run) -> None:
    assert _counts(run, "view") == {
        "sessions_with_red_flags": 1,
        "triage_by_language_week": 3,
        "incomplete_sessions": 2,
        "dropoff_by_state": 2,
    }


def _sessions(run: Run) -> None:
    rows = run.json()
    assert len(rows) == 3
    assert set(rows[0]) == {"id", "started_at", "language", "channel", "triage_level", "completed"}
    assert sorted(row["triage_level"] or "" for row in rows) == ["", "emergency", "routine"]
    assert [row["completed"] for row in rows if row["language"] == "de"] == [1]


def _red_flag_sessions(run: Run) -> None:
    rows = run.json()
    assert len(rows) == 1
    assert rows[0]["triage_level"] == "emergency"
    assert rows[0]["red_flags"] == (
        "red_flags_body:fever (soon); red_flags_body:purpura_fever (emergency); "
        "red_flags_body:purpura_ulcers (urgent)"
    )


def _triage_by_week(run: Run) -> None:
    assert run.json() == [
        {"week_start": "2025-03-03", "language": "de", "triage_level": "routine", "sessions": 1},
        {
            "week_start": "2025-03-03",
            "language": "en",
            "triage_level": "(no result)",
            "sessions": 1,
        },
        {"week_start": "2025-03-03", "language": "en", "triage_level": "emergency", "sessions": 1},
    ]


def _dropoff(run: Run) -> None:
    assert run.json() == [
        {"last_state": "age_band", "sessions": 1},
        {"last_state": "emergency", "sessions": 1},
    ]


def _red_flags_grouped(run: Run) -> None:
    assert run.json() == [
        {
            "level": "emergency",
            "question_id": "red_flags_body",
            "option_id": "purpura_fever",
            "sessions": 1,
        },
        {
            "level": "urgent",
            "question_id": "red_flags_body",
            "option_id": "purpura_ulcers",
            "sessions": 1,
        },
        {"level": "soon", "question_id": "red_flags_body", "option_id": "fever", "sessions": 1},
    ]


def _emergency_conversation(run: Run) -> None:
    rows = run.json()
    assert len({row["session_id"] for row in rows}) == 1
    assert [row["seq"] for row in rows] == list(range(1, len(rows) + 1))
    texts = [row["text"] for row in rows]
    assert "my feet burn at night, my number is [phone]" in texts
    assert rows[0]["actor"] == "bot" and rows[0]["state"] == "emergency_now"
    assert {row["actor"] for row in rows} == {"bot", "person", "system"}
    assert rows[-1]["state"] == "emergency"


def _safety_counts(run: Run) -> None:
    assert run.json() == [
        {"route": "crisis:self_harm_plan:no", "screens": 1},
        {"route": "emergency:purpura_fever", "screens": 1},
        {"route": "self_harm_check:yes", "screens": 1},
    ]


def _german_conversation(run: Run) -> None:
    rows = run.json()
    bot = [row["text"] for row in rows if row["actor"] == "bot"]
    assert bot[0].startswith("Hallo")
    assert any(text.startswith("Frage 5 von etwa 24") for text in bot)


def _answers(run: Run) -> None:
    rows = run.json()
    assert {"question_id": "consent", "value": "save", "sessions": 3} in rows
    assert {"question_id": "emergency_now", "value": "none", "sessions": 3} in rows
    assert {"question_id": "red_flags_body", "value": "purpura_ulcers,fever", "sessions": 1} in rows
    # The declining person's answers are nowhere.
    assert {"question_id": "self_harm_check", "value": "yes", "sessions": 1} not in rows


def _search(run: Run) -> None:
    rows = run.json()
    assert [row["text"] for row in rows] == ["my feet burn at night, my number is [phone]"]
    assert set(rows[0]) == {"session_id", "seq", "actor", "text"}


def _free_text(run: Run) -> None:
    assert [(row["category"], row["text"]) for row in run.json()] == [
        ("none", "my feet burn at night, my number is [phone]")
    ]


def _sessions_csv(run: Run) -> None:
    rows = run.csv("sessions.csv")
    assert len(rows) == 3
    assert {"id", "started_at", "language", "triage_level", "completed"} <= set(rows[0])


def _events_csv(run: Run) -> None:
    rows = run.csv("events.csv")
    assert len(rows) == run.db.table("events").count
    assert {row["language"] for row in rows} == {"en", "de"}


def _triage_csv(run: Run) -> None:
    rows = run.csv()
    assert [(row["language"], row["triage_level"]) for row in rows] == [
        ("de", "routine"),
        ("en", "(no result)"),
        ("en", "emergency"),
    ]


def _copy_made(run: Run) -> None:
    copy = sqlite_utils.Database(run.cwd / "review-copy.db")
    assert copy.table("sessions").count == 3


def _dropped(table: str) -> Callable[[Run], None]:
    def check(run: Run) -> None:
        assert table not in sqlite_utils.Database(run.cwd / "review-copy.db").table_names()

    return check


def _vacuumed(run: Run) -> None:
    pseudonyms = [row[0] for row in run.db.execute("SELECT pseudonym FROM dialog_state")]
    assert pseudonyms
    blob = (run.cwd / "review-copy.db").read_bytes()
    assert not any(pseudonym.encode() in blob for pseudonym in pseudonyms)


def _private(run: Run) -> None:
    assert stat.S_IMODE((run.cwd / "review-copy.db").stat().st_mode) == 0o600


def _copy_tables(run: Run) -> None:
    counts = _counts(run, "table")
    assert counts["sessions"] == 3
    assert not {"pseudonym_links", "dialog_state", "processed_events"} & set(counts)


# (pattern that picks the command out, check); each must match exactly one command.
EXPECTATIONS: list[tuple[str, Callable[[Run], None]]] = [
    (r"^sqlite-utils tables data/\S+ --counts$", _tables),
    (r"^sqlite-utils views data/\S+ --counts$", _views),
    (r"^sqlite-utils rows \S+ sessions -c", _sessions),
    (r"rows \S+ sessions_with_red_flags$", _red_flag_sessions),
    (r"rows \S+ triage_by_language_week$", _triage_by_week),
    (r"rows \S+ dropoff_by_state$", _dropoff),
    (r"from red_flags group by", _red_flags_grouped),
    (r"triage_level = 'emergency' or s.crisis", _emergency_conversation),
    (r"from safety_counts group by", _safety_counts),
    (r"-p language de$", _german_conversation),
    (r"from answers group by", _answers),
    (r"^sqlite-utils search ", _search),
    (r"kind = 'free_text'", _free_text),
    (r"> sessions\.csv$", _sessions_csv),
    (r"> events\.csv$", _events_csv),
    (r"triage_by_language_week --csv$", _triage_csv),
    (r"vacuum into 'review-copy\.db'", _copy_made),
    (r"drop-table review-copy\.db pseudonym_links$", _dropped("pseudonym_links")),
    (r"drop-table review-copy\.db dialog_state$", _dropped("dialog_state")),
    (r"drop-table review-copy\.db processed_events$", _dropped("processed_events")),
    (r"^sqlite-utils vacuum review-copy\.db$", _vacuumed),
    (r"^chmod 600 review-copy\.db$", _private),
    (r"^sqlite-utils tables review-copy\.db --counts$", _copy_tables),
]


def _expectation(command: str) -> Callable[[Run], None]:
    matches = [check for pattern, check in EXPECTATIONS if re.search(pattern, command)]
    assert len(matches) == 1, f"{len(matches)} expectations match: {command}"
    return matches[0]


# ---- the tests -------------------------------------------------------------------------------


def test_the_document_has_commands_and_each_has_one_expectation() -> None:
    commands = doc_commands()
    assert len(commands) == len(EXPECTATIONS)
    for pattern, _ in EXPECTATIONS:
        assert sum(bool(re.search(pattern, c)) for c in commands) == 1, pattern
    assert all(DOC_DB_PATH in c or "review-copy.db" in c for c in commands)


def test_the_console_script_is_installed() -> None:
    assert (BIN / "sqlite-utils").exists()


def test_every_command_in_the_document_works(tmp_path: Path) -> None:
    """In document order, as a reviewer would run them (the copy is made before it is used)."""
    fill(tmp_path / "db-elsewhere")
    db_path = tmp_path / "db-elsewhere" / "transcripts.db"
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    for command in doc_commands():
        substituted = command.replace(DOC_DB_PATH, shlex.quote(str(db_path)))
        completed = subprocess.run(
            ["bash", "-c", substituted],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert completed.returncode == 0, f"{command}\n{completed.stderr}"
        db = sqlite_utils.Database(db_path)
        try:
            _expectation(command)(Run(completed.stdout, tmp_path, db))
        except AssertionError as error:
            raise AssertionError(f"{command}\n{completed.stdout}") from error
        finally:
            db.close()
