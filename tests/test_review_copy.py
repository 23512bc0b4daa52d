"""The review copy and the reviewers' views: only the reviewer tables, coarsened, rare
countries blanked, typed text redacted again; the board's questions one view each; reach
counted whatever the consent; an erasure that completes once a reader lets go."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import ConfigError
from bot.review import CANNED_QUERIES, check_review_copy, metadata
from dialogs.model import Choose
from storage.database import open_database
from storage.review_copy import OPERATIONAL_TABLES, make_review_copy
from tests.storage_helpers import FakeClock, Person, make_store


def filled(data: Path, *, germans: int = 1) -> sqlite_utils.Database:
    """Conversations of every kind: a crisis and an emergency, a routine result in German,
    typed text, a decline, someone under 18, someone who left at consent."""
    db = open_database(data)
    clock = FakeClock()
    store = make_store(db, clock)
    crisis = Person(store, "1", clock=clock)
    crisis.start()
    crisis.until("age_band", self_harm_check=["yes"], self_harm_plan=["no"])
    crisis.type("Margaret here, I live at 14 Rosewood Lane")
    crisis.until("red_flags_body")
    crisis.answer("purpura_ulcers", "fever")
    for n in range(germans):
        german = Person(store, f"2{n}", clock=clock, language="de")
        german.start()
        german.until("result", country=["de"])
        german.send(Choose("end"))
    declined = Person(store, "3", clock=clock)
    declined.start()
    declined.until("age_band", consent=["no_save"])
    minor = Person(store, "4", clock=clock)
    minor.start()
    minor.until("under_18", consent=["under_18"])
    left = Person(store, "5", clock=clock)
    left.start()
    left.until("consent")
    return db


def test_the_copy_holds_only_reviewer_tables_and_is_private(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    out = tmp_path / "review.db"
    report = make_review_copy(db, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    copy = sqlite_utils.Database(out)
    assert not set(OPERATIONAL_TABLES) & set(copy.table_names())
    assert {"sessions", "events", "answers", "red_flags", "conversation_counts"} <= set(
        copy.table_names()
    )
    assert report.sessions == copy["sessions"].count == 2
    assert all(len(row["started_at"]) == 10 for row in copy["sessions"].rows)  # the day only
    raw = out.read_bytes()
    for secret in (b"pseudonym", b"dialog_state", b"Rosewood", b"Margaret"):
        assert secret not in raw


def test_a_rare_country_is_blanked_everywhere_the_transcript_names_it(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    out = tmp_path / "review.db"
    report = make_review_copy(db, out, k=5)
    assert report.countries_blanked == 1
    copy = sqlite_utils.Database(out)
    [german] = [row for row in copy["sessions"].rows if row["language"] == "de"]
    assert german["country"] is None
    rows = copy.execute(
        "select option_id, text from events where session_id = ? and actor <> 'bot' and"
        " (question_id = 'country' or kind = 'country')",
        [german["id"]],
    ).fetchall()
    assert rows and all(option is None and text == "(suppressed)" for option, text in rows)


def test_a_country_shared_by_k_sessions_is_kept(tmp_path: Path) -> None:
    db = filled(tmp_path / "data", germans=3)
    out = tmp_path / "review.db"
    assert make_review_copy(db, out, k=3).countries_blanked == 0
    countries = [row["country"] for row in sqlite_utils.Database(out)["sessions"].rows]
    assert countries.count("de") == 3


def test_reach_and_consent_count_every_conversation_whatever_the_consent(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    rows = {row["language"]: row for row in db.query("select * from reach_by_month")}
    english, german = rows["en"], rows["de"]
    assert english["started"] == 4 and english["reached_consent"] == 4
    assert english["saved"] == 1 and english["declined"] == 1 and english["under_18"] == 1
    assert english["left_at_consent"] == 1
    assert english["consent_rate_percent"] == pytest.approx(50.0)
    assert (german["started"], german["saved"], german["consent_rate_percent"]) == (1, 1, 100.0)


def test_the_board_views_answer_their_questions(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    [case] = list(db.query("select * from emergency_and_crisis"))
    assert case["crisis"] == 1 and case["triage_level"] == "emergency"
    assert "self_harm_check=yes" in case["safety_answers"]
    assert "red_flags_body=purpura_ulcers,fever" in case["safety_answers"]
    query = "select option_id from answer_options where question_id = ? and session_id = ?"
    options = {row["option_id"] for row in db.query(query, ["red_flags_body", case["session_id"]])}
    assert options == {"purpura_ulcers", "fever"}
    [typed] = list(db.query("select * from typed_text"))
    assert "Rosewood" not in typed["typed"] and typed["bot_replied"]
    lines = list(db.query("select text from conversation_lines"))
    assert lines and all("\n" not in row["text"] for row in lines)
    assert list(db.query("select * from dropoff_by_question"))


def test_the_workbench_serves_only_a_review_copy(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    with pytest.raises(ConfigError, match="never the live database"):
        check_review_copy(tmp_path / "data" / "transcripts.db")
    out = tmp_path / "review.db"
    make_review_copy(db, out)
    check_review_copy(out)


async def test_datasette_answers_every_canned_query(tmp_path: Path) -> None:
    from datasette.app import Datasette

    db = filled(tmp_path / "data")
    out = tmp_path / "review.db"
    make_review_copy(db, out)
    named = tmp_path / "review-copy" / "review.db"
    named.parent.mkdir()
    named.symlink_to(out)
    datasette = Datasette([], immutables=[str(named)], metadata=metadata())
    await datasette.invoke_startup()
    for name in CANNED_QUERIES:
        params = {"search": "burn*", "session_id": "x"}
        response = await datasette.client.get(f"/review/{name}.json", params=params)
        assert response.status_code == 200, (name, response.text[:200])
    response = await datasette.client.get("/review/emergency_and_crisis.json?_shape=array")
    assert response.json()[0]["crisis"] == 1


def test_an_erasure_completes_once_a_reader_lets_go(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    clock = FakeClock()
    store = make_store(db, clock)
    person = Person(store, "42", clock=clock)
    person.start()
    person.until("age_band")
    person.type("a secret sentence about my knees")
    reader = sqlite3.connect(tmp_path / "transcripts.db")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM events").fetchone()  # holds a snapshot
    assert person.erase() == 1
    assert store.scrub_pending  # it did not wait for the reader
    assert not store.finish_scrub()
    reader.rollback()
    reader.close()
    assert store.finish_scrub()
    wal = tmp_path / "transcripts.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert b"secret sentence" not in (tmp_path / "transcripts.db").read_bytes()


def test_the_copy_says_its_content_was_not_signed_off(tmp_path: Path) -> None:
    db = filled(tmp_path / "data")
    out = tmp_path / "review.db"
    make_review_copy(db, out)
    [row] = list(sqlite_utils.Database(out).query("select * from content_versions"))
    assert row["signed_off"] == 0 and "NOT signed off" in row["note"] and row["sessions"] == 2
