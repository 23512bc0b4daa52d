"""The Telegram shell's small pure parts: deep-link payloads, tokens, ordering, retries."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from telegram import Chat, Message, MessageEntity, Update, User
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.config import DEFAULT_API_BASE_URL, Config, ConfigError
from bot.telegram.app import api_base_urls, check_token, webhook_secret
from bot.telegram.ordering import PerChatUpdateProcessor, RecentUpdates
from bot.telegram.sending import retry_seconds, with_retries
from bot.telegram.updates import (
    ButtonPress,
    Command,
    Mention,
    StartPayload,
    Typed,
    Unreadable,
    decode,
    parse_start_payload,
    referral_payload,
)
from dialogs.emergency_numbers import country_from_language_tag
from dialogs.screens import token
from dialogs.state import DialogState
from tests.fakes import TOKEN

BOT = "sjogren_test_bot"


# ---- deep links ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("es", StartPayload("es", None)),
        ("pt-BR", StartPayload("pt_BR", None)),
        ("pt_BR", StartPayload("pt_BR", None)),
        ("ref-madrid01", StartPayload(None, "madrid01")),
        ("de_ref-berlin-2", StartPayload("de", "berlin-2")),
        ("ref-x_fr", StartPayload("fr", "x")),
        ("", StartPayload()),
        ("klingon", StartPayload()),
        ("ref-", StartPayload()),
        ("x" * 65, StartPayload()),
        ("es fr", StartPayload()),
        ("<script>", StartPayload()),
    ],
)
def test_start_payloads_carry_a_language_and_a_referral(
    payload: str, expected: StartPayload
) -> None:
    assert parse_start_payload(payload) == expected


def test_a_referral_payload_round_trips() -> None:
    assert parse_start_payload(referral_payload("g0123abcd")).referral == "g0123abcd"
    with pytest.raises(ValueError):
        referral_payload("has space")


@pytest.mark.parametrize(
    ("tag", "region"),
    [("pt-br", "br"), ("de", None), ("en-GB", "gb"), (None, None), ("zh-hans", None)],
)
def test_the_region_of_a_language_tag(tag: str | None, region: str | None) -> None:
    assert country_from_language_tag(tag) == region


# ---- decoding updates ---------------------------------------------------------------------------


def _message(text: str | None, chat_type: str = Chat.PRIVATE, **fields: Any) -> Update:
    user = User(id=5, first_name="Ana", is_bot=False, language_code="es")
    chat = Chat(5 if chat_type == Chat.PRIVATE else -100, chat_type)
    entities = list(fields.pop("entities", []))
    if text and text.startswith("/"):
        entities.append(MessageEntity(MessageEntity.BOT_COMMAND, 0, len(text.split()[0])))
    message = Message(
        1,
        dt.datetime.now(dt.UTC),
        chat,
        from_user=user,
        text=text,
        entities=entities or None,
        **fields,
    )
    return Update(9, message=message)


def test_a_command_is_decoded_with_its_argument() -> None:
    incoming = decode(_message("/start es_ref-a1"), BOT)
    assert incoming is not None
    assert incoming.action == Command("start", "es_ref-a1")
    assert (incoming.person, incoming.private, incoming.language_code) == ("5", True, "es")


def test_a_command_for_another_bot_is_ignored() -> None:
    assert decode(_message("/start@other_bot", Chat.SUPERGROUP), BOT) is None
    incoming = decode(_message("/START@Sjogren_Test_Bot", Chat.SUPERGROUP), BOT)
    assert incoming is not None and incoming.action == Command("start")


def test_text_in_a_private_chat_is_free_text_and_ignored_in_a_group() -> None:
    incoming = decode(_message("hello"), BOT)
    assert incoming is not None and incoming.action == Typed("hello")
    assert decode(_message("hello", Chat.GROUP), BOT) is None


def test_a_mention_in_a_group_is_decoded() -> None:
    text = "hi @sjogren_test_bot"
    update = _message(text, Chat.GROUP, entities=[MessageEntity(MessageEntity.MENTION, 3, 17)])
    incoming = decode(update, BOT)
    assert incoming is not None and incoming.action == Mention()


def test_media_edits_and_forwards_are_unreadable() -> None:
    assert decode(_message(None), BOT) is not None
    media = decode(_message(None), BOT)
    assert media is not None and media.action == Unreadable("media")
    message = _message("x").message
    assert message is not None
    edited = decode(Update(10, edited_message=message), BOT)
    assert edited is not None and edited.action == Unreadable("edited")


def test_a_callback_query_is_a_button_press() -> None:
    from telegram import CallbackQuery

    message = _message("q").message
    query = CallbackQuery(
        "q1", User(id=5, first_name="Ana", is_bot=False), "ci", message=message, data="o:abc:yes"
    )
    incoming = decode(Update(11, callback_query=query), BOT)
    assert incoming is not None
    assert isinstance(incoming.action, ButtonPress)
    assert incoming.action.press is not None and incoming.action.press.value == "yes"
    assert incoming.chat_id == 5


# ---- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "configured",
    ["http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot"],
)
def test_the_api_base_url_may_be_given_with_or_without_bot(configured: str) -> None:
    assert api_base_urls(configured) == (
        "http://127.0.0.1:8081/bot",
        "http://127.0.0.1:8081/file/bot",
    )


def test_the_default_api_base_url_is_telegrams() -> None:
    assert api_base_urls(DEFAULT_API_BASE_URL)[0] == "https://api.telegram.org/bot"


@pytest.mark.parametrize(
    ("token", "ok"),
    [(TOKEN, True), (None, False), ("", False), ("123:short", False), ("abc:" + "x" * 35, False)],
)
def test_a_token_must_look_like_a_bot_token(token: str | None, ok: bool) -> None:
    assert (check_token(token) is None) == ok


def test_a_webhook_secret_is_checked_or_generated(tmp_path: Path) -> None:
    config = Config(webhook_url="https://example.org/hook", data_dir=tmp_path)
    generated = webhook_secret(config)
    assert len(generated) >= 32 and generated != webhook_secret(config)
    assert webhook_secret(replace(config, webhook_secret="abc_DEF-1")) == "abc_DEF-1"
    with pytest.raises(ConfigError):
        Config.from_env({"WEBHOOK_SECRET": "no spaces"}, dotenv=tmp_path / "none")


# ---- question tokens ----------------------------------------------------------------------------


def test_a_question_token_stays_while_toggling_and_changes_when_moving_on() -> None:
    asked = DialogState(state="autonomic", history=["consent", "country"])
    toggled = replace(asked, pending=["gut"])
    moved_on = replace(asked, state="sfn_status", history=[*asked.history, "autonomic"])
    restarted = DialogState(state="emergency_now")
    assert token(asked) == token(toggled)
    assert token(asked) != token(moved_on)
    assert token(asked) != token(restarted)
    assert len(token(asked)) <= 16


# ---- ordering -----------------------------------------------------------------------------------


async def test_updates_of_one_chat_run_in_order_and_chats_run_concurrently() -> None:
    processor = PerChatUpdateProcessor(64)
    log: list[tuple[str, int, int]] = []
    running: set[int] = set()
    overlap = False

    async def handle(chat: int, n: int) -> None:
        nonlocal overlap
        if running - {chat}:
            overlap = True
        assert chat not in running
        running.add(chat)
        log.append(("start", chat, n))
        await asyncio.sleep(0.01 * (3 - n % 3))
        log.append(("end", chat, n))
        running.discard(chat)

    def update(chat: int, n: int) -> Update:
        return Update(n, message=Message(n, dt.datetime.now(dt.UTC), Chat(chat, Chat.PRIVATE)))

    tasks = [
        asyncio.create_task(processor.process_update(update(chat, n), handle(chat, n)))
        for n in range(6)
        for chat in (1, 2, 3)
    ]
    await asyncio.gather(*tasks)
    for chat in (1, 2, 3):
        starts = [n for kind, c, n in log if c == chat and kind == "start"]
        assert starts == list(range(6))
    assert overlap
    assert processor.busy_chats == 0


def test_recent_updates_remember_a_bounded_number() -> None:
    recent = RecentUpdates(size=2)
    assert recent.first_time(1) and recent.first_time(2)
    assert not recent.first_time(1)
    assert recent.first_time(3)
    assert recent.first_time(1)  # forgotten: storage is the durable guard


# ---- retries ------------------------------------------------------------------------------------


def test_retry_seconds_reads_int_and_timedelta() -> None:
    assert retry_seconds(RetryAfter(dt.timedelta(seconds=3))) == 3.0


async def test_a_flood_limit_is_waited_out() -> None:
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RetryAfter(dt.timedelta(seconds=0.05))
        return "sent"

    assert await with_retries(call) == "sent"
    assert calls == 2


@pytest.mark.parametrize("error", [BadRequest("no"), Forbidden("blocked")])
async def test_a_refused_request_is_not_retried(error: Exception) -> None:
    calls = 0

    async def call() -> None:
        nonlocal calls
        calls += 1
        raise error

    with pytest.raises(type(error)):
        await with_retries(call)
    assert calls == 1


async def test_network_errors_are_retried_a_few_times() -> None:
    calls = 0

    async def call() -> None:
        nonlocal calls
        calls += 1
        raise TimedOut() if calls % 2 else NetworkError("down")

    with pytest.raises(NetworkError):
        await with_retries(call, attempts=3)
    assert calls == 3
