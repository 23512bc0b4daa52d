"""Callback data: what a button says when it is pressed, within Telegram's 64 bytes.

Callback data is ``kind:token:value``. For an answer button the value, the last ``:`` field,
is the option's clinical-spec id; the token names the question the button belongs to, so a
press on an older message can be recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

CALLBACK_DATA_LIMIT: Final = 64
NO_TOKEN: Final = "-"
_TOKEN = re.compile(r"[0-9a-z-]{1,16}")
_VALUE = re.compile(r"[A-Za-z0-9_-]{1,40}")


class PressKind(StrEnum):
    """What a button does; the first field of its callback data."""

    OPTION = "o"
    DONE = "d"
    BACK = "b"
    LANGUAGE = "l"
    DELETE = "x"


@dataclass(frozen=True)
class Press:
    """A decoded button press."""

    kind: PressKind
    token: str
    value: str


def encode_press(kind: PressKind, token: str, value: str) -> str:
    """Callback data for a button; ``ValueError`` if it could not fit Telegram's 64 bytes."""
    if not _TOKEN.fullmatch(token) or not _VALUE.fullmatch(value):
        raise ValueError(f"callback data fields must be short ids: {token!r}, {value!r}")
    data = f"{kind.value}:{token}:{value}"
    if len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {data!r}")
    return data


def decode_press(data: str | None) -> Press | None:
    """The press encoded in callback data; None for anything this bot did not write."""
    if not data or len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
        return None
    fields = data.split(":")
    if len(fields) != 3:
        return None
    kind, token, value = fields
    if kind not in PressKind._value2member_map_:
        return None
    if not _TOKEN.fullmatch(token) or not _VALUE.fullmatch(value):
        return None
    return Press(PressKind(kind), token, value)
