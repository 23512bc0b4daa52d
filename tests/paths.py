"""Many conversations through the engine: every option, extreme answers, random detours.

``conversations()`` yields walks that between them show every kind of screen: each path is
driven by a seeded random person who answers, ticks, goes back, types text, taps an emergency
by mistake or asks for their country's numbers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from dialogs.model import Back, Choose, Done, FreeText, Start
from tests.walk import HOUR, Walk

TYPED = (
    "hello",
    "I want to die",
    "this pain is killing me",
    "chest pain",
    "I took all my pills",
    "my feet burn",
)


def _choose_many(walk: Walk, rng: random.Random, everything: bool) -> None:
    options = [o.id for o in walk.last.options if o.id != "none"]
    picked = options if everything else rng.sample(options, rng.randint(0, len(options)))
    if not picked:
        walk.send(Choose("none"))
        return
    for option in picked:
        walk.send(Choose(option))
    walk.send(Done())


def random_walk(seed: int, *, everything: bool = False, steps: int = 90) -> Walk:
    """A conversation of a random person (``everything``: who ticks every box and says yes)."""
    rng = random.Random(seed)
    walk = Walk.started(region=rng.choice([None, "gb", "de", "fr", "xx"]))
    for _ in range(steps):
        screen = walk.last
        if screen.question is None or not screen.options:
            if walk.at in ("under_18",):
                walk.send(Start(), later=rng.choice([HOUR, 30 * HOUR]))
                continue
            break
        roll = rng.random()
        if roll < 0.04:
            walk.send(FreeText(rng.choice(TYPED)))
        elif roll < 0.08 and screen.back:
            walk.send(Back())
        elif screen.select == "many":
            _choose_many(walk, rng, everything)
        else:
            ids = [o.id for o in screen.options]
            if everything:
                preferred = [i for i in ids if i in ("yes", "save", "continue")]
                wanted = preferred[0] if preferred else ids[-2 if len(ids) > 1 else 0]
                if screen.question == "emergency_now":
                    wanted = "none"
                if screen.question in ("topics",):
                    wanted = rng.choice(ids)
            else:
                weights = [8 if i in ("none", "no", "continue", "save") else 1 for i in ids]
                wanted = rng.choices(ids, weights=weights)[0]
            walk.send(Choose(wanted))
        if walk.at == "end" and rng.random() < 0.5:
            walk.send(Choose("share"))
            break
    return walk


def conversations(count: int = 160) -> Iterator[Walk]:
    """Seeded random conversations, half of them by people who tick everything."""
    for seed in range(count):
        yield random_walk(seed, everything=seed % 2 == 1)
