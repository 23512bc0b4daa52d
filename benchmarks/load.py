"""The load: simulated people pressing buttons, a fake Bot API, and a bot process measured.

The fake Bot API is the tests' one (``tests.fakes.FakeBotApi``), made cheap enough for
load: it keeps counters instead of a record of every call, serves ``getUpdates`` from a queue
woken by an ``asyncio.Event``, parses each distinct HTML text once, and keeps only a chat's
newest messages. It still refuses whatever Telegram would refuse (invalid HTML, oversized
text, bad keyboards), and every refusal is counted and reported.

The people live in the server: each reacts to the bot's next question (a ``sendMessage``
with buttons, or an ``editMessageReplyMarkup`` that ticked a box) by queueing its next
``callback_query`` at once. Each person has one press in flight, so N people keep N presses
waiting on the bot: a burst that lasts as long as the run. A press's latency runs from the
moment its update is queued to the moment the bot's next question arrives. Every loop is
bounded in count and in time; the server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import os
import signal
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from aiohttp import web

from benchmarks.procstat import cpu_seconds, memory
from benchmarks.walker import PREFERRED
from tests.fakes.html import parse_text
from tests.fakes.keyboards import check_reply_markup
from tests.fakes.people import Person
from tests.fakes.protocol import (
    JSON,
    MESSAGE_LIMIT,
    METHODS,
    ApiError,
    bad_request,
)
from tests.fakes.server import (
    FakeBotApi,
    _check_entities_param,
    _not_modified,
    _read_parameters,
)
from tests.fakes.world import StoredMessage

TOKEN = "123456789:AAHfakeTokenForBenchmarksOnly_abcdefg"
PSEUDONYM_KEY = "11" * 32
ROOT = Path(__file__).resolve().parent.parent

TICKED = "☑"
KEEP_MESSAGES = 8  # per chat: the newest few are all a person ever presses or the bot edits
UNANSWERED_AFTER = 15.0  # seconds: a press with no next question by then is counted and redone
STOP_GRACE = 15.0  # seconds to wait for the bot to exit after SIGTERM before SIGKILL


@lru_cache(maxsize=8192)
def _parsed(text: str, parse_mode: str | None, limit: int, what: str) -> tuple[str, list[JSON]]:
    """Telegram HTML parsed once per distinct text: the dialog repeats its texts."""
    return parse_text(text, parse_mode, limit=limit, what=what)


def choose(message: StoredMessage) -> str | None:
    """The callback data a simulated person presses on ``message``."""
    options: dict[str, str] = {}
    done: str | None = None
    ticked = False
    for button in message.buttons:
        data = button.get("callback_data")
        if not isinstance(data, str):
            continue
        if data.startswith("o:"):
            options.setdefault(data.rsplit(":", 1)[-1], data)
            ticked = ticked or str(button.get("text", "")).startswith(TICKED)
        elif data.startswith("d:"):
            done = data
    if done is not None and ticked:
        return done
    for option_id in PREFERRED:
        if option_id in options:
            return options[option_id]
    return next(iter(options.values()), None)


@dataclass
class Simulated:
    """One person: at most one press waiting for the bot's answer."""

    person: Person
    pressed_at: float | None = None
    steps: int = 0
    in_window: bool = False


class Crowd:
    """N people, each pressing as soon as the next question arrives, until stopped."""

    def __init__(self, server: LoadServer, count: int, *, steps_each: int | None = None) -> None:
        self.server = server
        self.steps_each = steps_each
        self.people: dict[int, Simulated] = {}
        for _ in range(count):
            person = server.person(first_name="Load")
            self.people[person.chat_id] = Simulated(person)
        self.running = False
        self.steps = 0
        self.window_open = False
        self.window_steps = 0
        self.latencies: list[float] = []
        self.kinds: collections.Counter[str] = collections.Counter()
        self.unanswered = 0
        self.finished = 0

    def begin(self, first: int = 0, count: int | None = None) -> None:
        """People send /start at once (by default everyone: the burst after a link is
        shared)."""
        self.running = True
        now = time.perf_counter()
        chosen = list(self.people.values())[first : None if count is None else first + count]
        for simulated in chosen:
            simulated.pressed_at = now
            simulated.person.send("/start")

    def open_window(self) -> None:
        self.window_open = True
        self.window_steps = 0
        self.latencies = []
        self.kinds.clear()

    def close_window(self) -> None:
        self.window_open = False

    def stop(self) -> None:
        self.running = False

    @property
    def waiting(self) -> int:
        return sum(1 for s in self.people.values() if s.pressed_at is not None)

    def question(self, chat_id: int, message: StoredMessage, kind: str) -> None:
        """The bot showed the next question in a chat (``kind``: new message or ticked box)."""
        simulated = self.people.get(chat_id)
        if simulated is None or simulated.pressed_at is None:
            return
        now = time.perf_counter()
        self.steps += 1
        simulated.steps += 1
        if self.window_open and simulated.in_window:
            self.window_steps += 1
            self.latencies.append(now - simulated.pressed_at)
            self.kinds[kind] += 1
        simulated.pressed_at = None
        if not self.running:
            return
        if self.steps_each is not None and simulated.steps >= self.steps_each:
            self.finished += 1
            return
        data = choose(message)
        if data is None:
            return
        simulated.pressed_at = time.perf_counter()
        simulated.in_window = self.window_open
        simulated.person.press_data(message, data)

    def check_unanswered(self) -> None:
        """A press the bot never answered is counted, and the person starts again."""
        now = time.perf_counter()
        for simulated in self.people.values():
            if simulated.pressed_at is not None and now - simulated.pressed_at > UNANSWERED_AFTER:
                self.unanswered += 1
                if self.running:
                    simulated.pressed_at = now
                    simulated.in_window = False
                    simulated.person.send("/start")
                else:
                    simulated.pressed_at = None


