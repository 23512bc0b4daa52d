"""Each chat's updates in order, different chats at once; a repeat delivery handled once; each
update marked handled in the inbox once its handlers are done."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 512
REMEMBERED_UPDATES = 10_000


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handles the updates of one chat strictly in arrival order, different chats concurrently.

    python-telegram-bot starts a task per update in arrival order; each task queues on its
    chat's lock before any other await, and ``asyncio.Lock`` wakes waiters first come, first
    served, so a chat's updates run one after the other in order.
    """

    def __init__(
        self,
        max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
        *,
        handled: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}
        self._handled = handled

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            self._done(update)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
                self._done(update)
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    def _done(self, update: object) -> None:
        """The update was handled: it leaves the inbox (a step already took it out of it)."""
        if self._handled is not None and isinstance(update, Update):
            self._handled(update.update_id)

    @property
    def busy_chats(self) -> int:
        """How many chats have an update being handled or waiting."""
        return len(self._locks)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class RecentUpdates:
    """The ids of recently handled updates: a guard against a repeat delivery of an update
    that changes no dialog state (a menu, a share), which storage does not record."""

    def __init__(self, size: int = REMEMBERED_UPDATES) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True
