"""A restart or a crash between two answers loses nothing; the person continues where they were."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlite_utils

from dialogs.model import Choose
from dialogs.state import DialogState
from storage.database import open_database
from tests.storage_helpers import Person, make_store, memory_db, saved_conversation

ROOT = Path(__file__).resolve().parent.parent
PERSON = "731234567"

# The answers after consent on the default path, and the state each leads to.
AFTER_CONSENT = ["skip", "40_59", "over_1y", "diagnosed", "yes", "no"]
STATES = ["country", "age_band", "symptom_duration", "sjogren_status", "dry_eyes_3m", "eye_grit"]

# Commits start, the two safety answers, consent and ``n`` answers, then dies by SIGKILL: with
# ``mid`` it first begins one more step and is killed inside that step's transaction, after
# some of its rows were written.
CRASH_SCRIPT = textwrap.dedent(
    """
    import os
    import signal
    import sys
    from pathlib import Path

    from dialogs.model import Choose
    from storage.database import open_database
    from tests.storage_helpers import Person, make_store
    from tests.test_resume import AFTER_CONSENT

    data_dir, n, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    db = open_database(data_dir)
    person = Person(make_store(db), sys.argv[4])
    person.start()
    for option in ["none", "no", "save", *AFTER_CONSENT[:n]]:
        person.send(Choose(option))
    if mode == "mid":
        def die_on_event_insert(sql):
            if sql.startswith("INSERT INTO events"):
                os.kill(os.getpid(), signal.SIGKILL)
        db.conn.set_trace_callback(die_on_event_insert)
        person.send(Choose(AFTER_CONSENT[n]))
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
    saved_conversation(Person(make_store(db), PERSON), until="sjogren_status")
    before = Person(make_store(db), PERSON).load()
    db.close()
    after = Person(make_store(open_database(tmp_path)), PERSON).load()
    assert after == before
    assert isinstance(after, DialogState) and after.state == "sjogren_status"


def test_the_transcript_continues_after_reopening(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    saved_conversation(Person(make_store(db), PERSON), until="age_band")
    db.close()
    db = open_database(tmp_path)
    person = Person(make_store(db), PERSON)
    person.send(Choose("40_59"), key="after-reopen")  # a new run, a new key
    assert db.table("sessions").count == 1
    seqs = [row["seq"] for row in db.query("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_state_round_trips_every_field() -> None:
    db = memory_db()
    person = Person(make_store(db), PERSON)
    person.start()
    person.answer("none")
    person.answer("yes")
    person.answer("no")
    person.answer("continue")
    person.until("nerve_descriptors", country=["gb"])
    assert person.send(Choose("burning")) is not None
    loaded = person.load()
    assert isinstance(loaded, DialogState)
    assert loaded.crisis and loaded.pending == ["burning"] and loaded.sticky
    assert DialogState(**vars(loaded)) == loaded


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


def test_after_a_crash_the_person_continues_and_the_redelivery_is_ignored(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _run_and_kill(data_dir, 2, "mid")
    db = open_database(data_dir)
    person = Person(make_store(db), PERSON)
    # The killed run used keys 1-6 (start, the safety answers, consent, two answers);
    # Telegram redelivers the update that was being applied when the process died …
    assert person.send(Choose(AFTER_CONSENT[2]), key="7") is not None
    # … and once more: applied once.
    assert person.send(Choose(AFTER_CONSENT[2]), key="7") is None
    loaded = person.load()
    assert isinstance(loaded, DialogState) and loaded.state == STATES[3]
    _assert_exactly(db, 3)


def _assert_exactly(db: sqlite_utils.Database, answers: int) -> None:
    steps = answers + 4  # start, the two safety answers, consent
    assert db.table("processed_events").count == steps
    assert db.table("sessions").count == 1
    assert db.table("answers").count == 3 + answers
    seqs = [row["seq"] for row in db.query("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    last = db.execute("SELECT question_id FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert last == STATES[answers]
    loaded = make_store(db).load(PERSON, "telegram")
    assert isinstance(loaded, DialogState) and loaded.state == STATES[answers]
    assert list(db.query("PRAGMA integrity_check")) == [{"integrity_check": "ok"}]
