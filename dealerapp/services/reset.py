"""Emptying a database's business data, for `demo load --replace` and `demo generate --replace`."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from dealerapp.db import models as m

# Children before parents, so foreign keys hold at every step. Order status
# codes are reference data the user edits; they stay.
_BUSINESS_TABLES: tuple[type[m.Base], ...] = (
    m.LetterSent,
    m.OrderStatusChange,
    m.Order,
    m.PositionChange,
    m.WaitlistEntry,
    m.Customer,
    m.AllocationEvent,
    m.MarketStateEvent,
    m.MarketProgramState,
    m.Directive,
    m.Memo,
    m.Dealer,
    m.ProgramAlias,
    m.Program,
    m.Market,
)


def delete_business_data(session: Session) -> None:
    """Delete every customer, entry, dealer, market, program and memo (not the audit log)."""
    for model in _BUSINESS_TABLES:
        session.execute(delete(model))
