"""``make bench`` in its smallest form: every section runs and reports every figure.

Timings are not checked (they belong to the benchmark's report, not to a test); what is
checked is that each figure is there, that the load really went through the bot (steps were
answered, no request was refused, no press went unanswered) and that the report names every
target. The surge runs with four people over five seconds (``--quick``), with its kill -9.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOAD_FIGURES = (
    "steps_per_s",
    "p50_ms",
    "p99_ms",
    "cpu_ms_per_step",
    "calls_per_step",
    "peak_rss_mib",
    "cold_start_s",
)
TARGETS = (
    "cpu_vs_floor_aiohttp",
    "cpu_vs_floor_httpx",
    "p99_vs_floor_aiohttp",
    "core_p99_ms",
    "rss_growth_mib",
    "cold_start_s",
    "surge_first_p99_s",
    "surge_next_p99_s",
    "surge_emergency_max_s",
    "surge_calls_per_answer",
    "surge_429_percent",
    "surge_kill_unanswered",
)
SURGE_FIGURES = (
    "cold_start_s",
    "presses",
    "first_p50_s",
    "first_p99_s",
    "next_p50_s",
    "next_p99_s",
    "limited_calls",
    "limited_calls_per_answer",
)


def test_a_quick_benchmark_reports_every_figure(tmp_path: Path) -> None:
    report = tmp_path / "bench.json"
    finished = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--people",
            "4",
            "--steps",
            "40",
            "--core-steps",
            "300",
            "--sessions",
            "100",
            "--mid-dialog",
            "20",
            "--json",
            str(report),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    figures = json.loads(report.read_text())

    for label in ("floor_httpx", "floor_aiohttp", "product"):
        run = figures["load"][label]
        assert run["steps"] >= 40, (label, run)
        assert all(run[name] > 0 for name in LOAD_FIGURES), (label, run)
        assert run["refused_calls"] == 0, (label, run["refusals"])
        assert run["unanswered"] == 0, (label, run)
    product_calls = figures["load"]["product"]["calls"]
    assert {"answerCallbackQuery", "editMessageText", "sendMessage"} <= set(product_calls)

    core = figures["core"]
    assert core["steps"] == 300
    assert core["core_p50_ms"] > 0 and core["core_p99_ms"] >= core["core_p50_ms"]

    memory = figures["memory"]
    assert memory["stored"]["seeded"]["sessions"] == 100
    for part in ("fresh", "stored", "mid_dialog", "mid_dialog_waves"):
        assert memory[part]["rss_mib"] > 0, part
    assert isinstance(memory["growth_mib"], float)

    cold = figures["cold_start"]
    assert cold["product_median_s"] > 0 and cold["floor_aiohttp_median_s"] > 0
    assert cold["calls_before_first_poll"] >= 1

    surge = figures["surge"]
    for label in ("steady", "kill"):
        run = surge[label]
        assert all(run[name] > 0 for name in SURGE_FIGURES), (label, run)
        assert run["refused_calls"] == 0, (label, run["refusals"])
        for name in ("flood_refused", "unanswered", "unacknowledged", "stalled"):
            assert isinstance(run[name], int), (label, name)
    assert surge["steady"]["unanswered"] == 0, surge["steady"]
    assert surge["steady"]["emergency_screens"] == 1, surge["steady"]
    assert surge["kill"]["killed_at_s"] > 0 and surge["kill"]["restart_s"] > 0

    assert set(figures["targets"]) == set(TARGETS)
    assert figures["machine"]["nproc"] and figures["python"]
    for name in TARGETS:
        assert name in finished.stdout
