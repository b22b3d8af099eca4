"""What `db status` and the window's status bar report about an open database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import EntryStatus

# The tables a person cares about, in the order they read them.
COUNTED_TABLES: tuple[tuple[str, type[m.Base]], ...] = (
    ("programs", m.Program),
    ("markets", m.Market),
    ("dealers", m.Dealer),
    ("allocation events", m.AllocationEvent),
    ("customers", m.Customer),
    ("waitlist entries", m.WaitlistEntry),
    ("orders", m.Order),
    ("order status codes", m.OrderStatusCode),
    ("memos", m.Memo),
    ("letters sent", m.LetterSent),
    ("audit rows", m.AuditEntry),
    ("staff users", m.StaffUser),
)


@dataclass(frozen=True)
class DatabaseSummary:
    counts: dict[str, int]
    entries_by_status: dict[str, int]

    @property
    def has_business_data(self) -> bool:
        """True once anything beyond reference tables (status codes) is there."""
        return any(n for name, n in self.counts.items() if name != "order status codes")


def summarize(session: Session) -> DatabaseSummary:
    counts = {
        label: session.scalar(select(func.count()).select_from(model)) or 0
        for label, model in COUNTED_TABLES
    }
    by_status = dict.fromkeys((s.value for s in EntryStatus), 0)
    rows = session.execute(
        select(m.WaitlistEntry.status, func.count()).group_by(m.WaitlistEntry.status)
    )
    for status, count in rows:
        by_status[EntryStatus(status).value] = count
    return DatabaseSummary(counts, by_status)


def is_empty(session: Session) -> bool:
    """No programs, markets, dealers or customers: checked by the demo loader and first start."""
    for model in (m.Program, m.Market, m.Dealer, m.Customer):
        if session.scalar(select(select(model.id).exists())):
            return False
    return True
