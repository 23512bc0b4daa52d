"""The surge: a support group shares the bot's link, people arrive, and Telegram sets the pace.

The bot runs as an operator runs it (``python -m bot telegram``, its rate limiter on) against
the benchmark's fake Bot API, which here enforces Telegram's flood limit: about 30 sends and
edits a second across all chats, then ``429 Too Many Requests`` with ``retry_after``
(``tests/fakes/flood.py``); answering a callback query and fetching updates are not limited.

N people arrive at random moments over the first seconds; each sends /start, then answers
every question after a think time drawn uniformly from a range (each person has a seeded
random stream, so a run is repeatable up to the bot's own timing). They press what
``benchmarks.load.choose`` presses: "None of these" on the emergency check, one box then Done
in multi-select questions. A few of them, arriving at random moments over the whole surge,
tap an emergency group instead and stop at the emergency screen. Nobody taps again while a
press waits: a press the bot never answers leaves that person waiting to the end. After the
surge nobody presses any more (an emergency tap excepted) and the bot gets a drain period to
answer what is still waiting; then the run ends only once the bot has made no limited call for
a while (``SETTLE``), so that the "answered" marks it sends when quiet are counted too.

Optionally the bot is killed (SIGKILL) in the middle and started again on the same data
directory; the presses sent meanwhile wait in the fake server, as Telegram keeps them. The kill
waits (a few seconds at most) for a moment when the bot holds at least one press it has
fetched, and so confirmed to Telegram, but not yet answered: a kill between two presses
would prove nothing.

Every wait is bounded in time, the server listens on 127.0.0.1 only, and the figures are
counts and timings: nothing a simulated person "said" is logged.
"""

from __future__ import annotations

import asyncio
import collections
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.load import (
    BotFailed,
    LoadServer,
    _tail,
    bot_env,
    choose,
    percentile,
    product_command,
    stop_process,
)
from dialogs.safety_questions import EMERGENCY_GROUPS
from tests.fakes.flood import FloodControl, FloodLimit
from tests.fakes.people import Person
from tests.fakes.protocol import JSON
from tests.fakes.world import StoredMessage, _as_int

TICK = 0.02  # seconds between checks while waiting
EMERGENCY_SCREEN_OPTION = "mistake"  # the emergency screen's "I tapped this by mistake"
START_TIME_LIMIT = 60.0  # seconds for the bot to start polling
SETTLE = 3.0  # seconds without a send or edit that end a run (marks go after 1 s of quiet)
SETTLE_MAX = 15.0  # at most this long after the last answer
KILL_WAIT = 5.0  # seconds the kill may wait for the bot to hold a press it fetched


@dataclass(frozen=True)
class SurgeSpec:
    """One surge: how many people, how fast they come and answer, and whether to kill -9."""

    label: str
    data_dir: Path
    people: int = 200
    arrival: float = 20.0  # seconds over which the people arrive
    duration: float = 60.0  # seconds after which nobody presses any more
    think: tuple[float, float] = (4.0, 12.0)  # seconds before each answer, uniform
    emergencies: int = 5  # people who tap an emergency group instead of "None of these"
    drain: float = 30.0  # seconds after the surge for the answers still waiting
    seed: int = 6
    kill_at: float | None = None  # seconds into the surge: SIGKILL, then a restart
    down_for: float = 3.0  # seconds between the kill and the restart
    flood: FloodLimit = field(default_factory=FloodLimit)
    command: Sequence[str] = field(default_factory=product_command)


@dataclass
class SurgeFigures:
    """What one surge measured (seconds unless named otherwise)."""

    label: str
    people: int
    emergencies: int
    killed_at_s: float | None
    waiting_at_kill: int | None  # presses waiting for an answer when the bot was killed
    fetched_at_kill: int | None  # of which the bot had fetched and confirmed
    cold_start_s: float
    restart_s: float | None  # from the restart to the bot's first getUpdates
    presses: int  # /start and button presses sent
    ticks: int  # presses answered by a ticked box rather than a new question
    first_p50_s: float
    first_p99_s: float
    next_p50_s: float
    next_p90_s: float
    next_p99_s: float
    next_max_s: float
    emergency_screens: int
    emergency_max_s: float  # infinite if an emergency tap was never answered
    limited_calls: int  # sends and edits Telegram let through
    limited_calls_per_answer: float
    flood_refused: int  # limited calls answered 429
    flood_refused_percent: float  # of all limited calls attempted
    unanswered: int  # presses with no next question by the end
    unacknowledged: int  # button presses whose callback query was never answered
    stalled: int  # people whose last press got no next question
    refused_calls: int = 0  # refusals other than the flood limit (bad requests)
    refusals: list[str] = field(default_factory=list)
    calls: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0  # from the first arrival to the end of the drain

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---- the people ----------------------------------------------------------------------------


