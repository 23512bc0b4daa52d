"""The live dialog state: one row per person and channel, read and written once per step.

The row holds the dialog state (JSON, with its format), the content version it was made with,
the open session's id, and, before the person chose to save, the rows of the conversation
so far (``preface``), so that a transcript begins at ``/start`` once they do. It is operational
data: it expires (``storage.retention``) and ``/delete`` removes it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from dialogs.state import DialogState, Unresumable, from_dict

log = logging.getLogger(__name__)

# Rows kept before consent: the safety questions and screens of a conversation's opening, with
# room for detours; beyond this the oldest give way.
PREFACE_LIMIT = 200


@dataclass
class LiveRow:
    """The bookkeeping of a person's live conversation, beside its dialog state."""

    saved: DialogState | Unresumable | None = None
    session_id: str | None = None
    started_s: float | None = None
    referral: str | None = None
    preface: list[dict[str, Any]] = field(default_factory=list)
    ended: bool = False
    exists: bool = False


def read(db: sqlite_utils.Database, pseudonym: str, channel: str) -> LiveRow:
    """The person's live row (an empty one when they have no conversation)."""
    # Point reads go through execute(): query() wraps every read in a savepoint.
    row = db.execute(
        "SELECT state, session_id, started_s, referral, preface, ended FROM dialog_state"
        " WHERE pseudonym = ? AND channel = ?",
        [pseudonym, channel],
    ).fetchone()
    if row is None:
        return LiveRow()
    try:
        data = json.loads(row[0])
    except ValueError:
        data = None
    saved = from_dict(data)
    if isinstance(saved, Unresumable):
        log.warning("a saved dialog state this version cannot continue; it starts again")
    try:
        preface = json.loads(row[4])
    except ValueError:
        preface = []
    return LiveRow(
        saved=saved,
        session_id=row[1],
        started_s=row[2],
        referral=row[3],
        preface=preface if isinstance(preface, list) else [],
        ended=bool(row[5]),
        exists=True,
    )


def write(
    db: sqlite_utils.Database,
    pseudonym: str,
    channel: str,
    state: DialogState,
    live: LiveRow,
    *,
    content_version: str,
    updated_at: str,
) -> None:
    """Save the live row (inside the step's transaction)."""
    db.execute(
        "INSERT INTO dialog_state"
        " (pseudonym, channel, state, session_id, started_s, referral, preface, ended,"
        " updated_at, content_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (pseudonym, channel) DO UPDATE SET"
        " state = excluded.state, session_id = excluded.session_id,"
        " started_s = excluded.started_s, referral = excluded.referral,"
        " preface = excluded.preface, ended = excluded.ended,"
        " updated_at = excluded.updated_at, content_version = excluded.content_version",
        [
            pseudonym,
            channel,
            json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":")),
            live.session_id,
            live.started_s,
            live.referral,
            json.dumps(live.preface[-PREFACE_LIMIT:], ensure_ascii=False, separators=(",", ":")),
            int(live.ended),
            updated_at,
            content_version,
        ],
    )
