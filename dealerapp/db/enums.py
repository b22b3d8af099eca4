"""The closed vocabularies of the domain; the database holds them as CHECKed text."""

from enum import StrEnum


class StaffRole(StrEnum):
    ADVISOR = "advisor"
    MANAGER = "manager"
    ADMIN = "admin"


class PaperSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"


class EntryStatus(StrEnum):
    WAITING = "waiting"
    ASSIGNED = "assigned"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


# Entries that hold a unit of the dealer's allocation (DOMAIN.md, rule 1).
UNIT_HOLDING_STATUSES = (EntryStatus.ASSIGNED, EntryStatus.ORDERED, EntryStatus.DELIVERED)
# Entries still in play: at most one of these per customer, dealer and program.
OPEN_STATUSES = (EntryStatus.WAITING, EntryStatus.ASSIGNED, EntryStatus.ORDERED)


class DepositMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    CHEQUE = "cheque"
    OTHER = "other"


class LedgerKind(StrEnum):
    INITIAL = "initial"
    INCREASE = "increase"
    CUT = "cut"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    CORRECTION = "correction"
    REVERSAL = "reversal"


class LedgerSource(StrEnum):
    MANUAL = "manual"
    MEMO = "memo"
    IMPORT = "import"
    DEMO = "demo"


class MarketEventKind(StrEnum):
    CLOSE = "close"
    FILL = "fill"
    REOPEN = "reopen"


class OrderStage(StrEnum):
    ENTERED = "entered"
    SCHEDULED = "scheduled"
    IN_PRODUCTION = "in_production"
    BUILT = "built"
    IN_TRANSIT = "in_transit"
    AT_DEALER = "at_dealer"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    HOLD = "hold"


class Confidence(StrEnum):
    OFFICIAL = "official"
    RUMOR = "rumor"


class MemoState(StrEnum):
    IMPORTED = "imported"
    APPLIED = "applied"
    REVERTED = "reverted"
    DISMISSED = "dismissed"


class DirectiveKind(StrEnum):
    MARKET_CLOSED = "market_closed"
    ALLOCATIONS_FILLED = "allocations_filled"
    PRODUCTION_VOLUME = "production_volume"
    MARKET_ALLOCATION = "market_allocation"
    DEALER_ALLOCATION_CHANGE = "dealer_allocation_change"
    ORDER_BANK_CLOSE = "order_bank_close"
    PRODUCTION_END = "production_end"
    PRODUCTION_START = "production_start"
    DELAY = "delay"


class LetterOutput(StrEnum):
    PRINTER = "printer"
    PDF = "pdf"


class ChangeSource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    MEMO = "memo"
    DEMO = "demo"
