#!/usr/bin/env python3
"""Build bmwna-us-allocation-filled.eml from bmwna-us-allocation-filled.txt.

The .txt file is the authored memo text; this script wraps the same text in
an RFC 5322 / MIME message (multipart/alternative: text/plain + text/html)
with Python's standard email package, so the two files never drift apart.
Standard library only.  The PDF memo is built by make_pdf.py (needs fpdf2).

Usage:  python make_memos.py
"""

from __future__ import annotations

import html
import os
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "bmwna-us-allocation-filled.txt")
TARGET = os.path.join(HERE, "bmwna-us-allocation-filled.eml")


def to_html(text: str) -> str:
    """Paragraphs of the plain memo as simple HTML (same words, same order)."""
    blocks = re.split(r"\n\s*\n", text.strip())
    parts = []
    for block in blocks:
        lines = [html.escape(line.strip()) for line in block.splitlines()]
        if re.match(r"^\d+\.\s", block):            # numbered point: re-flow into one paragraph
            parts.append("<p>" + " ".join(lines) + "</p>")
        elif len(lines) == 1 and block.strip() in ("DEALER MEMORANDUM", "Action required"):
            parts.append(f"<h2>{lines[0]}</h2>" if block.strip() == "DEALER MEMORANDUM"
                         else f"<h3>{lines[0]}</h3>")
        elif all(re.match(r"^\w[\w .]*:\s", ln.strip()) for ln in block.splitlines()):
            rows = []
            for ln in block.splitlines():
                key, _, value = ln.partition(":")
                rows.append(f"<tr><th align=\"left\">{html.escape(key.strip())}:</th>"
                            f"<td>{html.escape(value.strip())}</td></tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
        else:
            parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(parts)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            "<title>1 Series M Coupe - US allocations filled</title></head>\n"
            f"<body style=\"font-family: Arial, sans-serif; font-size: 11pt;\">\n{body}\n</body>\n</html>\n")


def build() -> EmailMessage:
    with open(SOURCE, encoding="utf-8") as fh:
        text = fh.read()
    msg = EmailMessage(policy=policy.SMTP)      # CRLF line endings, as on the wire
    msg["From"] = Address("BMW NA Product Planning", "allocation", "bmwna.example.com")
    msg["To"] = Address("BMW NA Center Sales Managers", "center-sales-managers", "dealers.bmwna.example.com")
    msg["Date"] = format_datetime(dt.datetime(2011, 7, 21, 16, 42, 0,
                                              tzinfo=dt.timezone(dt.timedelta(hours=-4))))
    msg["Subject"] = "1 Series M Coupe - US allocations filled, no further production for the US market"
    msg["Message-ID"] = "<PP-2011-0721.1m-us-allocation@bmwna.example.com>"
    msg["X-Memo-Number"] = "PP-2011-0721"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("=_1m-memo-PP-2011-0721_=")   # fixed, so the file is reproducible
    return msg


def check(path: str) -> None:
    from email import message_from_binary_file
    with open(path, "rb") as fh:
        parsed = message_from_binary_file(fh, policy=policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    plain = parsed.get_body(("plain",)).get_content()
    htm = parsed.get_body(("html",)).get_content()
    with open(SOURCE, encoding="utf-8") as fh:
        assert plain.replace("\r\n", "\n") == fh.read()
    words = lambda s: re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s))).split()
    assert words(htm.split("<body", 1)[1].split(">", 1)[1]) == words(plain), "html and plain differ"
    print(f"{os.path.basename(path)}: {parsed['Date']} | {parsed['Subject']}")


def main() -> None:
    msg = build()
    with open(TARGET, "wb") as fh:
        fh.write(msg.as_bytes())
    check(TARGET)


if __name__ == "__main__":
    main()
