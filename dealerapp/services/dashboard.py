"""The dashboard's numbers: per market and dealer, supply against the queue, and what is owed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import UNIT_HOLDING_STATUSES, EntryStatus
from dealerapp.errors import InputError
from dealerapp.services import lookup
from dealerapp.services.letters_owed import (
    CORRECTION_LETTER,
    UNSERVABLE_LETTER,
    letter_owed,
    told_flags,
)
from dealerapp.services.servability import Scope, Servability, compute_flags
from dealerapp.services.setup_overview import setup_steps

# What the earlier letter said, for the Action needed line.
TOLD_WORDS = {
    Servability.UNSERVABLE.value: "told they cannot be served",
    Servability.COVERED.value: "told a car was there for them",
    Servability.PENDING.value: "told they were still waiting",
}


@dataclass
class SupplyRow:
    code: str
    name: str
    market: str
    state: str = "open"
    allocated: int = 0
    assigned: int = 0
    waiting: int = 0
    covered: int = 0
    pending: int = 0
    unservable: int = 0
    letters_owed: int = 0
    # A market's national share (market-level ledger rows); None for a dealer.
    share: int | None = None

    @property
    def available(self) -> int:
        return self.allocated - self.assigned


@dataclass(frozen=True)
class ActionItem:
    """One thing to do, and where it is done: the page, narrowed to exactly those customers."""

    text: str
    page: str
    market: str | None = None
    dealer: str | None = None
    flag: str | None = None
    template: str | None = None
    entry_ids: tuple[int, ...] = ()
    # What the line says, as data, for the window to word it in its language: a key and
    # its figures and names ("corrections", {"count": 129, "unservable": 129}).
    key: str = ""
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Dashboard:
    program: str | None
    markets: list[SupplyRow]
    dealers: list[SupplyRow]
    actions: list[ActionItem] = field(default_factory=list)

    @property
    def totals(self) -> SupplyRow:
        total = SupplyRow("all", "All markets", "")
        for row in self.markets:
            for name in ("allocated", "assigned", "waiting", "covered", "pending", "unservable",
                         "letters_owed"):  # fmt: skip
                setattr(total, name, getattr(total, name) + getattr(row, name))
        return total


def dashboard(session: Session, program: str | None = None) -> Dashboard:
    """Everything the dashboard shows for one program (the only one when none is named)."""
    try:
        prog = lookup.program(session, program)
    except InputError:
        # No program yet (or several and none chosen): an empty dashboard, not an error.
        return Dashboard(None, [], [])
    dealers: dict[int, SupplyRow] = {}
    for dealer_id, code, name, market_code in session.execute(
        select(m.Dealer.id, m.Dealer.code, m.Dealer.name, m.Market.code)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .order_by(m.Market.code, m.Dealer.name)
    ):
        dealers[dealer_id] = SupplyRow(code, name, market_code)
    for ledger_dealer, units in session.execute(
        select(m.AllocationEvent.dealer_id, func.sum(m.AllocationEvent.units))
        .where(m.AllocationEvent.program_id == prog.id, m.AllocationEvent.dealer_id.is_not(None))
        .group_by(m.AllocationEvent.dealer_id)
    ):
        if ledger_dealer is not None:
            dealers[ledger_dealer].allocated = int(units or 0)
    for dealer_id, status, count in session.execute(
        select(m.WaitlistEntry.dealer_id, m.WaitlistEntry.status, func.count())
        .where(m.WaitlistEntry.program_id == prog.id)
        .group_by(m.WaitlistEntry.dealer_id, m.WaitlistEntry.status)
    ):
        if EntryStatus(status) in UNIT_HOLDING_STATUSES:
            dealers[dealer_id].assigned += count
    told = told_flags(session)
    owed_by_dealer: Counter[int] = Counter()
    corrections: Counter[str] = Counter()
    correction_ids: list[int] = []
    for flag in compute_flags(session, Scope(program_id=prog.id)):
        row = dealers[flag.dealer_id]
        row.waiting += 1
        setattr(row, flag.flag.value, getattr(row, flag.flag.value) + 1)
        letter = letter_owed(flag.flag, told.get(flag.entry_id))
        if letter is not None:
            row.letters_owed += 1
        if letter == UNSERVABLE_LETTER:
            owed_by_dealer[flag.dealer_id] += 1
        elif letter == CORRECTION_LETTER:
            corrections[told[flag.entry_id].flag] += 1
            correction_ids.append(flag.entry_id)
    states = {
        state.market_id: state
        for state in session.scalars(
            select(m.MarketProgramState).where(m.MarketProgramState.program_id == prog.id)
        )
    }
    shares = {
        market_id: int(units or 0)
        for market_id, units in session.execute(
            select(m.AllocationEvent.market_id, func.sum(m.AllocationEvent.units))
            .where(m.AllocationEvent.program_id == prog.id, m.AllocationEvent.dealer_id.is_(None))
            .group_by(m.AllocationEvent.market_id)
        )
    }
    markets: dict[str, SupplyRow] = {}
    for market_id, code, name in session.execute(
        select(m.Market.id, m.Market.code, m.Market.name).order_by(m.Market.code)
    ):
        state = states.get(market_id)
        label = "open"
        if state is not None and (state.closed or state.filled):
            label = " and ".join(
                word for word, on in (("closed", state.closed), ("filled", state.filled)) if on
            )
        markets[code] = SupplyRow(code, name, code, label, share=shares.get(market_id, 0))
    for row in dealers.values():
        row.state = markets[row.market].state
        total = markets[row.market]
        for name in ("allocated", "assigned", "waiting", "covered", "pending", "unservable",
                     "letters_owed"):  # fmt: skip
            setattr(total, name, getattr(total, name) + getattr(row, name))
    actions = [
        ActionItem(
            f"{dealers[d].name}: {n} unservable customer(s) not yet told; send the 'cannot be "
            "served' letter", "Letters", dealer=dealers[d].code, template=UNSERVABLE_LETTER,
            key="not_told", values={"dealer": dealers[d].name, "count": n},
        )
        for d, n in owed_by_dealer.most_common()
    ]  # fmt: skip
    unapplied = session.scalar(
        select(func.count()).select_from(m.Memo).where(m.Memo.state == "imported")
    )
    if corrections:
        said = ", ".join(f"{n:,} {TOLD_WORDS[flag]}" for flag, n in corrections.most_common())
        actions.insert(
            0,
            ActionItem(
                f"{corrections.total():,} customer(s) owed a correction: an earlier letter told "
                f"them something that is no longer true ({said}); send the Correction letter",
                "Letters", template=CORRECTION_LETTER, entry_ids=tuple(correction_ids),
                key="corrections", values={"count": corrections.total(), **corrections},
            ),
        )  # fmt: skip
    if unapplied:
        actions.insert(
            0,
            ActionItem(
                f"{unapplied} memo(s) imported but not applied; look them over",
                "Memos",
                key="memos",
                values={"count": unapplied},
            ),
        )
    over = [row for row in dealers.values() if row.assigned + row.waiting > row.allocated > 0]
    if over:
        actions.append(
            ActionItem(
                f"{len(over)} dealer(s) have more customers than units they can expect: their "
                "pending customers get a car only if more units come",
                "Waitlist",
                flag=Servability.PENDING.value,
                key="over",
                values={"count": len(over)},
            )
        )
    upcoming = next((step for step in setup_steps(session) if not step.done), None)
    if upcoming is not None:
        actions.append(
            ActionItem(
                f"Set-up not finished: {upcoming.label.lower()} still to do (Setup page)",
                "Setup",
                key="setup",
                values={"step": upcoming.label.lower()},
            )
        )
    return Dashboard(prog.code, list(markets.values()), list(dealers.values()), actions)
