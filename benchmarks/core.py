"""The core: one dialog step in-process, the product's own code path without Telegram.

A step is ``Conversations.handle``: the idempotency check, the state read by key, the engine,
the transcript texts in the person's language and one storage transaction. Many people take
turns (each step is a different person's, as under load), every one of them walking the
whole dialog and restarting at the end. The engine alone is timed on the same events.

    python benchmarks/core.py --steps 100000 [--people 1000] [--data-dir DIR]

prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.load import PSEUDONYM_KEY, TOKEN, percentile
from benchmarks.walker import next_event
from bot.config import Config
from bot.telegram.handlers import CHANNEL
from bot.wiring import wire
from dialogs.engine import apply
from dialogs.model import Event, Screen, Start
from dialogs.state import DialogState

ENGINE_SAMPLE = 20_000  # steps whose engine part is timed again alone


def store_config(data_dir: Path) -> Config:
    return Config(
        telegram_bot_token=TOKEN, data_dir=data_dir, pseudonym_key=PSEUDONYM_KEY, rate_limit=False
    )


def run(steps: int, people: int, data_dir: Path, *, freeze: bool = True) -> dict[str, float | int]:
    conversations = wire(store_config(data_dir)).conversations(CHANNEL, "buttons")
    states: dict[int, DialogState | None] = dict.fromkeys(range(people))
    screens: dict[int, Screen | None] = dict.fromkeys(range(people))
    sample: list[tuple[DialogState, Event]] = []  # for timing the engine alone afterwards
    every = max(1, steps // ENGINE_SAMPLE)
    core: list[float] = []
    clock = time.perf_counter_ns
    if freeze:
        freeze = _freeze_like_the_bot()
    for n in range(steps):
        who = n % people
        state, screen = states[who], screens[who]
        event = Start() if state is None else next_event(screen)
        began = clock()
        step = conversations.handle(f"core-{who}", f"u{n}", event, language="en")
        core.append(clock() - began)
        if step is None:
            raise RuntimeError("a fresh event key was refused as a repeat")
        if state is not None and n % every == 0:
            sample.append((state, event))
        states[who] = step.state
        screens[who] = step.screens[-1] if step.screens else None
    engine: list[float] = []
    for state, event in sample:
        began = clock()
        apply(state, event, conversations.context(language="en", region=None))
        engine.append(clock() - began)
    with sqlite3.connect(data_dir / "transcripts.db") as db:
        sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
    ms = 1e-6
    return {
        "steps": steps,
        "people": people,
        "sessions": int(sessions),
        "gc_frozen": freeze,
        "core_p50_ms": percentile(core, 0.50) * ms,
        "core_p90_ms": percentile(core, 0.90) * ms,
        "core_p99_ms": percentile(core, 0.99) * ms,
        "core_max_ms": max(core) * ms,
        "core_mean_ms": sum(core) / len(core) * ms,
        "engine_p50_ms": percentile(engine, 0.50) * ms,
        "engine_p99_ms": percentile(engine, 0.99) * ms,
        "engine_mean_ms": sum(engine) / max(1, len(engine)) * ms,
    }


def _freeze_like_the_bot() -> bool:
    """What ``sjogren-bot telegram`` does before its first answer (when this version of the
    bot does it: the benchmark also measures older checkouts)."""
    try:
        from bot.telegram.app import freeze_startup_objects
    except ImportError:
        return False
    try:  # the bot builds the distress phrase lists right after it starts answering
        from dialogs.distress import read
    except ImportError:
        pass
    else:
        read("warm up")
    freeze_startup_objects()
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One dialog step in-process, timed.")
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument(
        "--no-freeze", action="store_true", help="leave the startup objects to the collector"
    )
    args = parser.parse_args(argv)
    freeze = not args.no_freeze
    if args.data_dir is not None:
        figures = run(args.steps, args.people, args.data_dir, freeze=freeze)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-core-") as directory:
            figures = run(args.steps, args.people, Path(directory), freeze=freeze)
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
