"""The From:/Date:/Subject: lines a memo saved as text or PDF often starts with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# The labels in English, German, French and Italian, as mail programs write them.
_SENDER = ("from", "sender", "von", "absender", "de", "expéditeur", "da", "mittente")
_DAY = ("date", "sent", "datum", "gesendet", "envoyé", "data", "inviato")
_SUBJECT = ("subject", "re", "betreff", "objet", "oggetto")
_HEADER = re.compile(rf"^({'|'.join(_SENDER + _DAY + _SUBJECT)})\s*:\s*(.+?)\s*$", re.IGNORECASE)
# Address lines a memo's header block also holds; not sender, date or subject.
_EXTRA_HEADER = re.compile(r"^(to|cc|bcc|attn|attention|an|kopie)\s*:\s*.+$", re.IGNORECASE)
# Any short "Label: value" line ("Memo no: PP-2011-0721") inside a header block; French
# puts a space before the colon ("Objet : …").
_LABEL_LINE = re.compile(r"^[^\W\d_][\w .#/-]{0,24}\s?:\s+\S")


@dataclass(frozen=True)
class HeaderLines:
    sender: str | None
    day: date | None
    subject: str | None


def is_header_line(line: str) -> bool:
    """A From:, Date:, Subject:, To: or Cc: line."""
    return bool(_HEADER.match(line)) or bool(_EXTRA_HEADER.match(line))


def is_label_line(line: str) -> bool:
    return bool(_LABEL_LINE.match(line))


def is_header_block(lines: list[str]) -> bool:
    """Lines that are all "Label: value", at least one of them a real header."""
    filled = [line.strip() for line in lines if line.strip()]
    return (
        bool(filled)
        and all(_LABEL_LINE.match(line) for line in filled)
        and any(is_header_line(line) for line in filled)
    )


def header_lines(text: str, *, lines: int = 15) -> HeaderLines:
    """Sender, date and subject from header-like lines near the top of a text."""
    sender = day = subject = None
    for line in text.splitlines()[:lines]:
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key in _SENDER and sender is None:
            sender = value
        elif key in _DAY and day is None:
            day = parse_day(value)
        elif key in _SUBJECT and subject is None:
            subject = value
    return HeaderLines(sender, day, subject)


def parse_day(value: str) -> date | None:
    """An e-mail style or written date ("Thu, 21 Jul 2011 09:30:00 -0400", "21 July 2011",
    "14. Juli 2011", "3.8.2011", "21 juillet 2011", "21 luglio 2011")."""
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    import dateparser  # heavy; only for dates e-mail parsing did not understand

    # All digits: day first ("3.8.2011"), as every language but American English writes
    # it; the US "8/3/2011" is the one order with slashes taken month first.
    order = "MDY" if "/" in value else "DMY"
    parsed: datetime | None = dateparser.parse(
        value,
        languages=["en", "de", "fr", "it"],
        settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False, "DATE_ORDER": order},
    )
    return parsed.date() if parsed else None
