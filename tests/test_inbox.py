"""The inbox and outbox tables: what arrives is kept until handled, what is owed until sent,
both in the step's transaction; updates that keep failing are set aside without content."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.conversation import Conversations
from bot.telegram.receiving import trim
from dialogs.model import Start
from dialogs.settings import Settings
from storage.inbox import SET_ASIDE_AFTER, Inbox, Received
from storage.outbox import Letter, Outbox
from tests.storage_helpers import make_store, memory_db

PERSON = {"id": 42, "is_bot": False, "first_name": "Ana", "last_name": "Silva",
          "username": "ana_s", "language_code": "pt-br"}  # fmt: skip
CHAT = {"id": 42, "type": "private", "first_name": "Ana", "username": "ana_s"}


def message_update(update_id: int, **message: Any) -> dict[str, Any]:
    base = {"message_id": 5, "date": 1, "chat": CHAT, "from": PERSON, "text": "hello"}
    return {"update_id": update_id, "message": {**base, **message}}


def received(update_id: int) -> Received:
    return Received(update_id, 42, trim(message_update(update_id)))


def test_an_update_is_kept_until_it_is_handled() -> None:
    inbox = Inbox(memory_db())
    inbox.receive([received(1), received(2)])
    inbox.receive([received(2)])  # a second delivery changes nothing
    assert inbox.pending() == 2
    inbox.done(1)
    again, set_aside = inbox.replay()
    assert [r.update_id for r in again] == [2] and set_aside == 0


def test_an_update_that_failed_again_and_again_is_set_aside_without_its_content() -> None:
    db = memory_db()
    inbox = Inbox(db)
    inbox.receive([received(7)])
    for _ in range(SET_ASIDE_AFTER - 1):  # it crashed the bot at every start-up
        again, _ = inbox.replay()
        assert [r.update_id for r in again] == [7]
    again, set_aside = inbox.replay()
    assert again == [] and set_aside == 1
    assert inbox.pending() == 0
    [row] = db.execute("SELECT * FROM set_aside").fetchall()
    assert "hello" not in json.dumps(row) and "Ana" not in json.dumps(row)


def test_a_step_takes_its_update_out_of_the_inbox_and_stores_its_replies_together() -> None:
    store = make_store(memory_db())
    store.inbox.receive([received(3)])
    step_letter = Letter(42, "sendMessage", {"text": "the next question"})
    conversations = Conversations(
        store, "telegram", settings=Settings(), content_version="test", medium="buttons"
    )
    step = conversations.handle(
        "42", "3", Start(), replies=lambda _: [step_letter], handled_update=3
    )
    assert step is not None
    assert store.inbox.pending() == 0
    assert [letter.params["text"] for letter in store.outbox.owed()] == ["the next question"]
    # A repeat of the update writes nothing: no second reply.
    assert conversations.handle("42", "3", Start(), replies=lambda _: [step_letter]) is None
    assert len(store.outbox.owed()) == 1


def test_the_outbox_forgets_what_was_sent() -> None:
    outbox = Outbox(memory_db())
    letters = [Letter(1, "sendMessage", {"text": str(n)}) for n in range(3)]
    outbox.add(letters)
    assert all(letter.id is not None for letter in letters)
    outbox.sent([letters[0].id or 0])
    assert [letter.params["text"] for letter in outbox.owed()] == ["1", "2"]


def test_trimming_keeps_what_handling_needs_and_no_names() -> None:
    raw = message_update(
        9,
        contact={"phone_number": "+351 912 345 678", "first_name": "Ana"},
        caption="my photo",
        photo=[{"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1}],
    )
    trimmed = trim(raw)
    text = json.dumps(trimmed)
    for personal in ("Silva", "ana_s", "Ana", "912", "my photo", "file_id"):
        assert personal not in text
    message = trimmed["message"]
    assert message["from"]["id"] == 42 and message["from"]["language_code"] == "pt-br"
    assert message["chat"] == {"id": 42, "type": "private"} and message["text"] == "hello"


def test_a_press_keeps_its_data_and_the_bots_own_message() -> None:
    raw = {
        "update_id": 10,
        "callback_query": {
            "id": "q1",
            "from": PERSON,
            "chat_instance": "c",
            "data": "o:abc:none",
            "message": {
                "message_id": 3,
                "date": 1,
                "chat": CHAT,
                "text": "Question?",
                "reply_markup": {"inline_keyboard": []},
            },
        },
    }
    query = trim(raw)["callback_query"]
    assert query["data"] == "o:abc:none" and query["message"]["text"] == "Question?"
    assert "Ana" not in json.dumps(query)


@pytest.mark.parametrize("broken", [{}, {"update_id": 1, "message": {"text": "no chat"}}])
def test_what_is_not_an_update_cannot_be_trimmed(broken: dict[str, Any]) -> None:
    with pytest.raises((KeyError, TypeError)):
        trim(broken)
