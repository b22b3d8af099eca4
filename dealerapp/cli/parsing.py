"""Argument types shared by the commands, with messages a person understands."""

from __future__ import annotations

import argparse
from datetime import date


def non_negative_int(raw: str) -> int:
    try:
        value = int(raw.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, not {raw}")
    return value


def positive_int(raw: str) -> int:
    value = non_negative_int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {raw}")
    return value


def iso_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date like 2011-07-21") from None
