"""Choosing the reader by the file's contents and name; the size and emptiness checks for all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from dealerapp.memos.readers.base import MAX_BYTES, MemoDocument, MemoReadError
from dealerapp.memos.readers.eml import read_eml
from dealerapp.memos.readers.headers import header_lines
from dealerapp.memos.readers.plain_text import decode_text

# An OEM memo is a page or two; a quarter of a million characters is a book.
MAX_TEXT = 250_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_file(path: Path) -> MemoDocument:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MemoReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise MemoReadError(
            f"{path.name}: the file is {size / 1024 / 1024:.1f} MB; memos over "
            f"{MAX_BYTES // 1024 // 1024} MB are not accepted"
        )
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise MemoReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    return read_bytes(content, path.name)


def read_bytes(content: bytes, file_name: str) -> MemoDocument:
    if len(content) > MAX_BYTES:
        raise MemoReadError(
            f"{file_name}: memos over {MAX_BYTES // 1024 // 1024} MB are not accepted"
        )
    if not content.strip():
        raise MemoReadError(f"{file_name}: the file is empty")
    reader = _reader_for(content, file_name)
    document = _without_lone_surrogates(reader(content, file_name))
    if not document.text.strip():
        raise MemoReadError(f"{file_name}: there is no text in it")
    _refuse_overlong(document.text, file_name)
    return document


def _clean(text: str | None) -> str | None:
    return None if text is None else text.encode("utf-8", "replace").decode("utf-8")


def _without_lone_surrogates(document: MemoDocument) -> MemoDocument:
    """The e-mail package keeps undecodable bytes as lone surrogates, which no database takes."""
    return replace(
        document,
        text=_clean(document.text) or "",
        sender=_clean(document.sender),
        subject=_clean(document.subject),
    )


def _refuse_overlong(text: str, file_name: str) -> None:
    if len(text) > MAX_TEXT:
        raise MemoReadError(
            f"{file_name}: {len(text):,} characters of text is longer than any memo "
            f"(up to {MAX_TEXT:,}); paste the part that is the memo"
        )


def read_pasted(text: str, name: str = "pasted text") -> MemoDocument:
    if not text.strip():
        raise MemoReadError("the pasted text is empty")
    # The clipboard can hand over half a character pair (a lone surrogate); it is no text.
    text = text.encode("utf-8", "replace").decode("utf-8")
    content = text.encode("utf-8")
    if len(content) > MAX_BYTES:
        raise MemoReadError(f"pasted text over {MAX_BYTES // 1024 // 1024} MB is not accepted")
    _refuse_overlong(text, name)
    return _text_document(content, name, text)


def _reader_for(content: bytes, file_name: str) -> Callable[[bytes, str], MemoDocument]:
    suffix = Path(file_name).suffix.lower()
    # pypdf and extract-msg load only when such a file comes: the window starts faster.
    if content.startswith(b"%PDF-") or suffix == ".pdf":
        from dealerapp.memos.readers.pdf import read_pdf

        return read_pdf
    if content.startswith(_OLE_MAGIC) or suffix == ".msg":
        from dealerapp.memos.readers.msg import read_msg

        return read_msg
    if suffix == ".eml":
        return read_eml
    if suffix in (".txt", ".text", ".md", ""):
        return _read_text
    raise MemoReadError(
        f"{file_name}: {suffix} files are not memos dealerapp reads; "
        "use .txt, .eml, .msg or .pdf, or paste the text"
    )


def _read_text(content: bytes, file_name: str) -> MemoDocument:
    return _text_document(content, file_name, decode_text(content, file_name))


def _text_document(content: bytes, file_name: str, text: str) -> MemoDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headers = header_lines(text)
    return MemoDocument(
        file_name=file_name,
        media_type="text/plain",
        content=content,
        text=text.strip("\n"),
        sender=headers.sender,
        received_on=headers.day,
        subject=headers.subject,
    )
