"""The placeholders that stand in the stored text for what was removed."""

from __future__ import annotations

NAME = "[name]"
EMAIL = "[email]"
URL = "[url]"
HANDLE = "[handle]"
PHONE = "[phone]"
NUMBER = "[number]"
ADDRESS = "[address]"
POSTCODE = "[postcode]"
PLACE = "[place]"
AGE = "[age]"
DATE = "[date]"

PLACEHOLDERS: tuple[str, ...] = (
    NAME,
    EMAIL,
    URL,
    HANDLE,
    PHONE,
    NUMBER,
    ADDRESS,
    POSTCODE,
    PLACE,
    AGE,
    DATE,
)
