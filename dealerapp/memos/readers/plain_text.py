"""Plain text files: UTF-8, or the Windows and Latin-1 code pages old mail clients write."""

from __future__ import annotations

from dealerapp.memos.readers.base import MemoReadError

# Bytes that never appear in text: a file with many of them is binary.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


def decode_text(content: bytes, file_name: str) -> str:
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    if looks_binary(content):
        raise MemoReadError(f"{file_name}: this is not text (it looks like a binary file)")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 is a superset of Latin-1's printable range; its five undefined
    # bytes mean the file was Latin-1 (ISO 8859-1) all along.
    try:
        return content.decode("cp1252")
    except UnicodeDecodeError:
        return content.decode("latin-1")


def looks_binary(content: bytes) -> bool:
    sample = content[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls / len(sample) > 0.02
