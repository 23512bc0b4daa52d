"""python-telegram-bot's network seam over aiohttp: one pooled session per request object.

``BaseRequest.post`` turns status codes into python-telegram-bot's errors (a 429 becomes
``RetryAfter``), so ``do_request`` only returns the status and the body; it maps aiohttp's
timeouts to ``TimedOut`` and its other failures to ``NetworkError``. Error messages never
carry the request URL, because the URL carries the bot token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_TOKEN_IN_TEXT: Final = re.compile(r"bot\d+:[A-Za-z0-9_-]+")
_JSON_HEADERS: Final = MappingProxyType({"Content-Type": "application/json"})


def redact_token(text: str) -> str:
    """``text`` with any bot token (as it appears in Bot API URLs) replaced."""
    return _TOKEN_IN_TEXT.sub("bot<token>", text)


class AiohttpRequest(BaseRequest):
    """A ``BaseRequest`` over one ``aiohttp.ClientSession`` with a bounded connection pool.

    The timeouts mean what they mean for python-telegram-bot's own ``HTTPXRequest``; aiohttp
    has no write timeout of its own, so when every timeout is finite their sum bounds the
    whole request.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool_size",
        "_pool_timeout",
        "_read_timeout",
        "_session",
        "_write_timeout",
    )

    def __init__(
        self,
        *,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout in seconds."""
        return self._read_timeout

    @property
    def connection_pool_size(self) -> int:
        return self._pool_size

    async def initialize(self) -> None:
        """Open the session (inside the running event loop); a no-op when already open."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, enable_cleanup_closed=False)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    async def shutdown(self) -> None:
        """Close the session and its connections; safe to call twice."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; return the HTTP status and the raw body."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        has_files = bool(request_data and request_data.contains_files)
        timeout = self._timeout(
            read=_given(read_timeout, self._read_timeout),
            write=_given(
                write_timeout, self._media_write_timeout if has_files else self._write_timeout
            ),
            connect=_given(connect_timeout, self._connect_timeout),
            pool=_given(pool_timeout, self._pool_timeout),
        )
        body, headers = _body(request_data)
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            # aiohttp's ServerTimeoutError and ConnectionTimeoutError are TimeoutErrors too.
            raise TimedOut(f"Timed out: {type(error).__name__}") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {_describe(error)}") from error

    @staticmethod
    def _timeout(
        *, read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        parts = (read, write, connect, pool)
        total = sum(p for p in parts if p is not None) if None not in parts else None
        acquire = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=total, connect=acquire, sock_connect=connect, sock_read=read
        )


def _given(value: object, default: float | None) -> float | None:
    """A timeout python-telegram-bot passed: its "no value given" marker means our default.
    (Its type is private to the library; the marker is public, as ``DEFAULT_NONE``.)"""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    if value is None or isinstance(value, int | float):
        return None if value is None else float(value)
    return default


def _body(
    request_data: RequestData | None,
) -> tuple[aiohttp.FormData | bytes | None, Mapping[str, str] | None]:
    """The request body and its headers: the parameters as one JSON object (the Bot API
    accepts ``application/json`` for every method that uploads no file), or multipart form
    data when there are files to upload (the QR code image).

    JSON costs far less CPU than the URL-encoded form python-telegram-bot's own transport
    sends: one pass of the C encoder instead of percent-encoding every byte of the message
    text and of the keyboard's JSON in Python.
    """
    if request_data is None:
        return None, None
    if not request_data.contains_files:
        payload = json.dumps(request_data.parameters, ensure_ascii=False, separators=(",", ":"))
        return payload.encode(), _JSON_HEADERS
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form, None


def _describe(error: aiohttp.ClientError) -> str:
    """A message for logs: aiohttp's own words, minus anything that could hold the token."""
    if isinstance(error, aiohttp.InvalidURL):
        return "invalid URL"
    if isinstance(error, aiohttp.ClientResponseError):
        return f"status {error.status}"
    return redact_token(str(error))
