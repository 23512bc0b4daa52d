"""A restart or a crash between two answers loses nothing; the person continues where they were."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlite_utils

from dialogs.model import DialogState
from storage.database import open_database
from tests.conftest_storage import (
    Person,
    answer,
    choose_consent,
    make_store,
    memory_db,
    saved_conversation,
    start,
)

ROOT = Path(__file__).resolve().parent.parent
PERSON = "731234567"

# Commits ``n`` answers after start and consent, then dies by SIGKILL: with ``mid`` it first
# begins one more step and is killed inside that step's transaction, after some of its rows
# were written.
CRASH_SCRIPT = textwrap.dedent(
    """
    import os
    import signal
    import sys
    from pathlib import Path

    from storage.database import open_database
    from tests.conftest_storage import Person, answer, choose_consent, make_store, start

    data_dir, n, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    db = open_database(data_dir)
    person = Person(make_store(db), sys.argv[4])
    person.send(start())
    person.send(choose_consent("save", next_state="q1"))
    for i in range(1, n + 1):
        person.send(answer(f"q{i}", f"opt{i}", f"q{i + 1}"))
    if mode == "mid":
        def die_on_event_insert(sql):
            if sql.startswith("INSERT INTO events"):
                os.kill(os.getpid(), signal.SIGKILL)
        db.conn.set_trace_callback(die_on_event_insert)
        person.send(answer(f"q{n + 1}", "lost", f"q{n + 2}"))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _run_and_kill(data_dir: Path, answers: int, mode: str) -> None:
    script = data_dir.parent / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, str(script), str(data_dir), str(answers), mode, PERSON],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=60,
    )
    assert completed.returncode == -signal.SIGKILL, completed.stderr.decode()


def test_state_survives_reopening_the_database(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    saved_conversation(Person(make_store(db), PERSON), answers=3)
    before = Person(make_store(db), PERSON).load()
    db.close()
    after = Person(make_store(open_database(tmp_path)), PERSON).load()
    assert after == before
    assert isinstance(after, DialogState) and after.state == "q4"


def test_the_transcript_continues_after_reopening(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    saved_conversation(Person(make_store(db), PERSON), answers=1)
    db.close()
    db = open_database(tmp_path)
    person = Person(make_store(db), PERSON)
    person.send(answer("q2", "x", "q3"), key="after-reopen")  # a new run, a new key
    assert db.table("sessions").count == 1
    seqs = [row["seq"] for row in db.query("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_state_round_trips_every_field() -> None:
    db = memory_db()
    person = Person(make_store(db), PERSON)
    person.send(start())
    full = DialogState.from_dict(
        {
            "state": "q7",
            "language": "pt_BR",
            "consent": "save",
            "country": "BR",
            "default_country": "BR",
            "answers": {"q1": ["a", "b"], "q2": ["c"]},
            "pending": ["x"],
            "history": ["q1", "q2"],
            "sticky": {"rapid_weakness": "urgent"},
            "crisis": True,
            "resume_at": "q3",
        }
    )
    step = choose_consent("save", next_state="q7")
    person.send(type(step)(full, step.screens, step.records))
    assert person.load() == full


@pytest.mark.parametrize("answers", [0, 1, 5])
def test_a_killed_process_keeps_exactly_the_committed_steps(tmp_path: Path, answers: int) -> None:
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, answers, "after")
    db = open_database(data_dir)
    _assert_exactly(db, answers)


@pytest.mark.parametrize("answers", [0, 3])
def test_a_step_killed_mid_transaction_leaves_no_trace(tmp_path: Path, answers: int) -> None:
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, answers, "mid")
    db = open_database(data_dir)
    _assert_exactly(db, answers)
    assert db.execute("SELECT count(*) FROM answers WHERE value = 'lost'").fetchone()[0] == 0


def test_after_a_crash_the_person_continues_and_the_redelivery_is_ignored(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, 2, "mid")
    db = open_database(data_dir)
    person = Person(make_store(db), PERSON)
    # The killed run used keys 1-4 (start, consent, two answers); Telegram redelivers the
    # update that was being applied when the process died …
    assert person.send(answer("q3", "opt3", "q4"), key="5")
    # … and once more: applied once.
    assert not person.send(answer("q3", "opt3", "q4"), key="5")
    loaded = person.load()
    assert loaded is not None and loaded.state == "q4"
    _assert_exactly(db, 3)


def _assert_exactly(db: sqlite_utils.Database, answers: int) -> None:
    steps = answers + 2  # start and consent
    assert db.table("processed_events").count == steps
    assert db.table("sessions").count == 1
    # start: 1 screen; consent: person, system, screen; each answer: person, screen
    assert db.table("events").count == 4 + 2 * answers
    assert db.table("answers").count == 1 + answers
    seqs = [row["seq"] for row in db.query("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, 5 + 2 * answers))
    loaded = make_store(db).load(PERSON, "telegram")
    assert loaded is not None and loaded.state == f"q{answers + 1}"
    assert list(db.query("PRAGMA integrity_check")) == [{"integrity_check": "ok"}]
