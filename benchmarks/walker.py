"""A simulated person at the engine's level: which event answers the screen shown last.

The same path as the load's people (``benchmarks.load.choose``): save the transcript,
answer every question, tick one box and press Done in multi-select questions, end from the
topics menu and restart from the end screen.
"""

from __future__ import annotations

from dialogs.model import Choose, Done, Event, Screen, Start

# The answers a simulated person prefers, when offered; otherwise the first option. The path
# goes through every question of the dialog (saving the transcript, the heavier path), ends
# the conversation from the topics menu and restarts it from the end screen.
PREFERRED = (
    "none",
    "no",
    "save",
    "skip",
    "40_59",
    "over_1y",
    "diagnosed",
    "0",
    "mild",
    "mild_eye",
    "feet_hands",
    "confirmed",
    "continue",
    "end",
    "restart",
)


def next_event(screen: Screen | None) -> Event:
    """The person's answer to ``screen`` (a new conversation when there is nothing to press)."""
    if screen is None or not screen.options:
        return Start()
    if screen.select == "many":
        if screen.selected:
            return Done()
        ids = [option.id for option in screen.options]
        return Choose("none" if "none" in ids else ids[0])
    ids = [option.id for option in screen.options]
    for option_id in PREFERRED:
        if option_id in ids:
            return Choose(option_id)
    return Choose(ids[0])
