"""Outlook messages (.msg) with extract-msg."""

from __future__ import annotations

import io
import logging

import extract_msg

from dealerapp.memos.readers.base import MemoDocument, MemoReadError
from dealerapp.memos.readers.html_text import html_to_text

logging.getLogger("extract_msg").setLevel(logging.ERROR)


def read_msg(content: bytes, file_name: str) -> MemoDocument:
    try:
        message = extract_msg.openMsg(io.BytesIO(content))
    except Exception as exc:  # extract-msg raises many kinds for bad files
        raise MemoReadError(f"{file_name}: not a readable Outlook message ({exc})") from exc
    try:
        return _document(message, content, file_name)
    except MemoReadError:
        raise
    except Exception as exc:  # its parts are read lazily: a damaged one fails here, any kind
        raise MemoReadError(f"{file_name}: the Outlook message is damaged ({exc})") from exc
    finally:
        message.close()


def _document(message: object, content: bytes, file_name: str) -> MemoDocument:
    if not isinstance(message, extract_msg.Message):
        raise MemoReadError(
            f"{file_name}: this Outlook file is not an e-mail message ({type(message).__name__})"
        )
    text = (message.body or "").strip()
    if not text and message.htmlBody:
        html = message.htmlBody
        text = html_to_text(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    if not text:
        raise MemoReadError(f"{file_name}: the Outlook message has no text")
    sent = message.date
    return MemoDocument(
        file_name=file_name,
        media_type="application/vnd.ms-outlook",
        content=content,
        text=text.replace("\r\n", "\n"),
        sender=message.sender or None,
        received_on=sent.date() if sent is not None else None,
        subject=message.subject or None,
    )
