"""Operator settings the dialog's wording depends on, passed in as plain data."""

from __future__ import annotations

from dataclasses import dataclass

# The retention defaults, written once: the configuration, the store and the privacy notice
# all take them from here.
DEFAULT_TRANSCRIPT_RETENTION_DAYS = 180
DEFAULT_LINK_RETENTION_DAYS = 30


@dataclass(frozen=True)
class Settings:
    """Numbers the privacy notice states; they come from the operator's configuration."""

    transcript_retention_days: int = DEFAULT_TRANSCRIPT_RETENTION_DAYS
    link_retention_days: int = DEFAULT_LINK_RETENTION_DAYS
