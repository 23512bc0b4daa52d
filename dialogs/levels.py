"""Triage levels: the one place that knows their order."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Level(StrEnum):
    """Triage levels, from least to most urgent (the order of ``LEVEL_ORDER``)."""

    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return LEVEL_ORDER.index(self)


LEVEL_ORDER: tuple[Level, ...] = (Level.ROUTINE, Level.SOON, Level.URGENT, Level.EMERGENCY)


def most_urgent(levels: Iterable[Level]) -> Level:
    """The most urgent of ``levels``; ``routine`` when there are none."""
    return max(levels, key=lambda level: level.rank, default=Level.ROUTINE)
