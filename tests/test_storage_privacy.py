"""Nothing that identifies a person reaches the database files or the logs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from dialogs.model import Choose, SetLanguage
from storage.database import open_database
from tests.storage_helpers import FakeClock, Person, make_store


@dataclass(frozen=True)
class Simulated:
    user_id: int
    chat_id: int
    username: str
    name: str
    phone: str
    email: str
    intro: str  # how they introduce themselves, in their language
    language: str
    consent: str


PEOPLE = [
    Simulated(
        731234567, 731234567, "anna_kow", "Anna Kowalska", "+48 601 234 567",
        "anna.kowalska@example.pl", "nazywam się", "pl", "save",
    ),
    Simulated(
        5012345678, -1001987654321, "jmgarcia", "José María García", "+34 612 34 56 78",
        "jm.garcia@example.es", "me llamo", "es", "save",
    ),
    Simulated(
        98765432, 98765432, "olena_sh", "Олена Шевченко", "+380 67 123 4567",
        "olena@example.ua", "мене звати", "uk", "no_save",
    ),
    Simulated(
        1122334455, 1122334455, "ayse_yilmaz", "Ayşe Yılmaz", "0532 123 45 67",
        "ayse@example.com.tr", "benim adım", "tr", "save",
    ),
    Simulated(
        6677889900, 6677889900, "fatima_z", "فاطمة الزهراء", "+966 50 123 4567",
        "fatima@example.sa", "اسمي", "ar", "save",
    ),
]  # fmt: skip


def _secrets(person: Simulated) -> list[bytes]:
    """Every byte string that would identify ``person`` if it were stored."""
    texts = [
        str(person.user_id),
        str(person.chat_id),
        person.username,
        "@" + person.username,
        person.name,
        *[part for part in person.name.split() if len(part) > 3],
        person.phone,
        "".join(ch for ch in person.phone if ch.isdigit()),
        person.email,
    ]
    encoded = [text.encode("utf-8") for text in texts]
    encoded += [text.encode("utf-16-le") for text in texts]
    for number in {person.user_id, abs(person.chat_id)}:
        encoded.append(number.to_bytes(8, "big", signed=True))
    return encoded


def _converse(store_person: Person, person: Simulated, clock: FakeClock) -> None:
    store_person.start(referral="support_group-7")
    clock.advance(seconds=17)
    store_person.answer("none")
    for typed in (
        f"{person.intro} {person.name}",
        f"my number is {person.phone}, or write to {person.email}",
        f"I am @{person.username} on telegram, t.me/{person.username}",
        f"ID {person.user_id}",
    ):
        clock.advance(seconds=9)
        store_person.type(typed)
    store_person.until("age_band", consent=[person.consent])
    store_person.send(SetLanguage(person.language))
    store_person.until("result", red_flags_nerves=["foot_wrist_drop"])
    store_person.send(Choose("end"))


def _fill(data_dir: Path) -> sqlite_utils.Database:
    db = open_database(data_dir)
    clock = FakeClock()
    store = make_store(db, clock)
    for person in PEOPLE:
        _converse(Person(store, str(person.user_id), clock=clock), person, clock)
        # A group chat id and a username as ids: hashed the same way, never stored.
        Person(store, str(person.chat_id), clock=clock).start()
        Person(store, person.username, channel="console", clock=clock).start()
    return db


def _leaks(blob: bytes) -> list[tuple[str, bytes]]:
    return [
        (person.username, secret)
        for person in PEOPLE
        for secret in _secrets(person)
        if secret in blob
    ]


@pytest.fixture
def filled(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> tuple[Path, sqlite_utils.Database]:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "data"
    return data_dir, _fill(data_dir)


def test_the_database_file_and_its_wal_hold_no_identifier(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    data_dir, _ = filled
    wal = data_dir / "transcripts.db-wal"
    assert wal.stat().st_size > 0  # read while the WAL still holds the recent writes
    for path in sorted(data_dir.iterdir()):
        assert _leaks(path.read_bytes()) == [], path.name


def test_no_identifier_remains_after_checkpoint_and_close(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    data_dir, db = filled
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    for path in sorted(data_dir.iterdir()):
        assert _leaks(path.read_bytes()) == [], path.name


def test_no_stored_value_holds_an_identifier(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    _, db = filled
    for table in db.table_names():
        for row in db.query(f"SELECT * FROM [{table}]"):
            blob = " ".join(str(value) for value in row.values()).encode("utf-8")
            assert _leaks(blob) == [], (table, row)


def test_the_logs_hold_no_identifier(
    filled: tuple[Path, sqlite_utils.Database], caplog: pytest.LogCaptureFixture
) -> None:
    _, db = filled
    store = make_store(db)
    for person in PEOPLE:
        store.erase(str(person.user_id), "telegram")
    store.purge()
    logged = "\n".join(record.getMessage() + repr(record.args) for record in caplog.records).encode(
        "utf-8"
    )
    assert _leaks(logged) == []


def test_the_conversations_were_recorded_at_all(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    _, db = filled
    saved = sum(person.consent == "save" for person in PEOPLE)
    assert db.table("sessions").count == saved
    texts = [row["text"] for row in db.query("SELECT text FROM events WHERE kind = 'free_text'")]
    assert len(texts) == 4 * saved
    assert any("[name]" in text for text in texts)
    assert any("[phone]" in text and "[email]" in text for text in texts)
    assert any("[handle]" in text and "[url]" in text for text in texts)
    assert any("[number]" in text for text in texts)


def test_session_ids_are_random_not_derived_from_the_person(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    _, db = filled
    ids = [row["id"] for row in db.query("SELECT id FROM sessions")]
    assert len(set(ids)) == len(ids)
    pseudonyms = {row["pseudonym"] for row in db.query("SELECT pseudonym FROM pseudonym_links")}
    assert not pseudonyms & set(ids)
    assert all(len(session_id) == 32 for session_id in ids)


def test_start_times_are_hours_and_events_keep_only_offsets(
    filled: tuple[Path, sqlite_utils.Database],
) -> None:
    _, db = filled
    for row in db.query("SELECT started_at FROM sessions"):
        assert row["started_at"].endswith(":00:00Z")
    columns = set(db.table("events").columns_dict)
    assert not {"created_at", "timestamp", "time", "at"} & columns
