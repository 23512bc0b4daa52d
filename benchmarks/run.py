"""``make bench``: the bot under load against the library's floor, the core, memory, cold start.

    python benchmarks/run.py [--people 200] [--steps N | --duration S] [--quick] [--json FILE]

Everything runs in one go on this machine, so the ratios compare like with like:

- load: ``sjogren-bot telegram`` as its own process against a fake Bot API on 127.0.0.1 (in
  this process), with N simulated people pressing buttons through the dialog; then the same
  load on a bare python-telegram-bot bot (``benchmarks/floor_bot.py``) that makes the same
  calls per step, with PTB's default httpx transport and with the product's aiohttp one;
- core: one dialog step in-process (``benchmarks/core.py``);
- memory: the bot's RSS on a fresh database, on one holding 100,000 stored sessions, and with
  1,000 chats mid-dialog;
- cold start: process start to the first ``getUpdates``;
- surge: people arriving after a link is shared, answering at a person's pace, against a fake
  Bot API that enforces Telegram's flood limit (``benchmarks/surge.py``), once as is and once
  with a ``kill -9`` of the bot in the middle and a restart.

See docs/benchmarks.md for what each figure means and the latest results.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.load import (
    ROOT,
    LoadFigures,
    LoadServer,
    LoadSpec,
    bot_env,
    floor_command,
    median,
    product_command,
    run_load,
    stop_process,
)
from benchmarks.procstat import machine
from benchmarks.seed import seed_sessions
from benchmarks.surge import SurgeFigures, SurgeSpec, run_surge

TARGETS = {
    "cpu_vs_floor_aiohttp": 1.5,  # product CPU per step / floor's, same transport
    "cpu_vs_floor_httpx": 0.5,  # product CPU per step / PTB default transport floor's
    "p99_vs_floor_aiohttp": 1.5,  # product p99 press-to-next-question / floor's
    "core_p99_ms": 2.0,
    "rss_growth_mib": 10.0,  # from 0 to 100,000 stored sessions
    "cold_start_s": 1.5,
    "surge_first_p99_s": 5.0,  # /start to the first question, under the flood limit
    "surge_next_p99_s": 3.0,  # a press to the next question
    "surge_emergency_max_s": 1.5,  # an emergency tap to the emergency screen, every one
    "surge_calls_per_answer": 1.1,  # sends and edits per press
    "surge_429_percent": 1.0,  # of the sends and edits, refused by the flood limit
    "surge_kill_unanswered": 0,  # presses never answered after a kill -9 and a restart
}


SURGE_DRAIN = 30.0  # seconds after the surge for the answers still waiting (quick: 10)
SURGE_DOWN_FOR = 3.0  # seconds between the kill and the restart (quick: 0.5)

MID_DIALOG_WAVE = 100  # people who start together, when chats are brought mid-dialog in waves
# A round trip to api.telegram.org from a server nearby; added to each call in one cold start.
REMOTE_LATENCY = 0.05


@dataclass(frozen=True)
class SurgePlan:
    """The surge scenario's shape (``benchmarks/surge.py``)."""

    arrival: float
    duration: float
    think: tuple[float, float]
    emergencies: int
    kill_at: float | None
    drain: float
    down_for: float
    seed: int


@dataclass
class Plan:
    """How much of everything to run."""

    people: int
    steps: int | None
    duration: float | None
    core_steps: int
    sessions: int
    memory_people: int
    memory_steps: int
    mid_dialog: int
    cold_starts: int
    repeat: int
    sections: tuple[str, ...]
    surge: SurgePlan
    profile: Path | None
    keep: bool
    json: Path | None


SECTIONS = ("load", "core", "memory", "cold", "surge")


