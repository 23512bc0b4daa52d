"""People who talk to the bot through the fake server: sending, pressing, reading."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tests.fakes.html import utf16_length
from tests.fakes.protocol import JSON
from tests.fakes.world import Chat, StoredMessage

if TYPE_CHECKING:
    from tests.fakes.server import FakeBotApi


class Person:
    """A Telegram user in a private chat with the bot; their actions become queued updates."""

    def __init__(self, api: FakeBotApi, user: JSON, chat: Chat) -> None:
        self.api = api
        self.user = user
        self.chat = chat

    @property
    def id(self) -> int:
        return int(self.user["id"])

    @property
    def chat_id(self) -> int:
        return self.chat.id

    def send(self, text: str, *, chat: Chat | None = None, **extra: Any) -> int:
        """The person sends text (a ``/command`` gets its bot_command entity)."""
        fields: JSON = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            fields["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(command)}
            ]
        fields.update(extra)
        return self.send_message(chat=chat, **fields)

    def send_message(self, *, chat: Chat | None = None, edited: bool = False, **fields: Any) -> int:
        """Any message (sticker, photo, voice...): ``fields`` are Message fields."""
        target = chat or self.chat
        stored = self.api.user_message(target, self.user)
        message = {**stored.to_api(), **fields}
        stored.text = fields.get("text")
        key = "edited_message" if edited else "message"
        if edited:
            message["edit_date"] = message["date"] + 1
        return self.api.push({key: message})

    def mention(self, chat: Chat, text: str | None = None) -> int:
        """The person mentions the bot in a group."""
        handle = f"@{self.api.bot_user['username']}"
        body = text or f"{handle} what is this bot?"
        start = body.index(handle)
        entity = {"type": "mention", "offset": utf16_length(body[:start]), "length": len(handle)}
        return self.send_message(chat=chat, text=body, entities=[entity])

    def send_sticker(self) -> int:
        return self.send_message(
            sticker={
                "file_id": "sticker-1",
                "file_unique_id": "sticker-u1",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "👍",
            }
        )

    def send_photo(self) -> int:
        return self.send_message(
            photo=[{"file_id": "photo-1", "file_unique_id": "photo-u1", "width": 90, "height": 90}]
        )

    def send_voice(self) -> int:
        return self.send_message(
            voice={"file_id": "voice-1", "file_unique_id": "voice-u1", "duration": 3}
        )

    def forward(self, text: str) -> int:
        return self.send_message(
            text=text,
            forward_origin={"type": "hidden_user", "sender_user_name": "Someone", "date": 1},
        )

    def edit(self, text: str) -> int:
        return self.send_message(text=text, edited=True)

    def messages(self) -> list[StoredMessage]:
        """The bot's messages in this person's chat, oldest first."""
        return self.api.bot_messages(self.chat_id)

    def last(self) -> StoredMessage:
        return self.messages()[-1]

    def keyboard_message(self) -> StoredMessage:
        """The newest bot message that still has buttons."""
        for message in reversed(self.messages()):
            if message.reply_markup:
                return message
        raise AssertionError("no message with buttons in the chat")

    def press(
        self,
        callback_data: str | None = None,
        *,
        label: str | None = None,
        message: StoredMessage | None = None,
    ) -> int:
        """Press a button of ``message`` (default: the newest one with buttons)."""
        target = message or self.keyboard_message()
        button = _find_button(target, callback_data, label)
        return self.press_data(target, button["callback_data"])

    def press_data(self, message: StoredMessage, data: str) -> int:
        """A callback query with arbitrary ``data`` from ``message``."""
        query = {
            "id": self.api.new_callback_query_id(),
            "from": self.user,
            "message": message.to_api(),
            "chat_instance": f"ci{self.chat_id}",
            "data": data,
        }
        return self.api.push({"callback_query": query})

    def option_ids(self, message: StoredMessage | None = None) -> list[str]:
        """The option ids (last ``:`` field) of a message's answer buttons (``o:...``)."""
        target = message or self.keyboard_message()
        return [
            b["callback_data"].rsplit(":", 1)[-1]
            for b in target.buttons
            if b.get("callback_data", "").startswith("o:")
        ]


def _find_button(message: StoredMessage, data: str | None, label: str | None) -> JSON:
    for button in message.buttons:
        if "callback_data" not in button:
            continue
        if data is not None and (
            button["callback_data"] == data or button["callback_data"].rsplit(":", 1)[-1] == data
        ):
            return button
        if label is not None and label in button["text"]:
            return button
    raise AssertionError(
        f"no button {data or label!r} in {[b.get('callback_data') for b in message.buttons]}"
    )


def iter_texts(messages: list[StoredMessage]) -> Iterator[str]:
    for message in messages:
        if message.text is not None:
            yield message.text
        elif message.caption is not None:
            yield message.caption
