"""Telegram HTML and message text as Telegram parses them, refusing what Telegram refuses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tests.fakes.protocol import JSON, ApiError, bad_request

# ---- Telegram HTML ------------------------------------------------------------------------

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTRIBUTE = re.compile(r"""\s*([A-Za-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{1,10});")


def utf16_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    offset: int
    attributes: dict[str, str]


def parse_html(source: str) -> tuple[str, list[JSON]]:
    """Parse Telegram HTML into plain text and entities, or raise ``ApiError`` as Telegram does.

    Stricter than Telegram in one way: a bare ``&`` that does not start an entity is refused,
    so that unescaped text is caught.
    """

    def fail(reason: str) -> ApiError:
        return bad_request(f"can't parse entities: {reason}")

    def byte_offset(index: int) -> int:
        return len(source[:index].encode("utf-8"))

    out: list[str] = []
    length = 0  # UTF-16 length of ``out``
    stack: list[_OpenTag] = []
    entities: list[JSON] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            if not source.startswith("</", i) and _TAG_NAME.match(source, i + 1) is None:
                raise fail(f'Unsupported start tag "" at byte offset {byte_offset(i)}')
            close = source.find(">", i)
            if close < 0:
                raise fail(f"Unclosed start tag at byte offset {byte_offset(i)}")
            if source.startswith("</", i):
                name = source[i + 2 : close].strip().lower()
                if not stack:
                    raise fail(f'Unexpected end tag "{name}" at byte offset {byte_offset(i)}')
                top = stack.pop()
                if top.name != name:
                    raise fail(
                        f"Unmatched end tag at byte offset {byte_offset(i)}, "
                        f'expected "</{top.name}>", found "</{name}>"'
                    )
                entity = _entity_for(top, length)
                if entity is not None:
                    entities.append(entity)
                i = close + 1
                continue
            match = _TAG_NAME.match(source, i + 1)
            assert match is not None
            name = match.group(0).lower()
            if name not in _ENTITY_TYPES:
                raise fail(f'Unsupported start tag "{name}" at byte offset {byte_offset(i)}')
            attributes = _parse_attributes(source[match.end() : close], fail)
            _check_tag(name, attributes, stack, fail)
            stack.append(_OpenTag(name, length, attributes))
            i = close + 1
            continue
        if char == ">":
            raise fail(f"Unexpected character '>' at byte offset {byte_offset(i)}")
        if char == "&":
            ref = _CHAR_REF.match(source, i)
            if ref is None:
                raise fail(f"Character entity expected at byte offset {byte_offset(i)}")
            decoded = _decode_reference(ref.group(1))
            if decoded is None:
                raise fail(f'Unsupported HTML entity "{ref.group(0)}"')
            out.append(decoded)
            length += utf16_length(decoded)
            i = ref.end()
            continue
        out.append(char)
        length += utf16_length(char)
        i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _parse_attributes(text: str, fail: Callable[[str], ApiError]) -> dict[str, str]:
    attributes: dict[str, str] = {}
    position = 0
    text = text.rstrip("/ ")
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _ATTRIBUTE.match(text, position)
        if match is None or match.end() == position:
            raise fail("Invalid attribute in a start tag")
        value = next((g for g in match.groups()[1:] if g is not None), "")
        attributes[match.group(1).lower()] = _unescape_attribute(value, fail)
        position = match.end()
    return attributes


def _unescape_attribute(value: str, fail: Callable[[str], ApiError]) -> str:
    def replace(match: re.Match[str]) -> str:
        decoded = _decode_reference(match.group(1))
        if decoded is None:
            raise fail(f'Unsupported HTML entity "{match.group(0)}"')
        return decoded

    return _CHAR_REF.sub(replace, value)


def _decode_reference(name: str) -> str | None:
    if name.startswith(("#x", "#X")):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return _NAMED_ENTITIES.get(name)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _check_tag(
    name: str,
    attributes: dict[str, str],
    stack: list[_OpenTag],
    fail: Callable[[str], ApiError],
) -> None:
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise fail('Tag "span" must have class "tg-spoiler"')
    if name == "a" and not attributes.get("href"):
        raise fail('Tag "a" must have attribute "href"')
    if name == "tg-emoji" and not attributes.get("emoji-id"):
        raise fail('Tag "tg-emoji" must have attribute "emoji-id"')
    if name == "code" and "class" in attributes and (not stack or stack[-1].name != "pre"):
        raise fail("Programming language can't be specified for standalone code tags")
    if name == "a" and any(tag.name == "a" for tag in stack):
        raise fail("Nested links are not allowed")


def _entity_for(tag: _OpenTag, end: int) -> JSON | None:
    if end == tag.offset:
        return None
    kind = _ENTITY_TYPES[tag.name]
    entity: JSON = {"type": kind, "offset": tag.offset, "length": end - tag.offset}
    if tag.name == "a":
        href = tag.attributes["href"]
        if href.startswith("tg://user?id="):
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(href.split("=", 1)[1]), "is_bot": False, "first_name": "?"}
        else:
            entity["url"] = href
    if tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    if tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    return entity


def parse_text(
    text: str, parse_mode: str | None, *, limit: int, what: str
) -> tuple[str, list[JSON]]:
    """The text and entities of a message or caption, validated like Telegram does."""
    entities: list[JSON] = []
    if parse_mode is None or parse_mode == "":
        plain = text
    elif parse_mode.upper() == "HTML":
        plain, entities = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} in this fake")
    if what == "message" and not plain.strip():
        raise bad_request("message text is empty")
    if utf16_length(plain) > limit:
        raise bad_request(
            "message is too long" if what == "message" else "message caption is too long"
        )
    return plain, entities