def parse(argv: list[str] | None) -> Plan:
    parser = argparse.ArgumentParser(
        description="Benchmark the bot against python-telegram-bot's floor (docs/benchmarks.md)."
    )
    parser.add_argument("--people", type=int, help="simulated people at once (default 200)")
    amount = parser.add_mutually_exclusive_group()
    amount.add_argument(
        "--steps", type=int, help="measured steps per load run (default 20 per person)"
    )
    amount.add_argument("--duration", type=float, help="measured seconds per load run instead")
    parser.add_argument(
        "--quick", action="store_true", help="a small run for smoke checks (under a minute)"
    )
    parser.add_argument(
        "--repeat", type=int, help="load runs of each bot, taking turns (default 2; quick 1)"
    )
    parser.add_argument("--core-steps", type=int, help="in-process steps (default 100,000)")
    parser.add_argument("--sessions", type=int, help="stored sessions (default 100,000)")
    parser.add_argument("--mid-dialog", type=int, help="chats mid-dialog (default 1,000)")
    parser.add_argument(
        "--only", help=f"comma-separated sections to run: {','.join(SECTIONS)} (default all)"
    )
    _surge_arguments(parser)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--profile", type=Path, help="write py-spy's stacks of the product under load here"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories")
    args = parser.parse_args(argv)
    quick = args.quick
    people = args.people or (20 if quick else 200)
    if people < 1:
        parser.error("--people must be at least 1")
    steps = args.steps
    if steps is None and args.duration is None:
        steps = people * (15 if quick else 20)
    sections = tuple(args.only.split(",")) if args.only else SECTIONS
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    plan = Plan(
        people=people,
        steps=steps,
        duration=args.duration,
        core_steps=args.core_steps or (3_000 if quick else 100_000),
        sessions=args.sessions or (2_000 if quick else 100_000),
        memory_people=min(people, 50),
        memory_steps=min(people, 50) * (10 if quick else 20),
        mid_dialog=args.mid_dialog or (100 if quick else 1_000),
        cold_starts=1 if quick else 3,
        repeat=args.repeat or (1 if quick else 2),
        sections=sections,
        surge=_surge_plan(args, parser),
        profile=args.profile,
        keep=args.keep,
        json=args.json,
    )
    return plan


def _surge_arguments(parser: argparse.ArgumentParser) -> None:
    surge = parser.add_argument_group("surge")
    surge.add_argument(
        "--surge-arrival", type=float, help="seconds over which people arrive (default 20)"
    )
    surge.add_argument(
        "--surge-duration", type=float, help="seconds after which nobody presses (default 60)"
    )
    surge.add_argument("--think", help="think time before each answer, MIN,MAX s (default 4,12)")
    surge.add_argument(
        "--emergencies", type=int, help="people who tap an emergency group (default 5)"
    )
    surge.add_argument(
        "--kill-at",
        type=float,
        help="seconds into the surge to kill -9 the bot in the second run (default 30; 0: no"
        " second run)",
    )
    surge.add_argument("--seed", type=int, default=6, help="the people's random seed (default 6)")


def _surge_plan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> SurgePlan:
    quick = args.quick
    think = (0.3, 1.0) if quick else (4.0, 12.0)
    if args.think:
        try:
            low, high = (float(part) for part in args.think.split(","))
        except ValueError:
            parser.error("--think takes MIN,MAX in seconds, like 4,12")
        if not 0 <= low <= high:
            parser.error("--think needs 0 <= MIN <= MAX")
        think = (low, high)
    kill_at = args.kill_at if args.kill_at is not None else (2.0 if quick else 30.0)
    plan = SurgePlan(
        arrival=args.surge_arrival if args.surge_arrival is not None else (1.5 if quick else 20.0),
        duration=args.surge_duration or (4.0 if quick else 60.0),
        think=think,
        emergencies=args.emergencies if args.emergencies is not None else (1 if quick else 5),
        kill_at=kill_at if kill_at > 0 else None,
        drain=10.0 if quick else SURGE_DRAIN,
        down_for=0.5 if quick else SURGE_DOWN_FOR,
        seed=args.seed,
    )
    if plan.emergencies < 0:
        parser.error("--emergencies must be 0 or more")
    if not 0 <= plan.arrival <= plan.duration:
        parser.error("--surge-arrival must be between 0 and --surge-duration")
    if plan.kill_at is not None and plan.kill_at >= plan.duration:
        parser.error("--kill-at must come before the end of the surge")
    return plan


def say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


# ---- sections -------------------------------------------------------------------------------


