"""Every table of dealerapp; importing this module registers them all on Base.metadata."""

from dealerapp.db.base import Base
from dealerapp.db.models.audit import AuditEntry
from dealerapp.db.models.ledger import AllocationEvent
from dealerapp.db.models.letters import LetterSent
from dealerapp.db.models.memos import Directive, Memo
from dealerapp.db.models.orders import Order, OrderStatusChange, OrderStatusCode
from dealerapp.db.models.reference import (
    Dealer,
    Market,
    MarketProgramState,
    MarketStateEvent,
    Program,
    ProgramAlias,
    StaffUser,
)
from dealerapp.db.models.waitlist import Customer, PositionChange, WaitlistEntry

__all__ = [
    "AllocationEvent",
    "AuditEntry",
    "Base",
    "Customer",
    "Dealer",
    "Directive",
    "LetterSent",
    "Market",
    "MarketProgramState",
    "MarketStateEvent",
    "Memo",
    "Order",
    "OrderStatusChange",
    "OrderStatusCode",
    "PositionChange",
    "Program",
    "ProgramAlias",
    "StaffUser",
    "WaitlistEntry",
]
