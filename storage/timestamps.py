"""The coarse timestamps the database stores."""

from __future__ import annotations

from datetime import UTC, datetime


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def hour(moment: datetime) -> str:
    """``moment`` cut to the hour, ISO 8601 in UTC: ``2025-03-04T13:00:00Z``.

    Stored start times are this coarse so that a transcript cannot be matched to a person by
    the exact time they wrote to the bot.
    """
    return utc(moment).strftime("%Y-%m-%dT%H:00:00Z")


def day(moment: datetime) -> str:
    """``moment``'s date in UTC, ISO 8601: ``2025-03-04``."""
    return utc(moment).strftime("%Y-%m-%d")
