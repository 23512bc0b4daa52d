"""Durable dialog state and anonymised transcripts, written in one transaction per step.

The shell calls ``load`` before applying an event and ``commit`` after: the new dialog state,
the transcript rows of the step and the idempotency key are written together or not at all,
so a crash between two answers loses nothing and a redelivered update is applied once.

Nothing identifying is written. The platform id is turned into a keyed pseudonym
(``storage.pseudonym``); session ids are random; start times are cut to the hour; typed text
is redacted (``storage.redact``). Transcript rows are written only once the person chose to
save (``storage.transcript``); until then, and for a person who declines, only the live row
exists (``storage.live_state``), which expires soon after the conversation ends.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlite_utils

from dialogs.settings import DEFAULT_LINK_RETENTION_DAYS, DEFAULT_TRANSCRIPT_RETENTION_DAYS
from dialogs.state import DialogState, Step, Unresumable
from dialogs.text import Text
from storage import live_state, outbox
from storage.backup import checkpoint
from storage.inbox import Inbox
from storage.live_state import LiveRow
from storage.outbox import Letter, Outbox
from storage.pseudonym import Pseudonymizer
from storage.retention import (
    PurgeCounts,
    delete_sessions,
    purge_expired,
    scrub,
    truncate_log,
)
from storage.rows import items_of
from storage.timestamps import hour, utc
from storage.transcript import StepWriter

log = logging.getLogger(__name__)

# Telegram's deep-link payload alphabet; anything else is not a referral code and is dropped.
_REFERRAL_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Dialog state and transcripts for every person, over one sqlite-utils database.

    ``person`` is always the raw platform id as a string (Telegram user id, console run id);
    it is hashed with ``channel`` and never stored. Not thread-safe: use one store per
    connection, and apply one person's events in order.
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
        self.db = db
        self._pseudonyms = pseudonyms
        self.content_version = content_version
        self._app_version = app_version
        self._clock = clock
        self._link_retention_days = link_retention_days
        self._transcript_retention_days = transcript_retention_days
        self.inbox = Inbox(db)
        self.outbox = Outbox(db)
        self.scrub_pending = False
        # The live row read by ``load``, kept for the ``commit`` that follows it, so a step
        # reads the person's row once.
        self._loaded: dict[str, LiveRow] = {}

    def load(self, person: str, channel: str) -> DialogState | Unresumable | None:
        """The person's live dialog state; ``Unresumable`` when this version cannot continue
        it; None when they have no conversation going."""
        pseudonym = self._pseudonyms.pseudonym(person, channel)
        live = live_state.read(self.db, pseudonym, channel)
        self._loaded[pseudonym] = live
        if len(self._loaded) > 4096:
            self._loaded.pop(next(iter(self._loaded)))
        return live.saved

    def seen(self, person: str, channel: str, event_key: str) -> bool:
        """Whether the event with this idempotency key was already committed."""
        key = self._pseudonyms.event_key(person, channel, event_key)
        row = self.db.execute("SELECT 1 FROM processed_events WHERE key = ?", [key]).fetchone()
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
        replies: Sequence[Letter] = (),
        handled_update: int | None = None,
    ) -> bool:
        """Write the step's state and transcript rows in one transaction.

        ``shown[i]`` is the plain text of ``step.screens[i]`` as displayed; ``render`` turns a
        ``Text`` into the displayed string (the label of the option pressed). ``referral`` is
        the support group's code from the start link, if any. ``replies`` are the Bot API
        calls the step owes the person (``storage.outbox``); ``handled_update`` is the inbox
        row the step handles (``storage.inbox``): both in the same transaction. Returns False,
        writing nothing, when ``event_key`` was already committed for this person.
        """
        now = utc(self._clock())
        items = items_of(step, shown, render)
        pseudonym = self._pseudonyms.pseudonym(person, channel)
        key = self._pseudonyms.event_key(person, channel, event_key)
        live = self._loaded.pop(pseudonym, None)
        with self.db.atomic():
            # The write comes first: it takes the write lock at once, so a concurrent writer
            # waits on busy_timeout instead of failing to upgrade a read lock.
            inserted = self.db.execute(
                "INSERT OR IGNORE INTO processed_events (key, pseudonym, processed_at)"
                " VALUES (?, ?, ?)",
                [key, pseudonym, hour(now)],
            ).rowcount
            if not inserted:
                return False
            if live is None:
                live = live_state.read(self.db, pseudonym, channel)
            if referral is not None:
                live.referral = _valid_referral(referral) or live.referral
            writer = StepWriter(
                self.db,
                live,
                pseudonym=pseudonym,
                channel=channel,
                now=now,
                language=step.state.language,
                versions=(self.content_version, self._app_version),
                holding=step.state.consent != "no_save",
            )
            for item in items:
                writer.apply(item)
            live_state.write(
                self.db,
                pseudonym,
                channel,
                step.state,
                writer.live,
                content_version=self.content_version,
                updated_at=hour(now),
            )
            outbox.write(self.db, replies)
            if handled_update is not None:
                self.inbox.taken(handled_update)
        return True

    def erase(self, person: str, channel: str) -> int:
        """Erase every session linked to the person, their live state (with what it carries
        for 24 hours) and their link rows. Returns the number of sessions erased. Sessions
        whose link already expired cannot be found any more: they are anonymous by then."""
        pseudonym = self._pseudonyms.pseudonym(person, channel)
        self._loaded.pop(pseudonym, None)
        with self.db.atomic():
            linked = {
                row[0]
                for row in self.db.execute(
                    "SELECT session_id FROM pseudonym_links WHERE pseudonym = ?"
                    " UNION SELECT session_id FROM dialog_state"
                    " WHERE pseudonym = ? AND session_id IS NOT NULL",
                    [pseudonym, pseudonym],
                ).fetchall()
            }
            erased = delete_sessions(self.db, sorted(linked))
            self.db.execute("DELETE FROM pseudonym_links WHERE pseudonym = ?", [pseudonym])
            self.db.execute("DELETE FROM dialog_state WHERE pseudonym = ?", [pseudonym])
            self.db.execute("DELETE FROM processed_events WHERE pseudonym = ?", [pseudonym])
        if not scrub(self.db, search_index=erased > 0):
            self.scrub_pending = True
            log.info("erase: a reader holds the database; its log is emptied later")
        log.info("erase: %d sessions erased", erased)
        return erased

    def finish_scrub(self) -> bool:
        """Try again to empty the log after an erasure (without waiting); whether nothing is
        left to do. The bot calls it every few seconds while it is pending."""
        if self.scrub_pending and truncate_log(self.db):
            self.scrub_pending = False
        return not self.scrub_pending

    def close(self) -> None:
        """A clean stop: the write-ahead log folded into the database file, then closed, so
        that the ``.db`` file alone holds everything."""
        if not checkpoint(self.db):
            log.warning("a reader held the database: its log was not folded in at the stop")
        self.db.close()

    def purge(self, now: datetime | None = None) -> PurgeCounts:
        """Apply the retention rules at ``now`` (default: the clock); return the counts."""
        counts = purge_expired(
            self.db,
            utc(now if now is not None else self._clock()),
            link_retention_days=self._link_retention_days,
            transcript_retention_days=self._transcript_retention_days,
        )
        if counts.total and not truncate_log(self.db):
            self.scrub_pending = True
        return counts


def _valid_referral(referral: str) -> str | None:
    if _REFERRAL_RE.fullmatch(referral):
        return referral
    log.warning("a referral code that is not a deep-link payload was dropped")
    return None
