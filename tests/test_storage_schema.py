"""The database: files, pragmas, migrations, tables, indexes, search, views."""

from __future__ import annotations

import stat
from pathlib import Path

import sqlite_utils

from storage.database import DATABASE_FILENAME, open_database
from storage.schema import MIGRATION_SET, migrate, migrations
from tests.storage_helpers import Person, file_db, make_store, memory_db, saved_conversation

REVIEWER_COLUMNS = {
    "sessions": {
        "id",
        "started_at",
        "language",
        "channel",
        "referral",
        "content_version",
        "app_version",
        "triage_level",
        "completed",
        "crisis",
        "country",
        "restarted",
        "ended_at_offset_s",
    },
    "events": {
        "session_id",
        "seq",
        "offset_s",
        "actor",
        "state",
        "question_id",
        "option_id",
        "text",
        "kind",
        "category",
    },
    "answers": {"session_id", "question_id", "value"},
    "red_flags": {"session_id", "question_id", "option_id", "level", "retracted"},
    "safety_counts": {"day", "route", "language", "screens"},
}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_reviewer_tables_have_the_contract_columns() -> None:
    db = memory_db()
    for table, columns in REVIEWER_COLUMNS.items():
        assert columns <= set(db.table(table).columns_dict), table


def test_transcript_rows_reference_their_session() -> None:
    db = memory_db()
    for table in ("events", "answers", "red_flags", "pseudonym_links"):
        fks = {(fk.column, fk.other_table, fk.other_column) for fk in db.table(table).foreign_keys}
        assert ("session_id", "sessions", "id") in fks, table


def test_lookups_on_the_hot_path_and_in_retention_are_indexed() -> None:
    db = memory_db()
    indexed = {
        (table, tuple(index.columns))
        for table in db.table_names()
        for index in db.table(table).indexes
    }
    assert ("events", ("session_id", "seq")) in indexed
    assert ("sessions", ("started_at",)) in indexed
    assert ("pseudonym_links", ("created_at",)) in indexed
    assert ("pseudonym_links", ("session_id",)) in indexed
    assert ("dialog_state", ("updated_at",)) in indexed
    assert ("processed_events", ("pseudonym",)) in indexed
    assert db.table("dialog_state").pks == ["pseudonym", "channel"]
    assert db.table("processed_events").pks == ["key"]


def test_migrations_are_recorded_and_run_once(tmp_path: Path) -> None:
    db = file_db(tmp_path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied == [m.name for m in migrations._migrations]
    db.close()
    again = open_database(tmp_path)
    assert [m.name for m in migrations.applied(again)] == applied
    assert migrations.pending(again) == []
    rows = again.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]
    assert rows == len(applied)


def test_migrate_keeps_existing_data(tmp_path: Path) -> None:
    db = file_db(tmp_path)
    saved_conversation(Person(make_store(db), "1"))
    db.close()
    again = open_database(tmp_path)
    migrate(again)
    assert again.table("sessions").count == 1


def test_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = open_database(data_dir)
    saved_conversation(Person(make_store(db), "1"))
    db_path = data_dir / DATABASE_FILENAME
    wal = data_dir / (DATABASE_FILENAME + "-wal")
    shm = data_dir / (DATABASE_FILENAME + "-shm")
    assert wal.exists() and shm.exists()
    for path in (db_path, wal, shm):
        assert _mode(path) == 0o600, path
    assert _mode(data_dir) == 0o700


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    db_path = tmp_path / DATABASE_FILENAME
    db_path.touch(mode=0o644)
    db_path.chmod(0o644)
    open_database(tmp_path)
    assert _mode(db_path) == 0o600


def test_connection_pragmas(tmp_path: Path) -> None:
    db = file_db(tmp_path)

    def pragma(name: str) -> object:
        return db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 1  # NORMAL
    assert pragma("busy_timeout") == 5000
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("wal_autocheckpoint") == 10000


def test_events_are_searchable_and_the_index_follows_deletes() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db), "1"))
    person.type("tingling in both feet at night")
    hits = list(db.table("events").search("tingling"))
    assert "tingling in both feet at night" in [hit["text"] for hit in hits]
    person.erase()
    assert list(db.table("events").search("tingling")) == []


