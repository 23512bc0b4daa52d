"""Operator settings the dialog's wording depends on, passed in as plain data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Numbers the privacy notice states; they come from the operator's configuration."""

    transcript_retention_days: int = 180
    link_retention_days: int = 30
