"""Writing one step's rows: into the open session, or into the live row's preface.

A conversation is recorded only once the person chose to save; until then its rows wait in
the live row (``LiveRow.preface``) and are written, in order, when a session opens. A decline
or a new conversation drops them. The anonymous counts (safety screens, conversations by
outcome) are written whatever the consent.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import sqlite_utils

from storage.live_state import LiveRow
from storage.rows import (
    AnswerRow,
    Close,
    Counted,
    EventRow,
    Item,
    NewConversation,
    Open,
    RedFlagRow,
    RetractionRow,
    Row,
    SessionFieldRow,
    Tally,
    TriageRow,
    from_json,
    level_rank_sql,
    to_json,
)
from storage.timestamps import day, hour

_SESSION_FIELDS = frozenset({"language", "country", "completed"})


class StepWriter:
    """Applies one step's items inside the open transaction. ``holding``: the person has not
    declined saving, so rows without a session wait in the preface (until consent opens one)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        live: LiveRow,
        *,
        pseudonym: str,
        channel: str,
        now: datetime,
        language: str,
        versions: tuple[str, str],
        holding: bool,
    ) -> None:
        self._db = db
        self.live = live
        self._pseudonym = pseudonym
        self._channel = channel
        self._now = now
        self._at = now.timestamp()
        self._language = language
        self._versions = versions
        self._holding = holding
        if live.started_s is None:
            live.started_s = self._at
        self._seq: int | None = None

    def apply(self, item: Item) -> None:
        live = self.live
        match item:
            case NewConversation(save=save):
                self._close()
                live.started_s = self._at
                live.preface = []
                live.ended = False
                if save:
                    self._open()
            case Open():
                if live.session_id is None:
                    self._open()
            case Close(restart=restart):
                if restart and live.session_id is not None:
                    self._db.execute(
                        "UPDATE sessions SET restarted = 1 WHERE id = ?", [live.session_id]
                    )
                self._close()
                live.preface = []
            case Counted(route=route):
                self._db.execute(
                    "INSERT INTO safety_counts (day, route, language, screens) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT (day, route, language) DO UPDATE SET screens = screens + 1",
                    [day(self._now), route, self._language],
                )
            case Tally(outcome=outcome):
                self._db.execute(
                    "INSERT INTO conversation_counts (day, language, outcome, conversations)"
                    " VALUES (?, ?, ?, 1) ON CONFLICT (day, language, outcome)"
                    " DO UPDATE SET conversations = conversations + 1",
                    [day(self._now), self._language, outcome],
                )
            case SessionFieldRow(field="completed"):
                live.ended = True
                self._emit(item)
            case _:
                self._emit(item)

    # -- sessions --------------------------------------------------------------------------

    def _open(self) -> None:
        live = self.live
        session_id = secrets.token_hex(16)
        started = datetime.fromtimestamp(live.started_s or self._at, UTC)
        content_version, app_version = self._versions
        self._db.execute(
            "INSERT INTO sessions (id, started_at, language, channel, referral,"
            " content_version, app_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                session_id,
                hour(started),
                self._language,
                self._channel,
                live.referral,
                content_version,
                app_version,
            ],
        )
        self._db.execute(
            "INSERT INTO pseudonym_links (pseudonym, session_id, created_at) VALUES (?, ?, ?)",
            [self._pseudonym, session_id, hour(started)],
        )
        live.session_id = session_id
        self._seq = 0
        held, live.preface = live.preface, []
        for data in held:
            offset = int(data.pop("offset_s", 0))
            self._write(from_json(data), offset)

    def _close(self) -> None:
        live = self.live
        if live.session_id is None:
            return
        self._db.execute(
            "UPDATE sessions SET ended_at_offset_s = coalesce(ended_at_offset_s, ?) WHERE id = ?",
            [self._offset(), live.session_id],
        )
        live.session_id = None
        self._seq = None

    # -- rows ------------------------------------------------------------------------------

    def _emit(self, row: Row) -> None:
        """Into the open session; else, while the person has not decided, into the preface;
        else (they declined) nowhere."""
        if self.live.session_id is not None:
            self._write(row, self._offset())
        elif self._holding:
            self.live.preface.append({**to_json(row), "offset_s": self._offset()})

    def _write(self, row: Row, offset_s: int) -> None:
        session_id = self.live.session_id
        assert session_id is not None
        db = self._db
        match row:
            case EventRow():
                if self._seq is None:
                    self._seq = db.execute(
                        "SELECT coalesce(max(seq), 0) FROM events WHERE session_id = ?",
                        [session_id],
                    ).fetchone()[0]
                self._seq += 1
                db.execute(
                    "INSERT INTO events (session_id, seq, offset_s, actor, kind, state,"
                    " question_id, option_id, text, category)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        session_id,
                        self._seq,
                        offset_s,
                        row.actor,
                        row.kind,
                        row.state,
                        row.question_id,
                        row.option_id,
                        row.text,
                        row.category,
                    ],
                )
            case AnswerRow():
                db.execute(
                    "INSERT INTO answers (session_id, question_id, value) VALUES (?, ?, ?)"
                    " ON CONFLICT (session_id, question_id) DO UPDATE SET value = excluded.value",
                    [session_id, row.question_id, row.value],
                )
            case RedFlagRow():
                db.execute(
                    "INSERT INTO red_flags (session_id, question_id, option_id, level)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (session_id, question_id, option_id)"
                    " DO UPDATE SET level = excluded.level, retracted = 0",
                    [session_id, row.question_id, row.option_id, row.level],
                )
            case RetractionRow():
                db.execute(
                    "UPDATE red_flags SET retracted = 1 WHERE session_id = ? AND option_id = ?",
                    [session_id, row.group],
                )
            case TriageRow():
                # The most urgent level shown in the session, with the reasons shown with it.
                # (One statement: SET expressions all see the row as it was before.)
                raises = f"{level_rank_sql(':level')} >= {level_rank_sql('triage_level')}"
                db.execute(
                    "UPDATE sessions SET"
                    f" triage_level = CASE WHEN {raises} THEN :level ELSE triage_level END,"
                    f" triage_reasons = CASE WHEN {raises} THEN :reasons ELSE triage_reasons END,"
                    " crisis = max(crisis, :crisis) WHERE id = :id",
                    {
                        "level": row.level,
                        "reasons": row.reasons or None,
                        "crisis": int(row.crisis),
                        "id": session_id,
                    },
                )
            case SessionFieldRow(field=name, value=value):
                if name not in _SESSION_FIELDS:
                    raise ValueError(f"not a session field: {name}")
                extra = (
                    ", ended_at_offset_s = coalesce(ended_at_offset_s, :offset)"
                    if (name == "completed")
                    else ""
                )
                db.execute(
                    f"UPDATE sessions SET {name} = :value{extra} WHERE id = :id",
                    {"value": value, "offset": offset_s, "id": session_id},
                )

    def _offset(self) -> int:
        started = self.live.started_s or self._at
        return max(0, round(self._at - started))
