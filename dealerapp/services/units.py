"""A dealer's units for one program: the ledger's sum, the units held, what remains."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import UNIT_HOLDING_STATUSES, EntryStatus


@dataclass(frozen=True)
class DealerUnits:
    allocated: int
    holding: int
    waiting: int

    @property
    def available(self) -> int:
        return self.allocated - self.holding


def dealer_units(session: Session, dealer_id: int, program_id: int) -> DealerUnits:
    allocated = session.scalar(
        select(func.coalesce(func.sum(m.AllocationEvent.units), 0)).where(
            m.AllocationEvent.dealer_id == dealer_id, m.AllocationEvent.program_id == program_id
        )
    )
    counts = dict(
        session.execute(
            select(m.WaitlistEntry.status, func.count())
            .where(m.WaitlistEntry.dealer_id == dealer_id, m.WaitlistEntry.program_id == program_id)
            .group_by(m.WaitlistEntry.status)
        ).all()
    )
    holding = sum(counts.get(status, 0) for status in UNIT_HOLDING_STATUSES)
    return DealerUnits(int(allocated or 0), holding, counts.get(EntryStatus.WAITING, 0))


def market_share(session: Session, market_id: int, program_id: int) -> tuple[int, int]:
    """The market's national share (market-level rows) and what its dealers hold of it."""
    share, to_dealers = session.execute(
        select(
            func.coalesce(
                func.sum(m.AllocationEvent.units).filter(m.AllocationEvent.dealer_id.is_(None)), 0
            ),
            func.coalesce(
                func.sum(m.AllocationEvent.units).filter(m.AllocationEvent.dealer_id.is_not(None)),
                0,
            ),
        ).where(
            m.AllocationEvent.market_id == market_id, m.AllocationEvent.program_id == program_id
        )
    ).one()
    return int(share), int(to_dealers)