@dataclass
class Visitor:
    """One person of the surge: the question shown last, and at most one press waiting."""

    person: Person
    arrives_at: float  # seconds after the surge starts
    rng: random.Random
    emergency: str | None = None  # the group this person taps on the emergency check
    shown: StoredMessage | None = None  # the newest message with buttons
    pressed_at: float | None = None  # a press waiting for the bot's answer
    pressing: str = ""  # "start", "answer" or "emergency"
    update_id: int = 0  # the waiting press's update
    finished: bool = False  # left: the emergency screen, or the surge is over


def is_emergency_screen(message: StoredMessage) -> bool:
    return any(
        str(button.get("callback_data", "")).endswith(f":{EMERGENCY_SCREEN_OPTION}")
        for button in message.buttons
    )


def emergency_choice(message: StoredMessage, group: str) -> str | None:
    """The callback data of ``group`` on the emergency check, if ``message`` is it."""
    for button in message.buttons:
        data = str(button.get("callback_data", ""))
        if data.startswith("o:") and data.rsplit(":", 1)[-1] == group:
            return data
    return None


class Surge:
    """The people of one surge, driven by timers on the event loop; the server calls
    ``shown`` whenever the bot shows a question (a message with buttons, or a ticked box)."""

    def __init__(self, server: SurgeServer, spec: SurgeSpec) -> None:
        self.server = server
        self.spec = spec
        self.visitors: dict[int, Visitor] = {}
        self.started_at = 0.0
        self.pressing = False
        self.presses = 0
        self.ticks = 0
        self.first: list[float] = []
        self.next: list[float] = []
        self.emergency: list[float] = []
        self.query_ids: list[str] = []
        self._timers: list[asyncio.TimerHandle] = []
        self._populate()

    def _populate(self) -> None:
        spec = self.spec
        master = random.Random(spec.seed)
        emergencies = set(master.sample(range(spec.people), min(spec.emergencies, spec.people)))
        latest_emergency = max(spec.arrival, spec.duration - spec.think[1] - 1)
        for index in range(spec.people):
            rng = random.Random(f"{spec.seed}:{index}")
            person = self.server.person(first_name="Surge")
            if index in emergencies:
                arrives = rng.uniform(0, latest_emergency)
                group = rng.choice(EMERGENCY_GROUPS)
            else:
                arrives, group = rng.uniform(0, spec.arrival), None
            self.visitors[person.chat_id] = Visitor(person, arrives, rng, group)

    # ---- the run ---------------------------------------------------------------------------

    def start(self) -> None:
        """Everyone's arrival is scheduled from now on."""
        loop = asyncio.get_running_loop()
        self.started_at = time.perf_counter()
        self.pressing = True
        for visitor in self.visitors.values():
            self._timers.append(loop.call_later(visitor.arrives_at, self._arrive, visitor))

    def stop_pressing(self) -> None:
        """The surge is over: nobody presses any more (an emergency tap excepted)."""
        self.pressing = False

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started_at

    @property
    def waiting(self) -> list[Visitor]:
        return [v for v in self.visitors.values() if v.pressed_at is not None]

    def fetched(self) -> int:
        """Waiting presses the bot has fetched and confirmed: Telegram no longer holds them."""
        held = {int(update["update_id"]) for update in self.server.pending}
        return sum(1 for visitor in self.waiting if visitor.update_id not in held)

    def _arrive(self, visitor: Visitor) -> None:
        if not self.pressing:
            return
        self._pressed(visitor, "start", visitor.person.send("/start"))

    def _pressed(self, visitor: Visitor, kind: str, update_id: int) -> None:
        visitor.pressed_at = time.perf_counter()
        visitor.pressing = kind
        visitor.update_id = update_id
        self.presses += 1

    # ---- the bot's answers -----------------------------------------------------------------

    def shown(self, chat_id: int, message: StoredMessage, *, ticked: bool) -> None:
        """The bot showed a question in a chat: a new message with buttons, or a tick."""
        visitor = self.visitors.get(chat_id)
        if visitor is None or visitor.finished:
            return
        visitor.shown = message
        if visitor.pressed_at is None:
            return  # a second message with buttons in the same step: the person reads it
        latency = time.perf_counter() - visitor.pressed_at
        if visitor.pressing == "emergency":
            if is_emergency_screen(message):
                self.emergency.append(latency)
                visitor.pressed_at = None
                visitor.finished = True
            return
        (self.first if visitor.pressing == "start" else self.next).append(latency)
        self.ticks += int(ticked)
        visitor.pressed_at = None
        self._think(visitor)

    def _think(self, visitor: Visitor) -> None:
        if not self.pressing and visitor.emergency is None:
            return
        delay = visitor.rng.uniform(*self.spec.think)
        self._timers.append(asyncio.get_running_loop().call_later(delay, self._press, visitor))

    def _press(self, visitor: Visitor) -> None:
        message = visitor.shown
        if visitor.finished or visitor.pressed_at is not None or message is None:
            return
        group = visitor.emergency and emergency_choice(message, visitor.emergency)
        if not self.pressing and not group:
            visitor.finished = True
            return
        data = group or choose(message)
        if data is None:
            visitor.finished = True
            return
        update_id = visitor.person.press_data(message, data)
        self._pressed(visitor, "emergency" if group else "answer", update_id)
        self.query_ids.append(str(self.server.pending[-1]["callback_query"]["id"]))  # just queued


