"""Read-only summaries for the dashboard: each market's supply and queue at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import UNIT_HOLDING_STATUSES, EntryStatus


@dataclass(frozen=True)
class MarketOverview:
    code: str
    name: str
    dealers: int
    national_share: int
    allocated_to_dealers: int
    holding_units: int
    waiting: int
    closed: bool
    filled: bool

    @property
    def state(self) -> str:
        if self.closed and self.filled:
            return "closed, allocations filled"
        if self.closed:
            return "closed"
        if self.filled:
            return "allocations filled"
        return "open"


def market_overview(session: Session) -> list[MarketOverview]:
    """One row per market, over all programs, from the ledger and the entries as committed."""
    ledger = (
        select(
            m.AllocationEvent.market_id,
            func.sum(
                case((m.AllocationEvent.dealer_id.is_(None), m.AllocationEvent.units), else_=0)
            ).label("national"),
            func.sum(
                case((m.AllocationEvent.dealer_id.is_not(None), m.AllocationEvent.units), else_=0)
            ).label("dealers"),
        )
        .group_by(m.AllocationEvent.market_id)
        .subquery()
    )
    holding = [s.value for s in UNIT_HOLDING_STATUSES]
    entries = (
        select(
            m.Dealer.market_id,
            func.count().filter(m.WaitlistEntry.status.in_(holding)).label("holding"),
            func.count().filter(m.WaitlistEntry.status == EntryStatus.WAITING).label("waiting"),
        )
        .join(m.Dealer, m.Dealer.id == m.WaitlistEntry.dealer_id)
        .group_by(m.Dealer.market_id)
        .subquery()
    )
    dealers = (
        select(m.Dealer.market_id, func.count().label("n")).group_by(m.Dealer.market_id).subquery()
    )
    states = (
        select(
            m.MarketProgramState.market_id,
            func.max(case((m.MarketProgramState.closed, 1), else_=0)).label("closed"),
            func.max(case((m.MarketProgramState.filled, 1), else_=0)).label("filled"),
        )
        .group_by(m.MarketProgramState.market_id)
        .subquery()
    )
    query = (
        select(
            m.Market.code,
            m.Market.name,
            func.coalesce(dealers.c.n, 0),
            func.coalesce(ledger.c.national, 0),
            func.coalesce(ledger.c.dealers, 0),
            func.coalesce(entries.c.holding, 0),
            func.coalesce(entries.c.waiting, 0),
            func.coalesce(states.c.closed, 0),
            func.coalesce(states.c.filled, 0),
        )
        .outerjoin(dealers, dealers.c.market_id == m.Market.id)
        .outerjoin(ledger, ledger.c.market_id == m.Market.id)
        .outerjoin(entries, entries.c.market_id == m.Market.id)
        .outerjoin(states, states.c.market_id == m.Market.id)
        .order_by(m.Market.code)
    )
    return [
        MarketOverview(
            code, name, int(n), int(nat), int(dl), int(hold), int(wait), bool(cl), bool(fi)
        )
        for code, name, n, nat, dl, hold, wait, cl, fi in session.execute(query)
    ]
