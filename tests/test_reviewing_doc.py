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
from tests.storage_helpers import KEY, FakeClock, Person, make_store

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


def _copy(run: Run) -> sqlite_utils.Database:
    return sqlite_utils.Database(run.cwd / COPY)


def _made_copy(run: Run) -> None:
    assert stat.S_IMODE((run.cwd / COPY).stat().st_mode) == 0o600
    assert "3 sessions" in run.stdout
    blob = (run.cwd / COPY).read_bytes()
    pseudonyms = [row[0] for row in run.db.execute("SELECT pseudonym FROM dialog_state")]
    assert pseudonyms and not any(pseudonym.encode() in blob for pseudonym in pseudonyms)


def _tables(run: Run) -> None:
    counts = _counts(run, "table")
    assert counts["sessions"] == 3
    assert counts["red_flags"] == 3
    assert counts["safety_counts"] == 3
    assert counts["conversation_counts"] > 0
    assert counts["events"] == _copy(run).table("events").count > 0
    assert not {"pseudonym_links", "dialog_state", "processed_events", "inbox", "outbox"} & set(
        counts
    )


def _views(run: Run) -> None:
    counts = _counts(run, "view")
    assert counts["emergency_and_crisis"] == 1
    assert counts["reach_by_month"] == 2  # en and de
    assert {"typed_text", "answer_options", "conversation_lines"} <= set(counts)


def _sessions(run: Run) -> None:
    rows = run.json()
    assert len(rows) == 3
    assert set(rows[0]) == {
        "id", "started_at", "language", "country", "triage_level", "crisis", "completed",
    }  # fmt: skip
    assert all(len(row["started_at"]) == 10 for row in rows)  # the day only
    assert sorted(row["triage_level"] or "" for row in rows) == ["", "emergency", "routine"]


def _reach(run: Run) -> None:
    lines = run.stdout.splitlines()
    assert lines[0].split()[:4] == ["month", "language", "started", "reached_consent"]
    english = next(line.split() for line in lines if line.split()[1:2] == ["en"])
    # en: four started; three reached the consent question (one stopped at the emergency
    # check), two saved, one declined: a consent rate of 66.7 %.
    assert english[2:] == ["4", "3", "2", "1", "0", "0", "66.7"]


def _emergencies(run: Run) -> None:
    [row] = run.json()
    assert row["triage_level"] == "emergency" and row["crisis"] == 0
    assert "red_flags_body=purpura_ulcers,fever" in row["safety_answers"]
    assert "purpura_fever" in row["triage_reasons"]


def _red_flags(run: Run) -> None:
    assert [(row["level"], row["option_id"]) for row in run.json()] == [
        ("emergency", "purpura_fever"),
        ("urgent", "purpura_ulcers"),
    ]


def _options(run: Run) -> None:
    counts = {row["option_id"]: row["sessions"] for row in run.json()}
    assert counts and all(value >= 1 for value in counts.values())


def _missed(run: Run) -> None:
    [row] = run.json()
    assert row["typed"] == "my feet burn at night, my number is [phone]"
    assert row["bot_replied"]


def _search(run: Run) -> None:
    assert [row["text"] for row in run.json()] == ["my feet burn at night, my number is [phone]"]


def _dropoff(run: Run) -> None:
    rows = [line.split() for line in run.stdout.splitlines()]
    assert rows[0] == ["last_state", "left", "started_again"]
    assert ["age_band", "1", "0"] in rows  # the one who stopped there


def _one_conversation(run: Run) -> None:
    lines = run.stdout.splitlines()
    assert len(lines) > 10
    assert any("emergency" in line for line in lines)


def _german_conversation(run: Run) -> None:
    rows = run.json()
    bot = [row["text"] for row in rows if row["actor"] == "bot"]
    assert bot[0].startswith("Hallo")
    assert any(text.startswith("Frage 5 von etwa 24") for text in bot)


def _safety_counts(run: Run) -> None:
    assert run.json() == [
        {"route": "crisis:self_harm_plan:no", "screens": 1},
        {"route": "emergency:purpura_fever", "screens": 1},
        {"route": "self_harm_check:yes", "screens": 1},
    ]


def _sessions_csv(run: Run) -> None:
    assert (run.cwd / "sessions.csv").stat().st_mode & 0o077 == 0  # health data: owner only
    raw = (run.cwd / "sessions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 3 and {"id", "started_at", "language"} <= set(rows[0])


def _conversations_csv(run: Run) -> None:
    raw = (run.cwd / "conversations.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == _copy(run).table("events").count


COPY = "review.db"

# (pattern that picks the command out, check); each must match exactly one command.
EXPECTATIONS: list[tuple[str, Callable[[Run], None]]] = [
    (r"sjogren-bot review-copy review\.db$", _made_copy),
    (r"tables review\.db --counts$", _tables),
    (r"views review\.db --counts$", _views),
    (r"rows review\.db sessions -c", _sessions),
    (r"rows review\.db reach_by_month", _reach),
    (r"rows review\.db emergency_and_crisis$", _emergencies),
    (r"from red_flags_by_option", _red_flags),
    (r"from answer_options", _options),
    (r"from typed_text", _missed),
    (r"events_fts match", _search),
    (r"rows review\.db dropoff_by_question", _dropoff),
    (r"from conversation_lines where", _one_conversation),
    (r"-p language de$", _german_conversation),
    (r"from safety_counts group by", _safety_counts),
    (r"> sessions\.csv\)$", _sessions_csv),
    (r"> conversations\.csv\)$", _conversations_csv),
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
    assert all(COPY in c for c in commands)  # reviewers only ever touch the copy


def test_the_console_scripts_are_installed() -> None:
    assert (BIN / "sqlite-utils").exists() and (BIN / "sjogren-bot").exists()


def test_every_command_in_the_document_works(tmp_path: Path) -> None:
    """In document order, as the operator and a reviewer would run them, from the bot's
    directory (``.venv/bin`` there is this environment's)."""
    data = tmp_path / "data"
    fill(data)
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "bin").symlink_to(BIN)
    env = {
        **os.environ,
        "BOT_DATA_DIR": str(data),
        "BOT_PSEUDONYM_KEY": KEY.hex(),
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    for command in doc_commands():
        completed = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert completed.returncode == 0, f"{command}\n{completed.stderr}"
        db = sqlite_utils.Database(data / "transcripts.db")
        try:
            _expectation(command)(Run(completed.stdout, tmp_path, db))
        except AssertionError as error:
            raise AssertionError(f"{command}\n{completed.stdout}") from error
        finally:
            db.close()