async def load_section(plan: Plan, work: Path) -> dict[str, Any]:
    """The three bots under the same load, taking turns ``plan.repeat`` times; each figure
    is the median of its runs (every run is kept in ``runs``)."""
    runs: dict[str, list[LoadFigures]] = {}
    for round_ in range(plan.repeat):
        for label, command in (
            ("floor_httpx", floor_command("httpx")),
            ("floor_aiohttp", floor_command("aiohttp")),
            ("product", product_command()),
        ):
            say(f"load: {label}, {plan.people} people (run {round_ + 1} of {plan.repeat}) ...")
            figures = await run_load(
                LoadSpec(
                    label=label,
                    command=command,
                    data_dir=work / f"{label}_{round_}",
                    people=plan.people,
                    steps=plan.steps,
                    duration=plan.duration,
                    warmup_steps=2 * plan.people,
                    profile=plan.profile if label == "product" and round_ == 0 else None,
                )
            )
            say(
                f"  {figures.steps} steps in {figures.seconds:.1f} s:"
                f" {figures.steps_per_s:.0f}/s, p99 {figures.p99_ms:.0f} ms,"
                f" {figures.cpu_ms_per_step:.2f} CPU ms/step"
            )
            runs.setdefault(label, []).append(figures)
    return {label: _medians(each) for label, each in runs.items()}


def _medians(runs: list[LoadFigures]) -> dict[str, Any]:
    """Every numeric figure as the median of the runs; the runs themselves under ``runs``."""
    dicts = [run.as_dict() for run in runs]
    merged: dict[str, Any] = {}
    for key, first in dicts[0].items():
        values = [d[key] for d in dicts]
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        merged[key] = statistics.median(values) if numeric and key != "people" else first
    for key in ("refused_calls", "unanswered"):
        merged[key] = sum(d[key] for d in dicts)
    merged["runs"] = dicts
    return merged


def core_section(plan: Plan, work: Path) -> dict[str, Any]:
    say(f"core: {plan.core_steps} steps in-process ...")
    data_dir = work / "core"
    data_dir.mkdir(parents=True, exist_ok=True)
    output = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "core.py"),
            "--steps",
            str(plan.core_steps),
            "--data-dir",
            str(data_dir),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=data_dir,
        timeout=1800,
    ).stdout
    figures: dict[str, Any] = json.loads(output)
    say(f"  p50 {figures['core_p50_ms']:.3f} ms, p99 {figures['core_p99_ms']:.3f} ms")
    return figures


async def memory_section(plan: Plan, work: Path) -> dict[str, Any]:
    def spec(label: str, data_dir: Path, **extra: Any) -> LoadSpec:
        return LoadSpec(label=label, command=product_command(), data_dir=data_dir, **extra)

    say(f"memory: a fresh database, {plan.memory_people} people ...")
    fresh = await run_load(
        spec(
            "memory_fresh",
            work / "memory_fresh",
            people=plan.memory_people,
            steps=plan.memory_steps,
            warmup_steps=plan.memory_people,
        )
    )
    say(f"memory: seeding {plan.sessions} stored sessions ...")
    stored_dir = work / "memory_stored"
    stored_dir.mkdir(parents=True, exist_ok=True)
    seeded = seed_sessions(stored_dir, plan.sessions)
    say(f"  {seeded['sessions']} sessions, {seeded['db_mib']:.0f} MiB, {seeded['seconds']:.0f} s")
    stored = await run_load(
        spec(
            "memory_stored",
            stored_dir,
            people=plan.memory_people,
            steps=plan.memory_steps,
            warmup_steps=plan.memory_people,
        )
    )
    say(f"memory: {plan.mid_dialog} chats mid-dialog, all pressing at once ...")
    mid = await run_load(
        spec("memory_mid_dialog", work / "memory_mid", people=plan.mid_dialog, steps_each=4)
    )
    say(f"memory: {plan.mid_dialog} chats mid-dialog, {MID_DIALOG_WAVE} at a time ...")
    waves = await run_load(
        spec(
            "memory_mid_dialog_waves",
            work / "memory_waves",
            people=plan.mid_dialog,
            steps_each=4,
            wave=MID_DIALOG_WAVE,
        )
    )
    for figures in (fresh, stored, mid, waves):
        say(f"  {figures.label}: RSS {figures.rss_mib:.1f} MiB (peak {figures.peak_rss_mib:.1f})")
    return {
        "fresh": _memory_figures(fresh),
        "stored": {**_memory_figures(stored), "seeded": seeded},
        "mid_dialog": _memory_figures(mid),
        "mid_dialog_waves": {**_memory_figures(waves), "wave": MID_DIALOG_WAVE},
        "growth_mib": stored.rss_mib - fresh.rss_mib,
        "peak_growth_mib": stored.peak_rss_mib - fresh.peak_rss_mib,
    }


