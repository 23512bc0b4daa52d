"""The one sender: every call Telegram limits goes out from here, in priority order, at
Telegram's pace, and nothing owed is lost.

Letters (``storage.outbox``) are stored before they are handed over, and deleted once sent;
at start-up the ones left are sent first. The sender keeps to ``BOT_SEND_RATE`` calls a second
across all chats and about one a second within a chat (after a short burst), one call in
flight per chat so that a chat's messages arrive in order. When more is owed than the pace
allows, it sends safety screens first, then the next screen of whoever has waited longest,
and marks old questions answered only when there is room to spare (such a mark is dropped
when it has waited too long: the question then keeps its buttons, and a press on one is
answered with the question that is open now).

A flood-limit answer (429) holds back the chat it was for; two chats held back within a
second mean a limit for the whole bot, and everyone waits. A network failure is retried with
a growing pause; a chat that blocked the bot loses its letters; a rejected token is fatal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from telegram import InputFile
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)

from bot.telegram.health import Metrics
from bot.telegram.letters import QR_PHOTO
from bot.telegram.sending import log_failure, retry_seconds
from storage.outbox import Letter, Outbox, Priority

log = logging.getLogger("bot.telegram")

MAX_IN_FLIGHT = 16
CHAT_RATE = 1.0  # calls a second within one chat, after its burst
CHAT_BURST = 5
COSMETIC_MAX_AGE = 5.0  # seconds an "answered" mark may wait before it is dropped
QUIET_SECONDS = 1.0  # marks go out once no reply has been sent for this long (with a limit)
GIVE_UP_AFTER = 8  # network failures in a row for one letter (about a minute and a half)
# An emergency or crisis screen is tried for much longer (about an hour at 30 s apart): a
# person in danger may be on a bad connection, and nothing else they are owed matters more.
SAFETY_GIVE_UP_AFTER = 130
GLOBAL_WINDOW = 1.0
MARKED_REMEMBERED = 10_000  # two chats held back within this many seconds: a limit for everyone


class Bucket:
    """A token bucket: ``rate`` tokens a second, at most ``capacity`` saved up."""

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def level(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return self.tokens

    def take(self, now: float) -> None:
        self.level(now)
        self.tokens -= 1

    def ready_in(self, now: float, need: float = 1.0) -> float:
        """Seconds until ``need`` tokens are saved up."""
        missing = need - self.level(now)
        return 0.0 if missing <= 0 else missing / self.rate


@dataclass
class _Chat:
    bucket: Bucket | None
    queue: deque[Letter] = field(default_factory=deque)  # in order, cosmetic ones aside
    marks: dict[str, Letter] = field(default_factory=dict)  # cosmetic, by merge key
    held_until: float = 0.0
    busy: bool = False


@dataclass
class Counts:
    sent: int = 0
    flood_limited: int = 0
    dropped: int = 0
    failed: int = 0


class Delivery:
    """Sends the letters owed to every chat (see the module's docstring)."""

    def __init__(
        self,
        bot: Any,
        outbox: Outbox,
        *,
        rate: float | None,
        on_fatal: Callable[[str], None],
        qr: Callable[[str], bytes],
        clock: Callable[[], float] = time.monotonic,
        metrics: Metrics | None = None,
    ) -> None:
        self.bot = bot
        self.outbox = outbox
        self.rate = rate
        self.on_fatal = on_fatal
        self.qr = qr
        self.clock = clock
        now = clock()
        self._global = Bucket(rate, max(1.0, rate / 3), now) if rate else None
        # Marks go out only when the bot is quiet: the bucket full and no reply sent for
        # QUIET_SECONDS. Under a surge they wait, then lapse: an answer costs one call.
        self._reserve = max(1.0, rate / 3) if rate else 0.0
        self._last_reply = float("-inf")
        self._global_hold = 0.0
        self._last_limit: tuple[float, int] | None = None
        self._chats: dict[int, _Chat] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._failures: dict[int, int] = {}
        self._wake = asyncio.Event()
        self._closing = False
        # Old questions already marked (their buttons gone): a second press on one needs no
        # second edit, which Telegram would refuse as "not modified".
        self._marked: OrderedDict[tuple[int, str | None], None] = OrderedDict()
        self._idle = asyncio.Event()
        self._idle.set()
        self.counts = Counts()
        self.metrics = metrics or Metrics()
        # Seconds before the next try after ``n`` network failures in a row.
        self.retry_pause: Callable[[int], float] = lambda n: min(30.0, 0.25 * 2**n)

    # ---- handing letters over ------------------------------------------------------------

    def send(self, letters: Iterable[Letter]) -> None:
        """Store letters (their own transaction) and send them."""
        letters = list(letters)
        self.outbox.add(letters)
        self.post(letters)

    def post(self, letters: Iterable[Letter]) -> None:
        """Send letters that are already stored."""
        for letter in letters:
            chat = self._chat(letter.chat)
            if letter.priority is Priority.COSMETIC:
                if (letter.chat, letter.merge_key) in self._marked:
                    self._give_up(letter)  # that message lost its buttons already
                    continue
                self._replace(chat.marks.pop(str(letter.merge_key), None))
                chat.marks[str(letter.merge_key)] = letter
            else:
                self._merge_into_queue(chat, letter)
        self._idle.clear()
        self._wake.set()

    def load_owed(self) -> int:
        """At start-up: every letter left from before, sent first. How many there were."""
        owed = self.outbox.owed()
        self.post(owed)
        return len(owed)

    def _chat(self, chat_id: int) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            bucket = Bucket(CHAT_RATE, CHAT_BURST, self.clock()) if self.rate else None
            chat = self._chats[chat_id] = _Chat(bucket)
        return chat

    def _merge_into_queue(self, chat: _Chat, letter: Letter) -> None:
        """A later edit of the same keyboard replaces one still waiting, in its place."""
        if letter.merge_key is not None:
            for index, waiting in enumerate(chat.queue):
                if waiting.merge_key == letter.merge_key:
                    chat.queue[index] = letter
                    self._replace(waiting)
                    return
        chat.queue.append(letter)

    def _replace(self, letter: Letter | None) -> None:
        if letter is not None and letter.id is not None:
            self.outbox.sent([letter.id])

    # ---- the loop ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Send until ``close`` (or cancelled)."""
        while not self._closing:
            self._wake.clear()
            now = self.clock()
            self._drop_stale_marks(now)
            while len(self._tasks) < MAX_IN_FLIGHT:
                picked = self._pick(now)
                if picked is None:
                    break
                self._start(*picked, now)
            if not self._tasks and not any(self._pending(chat) for chat in self._chats.values()):
                self._forget_quiet_chats(now)
                self._idle.set()
            # ``asyncio.timeout`` rather than ``wait_for``: Python 3.11's ``wait_for`` can swallow
            # a cancellation that arrives as the event is set.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._next_wake(now)):
                    await self._wake.wait()

    def close(self) -> None:
        """Stop sending (letters in flight finish; what is owed stays stored)."""
        self._closing = True
        self._wake.set()

    async def idle(self) -> None:
        """Wait until nothing is owed and nothing is in flight."""
        await self._idle.wait()

    def pending(self) -> int:
        return sum(len(chat.queue) + len(chat.marks) for chat in self._chats.values())

    @staticmethod
    def _pending(chat: _Chat) -> bool:
        return bool(chat.queue or chat.marks or chat.busy)

    def _ready(self, chat: _Chat, now: float) -> bool:
        if chat.busy or chat.held_until > now:
            return False
        return chat.bucket is None or chat.bucket.level(now) >= 1

    def _pick(self, now: float) -> tuple[_Chat, Letter] | None:
        if now < self._global_hold:
            return None
        if self._global is not None and self._global.level(now) < 1:
            return None
        best: tuple[_Chat, Letter] | None = None
        for chat in self._chats.values():
            if chat.queue and self._ready(chat, now):
                head = chat.queue[0]
                if best is None or (head.priority, head.id or 0) < (
                    best[1].priority,
                    best[1].id or 0,
                ):
                    best = (chat, head)
        if best is not None:
            best[0].queue.popleft()
            return best
        if self._global is not None and not self._quiet(now):
            return None
        oldest: tuple[_Chat, Letter] | None = None
        for chat in self._chats.values():
            if chat.marks and not chat.queue and self._ready(chat, now):
                mark = min(chat.marks.values(), key=lambda letter: letter.id or 0)
                if oldest is None or (mark.id or 0) < (oldest[1].id or 0):
                    oldest = (chat, mark)
        if oldest is not None:
            del oldest[0].marks[str(oldest[1].merge_key)]
        return oldest

    def _quiet(self, now: float) -> bool:
        assert self._global is not None
        return now - self._last_reply >= QUIET_SECONDS and self._global.level(now) >= self._reserve

    def _next_wake(self, now: float) -> float:
        """How long nothing can change unless a letter arrives or a call ends."""
        waits = [1.0]
        if now < self._global_hold < float("inf"):
            waits.append(self._global_hold - now)
        waiting = [chat for chat in self._chats.values() if not chat.busy]
        if self._global is not None:
            if any(chat.queue for chat in waiting):
                waits.append(self._global.ready_in(now))
            if any(chat.marks for chat in waiting):
                waits.append(self._global.ready_in(now, self._reserve))
                waits.append(self._last_reply + QUIET_SECONDS - now)
        for chat in waiting:
            if not (chat.queue or chat.marks):
                continue
            if chat.held_until > now:
                waits.append(chat.held_until - now)
            elif chat.bucket is not None:
                waits.append(chat.bucket.ready_in(now))
        # A wait of zero is a condition already met: what holds a letter back is another one
        # (or the calls in flight, whose end wakes the loop).
        return max(0.001, min(wait for wait in waits if wait > 0))

    def _drop_stale_marks(self, now: float) -> None:
        wall = time.time()
        for chat in self._chats.values():
            stale = [k for k, m in chat.marks.items() if wall - m.created_at > COSMETIC_MAX_AGE]
            for key in stale:
                self._give_up(chat.marks.pop(key), counted=True)

    def _forget_quiet_chats(self, now: float) -> None:
        """Chats with nothing owed and a full bucket are forgotten (nothing to remember)."""
        for chat_id in [
            chat_id
            for chat_id, chat in self._chats.items()
            if not self._pending(chat)
            and chat.held_until <= now
            and (chat.bucket is None or chat.bucket.level(now) >= chat.bucket.capacity)
        ]:
            del self._chats[chat_id]

    def _start(self, chat: _Chat, letter: Letter, now: float) -> None:
        chat.busy = True
        if letter.priority is Priority.COSMETIC:  # from now on, its buttons are going
            self._marked[(letter.chat, letter.merge_key)] = None
            if len(self._marked) > MARKED_REMEMBERED:
                self._marked.popitem(last=False)
        else:
            self._last_reply = now
        if self._global is not None:
            self._global.take(now)
        if chat.bucket is not None:
            chat.bucket.take(now)
        task = asyncio.create_task(self._deliver(chat, letter))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---- one call -----------------------------------------------------------------------------

    async def _deliver(self, chat: _Chat, letter: Letter) -> None:
        started = time.perf_counter()
        try:
            await self._call(letter)
        except RetryAfter as error:
            self.metrics.flood_limited.inc()
            self._flood_limited(chat, letter, retry_seconds(error))
        except (BadRequest, Forbidden, InvalidToken, EndPointNotFound) as error:
            self._refused(chat, letter, error)
        except NetworkError as error:  # includes timeouts and the server's 5xx answers
            self._retry_later(chat, letter, error)
        except Exception as error:
            self.metrics.errors.labels(where="sending").inc()
            log_failure("sending a message failed", error)
            self._give_up(letter)
        else:
            elapsed = time.perf_counter() - started
            self.metrics.api_seconds.labels(method=letter.method).observe(elapsed)
            self.counts.sent += 1
            self._failures.pop(_key(letter), None)
            self._done(letter)
        finally:
            chat.busy = False
            current = asyncio.current_task()
            if current is not None:  # gone now, so that the loop sees it idle at once
                self._tasks.discard(current)
            self._wake.set()

    async def _call(self, letter: Letter) -> None:
        params = dict(letter.params)
        if letter.method == QR_PHOTO:
            link = str(params.pop("qr_link"))
            photo = InputFile(self.qr(link), filename="sjogren-bot-qr.png")
            await self.bot.send_photo(letter.chat, photo, **params)
            return
        params["chat_id"] = letter.chat
        await self.bot.do_api_request(letter.method, api_kwargs=params)

    def _flood_limited(self, chat: _Chat, letter: Letter, wait: float) -> None:
        """Hold the chat back (everyone, when another chat was held back just before)."""
        now = self.clock()
        self.counts.flood_limited += 1
        chat.held_until = now + wait
        last = self._last_limit
        if last is not None and now - last[0] < GLOBAL_WINDOW and last[1] != letter.chat:
            self._global_hold = max(self._global_hold, now + wait)
        self._last_limit = (now, letter.chat)
        self._put_back(chat, letter)

    def _refused(self, chat: _Chat, letter: Letter, error: Exception) -> None:
        if isinstance(error, InvalidToken | EndPointNotFound):
            self._put_back(chat, letter)
            self._halt("The Telegram Bot API rejected TELEGRAM_BOT_TOKEN while sending.")
        elif isinstance(error, Forbidden):
            log.info("a person blocked the bot or left the chat; what was owed to it is dropped")
            self._give_up(letter)
            for waiting in [*chat.queue, *chat.marks.values()]:
                self._give_up(waiting)
            chat.queue.clear()
            chat.marks.clear()
        elif letter.priority is Priority.COSMETIC or letter.method.startswith("edit"):
            # The message is gone or already shows this: nothing to do.
            self._give_up(letter)
        else:
            log_failure("Telegram refused a message", error)
            self.metrics.errors.labels(where="sending").inc()
            self.counts.failed += 1
            self._give_up(letter)

    def _retry_later(self, chat: _Chat, letter: Letter, error: Exception) -> None:
        failures = self._failures.get(_key(letter), 0) + 1
        safety = letter.priority is Priority.SAFETY
        if failures >= (SAFETY_GIVE_UP_AFTER if safety else GIVE_UP_AFTER):
            log_failure("a message could not be sent after several tries", error)
            self._failures.pop(_key(letter), None)
            self.counts.failed += 1
            self._give_up(letter)
            return
        self._failures[_key(letter)] = failures
        if safety and failures == GIVE_UP_AFTER:
            log_failure("a safety screen could not be sent yet; still trying", error)
        chat.held_until = self.clock() + self.retry_pause(failures)
        self._put_back(chat, letter)

    def _put_back(self, chat: _Chat, letter: Letter) -> None:
        if letter.priority is Priority.COSMETIC:
            chat.marks.setdefault(str(letter.merge_key), letter)
        else:
            chat.queue.appendleft(letter)

    def _give_up(self, letter: Letter, *, counted: bool = False) -> None:
        if counted:
            self.counts.dropped += 1
        self._done(letter)

    def _done(self, letter: Letter) -> None:
        if letter.id is None:
            return
        try:
            self.outbox.sent([letter.id])
        except Exception as error:  # the database is failing: nothing more can be promised
            log_failure("the outbox could not be updated", error)
            self._halt("The database cannot be written (see the log); stopping.")

    def _halt(self, reason: str) -> None:
        """Send nothing more (what is owed stays stored for the next start) and say why."""
        self._global_hold = float("inf")
        self.on_fatal(reason)


def _key(letter: Letter) -> int:
    """A letter's id (every letter handed over is stored, so it has one)."""
    return letter.id if letter.id is not None else id(letter)
