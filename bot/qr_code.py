"""QR code images of the bot's link, for printed flyers: a PNG with no imaging library.

``qrcode`` computes the module matrix; the PNG is written here with ``zlib`` (8-bit greyscale),
so the bot needs neither Pillow nor pypng.
"""

from __future__ import annotations

import struct
import zlib

import qrcode  # type: ignore[import-untyped]
from qrcode.constants import ERROR_CORRECT_M  # type: ignore[import-untyped]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BLACK = 0
_WHITE = 255


def qr_matrix(text: str, *, border: int = 4) -> list[list[bool]]:
    """The QR code's modules (True is dark), quiet zone included."""
    code = qrcode.QRCode(border=border, error_correction=ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_png(text: str, *, scale: int = 10, border: int = 4) -> bytes:
    """A PNG image of the QR code for ``text``, ``scale`` pixels per module."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    matrix = qr_matrix(text, border=border)
    rows = bytearray()
    for modules in matrix:
        line = bytearray()
        for dark in modules:
            line.extend(bytes([_BLACK if dark else _WHITE]) * scale)
        rows.extend((b"\x00" + bytes(line)) * scale)  # filter type 0 on every scanline
    size = len(matrix) * scale
    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)
    return b"".join(
        (
            PNG_SIGNATURE,
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(bytes(rows), 9)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
