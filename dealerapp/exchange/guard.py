"""Keeping spreadsheets from running what a customer typed.

A cell that starts with = + - or @ (or a tab or carriage return, which some
spreadsheets skip before looking) is a formula to Excel and LibreOffice: a
customer named "=HYPERLINK(...)" must stay text. CSV cells get the usual
leading apostrophe, which the CSV reader here takes off again; XLSX cells are
written as text with Excel's own quote-prefix, so their value stays exact.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(text: str) -> bool:
    return text.startswith(TRIGGERS)


def neutralise_csv(text: str) -> str:
    return "'" + text if text.startswith(TRIGGERS) else text


_GUARDED = tuple("'" + trigger for trigger in TRIGGERS)


def unguard(text: str) -> str:
    """What neutralise_csv wrote, read back as the original text."""
    return text[1:] if text.startswith(_GUARDED) else text
