"""PDF memos with pypdf: the text layer, or a clear word that it is a scan without one."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

from dealerapp.memos.readers.base import MemoDocument, MemoReadError
from dealerapp.memos.readers.headers import header_lines

# pypdf logs every oddity of a damaged file; the user gets one message instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(content: bytes, file_name: str) -> MemoDocument:
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            raise MemoReadError(
                f"{file_name}: the PDF is encrypted (password protected); save an unprotected "
                "copy or paste its text"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except MemoReadError:
        raise
    except Exception as exc:  # pypdf raises dozens of kinds on damaged files
        raise MemoReadError(f"{file_name}: the PDF is damaged and cannot be read ({exc})") from exc
    if _written_by_dealerapp(reader):
        raise MemoReadError(
            f"{file_name}: this is a PDF of letters written by dealerapp, not a memo; "
            "nothing was imported"
        )
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise MemoReadError(
            f"{file_name}: the PDF has no text layer ({len(pages)} page(s)); it is probably "
            "a scan. Paste the memo's text instead"
        )
    headers = header_lines(text)
    return MemoDocument(
        file_name=file_name,
        media_type="application/pdf",
        content=content,
        text=text,
        sender=headers.sender or _metadata_author(reader),
        received_on=headers.day,
        subject=headers.subject,
    )


def _written_by_dealerapp(reader: PdfReader) -> bool:
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - a damaged info dict says nothing either way
        return False
    return info is not None and str(info.get("/Creator", "")) == "dealerapp"


def _metadata_author(reader: PdfReader) -> str | None:
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - the author is a nicety; a damaged info dict is not fatal
        return None
    author = info.author if info else None
    return str(author) if author else None
