"""Durable dialog state and anonymised transcripts, written in one transaction per step.

The shell calls ``load`` before applying an event and ``commit`` after: the new dialog state,
the transcript rows of the step and the idempotency key are written together or not at all,
so a crash between two answers loses nothing and a redelivered update is applied once.

Nothing identifying is written. The platform id is turned into a keyed pseudonym
(``storage.pseudonym``); session ids are random; start times are cut to the hour; free text is
redacted (``storage.redact``). Transcript rows are written only once the person chose to save;
until then (and for a person who declines) only the live ``dialog_state`` row exists, which
expires soon after the conversation ends, or when left untouched (``storage.retention``).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from dialogs.model import (
    AnswerRecord,
    DialogState,
    PersonRecord,
    Record,
    RedFlagRecord,
    Screen,
    SessionStart,
    Step,
    SystemRecord,
    TriageRecord,
)
from dialogs.text import Text
from storage.pseudonym import Pseudonymizer
from storage.redact import redact, redact_echo
from storage.retention import (
    DEFAULT_LINK_RETENTION_DAYS,
    DEFAULT_TRANSCRIPT_RETENTION_DAYS,
    PurgeCounts,
    delete_sessions,
    purge_expired,
    scrub,
)
from storage.timestamps import hour, utc

log = logging.getLogger(__name__)

SAVE = "save"
# Bot screens shown before the person decided about saving, kept in the live row so that the
# transcript can begin with the welcome and privacy notice once they choose to save.
PREFACE_LIMIT = 10
# Telegram's deep-link payload alphabet; anything else is not a referral code and is dropped.
_REFERRAL_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _now() -> datetime:
    return datetime.now(UTC)


class TranscriptStore:
    """Dialog state and transcripts for every person, over one sqlite-utils database.

    ``person`` is always the raw platform id as a string (Telegram user id, console run id);
    it is hashed with ``channel`` (``"telegram"``, ``"console"``) and never stored. Not
    thread-safe: use one store per connection, and apply one person's events in order.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        pseudonyms: Pseudonymizer,
        *,
        content_version: str,
        app_version: str,
        clock: Callable[[], datetime] = _now,
        link_retention_days: int = DEFAULT_LINK_RETENTION_DAYS,
        transcript_retention_days: int = DEFAULT_TRANSCRIPT_RETENTION_DAYS,
    ) -> None:
        if link_retention_days < 1 or transcript_retention_days < 1:
            raise ValueError("retention periods must be at least one day")
        self._db = db
        self._pseudonyms = pseudonyms
        self._content_version = content_version
        self._app_version = app_version
        self._clock = clock
        self._link_retention_days = link_retention_days
        self._transcript_retention_days = transcript_retention_days

    def load(self, person: str, channel: str) -> DialogState | None:
        """The person's live dialog state, or None when they have no conversation going."""
        # Point reads go through execute(): query() wraps every read in a savepoint, which
        # this per-answer path does not need.
        row = self._db.execute(
            "SELECT state FROM dialog_state WHERE pseudonym = ? AND channel = ?",
            [self._pseudonyms.pseudonym(person, channel), channel],
        ).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            data = None
        if not isinstance(data, dict):
            log.warning("unreadable dialog state ignored; the conversation starts again")
            return None
        return DialogState.from_dict(data)

    def seen(self, person: str, channel: str, event_key: str) -> bool:
        """Whether the event with this idempotency key was already committed."""
        key = self._pseudonyms.event_key(person, channel, event_key)
        row = self._db.execute("SELECT 1 FROM processed_events WHERE key = ?", [key]).fetchone()
        return row is not None

    def commit(
        self,
        *,
        person: str,
        channel: str,
        event_key: str,
        step: Step,
        shown: Sequence[str],
        render: Callable[[Text], str],
        referral: str | None = None,
    ) -> bool:
        """Write the step's state and transcript rows in one transaction.

        ``shown[i]`` is the plain text of ``step.screens[i]`` as displayed; ``render`` turns a
        ``Text`` into the displayed string (the label of the option pressed). ``referral`` is
        the support group's code from the start link, if any. Returns False, writing
        nothing, when ``event_key`` was already committed for this person.
        """
        if len(shown) != len(step.screens):
            raise ValueError(f"{len(step.screens)} screens but {len(shown)} shown texts")
        now = utc(self._clock())
        items = _items(step, shown, render)
        pseudonym = self._pseudonyms.pseudonym(person, channel)
        key = self._pseudonyms.event_key(person, channel, event_key)
        with self._db.atomic():
            # The write comes first: it takes the write lock at once, so a concurrent writer
            # waits on busy_timeout instead of failing to upgrade a read lock.
            inserted = self._db.execute(
                "INSERT OR IGNORE INTO processed_events (key, pseudonym, processed_at)"
                " VALUES (?, ?, ?)",
                [key, pseudonym, hour(now)],
            ).rowcount
            if not inserted:
                return False
            writer = _StepWriter(
                self._db,
                pseudonym=pseudonym,
                channel=channel,
                now=now,
                versions=(self._content_version, self._app_version),
                referral=_valid_referral(referral),
                language=step.state.language,
            )
            for item in items:
                writer.apply(item)
            writer.finish(step.state)
        return True

    def erase(self, person: str, channel: str) -> int:
        """Erase every session linked to the person, their live state and link rows.

        Returns the number of sessions erased. Sessions whose link already expired cannot be
        found any more: they are anonymous by then.
        """
        pseudonym = self._pseudonyms.pseudonym(person, channel)
        with self._db.atomic():
            linked = {
                row[0]
                for row in self._db.execute(
                    "SELECT session_id FROM pseudonym_links WHERE pseudonym = ?"
                    " UNION SELECT session_id FROM dialog_state"
                    " WHERE pseudonym = ? AND session_id IS NOT NULL",
                    [pseudonym, pseudonym],
                ).fetchall()
            }
            erased = delete_sessions(self._db, sorted(linked))
            self._db.execute("DELETE FROM pseudonym_links WHERE pseudonym = ?", [pseudonym])
            self._db.execute("DELETE FROM dialog_state WHERE pseudonym = ?", [pseudonym])
            self._db.execute("DELETE FROM processed_events WHERE pseudonym = ?", [pseudonym])
        scrub(self._db, search_index=erased > 0)
        log.info("erase: %d sessions erased", erased)
        return erased

    def purge(self, now: datetime | None = None) -> PurgeCounts:
        """Apply the retention rules at ``now`` (default: the clock); return the counts."""
        return purge_expired(
            self._db,
            utc(now if now is not None else self._clock()),
            link_retention_days=self._link_retention_days,
            transcript_retention_days=self._transcript_retention_days,
        )