class LoadServer(FakeBotApi):
    """The tests' fake Bot API, trimmed for load: counters instead of a call log."""

    def __init__(self, *, latency: float = 0.0) -> None:
        super().__init__(token=TOKEN)
        self.latency = latency  # seconds added to every call but getUpdates: a network's RTT
        self.pending: collections.deque[JSON] = collections.deque()  # type: ignore[assignment]
        self.counts: collections.Counter[str] = collections.Counter()
        self.failures: collections.Counter[str] = collections.Counter()
        self.failure_samples: list[str] = []
        self.peers: set[object] = set()
        self.request_bytes = 0  # bodies the bot sent, getUpdates aside
        self.crowd: Crowd | None = None
        self.first_poll_at: float | None = None
        self.calls_before_first_poll = 0
        self._arrived = asyncio.Event()
        self._polled = asyncio.Event()
        self._update_counter = itertools.count(1)

    async def stop(self) -> None:
        self._closing = True
        self._arrived.set()
        await super().stop()

    async def wait_first_poll(self) -> None:
        await self._polled.wait()

    def push(self, update: JSON) -> int:
        if "update_id" not in update:
            update = {"update_id": next(self._update_counter), **update}
        self.pending.append(update)
        self._arrived.set()
        return int(update["update_id"])

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = self._route(request)
        if isinstance(method, web.Response):
            return method
        transport = request.transport
        if transport is not None:
            self.peers.add(transport.get_extra_info("peername"))
        if method != "getUpdates":
            self.request_bytes += request.content_length or 0
        if self.latency and method != "getUpdates":
            await asyncio.sleep(self.latency)
        try:
            params, files = await _read_parameters(request, METHODS[method])
            unknown = set(params) - set(METHODS[method]) - set(files)
            if unknown:
                raise bad_request(f'unknown parameter "{sorted(unknown)[0]}" for method {method}')
            result = await getattr(self, f"_m_{method}")(params, files)
        except ApiError as error:
            self.failures[method] += 1
            if len(self.failure_samples) < 10:
                self.failure_samples.append(f"{method}: {error.description}")
            return web.json_response(error.body(), status=error.code)
        self.counts[method] += 1
        return web.json_response({"ok": True, "result": result})

    async def _m_getUpdates(self, params: JSON, files: dict[str, bytes]) -> list[JSON]:
        if self.first_poll_at is None:
            self.first_poll_at = time.perf_counter()
            self.calls_before_first_poll = sum(self.counts.values())
            self._polled.set()
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        pending = self.pending
        while pending and pending[0]["update_id"] < offset:
            pending.popleft()
        deadline = time.monotonic() + timeout
        while not pending and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), remaining)
        if self._closing:
            return []
        return list(itertools.islice(pending, limit))

    async def _m_sendMessage(self, params: JSON, files: dict[str, bytes]) -> JSON:
        chat = self._target_chat(params)
        if "text" not in params:
            raise bad_request("message text is empty")
        _check_entities_param(params)
        text, entities = _parsed(
            str(params["text"]), params.get("parse_mode"), MESSAGE_LIMIT, "message"
        )
        markup = check_reply_markup(params.get("reply_markup"))
        message = self._new_bot_message(chat)
        message.text, message.html, message.entities = text, str(params["text"]), entities
        message.reply_markup = markup
        chat.messages[message.message_id] = message
        stale = message.message_id - KEEP_MESSAGES
        if stale in chat.messages:
            del chat.messages[stale]
        if markup is not None and self.crowd is not None:
            self.crowd.question(chat.id, message, "question")
        return message.to_api()

    async def _m_editMessageText(self, params: JSON, files: dict[str, bytes]) -> JSON:
        message = self._editable(params)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        if "text" not in params:
            raise bad_request("text must be non-empty")
        _check_entities_param(params)
        text, entities = _parsed(
            str(params["text"]), params.get("parse_mode"), MESSAGE_LIMIT, "message"
        )
        markup = check_reply_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise _not_modified()
        message.text, message.html, message.entities = text, str(params["text"]), entities
        message.reply_markup = markup
        message.edits += 1
        return message.to_api()

    async def _m_editMessageReplyMarkup(self, params: JSON, files: dict[str, bytes]) -> JSON:
        result: JSON = await super()._m_editMessageReplyMarkup(params, files)
        message = self._editable(params)
        if message.reply_markup is not None and self.crowd is not None:
            self.crowd.question(int(message.chat["id"]), message, "ticked")
        return result

    async def _m_answerCallbackQuery(self, params: JSON, files: dict[str, bytes]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.open_callback_queries:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self.open_callback_queries.discard(query_id)
        return True


# ---- one measured run -----------------------------------------------------------------------


@dataclass
class LoadSpec:
    """What to run and how much load to put on it."""

    label: str
    command: Sequence[str]
    data_dir: Path
    people: int
    steps: int | None = None  # measured steps (after the warm-up)
    duration: float | None = None  # or measured seconds
    warmup_steps: int = 0
    steps_each: int | None = None  # people stop after this many steps (mid-dialog)
    wave: int | None = None  # with steps_each: people start this many at a time
    time_limit: float = 300.0  # the whole run, whatever happens
    profile: Path | None = None  # py-spy's collapsed stacks of the bot during the window
    env: dict[str, str] = field(default_factory=dict)  # more environment for the bot


@dataclass
class LoadFigures:
    """What one run measured."""

    label: str
    people: int
    cold_start_s: float
    calls_before_first_poll: int
    steps: int
    seconds: float
    steps_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    cpu_ms_per_step: float
    bot_cpu_share: float  # of one core, during the measured window
    generator_cpu_share: float
    calls_per_step: float
    request_bytes_per_step: float
    calls: dict[str, int] = field(default_factory=dict)
    rss_mib: float = 0.0
    peak_rss_mib: float = 0.0
    connections: int = 0
    refused_calls: int = 0
    refusals: list[str] = field(default_factory=list)
    unanswered: int = 0
    ticked_steps: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def bot_env(data_dir: Path, api_url: str) -> dict[str, str]:
    """The bot's environment: the fake server, a temporary data directory, no rate limiter."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "WEBHOOK_", "BOT_", "PTB_"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api_url,
        BOT_DATA_DIR=str(data_dir),
        BOT_PSEUDONYM_KEY=PSEUDONYM_KEY,
        BOT_RATE_LIMIT="off",
        PTB_TIMEDELTA="true",
        PYTHONUNBUFFERED="1",
    )
    return env


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


class BotFailed(RuntimeError):
    """The bot process exited or did not start; the message ends with its log's tail."""


async def _until(
    condition: Callable[[], bool],
    process: asyncio.subprocess.Process,
    deadline: float,
    log: Path,
    *,
    every: float = 0.05,
    on_tick: Callable[[], None] | None = None,
) -> None:
    ticks = 0
    while not condition():
        if process.returncode is not None:
            raise BotFailed(f"the bot exited with status {process.returncode}\n{_tail(log)}")
        if time.monotonic() > deadline:
            raise BotFailed(f"time limit reached\n{_tail(log)}")
        await asyncio.sleep(every)
        ticks += 1
        if on_tick is not None and ticks % max(1, round(1 / every)) == 0:
            on_tick()


def _tail(log: Path, lines: int = 15) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


async def stop_process(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), STOP_GRACE)
    except TimeoutError:
        process.kill()
        await process.wait()


