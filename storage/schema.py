"""The transcript database's schema, as sqlite-utils migrations.

Migrations run once, when the database is opened (``storage.database.open_database``); the
per-answer path never touches the schema. Never edit a migration that has shipped: add a new
one below it.

Reviewer tables (see ``docs/reviewing.md``): ``sessions``, ``events`` (with the full-text
index ``events_fts`` of what people typed), ``answers``, ``red_flags``, the anonymous counts
``safety_counts`` and ``conversation_counts``, and the views. Operational tables, which link
to a person, hold messages in transit or check the key (never in a review copy):
``pseudonym_links``, ``dialog_state``, ``processed_events``, ``inbox``, ``outbox``,
``set_aside``, ``key_check``.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from dialogs.levels import LEVEL_ORDER

MIGRATION_SET = "sjogren_bot"

LEVELS_SQL = "(" + ", ".join(f"'{level.value}'" for level in LEVEL_ORDER) + ")"
# Orders rows by ``level``, most urgent first.
_LEVEL_RANK_DESC = (
    "CASE level "
    + " ".join(
        f"WHEN '{level.value}' THEN {rank}" for rank, level in enumerate(reversed(LEVEL_ORDER))
    )
    + " ELSE 9 END"
)

migrations = Migrations(MIGRATION_SET)


@migrations()
def create_transcript_tables(db: sqlite_utils.Database) -> None:
    """Sessions and what happened in them: the tables reviewers read."""
    db.executescript(f"""
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            language TEXT NOT NULL,
            channel TEXT NOT NULL,
            referral TEXT,
            content_version TEXT NOT NULL,
            app_version TEXT NOT NULL,
            triage_level TEXT CHECK (triage_level IN {LEVELS_SQL}),
            triage_reasons TEXT,
            crisis INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1)),
            completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
            ended_at_offset_s INTEGER
        );
        CREATE INDEX sessions_started_at ON sessions (started_at);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            offset_s INTEGER NOT NULL,
            actor TEXT NOT NULL CHECK (actor IN ('bot', 'person', 'system')),
            kind TEXT NOT NULL,
            state TEXT,
            question_id TEXT,
            option_id TEXT,
            text TEXT,
            UNIQUE (session_id, seq)
        );

        CREATE TABLE answers (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session_id, question_id)
        );

        CREATE TABLE red_flags (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            option_id TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN {LEVELS_SQL}),
            PRIMARY KEY (session_id, question_id, option_id)
        );
    """)


@migrations()
def create_person_tables(db: sqlite_utils.Database) -> None:
    """What ties a pseudonym to sessions and live state; all of it expires."""
    db.executescript("""
        CREATE TABLE pseudonym_links (
            pseudonym TEXT NOT NULL,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            PRIMARY KEY (pseudonym, session_id)
        );
        CREATE INDEX pseudonym_links_session_id ON pseudonym_links (session_id);
        CREATE INDEX pseudonym_links_created_at ON pseudonym_links (created_at);

        CREATE TABLE dialog_state (
            pseudonym TEXT NOT NULL,
            channel TEXT NOT NULL,
            state TEXT NOT NULL,
            session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
            started_s REAL NOT NULL,
            referral TEXT,
            preface TEXT NOT NULL DEFAULT '[]',
            ended INTEGER NOT NULL DEFAULT 0 CHECK (ended IN (0, 1)),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (pseudonym, channel)
        );
        CREATE INDEX dialog_state_updated_at ON dialog_state (updated_at);
        CREATE INDEX dialog_state_session_id ON dialog_state (session_id);

        CREATE TABLE processed_events (
            key TEXT PRIMARY KEY,
            pseudonym TEXT NOT NULL,
            processed_at TEXT NOT NULL
        );
        CREATE INDEX processed_events_pseudonym ON processed_events (pseudonym);
        CREATE INDEX processed_events_processed_at ON processed_events (processed_at);
    """)


@migrations()
def create_events_search(db: sqlite_utils.Database) -> None:
    """Full-text search over what was said, kept in sync by triggers."""
    db.table("events").enable_fts(
        ["text"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@migrations()
def create_audit_views(db: sqlite_utils.Database) -> None:
    """The audits reviewers run most often."""
    db.create_view(
        "sessions_with_red_flags",
        """
        SELECT
            s.id AS session_id, s.started_at, s.language, s.channel, s.referral,
            s.triage_level, s.crisis, s.completed,
            (SELECT count(*) FROM red_flags r WHERE r.session_id = s.id) AS red_flag_count,
            (SELECT group_concat(flag, '; ') FROM (
                SELECT r.question_id || ':' || r.option_id || ' (' || r.level || ')' AS flag
                FROM red_flags r WHERE r.session_id = s.id
                ORDER BY r.question_id, r.option_id
            )) AS red_flags
        FROM sessions s
        WHERE EXISTS (SELECT 1 FROM red_flags r WHERE r.session_id = s.id)
        ORDER BY s.started_at, s.id
        """,
    )
    db.create_view(
        "triage_by_language_week",
        """
        SELECT
            date(started_at, 'weekday 0', '-6 days') AS week_start,
            language,
            coalesce(triage_level, '(no result)') AS triage_level,
            count(*) AS sessions
        FROM sessions
        GROUP BY week_start, language, triage_level
        ORDER BY week_start, language, triage_level
        """,
    )
    db.create_view(
        "incomplete_sessions",
        """
        SELECT
            s.id AS session_id, s.started_at, s.language, s.channel,
            e.state AS last_state, e.question_id AS last_question_id,
            (SELECT count(*) FROM events c WHERE c.session_id = s.id) AS events
        FROM sessions s
        LEFT JOIN events e ON e.id = (
            SELECT l.id FROM events l
            WHERE l.session_id = s.id AND l.state IS NOT NULL
            ORDER BY l.seq DESC LIMIT 1
        )
        WHERE s.completed = 0
        ORDER BY s.started_at, s.id
        """,
    )
    db.create_view(
        "dropoff_by_state",
        """
        SELECT coalesce(last_state, '(none)') AS last_state, count(*) AS sessions
        FROM incomplete_sessions
        GROUP BY last_state
        ORDER BY sessions DESC, last_state
        """,
    )


@migrations()
def add_version_2_columns(db: sqlite_utils.Database) -> None:
    """Clinical version 2: typed text's category, the country and restarts on the session,
    retracted emergency answers, the content version of each live state, and the anonymous
    count of emergency, crisis and retraction screens (kept whatever the consent)."""
    db.executescript("""
        ALTER TABLE events ADD COLUMN category TEXT;
        ALTER TABLE sessions ADD COLUMN country TEXT;
        ALTER TABLE sessions ADD COLUMN restarted INTEGER NOT NULL DEFAULT 0
            CHECK (restarted IN (0, 1));
        ALTER TABLE red_flags ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0
            CHECK (retracted IN (0, 1));
        ALTER TABLE dialog_state ADD COLUMN content_version TEXT;

        CREATE TABLE safety_counts (
            day TEXT NOT NULL,
            route TEXT NOT NULL,
            language TEXT NOT NULL,
            screens INTEGER NOT NULL,
            PRIMARY KEY (day, route, language)
        );
    """)


@migrations()
def add_mailboxes(db: sqlite_utils.Database) -> None:
    """Nothing lost between Telegram and the transcript: the updates received and not yet
    handled (deleted once handled), those set aside (no content), the replies owed (deleted
    once sent), and the pseudonym key's check value (a keyed hash of a fixed text, never the
    key), so that a missing or different key is noticed before anyone is given a new
    pseudonym."""
    db.executescript("""
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            chat INTEGER,
            received_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL
        );
        CREATE TABLE set_aside (
            update_id INTEGER PRIMARY KEY,
            set_aside_at TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat INTEGER NOT NULL,
            priority INTEGER NOT NULL,
            method TEXT NOT NULL,
            params TEXT NOT NULL,
            merge_key TEXT,
            created_at REAL NOT NULL
        );
        CREATE TABLE key_check (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            check_value TEXT NOT NULL,
            set_at TEXT NOT NULL
        );
    """)


@migrations()
def add_review_views(db: sqlite_utils.Database) -> None:
    """The safety board's questions, one view each (docs/reviewing.md), and the anonymous count
    of conversations by day, language and outcome behind reach and consent."""
    db.executescript("""
        CREATE TABLE conversation_counts (
            day TEXT NOT NULL,
            language TEXT NOT NULL,
            outcome TEXT NOT NULL,
            conversations INTEGER NOT NULL,
            PRIMARY KEY (day, language, outcome)
        );
    """)
    db.create_view(
        "reach_by_month",
        """
        SELECT
            month, language, started, reached_consent, saved, declined, under_18,
            max(reached_consent - saved - declined - under_18, 0) AS left_at_consent,
            round(100.0 * saved / nullif(saved + declined, 0), 1) AS consent_rate_percent
        FROM (
            SELECT
                substr(day, 1, 7) AS month, language,
                sum(CASE outcome WHEN 'started' THEN conversations ELSE 0 END) AS started,
                sum(CASE outcome WHEN 'reached_consent' THEN conversations ELSE 0 END)
                    AS reached_consent,
                sum(CASE outcome WHEN 'saved' THEN conversations ELSE 0 END) AS saved,
                sum(CASE outcome WHEN 'declined' THEN conversations ELSE 0 END) AS declined,
                sum(CASE outcome WHEN 'under_18' THEN conversations ELSE 0 END) AS under_18
            FROM conversation_counts
            GROUP BY month, language
        )
        ORDER BY month, language
        """,
    )
    db.create_view(
        "emergency_and_crisis",
        """
        SELECT
            s.id AS session_id, s.started_at, s.language, s.country, s.triage_level,
            s.triage_reasons, s.crisis,
            (SELECT group_concat(a.question_id || '=' || a.value, '; ') FROM answers a
             WHERE a.session_id = s.id AND a.question_id IN (
                'emergency_now', 'self_harm_check', 'self_harm_plan', 'sepsis_signs',
                'red_flags_nerves', 'red_flags_body')) AS safety_answers,
            (SELECT group_concat(r.option_id, ', ') FROM red_flags r
             WHERE r.session_id = s.id AND r.retracted = 1) AS retracted
        FROM sessions s
        WHERE s.triage_level = 'emergency' OR s.crisis = 1 OR EXISTS (
            SELECT 1 FROM red_flags r WHERE r.session_id = s.id
            AND (r.level = 'emergency' OR r.retracted = 1))
        ORDER BY s.started_at, s.id
        """,
    )
    db.create_view(
        "answer_options",
        """
        WITH RECURSIVE split (session_id, question_id, option_id, rest) AS (
            SELECT session_id, question_id, '', value || ',' FROM answers
            UNION ALL
            SELECT session_id, question_id, substr(rest, 1, instr(rest, ',') - 1),
                   substr(rest, instr(rest, ',') + 1)
            FROM split WHERE rest <> ''
        )
        SELECT session_id, question_id, option_id FROM split WHERE option_id <> ''
        """,
    )
    db.create_view(
        "red_flags_by_option",
        f"""
        SELECT question_id, option_id, level, count(*) AS sessions,
               sum(retracted) AS retracted
        FROM red_flags
        GROUP BY question_id, option_id, level
        ORDER BY {_LEVEL_RANK_DESC}, sessions DESC, question_id, option_id
        """,
    )
    db.create_view(
        "typed_text",
        """
        SELECT
            e.session_id, e.seq, e.state, e.category, e.text AS typed,
            (SELECT b.text FROM events b WHERE b.session_id = e.session_id
             AND b.seq > e.seq AND b.actor = 'bot' ORDER BY b.seq LIMIT 1) AS bot_replied
        FROM events e
        WHERE e.kind = 'free_text'
        ORDER BY e.session_id, e.seq
        """,
    )
    db.create_view(
        "dropoff_by_question",
        """
        SELECT
            coalesce(i.last_state, '(none)') AS last_state,
            sum(s.restarted = 0) AS left, sum(s.restarted = 1) AS started_again
        FROM incomplete_sessions i JOIN sessions s ON s.id = i.session_id
        GROUP BY last_state
        ORDER BY left DESC, started_again DESC, last_state
        """,
    )
    db.create_view(
        "conversation_lines",
        """
        SELECT
            e.session_id, e.seq, e.offset_s, e.actor, e.kind,
            coalesce(e.question_id, e.state) AS at, e.option_id,
            replace(replace(coalesce(e.text, ''), char(10) || char(10), ' | '),
                    char(10), ' / ') AS text
        FROM events e
        ORDER BY e.session_id, e.seq
        """,
    )


@migrations()
def index_only_typed_text(db: sqlite_utils.Database) -> None:
    """The full-text index holds what people typed, not the bot's screens: that is what
    reviewers search (docs/reviewing.md), and indexing every screen cost most of the heaviest
    steps' time and most of the file (3.3 GB for 100,000 sessions). The triggers index an
    event only when it is typed text; an update or a deletion touches the index only for
    typed text, so the index never hears of a row it does not hold."""
    db.executescript("""
        DROP TRIGGER IF EXISTS events_ai;
        DROP TRIGGER IF EXISTS events_ad;
        DROP TRIGGER IF EXISTS events_au;
        INSERT INTO events_fts (events_fts) VALUES ('delete-all');
        INSERT INTO events_fts (rowid, text) SELECT id, text FROM events WHERE kind = 'free_text';
        CREATE TRIGGER events_ai AFTER INSERT ON events WHEN new.kind = 'free_text' BEGIN
          INSERT INTO events_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER events_ad AFTER DELETE ON events WHEN old.kind = 'free_text' BEGIN
          INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER events_au AFTER UPDATE ON events
        WHEN old.kind = 'free_text' OR new.kind = 'free_text' BEGIN
          INSERT INTO events_fts (events_fts, rowid, text)
            SELECT 'delete', old.rowid, old.text WHERE old.kind = 'free_text';
          INSERT INTO events_fts (rowid, text)
            SELECT new.rowid, new.text WHERE new.kind = 'free_text';
        END;
    """)


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every pending migration (each in its own transaction)."""
    migrations.apply(db)
