"""What a service call changed, so the window refreshes only the pages that show it."""

from __future__ import annotations

from enum import StrEnum


class Changed(StrEnum):
    ENTRIES = "entries"
    LEDGER = "ledger"
    MARKETS = "markets"
    CUSTOMERS = "customers"
    MEMOS = "memos"
    LETTERS = "letters"
    ORDERS = "orders"
