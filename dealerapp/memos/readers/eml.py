"""E-mail files (.eml) with the stdlib email package: plain or HTML body, sender and date."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from dealerapp.memos.readers.base import MemoDocument, MemoReadError
from dealerapp.memos.readers.headers import parse_day
from dealerapp.memos.readers.html_text import html_to_text


def read_eml(content: bytes, file_name: str) -> MemoDocument:
    try:
        return _read(content, file_name)
    except MemoReadError:
        raise
    except Exception as exc:  # the email package parses headers lazily, raising any kind
        raise MemoReadError(f"{file_name}: not a readable e-mail ({exc})") from exc


def _read(content: bytes, file_name: str) -> MemoDocument:
    message = BytesParser(policy=policy.default).parsebytes(content)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Date"]):
        raise MemoReadError(f"{file_name}: not an e-mail (no From or Date header)")
    text = _body_text(message, file_name)
    date_header = message["Date"]
    return MemoDocument(
        file_name=file_name,
        media_type="message/rfc822",
        content=content,
        text=text,
        sender=str(message["From"]) if message["From"] else None,
        received_on=parse_day(str(date_header)) if date_header else None,
        subject=str(message["Subject"]) if message["Subject"] else None,
    )


def _body_text(message: EmailMessage, file_name: str) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise MemoReadError(f"{file_name}: the e-mail has no text or HTML body")
    try:
        body = part.get_content()
    except (LookupError, UnicodeError) as exc:
        raise MemoReadError(f"{file_name}: the e-mail body cannot be decoded ({exc})") from exc
    if not isinstance(body, str):
        raise MemoReadError(f"{file_name}: the e-mail body is not text")
    if part.get_content_type() == "text/html":
        body = html_to_text(body)
    return body.replace("\r\n", "\n").strip()
