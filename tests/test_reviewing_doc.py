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

from dialogs.model import Level
from storage.database import open_database
from tests.conftest_storage import (
    FakeClock,
    Person,
    answer,
    choose_consent,
    end,
    free_text,
    make_store,
    result,
    saved_conversation,
    start,
)

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


def fill(data_dir: Path) -> None:
    """Three saved sessions (emergency, routine and complete in German, stopped at q2), a
    person who declined, one who never chose."""
    db = open_database(data_dir)
    clock = FakeClock()
    store = make_store(db, clock)

    emergency = Person(store, "1001")
    saved_conversation(emergency, answers=1)
    clock.advance(seconds=30)
    emergency.send(free_text("q2", "my feet burn at night, call me on 0171 2345678"))
    emergency.send(result("q2", "yes", Level.EMERGENCY, ("rapid_weakness",)))

    german = Person(store, "1002")
    german.send(start(language="de"), shown=["Willkommen"])
    german.send(choose_consent("save", language="de", next_state="q1"), shown=["Frage 1"])
    german.send(answer("q1", "none", "q2", language="de"), shown=["Frage 2"])
    german.send(result("q2", "no", Level.ROUTINE, ()), shown=["Ergebnis"])
    german.send(end(), shown=["Ende"])

    saved_conversation(Person(store, "1003"), answers=1)

    declined = Person(store, "1004")
    declined.send(start())
    declined.send(choose_consent("no_save", next_state="q1"))
    declined.send(answer("q1", "x", "q2", consent="no_save"))

    Person(store, "1005").send(start())
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
    assert counts["red_flags"] == 1
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
    assert rows[0]["red_flags"] == "q2:rapid_weakness (emergency)"


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
        {"last_state": "q2", "sessions": 1},
        {"last_state": "result", "sessions": 1},
    ]


def _red_flags_grouped(run: Run) -> None:
    assert run.json() == [
        {"level": "emergency", "question_id": "q2", "option_id": "rapid_weakness", "sessions": 1}
    ]


def _emergency_conversation(run: Run) -> None:
    rows = run.json()
    assert len({row["session_id"] for row in rows}) == 1
    assert [row["seq"] for row in rows] == list(range(1, len(rows) + 1))
    texts = [row["text"] for row in rows]
    assert "my feet burn at night, call me [name]" in texts
    assert rows[0]["actor"] == "bot"
    assert {row["actor"] for row in rows} == {"bot", "person", "system"}


def _german_conversation(run: Run) -> None:
    rows = run.json()
    bot = [row["text"] for row in rows if row["actor"] == "bot"]
    assert bot == ["Willkommen", "Frage 1", "Frage 2", "Ergebnis", "Ende"]


def _answers(run: Run) -> None:
    rows = run.json()
    assert {"question_id": "consent", "value": "save", "sessions": 3} in rows
    assert {"question_id": "q1", "value": "opt1", "sessions": 2} in rows
    assert not any(row["value"] == "x" for row in rows)  # the declining person's answer


def _search(run: Run) -> None:
    rows = run.json()
    assert [row["text"] for row in rows] == ["my feet burn at night, call me [name]"]
    assert set(rows[0]) == {"session_id", "seq", "actor", "text"}


def _free_text(run: Run) -> None:
    assert [row["text"] for row in run.json()] == ["my feet burn at night, call me [name]"]


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
    (r"triage_level = 'emergency'", _emergency_conversation),
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
