"""The reviewers' workbench: Datasette over a review copy, read-only, on 127.0.0.1.

``sjogren-bot review REVIEW.db`` serves a review copy (``sjogren-bot review-copy``) with
Datasette, an optional extra (``pip install '.[review]'``): immutable (read-only, never the
live file), with titles, descriptions, facets and a canned query for each of the board's
questions, full-text search of what people typed (raw FTS5 syntax), and long screens shown
whole. docs/reviewing.md says how to put it behind a login.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from bot.config import ConfigError
from storage.review_copy import OPERATIONAL_TABLES

DATABASE = "review"

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "reach_and_consent": {
        "title": "Reach and consent, by month and language",
        "sql": "select * from reach_by_month order by month desc, language",
    },
    "emergencies_and_crises": {
        "title": "Emergency and crisis conversations",
        "sql": "select * from emergency_and_crisis order by started_at desc",
    },
    "red_flags": {
        "title": "Red flags raised (emergency and urgent), one option per row",
        "sql": "select * from red_flags_by_option where level in ('emergency', 'urgent')",
    },
    "missed_distress": {
        "title": "Typed text the bot read as nothing (look for missed distress)",
        "sql": "select * from typed_text where category = 'none' order by session_id, seq",
    },
    "search_typed_text": {
        "title": 'Search what people typed (FTS5 syntax: burn* or "both feet")',
        "sql": (
            "select e.session_id, e.seq, e.category, e.text from events e"
            " join events_fts f on f.rowid = e.id"
            " where e.kind = 'free_text' and events_fts match :search"
            " order by e.session_id, e.seq"
        ),
    },
    "dropout": {
        "title": "Where people stop (restarts apart)",
        "sql": "select * from dropoff_by_question",
    },
    "one_conversation": {
        "title": "One conversation as the person saw it",
        "sql": (
            "select seq, offset_s, actor, kind, at, option_id, text from conversation_lines"
            " where session_id = :session_id order by seq"
        ),
    },
}


def metadata() -> dict[str, Any]:
    """Datasette's metadata for a review copy."""
    return {
        "title": "Sjögren's nerve-symptom bot: review copy",
        "description": (
            "Anonymised transcripts of conversations people agreed to save. Health "
            "information: keep it private. See docs/reviewing.md."
        ),
        "databases": {
            DATABASE: {
                "tables": {
                    "sessions": {
                        "description": "One row per saved conversation (started_at: the day).",
                        "facets": ["language", "triage_level", "country", "completed"],
                    },
                    "events": {
                        "description": "Everything shown and done, in order (seq).",
                        "facets": ["actor", "kind", "category"],
                        "fts_table": "events_fts",
                        "fts_pk": "id",
                        "searchmode": "raw",
                    },
                    "red_flags": {"facets": ["level", "question_id", "retracted"]},
                    "reach_by_month": {"description": "Conversations by outcome."},
                    "emergency_and_crisis": {"facets": ["language", "triage_level"]},
                    "typed_text": {"facets": ["category", "state"]},
                },
                "queries": CANNED_QUERIES,
            }
        },
    }


def check_review_copy(path: Path) -> None:
    """Refuse anything but a review copy: never the live file, with its links."""
    if not path.is_file():
        raise ConfigError(f"{path} does not exist: make it with `sjogren-bot review-copy`")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise ConfigError(f"{path} is not a database ({error})") from None
    finally:
        connection.close()
    if "sessions" not in names:
        raise ConfigError(f"{path} is not a review copy")
    if names & set(OPERATIONAL_TABLES):
        raise ConfigError(
            f"{path} holds the bot's operational tables: serve only a review copy "
            "(`sjogren-bot review-copy`), never the live database"
        )


def serve(path: Path, *, port: int, listen: str = "127.0.0.1") -> int:
    """Serve the review copy until interrupted (Datasette's own server); ``listen`` is
    127.0.0.1 but inside a container, whose port is then published to 127.0.0.1 only."""
    check_review_copy(path)
    try:
        from datasette import cli  # the optional extra
    except ImportError:
        raise ConfigError(
            "Datasette is not installed: pip install '.[review]' (or: make review)"
        ) from None
    with tempfile.TemporaryDirectory() as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata()), encoding="utf-8")
        named = Path(folder) / f"{DATABASE}.db"
        named.symlink_to(path.resolve())
        args = [
            "serve",
            "--immutable",
            str(named),
            "--host",
            listen,
            "--port",
            str(port),
            "--metadata",
            str(meta),
            "--setting",
            "truncate_cells_html",
            "0",
        ]
        cli.cli(args, standalone_mode=False)
    return 0
