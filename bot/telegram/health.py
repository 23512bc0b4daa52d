"""Health and metrics for whoever runs the bot: ``/healthz``, ``/readyz`` and ``/metrics``.

With ``HEALTH_PORT`` set, a small HTTP server on ``HEALTH_LISTEN`` (127.0.0.1 by default)
answers:

- ``/healthz``: 200 while the process and its event loop are alive;
- ``/readyz``: 200 when the Bot API answered at start-up, updates are flowing (the last long
  poll ended less than ``STALE_AFTER`` seconds ago, or the webhook is registered) and the
  sender is not halted; else 503 with the reason;
- ``/metrics``: Prometheus's text format (prometheus-client): updates by kind, errors by place,
  results by level, emergency and crisis screens shown, Bot API call latency and 429s, and the
  depth of the inbox and the outbox. No label ever names a person or a chat.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from dialogs.model import ScreenKind
from dialogs.state import Step

STALE_AFTER = 120.0  # seconds without a finished long poll before the bot is not ready


@dataclass
class Metrics:
    """The bot's metrics, in a registry of its own."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.updates = Counter(
            "sjogren_bot_updates", "Updates handled, by kind.", ["kind"], registry=r
        )
        self.errors = Counter(
            "sjogren_bot_errors", "Errors, by where they happened.", ["where"], registry=r
        )
        self.results = Counter(
            "sjogren_bot_results", "Result screens shown, by level.", ["level"], registry=r
        )
        self.safety_screens = Counter(
            "sjogren_bot_safety_screens",
            "Emergency and crisis screens shown.",
            ["screen"],
            registry=r,
        )
        self.api_seconds = Histogram(
            "sjogren_bot_bot_api_seconds",
            "Bot API calls made by the sender, by method.",
            ["method"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=r,
        )
        self.flood_limited = Counter(
            "sjogren_bot_flood_limited", "429 answers from the Bot API.", registry=r
        )
        self.inbox_depth = Gauge(
            "sjogren_bot_inbox_depth", "Updates received and not yet handled.", registry=r
        )
        self.outbox_depth = Gauge(
            "sjogren_bot_outbox_depth", "Replies waiting to be sent.", registry=r
        )

    def step(self, step: Step) -> None:
        """Count what a step showed: a result by its level, emergency and crisis screens."""
        kinds = {screen.kind for screen in step.screens}
        if ScreenKind.RESULT in kinds:
            first = next(s for s in step.screens if s.kind is ScreenKind.RESULT)
            if first.triage is not None:
                self.results.labels(level=first.triage.value).inc()
        if ScreenKind.EMERGENCY in kinds:
            self.safety_screens.labels(screen="emergency").inc()
        if ScreenKind.CRISIS in kinds:
            self.safety_screens.labels(screen="crisis").inc()

    def depths(self, inbox: Callable[[], int], outbox: Callable[[], int]) -> None:
        self.inbox_depth.set_function(inbox)
        self.outbox_depth.set_function(outbox)


@dataclass
class Readiness:
    """What ``/readyz`` asks: set by the bot as it starts and runs."""

    api_answered: bool = False
    webhook: bool = False
    last_poll: float | None = None
    halted: Callable[[], str | None] = lambda: None

    def polled(self) -> None:
        self.last_poll = time.monotonic()

    def problem(self) -> str | None:
        """Why the bot is not ready; None when it is."""
        if not self.api_answered:
            return "the Bot API has not answered yet"
        reason = self.halted()
        if reason is not None:
            return reason
        if self.webhook:
            return None
        if self.last_poll is None or time.monotonic() - self.last_poll > STALE_AFTER:
            return "no updates fetched recently"
        return None


class CannotListen(Exception):
    """A port the bot was told to serve on cannot be used; the message says why, in one line."""


async def listen_on(runner: web.AppRunner, listen: str, port: int, setting: str) -> None:
    """Serve ``runner`` on ``listen``:``port``, or ``CannotListen`` naming ``setting``."""
    try:
        await web.TCPSite(runner, listen, port).start()
    except OSError as error:
        await runner.cleanup()
        reason = error.strerror or str(error)
        raise CannotListen(f"{setting} {port} on {listen} cannot be used: {reason}") from None


async def serve_health(
    metrics: Metrics, readiness: Readiness, *, listen: str, port: int
) -> web.AppRunner:
    """Start the health server; the runner to clean up at the stop."""

    async def healthz(_: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(_: web.Request) -> web.Response:
        problem = readiness.problem()
        if problem is None:
            return web.Response(text="ready\n")
        return web.Response(status=503, text=f"not ready: {problem}\n")

    async def scrape(_: web.Request) -> web.Response:
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", scrape)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    await listen_on(runner, listen, port, "HEALTH_PORT")
    return runner
