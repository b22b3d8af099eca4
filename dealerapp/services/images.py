"""Checking an image file staff choose (a dealer's logo) without loading an image library.

The letters are drawn by Qt, which reads PNG, JPEG, GIF and BMP out of the
box; here the header of each is read far enough to know it is one, so that a
PDF or a renamed spreadsheet is refused with a message instead of printing a
blank letterhead.
"""

from __future__ import annotations

import struct

from dealerapp.errors import InputError

MAX_LOGO_BYTES = 2 * 1024 * 1024


def check_logo(data: bytes, name: str) -> bytes:
    """The bytes of a usable logo, or InputError naming the file and what is wrong."""
    if not data:
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_LOGO_BYTES:
        raise InputError(
            f"{name}: {len(data) / 1_048_576:.1f} MB is too big for a logo (at most 2 MB; "
            "a letterhead logo needs far less)"
        )
    kind = image_kind(data)
    if kind is None:
        raise InputError(f"{name}: not an image dealerapp can print (use PNG, JPEG, GIF or BMP)")
    width, height = _dimensions(kind, data)
    if width <= 0 or height <= 0:
        raise InputError(f"{name}: the {kind} image is damaged (it has no size)")
    return data


def image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data.startswith(b"BM") and len(data) >= 26:
        return "BMP"
    return None


def _dimensions(kind: str, data: bytes) -> tuple[int, int]:
    """Width and height from the header; (0, 0) when the header is cut short or damaged."""
    try:
        if kind == "PNG":
            if data[12:16] != b"IHDR":
                return 0, 0
            width, height = struct.unpack(">II", data[16:24])
            return int(width), int(height)
        if kind == "GIF":
            width, height = struct.unpack("<HH", data[6:10])
            return int(width), int(height)
        if kind == "BMP":
            width, height = struct.unpack("<ii", data[18:26])
            return int(width), abs(int(height))
        return _jpeg_dimensions(data)
    except struct.error:
        return 0, 0


def _jpeg_dimensions(data: bytes) -> tuple[int, int]:
    # Walk the marker segments to the first start-of-frame, which holds the size.
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return 0, 0
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return 0, 0
