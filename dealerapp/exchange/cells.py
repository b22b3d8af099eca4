"""Turning the text of one cell into a value, the many ways staff spreadsheets write it.

Each parser raises ValueError with a message that makes sense after
"row 12, Deposit: ".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

# Month first on slashes in North America, day first elsewhere (22/03/2011).
_MONTH_FIRST = frozenset({"US", "CA"})
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_TRUE = frozenset({"true", "yes", "y", "1", "x", "ja", "j", "oui", "sì", "si"})
_FALSE = frozenset({"false", "no", "n", "0", "nein", "non"})


def parse_day(text: str, market: str | None = None) -> date:
    """ISO dates, 22.03.2011, and 03/22/2011 (US, Canada) or 22/03/2011 (elsewhere)."""
    value = text.strip()
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value)
    except ValueError:
        pass
    dotted = _DOTTED.fullmatch(value)
    slashed = _SLASHED.fullmatch(value)
    try:
        if dotted:
            day, month, year = (int(part) for part in dotted.groups())
            return date(year, month, day)
        if slashed:
            first, second, year = (int(part) for part in slashed.groups())
            if year < 100:
                year += 2000
            if (market or "").upper() in _MONTH_FIRST:
                return date(year, first, second)
            return date(year, second, first)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date on the calendar") from exc
    raise ValueError(f"{text!r} is not a date (write 2011-03-22)")


def parse_moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return datetime.combine(parse_day(text), datetime.min.time())


def parse_amount(text: str) -> Decimal:
    """'5,000.00', '$5000', '5.000,00 €', '5 000' -> Decimal; the last separator before
    one or two digits is the decimal point, others group thousands."""
    value = re.sub(r"[^\d,.\-]", "", text)
    if not value or value in {"-", ".", ","}:
        raise ValueError(f"{text!r} is not an amount of money")
    if value.startswith("-"):
        raise ValueError(f"{text!r} is negative; a deposit cannot be")
    last = max(value.rfind(","), value.rfind("."))
    if last >= 0 and len(value) - last - 1 in (1, 2):
        whole, fraction = value[:last], value[last + 1 :]
        value = re.sub(r"[,.]", "", whole) + "." + fraction
    else:
        value = re.sub(r"[,.]", "", value)
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not an amount of money") from exc
    if not amount.is_finite() or amount >= MAX_AMOUNT:
        raise ValueError(f"{text!r} is more than any deposit")
    return amount


def parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"{text!r} is neither yes nor no")


MAX_POSITION = 1_000_000
MAX_AMOUNT = Decimal(10) ** 10  # ten thousand million: no deposit is larger


def parse_count(text: str) -> int:
    value = text.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 7 or int(value) < 1:
        raise ValueError(f"{text!r} is not a position (1, 2, 3, ...)")
    if int(value) > MAX_POSITION:
        raise ValueError(f"{text!r} is not a position: no queue is that long")
    return int(value)
