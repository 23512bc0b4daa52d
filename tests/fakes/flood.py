"""Telegram's flood limit, for the fake Bot API: token buckets and the 429 they lead to.

Telegram lets a bot send about 30 messages a second across all its chats (sends and edits
alike) and refuses the rest with ``429 Too Many Requests: retry after N``, N in whole seconds
and at least 1. Answering a callback query and fetching updates are not limited. It also asks
for about one message a second in one chat, allowing a short burst; that limit is off unless
asked for here.

The buckets read a clock that tests may replace, so refilling can be checked without waiting.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.fakes.protocol import ApiError

# The methods that send or change a message in a chat: the ones Telegram counts.
LIMITED_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "editMessageText", "editMessageReplyMarkup"}
)

Clock = Callable[[], float]


@dataclass(frozen=True)
class FloodLimit:
    """How many limited calls Telegram accepts: overall, and optionally per chat."""

    per_second: float = 30.0
    burst: int = 30
    per_chat_per_second: float | None = None  # None: no per-chat limit (the default)
    per_chat_burst: int = 3

    def __post_init__(self) -> None:
        if self.per_second <= 0 or self.burst < 1:
            raise ValueError("a flood limit needs a positive rate and a burst of at least 1")
        if self.per_chat_per_second is not None and (
            self.per_chat_per_second <= 0 or self.per_chat_burst < 1
        ):
            raise ValueError("a per-chat limit needs a positive rate and a burst of at least 1")


@dataclass
class TokenBucket:
    """``burst`` tokens at most, ``rate`` more each second; a call takes one."""

    rate: float
    burst: float
    clock: Clock = time.monotonic
    tokens: float = field(init=False)
    updated: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.burst
        self.updated = self.clock()

    def wait(self) -> float:
        """Seconds until a token is there (0 when one is there now)."""
        self._refill()
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        """Take a token (call ``wait()`` first: this does not check)."""
        self._refill()
        self.tokens -= 1

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now


def retry_after(seconds: float) -> int:
    """What Telegram says: whole seconds, rounded up, at least 1."""
    return max(1, math.ceil(seconds))


def too_many_requests(seconds: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})


class FloodControl:
    """The flood limit of one bot: which calls get through, and how many were refused."""

    def __init__(self, limit: FloodLimit, *, clock: Clock = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self.overall = TokenBucket(limit.per_second, limit.burst, clock)
        self.chats: dict[int, TokenBucket] = {}
        self.accepted: Counter[str] = Counter()  # limited calls let through, by method
        self.refused: Counter[str] = Counter()  # limited calls answered 429, by method

    def admit(self, method: str, chat_id: int | None) -> None:
        """Let a call through, or raise Telegram's 429 with how long to wait."""
        if method not in LIMITED_METHODS:
            return
        buckets = [self.overall]
        if chat_id is not None and self.limit.per_chat_per_second is not None:
            buckets.append(self._chat_bucket(chat_id, self.limit.per_chat_per_second))
        wait = max(bucket.wait() for bucket in buckets)
        if wait > 0:
            self.refused[method] += 1
            raise too_many_requests(retry_after(wait))
        for bucket in buckets:
            bucket.take()
        self.accepted[method] += 1

    @property
    def accepted_calls(self) -> int:
        return sum(self.accepted.values())

    @property
    def refused_calls(self) -> int:
        return sum(self.refused.values())

    def _chat_bucket(self, chat_id: int, rate: float) -> TokenBucket:
        bucket = self.chats.get(chat_id)
        if bucket is None:
            bucket = self.chats[chat_id] = TokenBucket(rate, self.limit.per_chat_burst, self.clock)
        return bucket