async def run_load(spec: LoadSpec) -> LoadFigures:
    """Start the bot against a fresh fake server, put the load on, measure, stop it."""
    deadline = time.monotonic() + spec.time_limit
    server = LoadServer()
    await server.start()
    spec.data_dir.mkdir(parents=True, exist_ok=True)
    log = spec.data_dir / f"{spec.label}.log"
    try:
        with log.open("wb") as output:
            started = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                *spec.command,
                cwd=spec.data_dir,
                env={**bot_env(spec.data_dir, server.root_url), **spec.env},
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output,
                stderr=output,
            )
        try:
            return await _measure(spec, server, process, started, deadline, log)
        finally:
            await stop_process(process)
    finally:
        await server.stop()


async def _measure(
    spec: LoadSpec,
    server: LoadServer,
    process: asyncio.subprocess.Process,
    started: float,
    deadline: float,
    log: Path,
) -> LoadFigures:
    await _until(lambda: server.first_poll_at is not None, process, deadline, log)
    assert server.first_poll_at is not None
    cold_start = server.first_poll_at - started
    crowd = Crowd(server, spec.people, steps_each=spec.steps_each)
    server.crowd = crowd
    if spec.wave is None or spec.steps_each is None:
        crowd.begin()
    else:
        # One wave after the other, each one at once: what stays in memory per chat, apart
        # from what a burst of people all waiting at the same moment takes.
        wave = spec.wave

        def wave_done(end: int) -> Callable[[], bool]:
            return lambda: crowd.finished >= end

        for first in range(0, spec.people, wave):
            crowd.begin(first, wave)
            await _until(
                wave_done(min(spec.people, first + wave)),
                process,
                deadline,
                log,
                on_tick=crowd.check_unanswered,
            )
    if spec.steps_each is None:
        await _until(
            lambda: crowd.steps >= spec.warmup_steps,
            process,
            deadline,
            log,
            on_tick=crowd.check_unanswered,
        )
    crowd.open_window()
    profiler = await _start_profiler(spec.profile, process.pid)
    counts_before = collections.Counter(server.counts)
    bytes_before = server.request_bytes
    cpu_before, own_before = cpu_seconds(process.pid), cpu_seconds()
    window_start = time.perf_counter()
    for simulated in crowd.people.values():
        simulated.in_window = spec.steps_each is not None or simulated.in_window

    def finished() -> bool:
        if spec.steps_each is not None:
            return crowd.finished >= len(crowd.people)
        if spec.steps is not None and crowd.window_steps >= spec.steps:
            return True
        return spec.duration is not None and time.perf_counter() - window_start >= spec.duration

    await _until(finished, process, deadline, log, on_tick=crowd.check_unanswered)
    seconds = time.perf_counter() - window_start
    cpu_after, own_after = cpu_seconds(process.pid), cpu_seconds()
    crowd.close_window()
    crowd.stop()
    if profiler is not None:
        profiler.send_signal(signal.SIGINT)
        await asyncio.wait_for(profiler.wait(), 30)
    counts = server.counts - counts_before
    sent_bytes = server.request_bytes - bytes_before
    counts.pop("getUpdates", None)
    if spec.steps_each is not None:
        await asyncio.sleep(0.5)  # let the last answers settle before reading memory
    rss = memory(process.pid)
    steps = crowd.window_steps
    latencies = crowd.latencies
    refusals = sum(server.failures.values())
    return LoadFigures(
        label=spec.label,
        people=spec.people,
        cold_start_s=cold_start,
        calls_before_first_poll=server.calls_before_first_poll,
        steps=steps,
        seconds=seconds,
        steps_per_s=steps / seconds if seconds else 0.0,
        p50_ms=percentile(latencies, 0.50) * 1000,
        p90_ms=percentile(latencies, 0.90) * 1000,
        p99_ms=percentile(latencies, 0.99) * 1000,
        max_ms=max(latencies, default=0.0) * 1000,
        cpu_ms_per_step=(cpu_after - cpu_before) * 1000 / steps if steps else 0.0,
        bot_cpu_share=(cpu_after - cpu_before) / seconds if seconds else 0.0,
        generator_cpu_share=(own_after - own_before) / seconds if seconds else 0.0,
        calls_per_step=sum(counts.values()) / steps if steps else 0.0,
        request_bytes_per_step=sent_bytes / steps if steps else 0.0,
        calls=dict(sorted(counts.items())),
        rss_mib=rss.rss_mib,
        peak_rss_mib=rss.peak_mib,
        connections=len(server.peers),
        refused_calls=refusals,
        refusals=list(server.failure_samples),
        unanswered=crowd.unanswered,
        ticked_steps=crowd.kinds["ticked"],
    )


async def _start_profiler(output: Path | None, pid: int) -> asyncio.subprocess.Process | None:
    """py-spy attached to the bot (``pip install py-spy``): where its CPU time goes."""
    if output is None:
        return None
    py_spy = Path(sys.executable).with_name("py-spy")
    return await asyncio.create_subprocess_exec(
        str(py_spy if py_spy.exists() else "py-spy"),
        "record",
        "--pid",
        str(pid),
        "--format",
        "raw",
        "--output",
        str(output),
        "--rate",
        "250",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


def product_command() -> list[str]:
    """``sjogren-bot telegram``, from this interpreter."""
    return [sys.executable, "-m", "bot", "telegram"]


def floor_command(transport: str) -> list[str]:
    """The bare python-telegram-bot bot, with ``httpx`` (PTB's default) or ``aiohttp``."""
    return [sys.executable, str(ROOT / "benchmarks" / "floor_bot.py"), "--transport", transport]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0