# ---- the fake Bot API with the flood limit -------------------------------------------------


class SurgeServer(LoadServer):
    """The load's fake Bot API with Telegram's flood limit, telling the surge what it shows."""

    def __init__(self, flood: FloodLimit) -> None:
        super().__init__()
        self.flood_control = FloodControl(flood)
        self.flood = self.flood_control  # the same buckets; this server checks them per method
        self.surge: Surge | None = None
        self.polls = 0  # getUpdates calls received
        self.answered_queries: set[str] = set()
        self.last_limited = 0.0  # perf_counter of the latest send or edit

    def _admit(self, method: str, params: JSON) -> None:
        self.last_limited = time.perf_counter()
        self.flood_control.admit(method, _as_int(params.get("chat_id")))

    async def _m_getUpdates(self, params: JSON, files: dict[str, bytes]) -> list[JSON]:
        self.polls += 1
        return await super()._m_getUpdates(params, files)

    async def _m_sendMessage(self, params: JSON, files: dict[str, bytes]) -> JSON:
        self._admit("sendMessage", params)
        result = await super()._m_sendMessage(params, files)
        if "reply_markup" in result:
            self._show(result, ticked=False)
        return result

    async def _m_sendPhoto(self, params: JSON, files: dict[str, bytes]) -> JSON:
        self._admit("sendPhoto", params)
        result: JSON = await super()._m_sendPhoto(params, files)
        return result

    async def _m_editMessageText(self, params: JSON, files: dict[str, bytes]) -> JSON:
        self._admit("editMessageText", params)
        return await super()._m_editMessageText(params, files)

    async def _m_editMessageReplyMarkup(self, params: JSON, files: dict[str, bytes]) -> JSON:
        self._admit("editMessageReplyMarkup", params)
        result = await super()._m_editMessageReplyMarkup(params, files)
        if "reply_markup" in result:
            self._show(result, ticked=True)
        return result

    async def _m_answerCallbackQuery(self, params: JSON, files: dict[str, bytes]) -> bool:
        answered = await super()._m_answerCallbackQuery(params, files)
        self.answered_queries.add(str(params.get("callback_query_id", "")))
        return answered

    def _show(self, result: JSON, *, ticked: bool) -> None:
        if self.surge is None:
            return
        chat = self.chats[int(result["chat"]["id"])]
        message = chat.messages.get(int(result["message_id"]))
        if message is not None:
            self.surge.shown(chat.id, message, ticked=ticked)


# ---- one run -------------------------------------------------------------------------------


def surge_env(data_dir: Path, api_url: str) -> dict[str, str]:
    """The load's environment, with the bot's rate limiter on, as an operator runs it."""
    env = bot_env(data_dir, api_url)
    env.pop("BOT_RATE_LIMIT", None)
    return env


class BotProcess:
    """The bot as its own process: started, killed and started again on one data directory."""

    def __init__(self, spec: SurgeSpec, server: SurgeServer) -> None:
        self.spec = spec
        self.server = server
        self.log = spec.data_dir / f"{spec.label}.log"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> float:
        """Start the bot; the seconds until its first getUpdates."""
        polls_before = self.server.polls
        started = time.perf_counter()
        with self.log.open("ab") as output:
            self.process = await asyncio.create_subprocess_exec(
                *self.spec.command,
                cwd=self.spec.data_dir,
                env=surge_env(self.spec.data_dir, self.server.root_url),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output,
                stderr=output,
            )
        await self.wait(lambda: self.server.polls > polls_before, started + START_TIME_LIMIT)
        if self.server.polls <= polls_before:
            raise BotFailed(f"the bot did not poll in {START_TIME_LIMIT:.0f} s\n{self.tail()}")
        return time.perf_counter() - started

    async def kill(self) -> None:
        """SIGKILL: no shutdown, nothing flushed, as when the machine or the OOM killer stops it."""
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None:
            await stop_process(self.process)

    async def wait(self, condition: Callable[[], bool], until: float) -> None:
        """Until ``condition()`` holds or ``until`` (perf_counter) passes; fails if the bot
        exits."""
        while not condition() and time.perf_counter() < until:
            if self.process is None or self.process.returncode is not None:
                status = self.process.returncode if self.process is not None else None
                raise BotFailed(f"the bot exited with status {status}\n{self.tail()}")
            await asyncio.sleep(TICK)

    def tail(self) -> str:
        return _tail(self.log)


