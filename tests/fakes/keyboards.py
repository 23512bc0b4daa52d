"""Inline keyboards, checked as Telegram checks them."""

from __future__ import annotations

import re

from tests.fakes.protocol import (
    BUTTONS_PER_ROW,
    BUTTONS_TOTAL,
    CALLBACK_DATA_LIMIT,
    JSON,
    bad_request,
)

# ---- keyboards ----------------------------------------------------------------------------

_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_URL = re.compile(r"^(https?://[^\s/$.?#][^\s]*|tg://[^\s]+)$")


def check_reply_markup(markup: object) -> JSON | None:
    """Validate an inline keyboard like Telegram does; the markup to store, or None."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        raise bad_request("this fake only implements inline keyboards")
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" must be an Array of Array')
    total = 0
    for row in rows:
        if len(row) > BUTTONS_PER_ROW:
            raise bad_request("too many buttons in a row of the inline keyboard")
        total += len(row)
        for button in row:
            _check_button(button)
    if total > BUTTONS_TOTAL:
        raise bad_request("reply markup is too long")
    return markup if total else None


def _check_button(button: object) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button")
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _BUTTON_ACTIONS if key in button]
    if len(actions) != 1:
        raise bad_request("can't parse inline keyboard button: exactly one action is required")
    unknown = set(button) - {"text", "style", "icon_custom_emoji_id", *_BUTTON_ACTIONS}
    if unknown:
        raise bad_request(f"can't parse inline keyboard button: unknown field {sorted(unknown)[0]}")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not _URL.match(url):
            raise bad_request("BUTTON_URL_INVALID")
