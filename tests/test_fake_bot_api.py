"""The fake Bot API server rejects what Telegram rejects, records calls and scripts failures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from tests.fakes import TOKEN, FakeBotApi
from tests.fakes.html import parse_html, utf16_length


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def call(
    http: aiohttp.ClientSession, api: FakeBotApi, method: str, **params: Any
) -> tuple[int, dict[str, Any]]:
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with http.post(f"{api.base_url}{TOKEN}/{method}", data=form) as response:
        return response.status, await response.json()


def keyboard(*rows: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "inline_keyboard": [
            [{"text": text, "callback_data": data} for text, data in row] for row in rows
        ]
    }


async def test_get_me_describes_the_bot(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    status, body = await call(http, api, "getMe")
    assert status == 200
    assert body["result"]["username"] == "sjogren_test_bot"
    assert body["result"]["is_bot"] is True


async def test_a_wrong_token_is_unauthorized(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    async with http.post(f"{api.base_url}1:wrong/getMe") as response:
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }


async def test_an_unknown_method_is_not_found(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    status, body = await call(http, api, "sendTelepathy", chat_id=1)
    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_an_unknown_parameter_is_refused(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    status, body = await call(http, api, "sendMessage", chat_id=person.chat_id, text="hi", colour=1)
    assert status == 400
    assert body["description"].startswith("Bad Request: unknown parameter")


async def test_method_names_are_case_insensitive(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    status, _ = await call(http, api, "getme")
    assert status == 200


async def test_html_text_is_parsed_into_entities(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    status, body = await call(
        http,
        api,
        "sendMessage",
        chat_id=person.chat_id,
        text="<b>Step 1</b> of 3 &amp; <i>more</i> &lt;ok&gt; &#128578;",
        parse_mode="HTML",
    )
    assert status == 200, body
    result = body["result"]
    assert result["text"] == "Step 1 of 3 & more <ok> 🙂"
    assert result["entities"] == [
        {"type": "bold", "offset": 0, "length": 6},
        {"type": "italic", "offset": 14, "length": 4},
    ]
    assert person.last().html is not None


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<p>paragraph</p>", 'Unsupported start tag "p"'),
        ("line<br>break", 'Unsupported start tag "br"'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("x</b>", "Unexpected end tag"),
        ("1 < 2", "Unsupported start tag"),
        ("AT&T", "Character entity expected"),
        ("&nbsp;", "Unsupported HTML entity"),
        ('<span class="red">x</span>', 'Tag "span" must have class "tg-spoiler"'),
        ("<a>link</a>", 'Tag "a" must have attribute "href"'),
        ("2 > 1", "Unexpected character '>'"),
    ],
)
async def test_html_that_telegram_refuses_is_refused(
    api: FakeBotApi, http: aiohttp.ClientSession, html: str, reason: str
) -> None:
    person = api.person()
    status, body = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text=html, parse_mode="HTML"
    )
    assert status == 400
    assert body["error_code"] == 400
    assert body["description"].startswith("Bad Request: can't parse entities: ")
    assert reason in body["description"]


async def test_text_is_limited_to_4096_characters_after_entity_parsing(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    fits = "<b>" + "a" * 4000 + "</b>" + "&amp;" * 96
    status, _ = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text=fits, parse_mode="HTML"
    )
    assert status == 200
    status, body = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text=fits + "!", parse_mode="HTML"
    )
    assert (status, body["description"]) == (400, "Bad Request: message is too long")


async def test_length_is_counted_in_utf16_code_units(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    assert utf16_length("🙂") == 2
    status, _ = await call(http, api, "sendMessage", chat_id=person.chat_id, text="🙂" * 2049)
    assert status == 400


async def test_empty_text_is_refused(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    person = api.person()
    status, body = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text="<b> </b>", parse_mode="HTML"
    )
    assert (status, body["description"]) == (400, "Bad Request: message text is empty")


async def test_callback_data_is_limited_to_64_bytes(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    ok = keyboard([("ok", "é" * 32)])
    status, _ = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text="q", reply_markup=ok
    )
    assert status == 200
    too_long = keyboard([("no", "x" * 65)])
    status, body = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text="q", reply_markup=too_long
    )
    assert (status, body["description"]) == (400, "Bad Request: BUTTON_DATA_INVALID")


async def test_a_row_holds_at_most_eight_buttons(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    row = [(str(n), f"q:{n}") for n in range(9)]
    status, _ = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text="q", reply_markup=keyboard(row)
    )
    assert status == 400


async def test_a_keyboard_holds_at_most_100_buttons(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    rows = [[(str(n), f"q:{n}")] for n in range(101)]
    status, body = await call(
        http, api, "sendMessage", chat_id=person.chat_id, text="q", reply_markup=keyboard(*rows)
    )
    assert (status, body["description"]) == (400, "Bad Request: reply markup is too long")


async def test_an_unknown_chat_is_not_found(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    status, body = await call(http, api, "sendMessage", chat_id=42, text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_an_unchanged_edit_is_refused(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    person = api.person()
    _, body = await call(
        http,
        api,
        "sendMessage",
        chat_id=person.chat_id,
        text="q",
        reply_markup=keyboard([("a", "q:a")]),
    )
    message_id = body["result"]["message_id"]
    status, body = await call(
        http,
        api,
        "editMessageReplyMarkup",
        chat_id=person.chat_id,
        message_id=message_id,
        reply_markup=keyboard([("a", "q:a")]),
    )
    assert status == 400
    assert body["description"].startswith("Bad Request: message is not modified")
    status, body = await call(
        http, api, "editMessageText", chat_id=person.chat_id, message_id=message_id, text="q ✓"
    )
    assert status == 200
    assert person.last().reply_markup is None
    assert person.last().text == "q ✓"


async def test_a_callback_query_is_answered_once(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    query_id = api.new_callback_query_id()
    status, _ = await call(http, api, "answerCallbackQuery", callback_query_id=query_id, text="ok")
    assert status == 200
    status, body = await call(http, api, "answerCallbackQuery", callback_query_id=query_id)
    assert status == 400
    assert "query is too old" in body["description"]


async def test_long_polling_waits_for_an_update(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()

    async def later() -> None:
        await asyncio.sleep(0.2)
        person.send("hello")

    task = asyncio.create_task(later())
    status, body = await call(http, api, "getUpdates", timeout=5)
    await task
    assert status == 200
    [update] = body["result"]
    assert update["message"]["text"] == "hello"
    # Not confirmed yet: delivered again until an offset beyond it is sent.
    _, body = await call(http, api, "getUpdates", timeout=0)
    assert [u["update_id"] for u in body["result"]] == [update["update_id"]]
    _, body = await call(http, api, "getUpdates", offset=update["update_id"] + 1, timeout=0)
    assert body["result"] == []
    assert api.pending == []


async def test_long_polling_times_out_with_no_updates(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    status, body = await call(http, api, "getUpdates", timeout=0.2)
    assert (status, body["result"]) == (200, [])


async def test_get_updates_conflicts_with_a_webhook(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    await call(http, api, "setWebhook", url="https://example.org/hook")
    status, body = await call(http, api, "getUpdates")
    assert status == 409
    assert body["description"].startswith("Conflict: ")


async def test_a_flood_limit_says_when_to_retry(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    api.inject("retry_after", method="sendMessage", value=3)
    status, body = await call(http, api, "sendMessage", chat_id=person.chat_id, text="hi")
    assert status == 429
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    status, _ = await call(http, api, "sendMessage", chat_id=person.chat_id, text="hi")
    assert status == 200
    assert len(api.failed_calls()) == 0
    assert len(api.failed_calls(injected=True)) == 1


async def test_a_blocked_person_gives_forbidden(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    api.block(person.chat_id)
    status, body = await call(http, api, "sendMessage", chat_id=person.chat_id, text="hi")
    assert status == 403
    assert body["description"] == "Forbidden: bot was blocked by the user"


async def test_server_errors_and_dropped_connections_can_be_scripted(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    api.inject("server_error", method="getMe", value=502)
    status, _ = await call(http, api, "getMe")
    assert status == 502
    api.inject("drop", method="getMe")
    with pytest.raises(aiohttp.ClientError):
        await call(http, api, "getMe")
    status, _ = await call(http, api, "getMe")
    assert status == 200


async def test_a_photo_is_uploaded_as_multipart(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    person = api.person()
    form = aiohttp.FormData()
    form.add_field("chat_id", str(person.chat_id))
    form.add_field("caption", "<b>Scan me</b>")
    form.add_field("parse_mode", "HTML")
    form.add_field("photo", b"\x89PNG\r\n\x1a\n...", filename="qr.png", content_type="image/png")
    async with http.post(f"{api.base_url}{TOKEN}/sendPhoto", data=form) as response:
        body = await response.json()
        assert response.status == 200, body
    assert body["result"]["caption"] == "Scan me"
    assert person.last().photo is not None


async def test_commands_are_validated(api: FakeBotApi, http: aiohttp.ClientSession) -> None:
    good = [{"command": "start", "description": "Begin"}]
    status, _ = await call(http, api, "setMyCommands", commands=good, language_code="es")
    assert status == 200
    bad = [{"command": "Start", "description": "Begin"}]
    status, _ = await call(http, api, "setMyCommands", commands=bad)
    assert status == 400
    status, _ = await call(http, api, "setMyCommands", commands=good, language_code="pt_BR")
    assert status == 400


async def test_updates_are_delivered_to_a_webhook_with_the_secret(
    api: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        status, _ = await call(
            http, api, "setWebhook", url=f"http://127.0.0.1:{port}/hook", secret_token="s3cret"
        )
        assert status == 200
        person = api.person()
        person.send("hello")
        await api.wait_for(lambda: bool(received))
        assert received[0][0] == "s3cret"
        assert received[0][1]["message"]["text"] == "hello"
    finally:
        await api.stop()
        await runner.cleanup()


def test_the_html_parser_counts_entities_in_utf16() -> None:
    text, entities = parse_html("🙂 <b>x</b>")
    assert text == "🙂 x"
    assert entities == [{"type": "bold", "offset": 3, "length": 1}]


def test_links_become_text_link_entities() -> None:
    text, entities = parse_html('<a href="https://t.me/bot?start=es">open</a>')
    assert text == "open"
    assert entities == [
        {"type": "text_link", "offset": 0, "length": 4, "url": "https://t.me/bot?start=es"}
    ]
