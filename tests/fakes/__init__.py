"""A fake Telegram Bot API over real HTTP on 127.0.0.1, for the tests and the benchmarks."""

from tests.fakes.people import Person, iter_texts
from tests.fakes.protocol import BOT_USERNAME, TOKEN, ApiError
from tests.fakes.server import FakeBotApi
from tests.fakes.world import Call, Chat, StoredMessage

__all__ = [
    "BOT_USERNAME",
    "TOKEN",
    "ApiError",
    "Call",
    "Chat",
    "FakeBotApi",
    "Person",
    "StoredMessage",
    "iter_texts",
]
