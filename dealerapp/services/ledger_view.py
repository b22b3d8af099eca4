"""The allocation ledger as rows for a person to read: who, how many, why, from which memo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.services import lookup


@dataclass(frozen=True)
class LedgerRow:
    id: int
    recorded_at: datetime
    holder: str
    units: int
    kind: str
    reason: str
    source: str
    memo_id: int | None
    period: str | None
    author: str


def ledger_rows(
    session: Session,
    *,
    program: str | None = None,
    market: str | None = None,
    dealer: str | None = None,
) -> list[LedgerRow]:
    """A dealer's ledger, or a market's (its national share and all its dealers), newest first."""
    prog = lookup.program(session, program)
    event = m.AllocationEvent
    query = (
        select(event, m.Dealer.name, m.Market.code)
        .join(m.Market, m.Market.id == event.market_id)
        .outerjoin(m.Dealer, m.Dealer.id == event.dealer_id)
        .where(event.program_id == prog.id)
        .order_by(event.recorded_at.desc(), event.id.desc())
    )
    if dealer is not None:
        query = query.where(event.dealer_id == lookup.dealer(session, dealer).id)
    elif market is not None:
        query = query.where(event.market_id == lookup.market(session, market).id)
    return [
        LedgerRow(
            row.id, row.recorded_at, dealer_name or f"{market_code} national share", row.units,
            row.kind.value, row.reason, row.source.value, row.memo_id, row.period, row.author,
        )
        for row, dealer_name, market_code in session.execute(query)
    ]  # fmt: skip