# ---- one step, turned into rows ------------------------------------------------------------


@dataclass(frozen=True)
class _Said:
    """A person record with its text already rendered and redacted."""

    record: PersonRecord
    text: str | None


@dataclass(frozen=True)
class _Shown:
    """A bot screen with the text the person saw."""

    screen: Screen
    text: str


@dataclass(frozen=True)
class _System:
    """A system record with its detail redacted of any echo of free text."""

    record: SystemRecord
    detail: str | None


_Item = Record | _Said | _Shown | _System


def _items(step: Step, shown: Sequence[str], render: Callable[[Text], str]) -> list[_Item]:
    """The step in the order it happened: what the person did, the dialog's records, the
    screens shown in reply. Texts are rendered and redacted here, outside the transaction."""
    free_texts = [r.free_text for r in step.records if isinstance(r, PersonRecord) and r.free_text]
    items: list[_Item] = []
    for record in step.records:
        if isinstance(record, PersonRecord):
            if record.free_text is not None:
                text: str | None = redact(record.free_text)
            elif record.text is not None:
                text = redact_echo(render(record.text), free_texts)
            else:
                text = None
            items.append(_Said(record, text))
        elif isinstance(record, SystemRecord):
            detail = record.detail
            items.append(_System(record, redact_echo(detail, free_texts) if detail else detail))
        else:
            items.append(record)
    items.extend(
        _Shown(screen, redact_echo(text, free_texts))
        for screen, text in zip(step.screens, shown, strict=True)
    )
    return items


@dataclass(frozen=True)
class _Event:
    actor: str
    kind: str
    state: str | None
    question_id: str | None
    option_id: str | None
    text: str | None
    offset_s: int


@dataclass(frozen=True)
class _Answer:
    question_id: str
    value: str


@dataclass(frozen=True)
class _RedFlag:
    question_id: str
    option_id: str
    level: str


@dataclass(frozen=True)
class _Triage:
    """A level shown: on the result (with its reasons) or on an emergency or crisis screen."""

    level: str | None
    reasons: str | None
    crisis: bool


@dataclass(frozen=True)
class _Language:
    language: str


@dataclass(frozen=True)
class _Completed:
    offset_s: int


_Write = _Event | _Answer | _RedFlag | _Triage | _Language | _Completed


