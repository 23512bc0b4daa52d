"""What the fake Bot API knows of the real one: its methods and parameters, its limits, and
Telegram-shaped errors (copied from the Bot API 10.1 reference; nothing is read at run time)."""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]


JSON = dict[str, Any]

TOKEN = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"
BOT_USERNAME = "sjogren_test_bot"

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
CALLBACK_ANSWER_LIMIT = 200
BUTTONS_PER_ROW = 8
BUTTONS_TOTAL = 100
COMMANDS_LIMIT = 100
COMMAND_DESCRIPTION_LIMIT = 256
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120

# Parameters of the methods this fake implements (Bot API 10.1). ``True`` marks a parameter
# that is a plain string on the wire; the others are JSON values (numbers, booleans, objects).
_STR = True
_JSON = False
METHODS: dict[str, dict[str, bool]] = {
    "getMe": {},
    "logOut": {},
    "close": {},
    "getUpdates": {"offset": _JSON, "limit": _JSON, "timeout": _JSON, "allowed_updates": _JSON},
    "setWebhook": {
        "url": _STR,
        "certificate": _JSON,
        "ip_address": _STR,
        "max_connections": _JSON,
        "allowed_updates": _JSON,
        "drop_pending_updates": _JSON,
        "secret_token": _STR,
    },
    "deleteWebhook": {"drop_pending_updates": _JSON},
    "getWebhookInfo": {},
    "sendMessage": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "direct_messages_topic_id": _JSON,
        "text": _STR,
        "parse_mode": _STR,
        "entities": _JSON,
        "link_preview_options": _JSON,
        "disable_notification": _JSON,
        "protect_content": _JSON,
        "allow_paid_broadcast": _JSON,
        "message_effect_id": _STR,
        "suggested_post_parameters": _JSON,
        "reply_parameters": _JSON,
        "reply_markup": _JSON,
    },
    "editMessageText": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_id": _JSON,
        "inline_message_id": _STR,
        "text": _STR,
        "parse_mode": _STR,
        "entities": _JSON,
        "link_preview_options": _JSON,
        "rich_message": _JSON,
        "reply_markup": _JSON,
    },
    "editMessageReplyMarkup": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_id": _JSON,
        "inline_message_id": _STR,
        "reply_markup": _JSON,
    },
    "answerCallbackQuery": {
        "callback_query_id": _STR,
        "text": _STR,
        "show_alert": _JSON,
        "url": _STR,
        "cache_time": _JSON,
    },
    "sendPhoto": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "direct_messages_topic_id": _JSON,
        "photo": _STR,
        "caption": _STR,
        "parse_mode": _STR,
        "caption_entities": _JSON,
        "show_caption_above_media": _JSON,
        "has_spoiler": _JSON,
        "disable_notification": _JSON,
        "protect_content": _JSON,
        "allow_paid_broadcast": _JSON,
        "message_effect_id": _STR,
        "suggested_post_parameters": _JSON,
        "reply_parameters": _JSON,
        "reply_markup": _JSON,
    },
    "sendChatAction": {
        "business_connection_id": _STR,
        "chat_id": _JSON,
        "message_thread_id": _JSON,
        "action": _STR,
    },
    "setMyCommands": {"commands": _JSON, "scope": _JSON, "language_code": _STR},
    "deleteMyCommands": {"scope": _JSON, "language_code": _STR},
    "getMyCommands": {"scope": _JSON, "language_code": _STR},
    "setMyDescription": {"description": _STR, "language_code": _STR},
    "getMyDescription": {"language_code": _STR},
    "setMyShortDescription": {"short_description": _STR, "language_code": _STR},
    "getMyShortDescription": {"language_code": _STR},
}
_METHOD_BY_LOWER = {name.lower(): name for name in METHODS}

_COMMAND_SCOPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}
_CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}


class ApiError(Exception):
    """A Telegram-shaped error response."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")