def _memory_figures(figures: LoadFigures) -> dict[str, Any]:
    return {
        "people": figures.people,
        "steps": figures.steps,
        "rss_mib": figures.rss_mib,
        "peak_rss_mib": figures.peak_rss_mib,
        "refused_calls": figures.refused_calls,
        "unanswered": figures.unanswered,
    }


async def cold_start(command: list[str], data_dir: Path, latency: float = 0.0) -> tuple[float, int]:
    """Seconds from the process's start to its first getUpdates, and the calls before it;
    ``latency`` is added to every call, as a network's round trip would."""
    server = LoadServer(latency=latency)
    await server.start()
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        with (data_dir / "cold.log").open("wb") as output:
            started = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                *command,
                cwd=data_dir,
                env=bot_env(data_dir, server.root_url),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output,
                stderr=output,
            )
        try:
            waiting = asyncio.ensure_future(server.wait_first_poll())
            exited = asyncio.ensure_future(process.wait())
            await asyncio.wait({waiting, exited}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
            waiting.cancel()
            exited.cancel()
            if server.first_poll_at is None:
                log = (data_dir / "cold.log").read_text(errors="replace")
                raise RuntimeError(f"the bot never polled:\n{log[-2000:]}")
            return server.first_poll_at - started, server.calls_before_first_poll
        finally:
            await stop_process(process)
    finally:
        await server.stop()


async def cold_section(plan: Plan, work: Path) -> dict[str, Any]:
    product: list[float] = []
    remote: list[float] = []
    calls: list[int] = []
    floor: list[float] = []
    for n in range(plan.cold_starts):
        say(f"cold start {n + 1}/{plan.cold_starts} ...")
        seconds, before = await cold_start(product_command(), work / f"cold_{n}")
        product.append(seconds)
        calls.append(before)
        seconds, _ = await cold_start(
            product_command(), work / f"cold_remote_{n}", latency=REMOTE_LATENCY
        )
        remote.append(seconds)
        seconds, _ = await cold_start(floor_command("aiohttp"), work / f"cold_floor_{n}")
        floor.append(seconds)
    say(
        f"  product {median(product):.2f} s ({median(remote):.2f} s with"
        f" {REMOTE_LATENCY * 1000:.0f} ms per call), bare PTB bot {median(floor):.2f} s"
    )
    return {
        "product_s": product,
        "product_median_s": median(product),
        "calls_before_first_poll": max(calls),
        "remote_latency_ms": REMOTE_LATENCY * 1000,
        "product_remote_s": remote,
        "product_remote_median_s": median(remote),
        "floor_aiohttp_s": floor,
        "floor_aiohttp_median_s": median(floor),
    }


async def surge_section(plan: Plan, work: Path) -> dict[str, Any]:
    """The surge as is, then (unless --kill-at 0) with a kill -9 in the middle."""
    shape = plan.surge
    runs: dict[str, Any] = {"plan": {"people": plan.people, **asdict(shape)}}
    for label, kill_at in (("steady", None), ("kill", shape.kill_at)):
        if label == "kill" and kill_at is None:
            continue
        killing = f", kill -9 at {kill_at:g} s" if kill_at is not None else ""
        say(
            f"surge: {plan.people} people over {shape.arrival:g} s, answering every"
            f" {shape.think[0]:g}-{shape.think[1]:g} s for {shape.duration:g} s{killing} ..."
        )
        figures = await run_surge(
            SurgeSpec(
                label=f"surge_{label}",
                data_dir=work / f"surge_{label}",
                people=plan.people,
                arrival=shape.arrival,
                duration=shape.duration,
                think=shape.think,
                emergencies=shape.emergencies,
                drain=shape.drain,
                seed=shape.seed,
                kill_at=kill_at,
                down_for=shape.down_for,
            )
        )
        say(f"  {_surge_line(figures)}")
        runs[label] = figures.as_dict()
    return runs


def _surge_line(figures: SurgeFigures) -> str:
    return (
        f"next question p99 {figures.next_p99_s:.2f} s, {figures.flood_refused} 429s,"
        f" {figures.unanswered} presses unanswered"
    )


# ---- the report -----------------------------------------------------------------------------


def ratios(figures: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target: the measured value, the target and whether it is met."""
    found: dict[str, float] = {}
    load = figures.get("load")
    if load:
        product, aiohttp_, httpx_ = load["product"], load["floor_aiohttp"], load["floor_httpx"]
        found["cpu_vs_floor_aiohttp"] = _ratio(
            product["cpu_ms_per_step"], aiohttp_["cpu_ms_per_step"]
        )
        found["cpu_vs_floor_httpx"] = _ratio(product["cpu_ms_per_step"], httpx_["cpu_ms_per_step"])
        found["p99_vs_floor_aiohttp"] = _ratio(product["p99_ms"], aiohttp_["p99_ms"])
    if "core" in figures:
        found["core_p99_ms"] = figures["core"]["core_p99_ms"]
    if "memory" in figures:
        found["rss_growth_mib"] = figures["memory"]["growth_mib"]
    if "cold_start" in figures:
        cold = figures["cold_start"]
        found["cold_start_s"] = max(cold["product_median_s"], cold["product_remote_median_s"])
    if "surge" in figures:
        found.update(_surge_targets(figures["surge"]))
    return {
        name: {"value": value, "target": TARGETS[name], "met": value <= TARGETS[name]}
        for name, value in found.items()
    }


def _surge_targets(surge: dict[str, Any]) -> dict[str, float]:
    steady = surge["steady"]
    found = {
        "surge_first_p99_s": steady["first_p99_s"],
        "surge_next_p99_s": steady["next_p99_s"],
        "surge_emergency_max_s": steady["emergency_max_s"],
        "surge_calls_per_answer": steady["limited_calls_per_answer"],
        "surge_429_percent": steady["flood_refused_percent"],
    }
    if "kill" in surge:
        found["surge_kill_unanswered"] = surge["kill"]["unanswered"]
    return found


def _ratio(value: float, floor: float) -> float:
    return value / floor if floor else float("inf")


def report(figures: dict[str, Any]) -> str:
    lines = [
        f"machine: {figures['machine']['nproc']} cores, {figures['machine']['cpu_model']},"
        f" Python {figures['python']}",
    ]
    load = figures.get("load")
    if load:
        lines += [
            "",
            f"load: {next(iter(load.values()))['people']} people at once",
            f"{'':16}{'steps/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/step':>13}"
            f"{'calls/step':>12}{'KiB/step':>10}{'peak RSS MiB':>14}{'failed':>8}",
        ]
        for label, run in load.items():
            lines.append(
                f"{label:16}{run['steps_per_s']:9.0f}{run['p50_ms']:9.0f}{run['p99_ms']:9.0f}"
                f"{run['cpu_ms_per_step']:13.2f}{run['calls_per_step']:12.2f}"
                f"{run['request_bytes_per_step'] / 1024:10.1f}"
                f"{run['peak_rss_mib']:14.1f}{run['refused_calls'] + run['unanswered']:8d}"
            )
    core = figures.get("core")
    if core:
        lines += [
            "",
            f"core: {core['steps']} steps in-process: p50 {core['core_p50_ms']:.3f} ms,"
            f" p99 {core['core_p99_ms']:.3f} ms (engine alone: p50 {core['engine_p50_ms']:.3f}"
            f" ms, p99 {core['engine_p99_ms']:.3f} ms)",
        ]
    memory = figures.get("memory")
    if memory:
        seeded = memory["stored"]["seeded"]
        lines += [
            "",
            f"memory (bot RSS after the run): fresh database {memory['fresh']['rss_mib']:.1f}"
            f" MiB; {seeded['sessions']} stored sessions ({seeded['db_mib']:.0f} MiB database)"
            f" {memory['stored']['rss_mib']:.1f} MiB (growth {memory['growth_mib']:+.1f} MiB);",
            f"  {memory['mid_dialog']['people']} chats mid-dialog:"
            f" {memory['mid_dialog']['rss_mib']:.1f} MiB when all pressed at once,"
            f" {memory['mid_dialog_waves']['rss_mib']:.1f} MiB when they came"
            f" {memory['mid_dialog_waves']['wave']} at a time",
        ]
    cold = figures.get("cold_start")
    if cold:
        lines += [
            "",
            f"cold start (process start to first getUpdates): {cold['product_median_s']:.2f} s"
            f" ({cold['product_remote_median_s']:.2f} s when each call takes"
            f" {cold['remote_latency_ms']:.0f} ms more; bare PTB bot"
            f" {cold['floor_aiohttp_median_s']:.2f} s);"
            f" {cold['calls_before_first_poll']} Bot API calls before it",
        ]
    surge = figures.get("surge")
    if surge:
        lines += ["", *surge_report(surge)]
    lines += ["", "targets:"]
    for name, result in figures["targets"].items():
        verdict = "met" if result["met"] else "MISSED"
        lines.append(
            f"  {name:22} {result['value']:8.2f}  (target <= {result['target']})  {verdict}"
        )
    return "\n".join(lines)


def surge_report(surge: dict[str, Any]) -> list[str]:
    shape = surge["plan"]
    lines = [
        f"surge: {shape['people']} people arriving over {shape['arrival']:g} s, answering every"
        f" {shape['think'][0]:g}-{shape['think'][1]:g} s until {shape['duration']:g} s"
        f" ({shape['emergencies']} tap an emergency); flood limit 30 sends and edits a second",
        f"{'':18}{'first p50/p99 s':>16}{'next p50/p99 s':>16}{'emergency max s':>17}"
        f"{'calls/answer':>14}{'429s':>12}{'unanswered':>12}{'stalled':>9}",
    ]
    for label in ("steady", "kill"):
        run = surge.get(label)
        if run is None:
            continue
        name = "as is" if label == "steady" else f"kill -9 at {run['killed_at_s']:.1f} s"
        refused = f"{run['flood_refused']} ({run['flood_refused_percent']:.1f}%)"
        lines.append(
            f"{name:18}{run['first_p50_s']:8.2f}/{run['first_p99_s']:<7.2f}"
            f"{run['next_p50_s']:8.2f}/{run['next_p99_s']:<7.2f}{run['emergency_max_s']:17.2f}"
            f"{run['limited_calls_per_answer']:14.2f}{refused:>12}{run['unanswered']:12d}"
            f"{run['stalled']:9d}"
        )
    kill = surge.get("kill")
    if kill is not None:
        lines.append(
            f"  at the kill: presses waiting for an answer {kill['waiting_at_kill']}, of them"
            f" fetched (and so confirmed) by the bot {kill['fetched_at_kill']}; the restarted"
            f" bot polled {kill['restart_s']:.2f} s after it was started"
        )
    return lines


async def main_async(plan: Plan, work: Path) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "machine": machine(),
        "python": platform.python_version(),
        "plan": {
            "people": plan.people,
            "steps": plan.steps,
            "duration": plan.duration,
            "core_steps": plan.core_steps,
            "sessions": plan.sessions,
            "mid_dialog": plan.mid_dialog,
            "repeat": plan.repeat,
            "surge": asdict(plan.surge),
        },
    }
    steps: dict[str, Callable[[], Any]] = {
        "load": lambda: load_section(plan, work),
        "core": lambda: asyncio.to_thread(core_section, plan, work),
        "memory": lambda: memory_section(plan, work),
        "cold": lambda: cold_section(plan, work),
        "surge": lambda: surge_section(plan, work),
    }
    names = {
        "load": "load",
        "core": "core",
        "memory": "memory",
        "cold": "cold_start",
        "surge": "surge",
    }
    for section in SECTIONS:
        if section in plan.sections:
            figures[names[section]] = await steps[section]()
    figures["targets"] = ratios(figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    plan = parse(argv)
    work = Path(tempfile.mkdtemp(prefix="sjogren-bench-"))
    try:
        figures = asyncio.run(main_async(plan, work))
    finally:
        if plan.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(report(figures) + "\n")
    if plan.json is not None:
        plan.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