class _StepWriter:
    """Applies one step's items inside the open transaction.

    A conversation is recorded only while it has a session; writes made before the session
    opens in the same step (the consent answer itself) are held and flushed when it opens.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        *,
        pseudonym: str,
        channel: str,
        now: datetime,
        versions: tuple[str, str],
        referral: str | None,
        language: str,
    ) -> None:
        self._db = db
        self._pseudonym = pseudonym
        self._channel = channel
        self._now = now
        self._at = now.timestamp()
        self._versions = versions
        live = db.execute(
            "SELECT session_id, started_s, referral, preface, ended FROM dialog_state"
            " WHERE pseudonym = ? AND channel = ?",
            [pseudonym, channel],
        ).fetchone()
        self._session_id: str | None = live[0] if live else None
        self._started_s: float = live[1] if live else self._at
        self._referral: str | None = referral or (live[2] if live else None)
        self._preface: list[dict[str, Any]] = json.loads(live[3]) if live else []
        self._seq: int | None = None
        self._held: list[_Write] = []
        self._ended = bool(live[4]) if live else False
        self._language = language

    # -- items -----------------------------------------------------------------------------

    def apply(self, item: _Item) -> None:
        match item:
            case SessionStart(consent=consent):
                self._close()
                self._started_s = self._at
                self._preface = []
                self._held = []
                self._ended = False
                if consent == SAVE:
                    self._open()
            case _Said(record=record, text=text):
                kind = (
                    "free_text"
                    if record.free_text is not None
                    else "option"
                    if record.option_id is not None
                    else "action"
                )
                self._emit(
                    self._event(
                        "person", kind, record.state, record.question_id, record.option_id, text
                    )
                )
            case _System(record=record, detail=detail):
                self._emit(self._event("system", record.kind, record.state, None, None, detail))
                self._system(record.kind, detail)
            case _Shown(screen=screen, text=text):
                self._emit(self._event("bot", "screen", screen.state, screen.question, None, text))
                if screen.triage is not None or screen.crisis:
                    level = str(screen.triage) if screen.triage is not None else None
                    reasons = ", ".join(screen.reasons) if screen.reasons else None
                    self._emit(_Triage(level, reasons, screen.crisis))
            case AnswerRecord(question_id=question_id, value=value):
                self._emit(_Answer(question_id, value))
            case RedFlagRecord(question_id=question_id, option_id=option_id, level=level):
                self._emit(_RedFlag(question_id, option_id, str(level)))
            case TriageRecord(level=level, reasons=reasons, crisis=crisis):
                summary = ", ".join(reasons)
                self._emit(
                    self._event(
                        "system",
                        "triage",
                        None,
                        None,
                        None,
                        f"{level}: {summary}" if summary else str(level),
                    )
                )
                self._emit(_Triage(str(level), summary, crisis))
            case PersonRecord() | SystemRecord():  # always wrapped by _items
                raise TypeError("unprepared record")

    def _system(self, kind: str, detail: str | None) -> None:
        if kind == "consent":
            if detail == SAVE:
                if self._session_id is None:
                    self._open()
            else:
                # Consent withdrawn or declined: stop recording this conversation.
                self._close()
                self._held = []
                self._preface = []
        elif kind == "language" and detail:
            self._emit(_Language(detail))
        elif kind == "end":
            # The end screen still has buttons (share, restart): the session stays open to
            # record them, and the live row is kept, marked ended, for a short while.
            self._ended = True
            self._emit(_Completed(self._offset()))

    def finish(self, state: DialogState) -> None:
        """Write the conversation's live state.

        Only a consent record opens a session, never the state's ``consent`` field alone: a
        step committed after ``erase`` (or after retention removed a session) must not start
        recording the person again behind their back.
        """
        if self._session_id is None and state.consent is None:
            held = [w for w in self._held if isinstance(w, _Event)]
            # A screen answering free text may quote it: nothing typed before consent is kept,
            # not even redacted, so such screens are left out.
            if not any(w.kind == "free_text" for w in held):
                shown = [asdict(w) for w in held if w.actor == "bot"]
                self._preface = (self._preface + shown)[-PREFACE_LIMIT:]
        elif self._session_id is None:
            self._preface = []
        self._db.execute(
            "INSERT INTO dialog_state"
            " (pseudonym, channel, state, session_id, started_s, referral, preface, ended,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (pseudonym, channel) DO UPDATE SET"
            " state = excluded.state, session_id = excluded.session_id,"
            " started_s = excluded.started_s, referral = excluded.referral,"
            " preface = excluded.preface, ended = excluded.ended,"
            " updated_at = excluded.updated_at",
            [
                self._pseudonym,
                self._channel,
                json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":")),
                self._session_id,
                self._started_s,
                self._referral,
                json.dumps(self._preface, ensure_ascii=False, separators=(",", ":")),
                int(self._ended),
                hour(self._now),
            ],
        )

    # -- sessions --------------------------------------------------------------------------

    def _open(self) -> None:
        session_id = secrets.token_hex(16)
        started = datetime.fromtimestamp(self._started_s, UTC)
        content_version, app_version = self._versions
        self._db.execute(
            "INSERT INTO sessions (id, started_at, language, channel, referral,"
            " content_version, app_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                session_id,
                hour(started),
                self._language,
                self._channel,
                self._referral,
                content_version,
                app_version,
            ],
        )
        self._db.execute(
            "INSERT INTO pseudonym_links (pseudonym, session_id, created_at) VALUES (?, ?, ?)",
            [self._pseudonym, session_id, hour(started)],
        )
        self._session_id = session_id
        self._seq = 0
        for event in self._preface:
            self._write(_Event(**event))
        for write in self._held:
            self._write(write)
        self._preface = []
        self._held = []

    def _close(self) -> None:
        if self._session_id is None:
            return
        self._db.execute(
            "UPDATE sessions SET ended_at_offset_s = coalesce(ended_at_offset_s, ?) WHERE id = ?",
            [self._offset(), self._session_id],
        )
        self._session_id = None
        self._seq = None

    # -- rows ------------------------------------------------------------------------------

    def _emit(self, write: _Write) -> None:
        if self._session_id is None:
            self._held.append(write)
        else:
            self._write(write)

    def _write(self, write: _Write) -> None:
        session_id = self._session_id
        assert session_id is not None
        match write:
            case _Event():
                if self._seq is None:
                    self._seq = self._db.execute(
                        "SELECT coalesce(max(seq), 0) FROM events WHERE session_id = ?",
                        [session_id],
                    ).fetchone()[0]
                self._seq += 1
                self._db.execute(
                    "INSERT INTO events (session_id, seq, offset_s, actor, kind, state,"
                    " question_id, option_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        session_id,
                        self._seq,
                        write.offset_s,
                        write.actor,
                        write.kind,
                        write.state,
                        write.question_id,
                        write.option_id,
                        write.text,
                    ],
                )
            case _Answer():
                self._db.execute(
                    "INSERT INTO answers (session_id, question_id, value) VALUES (?, ?, ?)"
                    " ON CONFLICT (session_id, question_id) DO UPDATE SET value = excluded.value",
                    [session_id, write.question_id, write.value],
                )
            case _RedFlag():
                self._db.execute(
                    "INSERT INTO red_flags (session_id, question_id, option_id, level)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (session_id, question_id, option_id)"
                    " DO UPDATE SET level = excluded.level",
                    [session_id, write.question_id, write.option_id, write.level],
                )
            case _Triage():
                # The most urgent level shown in the session, with the reasons shown with it.
                # (One statement: SET expressions all see the row as it was before.)
                raises = f"{_rank(':level')} >= {_rank('triage_level')}"
                self._db.execute(
                    "UPDATE sessions SET"
                    f" triage_level = CASE WHEN {raises} THEN :level ELSE triage_level END,"
                    f" triage_reasons = CASE WHEN {raises} AND :reasons IS NOT NULL"
                    " THEN :reasons ELSE triage_reasons END,"
                    " crisis = max(crisis, :crisis) WHERE id = :id",
                    {
                        "level": write.level,
                        "reasons": write.reasons,
                        "crisis": int(write.crisis),
                        "id": session_id,
                    },
                )
            case _Language():
                self._db.execute(
                    "UPDATE sessions SET language = ? WHERE id = ?", [write.language, session_id]
                )
            case _Completed():
                self._db.execute(
                    "UPDATE sessions SET completed = 1,"
                    " ended_at_offset_s = coalesce(ended_at_offset_s, ?) WHERE id = ?",
                    [write.offset_s, session_id],
                )

    def _event(
        self,
        actor: str,
        kind: str,
        state: str | None,
        question_id: str | None,
        option_id: str | None,
        text: str | None,
    ) -> _Event:
        return _Event(actor, kind, state, question_id, option_id, text, self._offset())

    def _offset(self) -> int:
        return max(0, round(self._at - self._started_s))


def _valid_referral(referral: str | None) -> str | None:
    if referral is None:
        return None
    if _REFERRAL_RE.fullmatch(referral):
        return referral
    log.warning("a referral code that is not a deep-link payload was dropped")
    return None


def _rank(expression: str) -> str:
    """SQL ranking a triage level from least to most urgent; NULL ranks below all.

    ``:level`` NULL (a crisis screen without a level) ranks -2, so it never raises.
    """
    null_rank = -2 if expression.startswith(":") else -1
    return (
        f"CASE {expression} WHEN 'routine' THEN 0 WHEN 'soon' THEN 1"
        f" WHEN 'urgent' THEN 2 WHEN 'emergency' THEN 3 ELSE {null_rank} END"
    )