def test_sessions_with_red_flags_view() -> None:
    db = memory_db()
    flagged = saved_conversation(Person(make_store(db), "1"))
    flagged.until("result", red_flags_nerves=["foot_wrist_drop", "sudden_hearing"])
    saved_conversation(Person(make_store(db), "2"))
    rows = list(db.query("SELECT * FROM sessions_with_red_flags"))
    assert len(rows) == 1
    assert rows[0]["triage_level"] == "urgent"
    assert rows[0]["red_flag_count"] == 2
    assert rows[0]["red_flags"] == (
        "red_flags_nerves:foot_wrist_drop (urgent); red_flags_nerves:sudden_hearing (urgent)"
    )


def test_triage_by_language_and_week_view() -> None:
    db = memory_db()
    for n, language in enumerate(["en", "en", "de"]):
        person = Person(make_store(db), str(n), language=language)
        saved_conversation(person, until="result")
    Person(make_store(db), "9").start()  # never consented: not counted
    rows = list(db.query("SELECT * FROM triage_by_language_week"))
    assert rows == [
        {"week_start": "2025-03-03", "language": "de", "triage_level": "routine", "sessions": 1},
        {"week_start": "2025-03-03", "language": "en", "triage_level": "routine", "sessions": 2},
    ]


def test_dropoff_view_counts_the_last_state_of_incomplete_sessions() -> None:
    db = memory_db()
    store = make_store(db)
    for n in range(3):
        saved_conversation(Person(store, f"stops-at-age-{n}"), until="age_band")
    saved_conversation(Person(store, "stops-at-duration"), until="symptom_duration")
    finished = saved_conversation(Person(store, "finished"), until="result")
    finished.answer("end")
    rows = list(db.query("SELECT * FROM dropoff_by_state"))
    assert rows == [
        {"last_state": "age_band", "sessions": 3},
        {"last_state": "symptom_duration", "sessions": 1},
    ]
    incomplete = list(db.query("SELECT last_state FROM incomplete_sessions"))
    assert len(incomplete) == 4


def test_storage_imports_only_the_cores_data_types() -> None:
    storage_dir = Path(__file__).resolve().parent.parent / "storage"
    for source in storage_dir.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith(("from dialogs", "import dialogs")):
                allowed = {
                    "dialogs.model",
                    "dialogs.text",
                    "dialogs.state",
                    "dialogs.levels",
                    "dialogs.settings",  # the retention defaults, written once
                    "dialogs.content",  # which content versions were signed off
                }
                assert line.split()[1] in allowed, (source, line)
            assert not line.startswith(("from bot", "import bot", "import telegram")), source
            assert "os.environ" not in line, source


def test_a_database_opened_by_the_library_is_usable_by_sqlite_utils(tmp_path: Path) -> None:
    file_db(tmp_path).close()
    plain = sqlite_utils.Database(tmp_path / DATABASE_FILENAME)
    assert {"sessions", "events", "answers", "red_flags"} <= set(plain.table_names())
    assert "events_fts" in plain.table_names(fts5=True)


def _search(db: sqlite_utils.Database, words: str) -> list[str]:
    return [
        row["kind"]
        for row in db.query(
            "select e.kind from events e join events_fts f on f.rowid = e.id"
            " where events_fts match :words",
            {"words": words},
        )
    ]


def test_the_full_text_index_holds_what_people_typed_and_stays_sound() -> None:
    db = memory_db()
    person = saved_conversation(Person(make_store(db)))
    person.type("my feet burn at night")
    assert _search(db, "burn") == ["free_text"]
    assert _search(db, "emergency") == []  # the bot's screens are not indexed
    assert db.execute("select count(*) from events where kind <> 'free_text'").fetchone()[0] > 5
    db.execute("UPDATE events SET text = 'my hands tingle' WHERE kind = 'free_text'")
    assert _search(db, "burn") == [] and _search(db, "tingle") == ["free_text"]
    assert person.erase() == 1
    assert _search(db, "tingle") == []
    db.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 0)")


def test_an_older_database_keeps_only_typed_text_in_its_index() -> None:
    db = memory_db()
    saved = saved_conversation(Person(make_store(db)))
    saved.type("my feet burn")
    # As before the migration: every event indexed.
    db.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")
    assert _search(db, "emergency")  # the bot's screens were indexed
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'index_only_typed_text'")
    migrate(db)
    assert _search(db, "emergency") == [] and _search(db, "burn") == ["free_text"]
    db.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 0)")
