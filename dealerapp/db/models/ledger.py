"""The allocation ledger: signed unit events whose sum is the allocation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import LedgerKind, LedgerSource


class AllocationEvent(Base):
    """One signed change to a market's or a dealer's allocation of a program.

    A row without dealer is market-level (the national share); with a dealer it
    is that dealer's. Rows are only ever added: a correction or a memo revert
    is a new row that points at the row it reverses.
    """

    __tablename__ = "allocation_events"
    __table_args__ = (
        CheckConstraint("units <> 0", "units_nonzero"),
        CheckConstraint(
            "period IS NULL OR (length(period) = 7 AND substr(period, 5, 1) = '-')", "period_format"
        ),
        CheckConstraint("source <> 'memo' OR memo_id IS NOT NULL", "memo_source_named"),
        Index("ix_allocation_events_dealer_program", "dealer_id", "program_id"),
        Index("ix_allocation_events_market_program", "market_id", "program_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    market_id: Mapped[int] = mapped_column(ForeignKey("markets.id"))
    dealer_id: Mapped[int | None] = mapped_column(ForeignKey("dealers.id"))
    units: Mapped[int] = mapped_column(Integer)
    kind: Mapped[LedgerKind] = mapped_column(str_enum(LedgerKind, "ledger_kind"))
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[LedgerSource] = mapped_column(str_enum(LedgerSource, "ledger_source"))
    memo_id: Mapped[int | None] = mapped_column(ForeignKey("memos.id"), index=True)
    # The two rows of a transfer share a group so either can find the other.
    transfer_group: Mapped[str | None] = mapped_column(String(36), index=True)
    reverses_event_id: Mapped[int | None] = mapped_column(ForeignKey("allocation_events.id"))
    period: Mapped[str | None] = mapped_column(String(7))
    author: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
