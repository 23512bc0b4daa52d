"""What the fake server remembers: calls, chats and their messages, scripted faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tests.fakes.protocol import JSON

# ---- the recorded world -------------------------------------------------------------------


@dataclass
class Call:
    """One request the bot made, with the response it got."""

    method: str
    params: JSON
    files: dict[str, bytes]
    status: int
    response: JSON
    peer: tuple[str, int] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class StoredMessage:
    """A message in a chat, as the fake server keeps it."""

    message_id: int
    chat: JSON
    sender: JSON
    date: int
    text: str | None = None
    html: str | None = None
    entities: list[JSON] = field(default_factory=list)
    reply_markup: JSON | None = None
    photo: bytes | None = None
    caption: str | None = None
    edits: int = 0

    @property
    def from_bot(self) -> bool:
        return bool(self.sender.get("is_bot"))

    @property
    def buttons(self) -> list[JSON]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup["inline_keyboard"] for b in row]

    @property
    def rows(self) -> list[list[JSON]]:
        if not self.reply_markup:
            return []
        return list(self.reply_markup["inline_keyboard"])

    def to_api(self) -> JSON:
        message: JSON = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": dict(self.chat),
            "from": dict(self.sender),
        }
        if self.text is not None:
            message["text"] = self.text
            if self.entities:
                message["entities"] = self.entities
        if self.photo is not None:
            size = f"photo-{self.chat['id']}-{self.message_id}"
            message["photo"] = [
                {"file_id": size, "file_unique_id": size, "width": 512, "height": 512}
            ]
            if self.caption:
                message["caption"] = self.caption
        if self.edits:
            message["edit_date"] = self.date
        if self.reply_markup:
            message["reply_markup"] = self.reply_markup
        return message


@dataclass
class Chat:
    """A chat the fake server knows, with its messages."""

    info: JSON
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1

    @property
    def id(self) -> int:
        return int(self.info["id"])


FaultKind = Literal["retry_after", "server_error", "drop", "forbidden", "delay"]


@dataclass
class Fault:
    """A scripted failure for the next matching calls."""

    kind: FaultKind
    method: str | None = None
    chat_id: int | None = None
    times: int = 1
    value: float = 1

    def matches(self, method: str, params: JSON) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.chat_id is None or _as_int(params.get("chat_id")) == self.chat_id


def _as_int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return None