async def run_surge(spec: SurgeSpec) -> SurgeFigures:
    """Start the bot, bring the surge, kill and restart it if asked, measure, stop it."""
    server = SurgeServer(spec.flood)
    await server.start()
    spec.data_dir.mkdir(parents=True, exist_ok=True)
    bot = BotProcess(spec, server)
    try:
        cold_start = await bot.start()
        surge = Surge(server, spec)
        server.surge = surge
        surge.start()
        try:
            restart = await _through_the_surge(spec, server, surge, bot)
        finally:
            surge.cancel()
        return _figures(spec, server, surge, cold_start, restart)
    finally:
        await bot.stop()
        await server.stop()


@dataclass(frozen=True)
class Restart:
    """What a kill -9 left behind, and how long the restart took to poll again."""

    at: float  # seconds into the surge
    waiting: int  # presses waiting for an answer at the kill
    fetched: int  # of which the bot had fetched and confirmed (Telegram no longer holds them)
    seconds: float  # from the restart to the first getUpdates


async def _through_the_surge(
    spec: SurgeSpec, server: SurgeServer, surge: Surge, bot: BotProcess
) -> Restart | None:
    """The surge, the kill and restart if asked, then the drain."""
    start = surge.started_at
    restart: Restart | None = None
    if spec.kill_at is not None and spec.kill_at < spec.duration:
        await bot.wait(lambda: False, start + spec.kill_at)
        latest = start + min(spec.kill_at + KILL_WAIT, spec.duration)
        await bot.wait(lambda: surge.fetched() > 0, latest)
        restart = await _kill_and_restart(spec, surge, bot)
    await bot.wait(lambda: False, start + spec.duration)
    surge.stop_pressing()
    await bot.wait(lambda: not surge.waiting, start + spec.duration + spec.drain)
    settled = time.perf_counter() + SETTLE_MAX
    await bot.wait(lambda: time.perf_counter() - server.last_limited >= SETTLE, settled)
    return restart


async def _kill_and_restart(spec: SurgeSpec, surge: Surge, bot: BotProcess) -> Restart:
    at = surge.elapsed
    await bot.kill()
    waiting, fetched = len(surge.waiting), surge.fetched()
    await asyncio.sleep(spec.down_for)
    seconds = await bot.start()
    return Restart(at, waiting, fetched, seconds)


def _figures(
    spec: SurgeSpec,
    server: SurgeServer,
    surge: Surge,
    cold_start: float,
    restart: Restart | None,
) -> SurgeFigures:
    flood = server.flood_control
    accepted, refused = flood.accepted_calls, flood.refused_calls
    waiting = surge.waiting
    emergency_unanswered = any(v.pressing == "emergency" for v in waiting)
    emergency_max = max(surge.emergency, default=0.0)
    other_refusals = sum(server.failures.values()) - refused
    calls = collections.Counter(server.counts)
    calls.pop("getUpdates", None)
    return SurgeFigures(
        label=spec.label,
        people=spec.people,
        emergencies=min(spec.emergencies, spec.people),
        killed_at_s=restart.at if restart else None,
        waiting_at_kill=restart.waiting if restart else None,
        fetched_at_kill=restart.fetched if restart else None,
        cold_start_s=cold_start,
        restart_s=restart.seconds if restart else None,
        presses=surge.presses,
        ticks=surge.ticks,
        first_p50_s=percentile(surge.first, 0.50),
        first_p99_s=percentile(surge.first, 0.99),
        next_p50_s=percentile(surge.next, 0.50),
        next_p90_s=percentile(surge.next, 0.90),
        next_p99_s=percentile(surge.next, 0.99),
        next_max_s=max(surge.next, default=0.0),
        emergency_screens=len(surge.emergency),
        emergency_max_s=float("inf") if emergency_unanswered else emergency_max,
        limited_calls=accepted,
        limited_calls_per_answer=accepted / surge.presses if surge.presses else 0.0,
        flood_refused=refused,
        flood_refused_percent=100 * refused / max(1, accepted + refused),
        unanswered=len(waiting),
        unacknowledged=sum(1 for q in surge.query_ids if q not in server.answered_queries),
        stalled=len(waiting),
        refused_calls=other_refusals,
        refusals=[s for s in server.failure_samples if "Too Many Requests" not in s],
        calls=dict(sorted(calls.items())),
        seconds=surge.elapsed,
    )
