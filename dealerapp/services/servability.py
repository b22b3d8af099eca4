"""Who gets a car: every waiting entry flagged covered, pending or unservable, with a reason.

The rule (DOMAIN.md): per dealer and program, available = the ledger's sum
minus the entries holding a unit; waiting entries in queue order, the first
`available` are covered; the rest are unservable once the market is closed
or its allocations filled, else pending. It is computed by one SQL query
with window functions, shared by the CLI, the window, letters and memo
previews, so there is one implementation of the rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parseaddr
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import UNIT_HOLDING_STATUSES, EntryStatus
from dealerapp.db.fastread import fetch_plain_rows
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.gc_pause import cycle_collection_paused


class Servability(StrEnum):
    COVERED = "covered"
    PENDING = "pending"
    UNSERVABLE = "unservable"


@dataclass(frozen=True, slots=True)
class DealerInfo:
    code: str
    name: str
    market_id: int
    market_code: str
    market_name: str


@dataclass(frozen=True, slots=True)
class MarketStop:
    """Why a market gets no more units for a program: in English words, and as the facts
    the window words in its own language."""

    sentence: str
    filled: bool = False
    market: str = ""
    program: str = ""
    # What declared it: a memo (its day and sender, if known), else a day and a reason.
    by_memo: bool = False
    day: date | None = None
    sender: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FlagContext:
    """What all flags of one computation share: dealers, program codes, market stops."""

    dealers: dict[int, DealerInfo]
    programs: dict[int, str]
    stops: dict[tuple[int, int], MarketStop]


FlagRow = tuple[int, int, str | None, str | None, str | None, int, int, int, int, int, str]


class EntryFlag:
    """One waiting entry's flag and its explanation.

    It keeps the query's row and reads fields from it when asked: flagging a
    100,000-entry group then costs little more than the query itself.
    """

    __slots__ = ("_context", "_row")

    def __init__(self, row: FlagRow, context: FlagContext) -> None:
        self._row = row
        self._context = context

    entry_id = property(lambda self: self._row[0])
    customer_id = property(lambda self: self._row[1])
    dealer_id = property(lambda self: self._row[5])
    position = property(lambda self: self._row[7])
    rank = property(lambda self: self._row[8])
    available = property(lambda self: self._row[9])

    @property
    def flag(self) -> Servability:
        return _FLAGS[self._row[10]]

    @property
    def dealer(self) -> DealerInfo:
        return self._context.dealers[self._row[5]]

    @property
    def program(self) -> str:
        return self._context.programs[self._row[6]]

    @property
    def customer(self) -> str:
        return customer_display_name(self._row[2], self._row[3], self._row[4])

    @property
    def dealer_code(self) -> str:
        return self.dealer.code

    @property
    def dealer_name(self) -> str:
        return self.dealer.name

    @property
    def market(self) -> str:
        return self.dealer.market_code

    @property
    def stop(self) -> MarketStop | None:
        """Why the entry's market gets no more of its program, if it does not."""
        return self._context.stops.get((self.dealer.market_id, self._row[6]))

    @property
    def explanation(self) -> str:
        return explain(
            self.flag, self.position, self.available, self.dealer, self.program, self.stop
        )

    def as_json(self) -> dict[str, object]:
        return {
            "entry_id": self.entry_id,
            "customer": self.customer,
            "dealer": self.dealer_code,
            "market": self.market,
            "program": self.program,
            "position": self.position,
            "flag": self.flag.value,
            "explanation": self.explanation,
        }

    def __repr__(self) -> str:
        return f"EntryFlag(entry {self.entry_id}, position {self.position}, {self.flag.value})"


_FLAGS = {flag.value: flag for flag in Servability}


@dataclass(frozen=True)
class Scope:
    """Which waiting entries to flag; whole dealer queues are always ranked together."""

    program_id: int | None = None
    market_id: int | None = None
    dealer_id: int | None = None
    entry_ids: tuple[int, ...] | None = None
    # Several dealers' whole queues (the window's first screenful).
    dealer_ids: tuple[int, ...] | None = None


def flag_query(
    scope: Scope = Scope(), status: Servability | None = None, *, ordered: bool = True
) -> Select[tuple]:  # type: ignore[type-arg]
    """The one query behind every flag: ranks each dealer's queue and compares with its units."""
    entries = m.WaitlistEntry.__table__
    ledger = m.AllocationEvent.__table__
    dealers = m.Dealer.__table__
    states = m.MarketProgramState.__table__
    customers = m.Customer.__table__

    def narrow(
        dealer_col: ColumnElement[int], program_col: ColumnElement[int], *, by_program: bool = True
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if scope.program_id is not None and by_program:
            conditions.append(program_col == scope.program_id)
        if scope.dealer_id is not None:
            conditions.append(dealer_col == scope.dealer_id)
        if scope.dealer_ids is not None:
            conditions.append(dealer_col.in_(scope.dealer_ids))
        if scope.market_id is not None:
            conditions.append(
                dealer_col.in_(select(dealers.c.id).where(dealers.c.market_id == scope.market_id))
            )
        return conditions

    allocated = (
        select(
            ledger.c.dealer_id,
            ledger.c.program_id,
            func.sum(ledger.c.units).label("units"),
        )
        # Narrowed by dealer only: filtered by program too, SQLite's planner joins this
        # subquery by scanning it once per queue row (seconds on 100,000 entries).
        .where(
            ledger.c.dealer_id.is_not(None),
            *narrow(ledger.c.dealer_id, ledger.c.program_id, by_program=False),
        )
        .group_by(ledger.c.dealer_id, ledger.c.program_id)
        .subquery("allocated")
    )
    holding = (
        select(entries.c.dealer_id, entries.c.program_id, func.count().label("units"))
        .where(
            entries.c.status.in_([s.value for s in UNIT_HOLDING_STATUSES]),
            *narrow(entries.c.dealer_id, entries.c.program_id, by_program=False),
        )
        .group_by(entries.c.dealer_id, entries.c.program_id)
        .subquery("holding")
    )
    queue = (
        select(
            entries.c.id,
            entries.c.customer_id,
            entries.c.dealer_id,
            entries.c.program_id,
            entries.c.position,
            func.row_number()
            .over(
                partition_by=(entries.c.dealer_id, entries.c.program_id),
                order_by=(entries.c.position, entries.c.joined_on, entries.c.id),
            )
            .label("rank"),
        )
        .where(
            entries.c.status == EntryStatus.WAITING.value,
            *narrow(entries.c.dealer_id, entries.c.program_id, by_program=False),
        )
        .subquery("queue")
    )
    available = (func.coalesce(allocated.c.units, 0) - func.coalesce(holding.c.units, 0)).label(
        "available"
    )
    stopped = or_(func.coalesce(states.c.closed, false()), func.coalesce(states.c.filled, false()))
    flag = case(
        (queue.c.rank <= available, Servability.COVERED.value),
        (stopped, Servability.UNSERVABLE.value),
        else_=Servability.PENDING.value,
    ).label("flag")
    query = (
        select(
            queue.c.id,
            queue.c.customer_id,
            customers.c.given_name,
            customers.c.family_name,
            customers.c.company,
            queue.c.dealer_id,
            queue.c.program_id,
            queue.c.position,
            queue.c.rank,
            available,
            flag,
        )
        .select_from(queue)
        .join(customers, customers.c.id == queue.c.customer_id)
        .join(dealers, dealers.c.id == queue.c.dealer_id)
        .outerjoin(
            allocated,
            and_(
                allocated.c.dealer_id == queue.c.dealer_id,
                allocated.c.program_id == queue.c.program_id,
            ),
        )
        .outerjoin(
            holding,
            and_(
                holding.c.dealer_id == queue.c.dealer_id,
                holding.c.program_id == queue.c.program_id,
            ),
        )
        .outerjoin(
            states,
            and_(
                states.c.market_id == dealers.c.market_id,
                states.c.program_id == queue.c.program_id,
            ),
        )
    )
    if scope.program_id is not None:
        # Filtered here, and written `program_id + 0`: a plain `program_id = :p`
        # lets SQLite carry the constant into the joins, after which it scans the
        # allocated units once per queue row (4 s instead of 0.3 s on 100,000).
        query = query.where((queue.c.program_id + 0) == scope.program_id)
    if scope.entry_ids is not None:
        query = query.where(queue.c.id.in_(scope.entry_ids))
    if status is not None:
        query = query.where(flag == status.value)
    if not ordered:
        return query
    # The window function already leaves rows in this order: sorting costs nothing.
    return query.order_by(queue.c.dealer_id, queue.c.program_id, queue.c.rank)


def compute_flags(
    session: Session, scope: Scope = Scope(), status: Servability | None = None
) -> list[EntryFlag]:
    """Every waiting entry in scope with its flag, as committed now, in queue order."""
    context = flag_context(session, scope)
    rows = fetch_plain_rows(session, flag_query(scope, status))
    return build_flags(rows, context)


def flag_context(session: Session, scope: Scope = Scope()) -> FlagContext:
    """What flags of one computation share; for callers that fetch flag rows themselves."""
    return FlagContext(
        _dealer_info(session, scope),
        {
            program_id: code
            for program_id, code in session.execute(select(m.Program.id, m.Program.code))
        },
        market_stops(session),
    )


def build_flags(rows: list[Any], context: FlagContext) -> list[EntryFlag]:
    with cycle_collection_paused():
        return [EntryFlag(row, context) for row in rows]


def explain(
    flag: Servability,
    position: int,
    available: int,
    dealer: DealerInfo,
    program: str,
    stop: MarketStop | None,
) -> str:
    """One sentence a customer could read."""
    units = _units(available)
    where = f"Position {position} at {dealer.name}"
    if flag is Servability.COVERED:
        return f"{where}; {units}, so a unit is there for this customer."
    ahead = f"{units}, all for customers ahead" if available > 0 else units
    if flag is Servability.UNSERVABLE and stop is not None:
        return f"{where}; {ahead}; {stop.sentence}."
    return (
        f"{where}; {ahead}; more {program} units may still come to the {dealer.market_code} market."
    )


def _units(available: int) -> str:
    if available <= 0:
        return "no unassigned units"
    return "1 unassigned unit" if available == 1 else f"{available} unassigned units"


def market_stops(session: Session) -> dict[tuple[int, int], MarketStop]:
    """Each closed or filled market and program, and the sentence that says why."""
    memo = m.Memo
    states = session.execute(
        select(m.MarketProgramState, m.Market.code, m.Program.code)
        .join(m.Market, m.Market.id == m.MarketProgramState.market_id)
        .join(m.Program, m.Program.id == m.MarketProgramState.program_id)
        .where(or_(m.MarketProgramState.closed, m.MarketProgramState.filled))
    )
    memo_ids: set[int] = set()
    rows = list(states)
    for state, _market, _program in rows:
        memo_ids.update(i for i in (state.filled_by_memo_id, state.closed_by_memo_id) if i)
    memos = {
        memo_id: (received, sender)
        for memo_id, received, sender in session.execute(
            select(memo.id, memo.received_on, memo.sender).where(memo.id.in_(memo_ids))
        )
    }
    stops: dict[tuple[int, int], MarketStop] = {}
    for state, market_code, program_code in rows:
        if state.filled:
            what = f"{market_code} allocations were declared filled"
            memo_id, at, reason = state.filled_by_memo_id, state.filled_at, state.filled_reason
        else:
            what = f"no more {program_code} will be built for {market_code}, as declared"
            memo_id, at, reason = state.closed_by_memo_id, state.closed_at, state.closed_reason
        source = _source(memo_id, at, reason, memos)
        by_memo = memo_id is not None and memo_id in memos
        day = memos[memo_id][0] if by_memo and memo_id is not None else (at.date() if at else None)
        sender = _sender_name(memos[memo_id][1]) if by_memo and memo_id is not None else ""
        stops[(state.market_id, state.program_id)] = MarketStop(
            f"{what} {source}", state.filled, market_code, program_code, by_memo, day, sender,
            "" if by_memo else (reason or ""),
        )  # fmt: skip
    return stops


def _source(
    memo_id: int | None,
    at: datetime | None,
    reason: str | None,
    memos: dict[int, tuple[date | None, str | None]],
) -> str:
    if memo_id is not None and memo_id in memos:
        received, sender = memos[memo_id]
        sender_name = _sender_name(sender)
        if received is None:
            return f"by a memo from {sender_name}" if sender_name else "by a memo"
        return f"by the memo of {_day(received)}" + (f" ({sender_name})" if sender_name else "")
    text = f"on {_day(at.date())}" if at else ""
    return f"{text} ({reason})" if reason else text


def _sender_name(sender: str | None) -> str:
    if not sender:
        return ""
    name, address = parseaddr(sender)
    return name or address or sender


def _day(day: date) -> str:
    from babel.dates import format_date  # CLDR's dates load when a date is written

    return str(format_date(day, "d MMMM y", locale="en"))


def _dealer_info(session: Session, scope: Scope) -> dict[int, DealerInfo]:
    query = select(
        m.Dealer.id, m.Dealer.code, m.Dealer.name, m.Market.id, m.Market.code, m.Market.name
    ).join(m.Market, m.Market.id == m.Dealer.market_id)
    if scope.dealer_id is not None:
        query = query.where(m.Dealer.id == scope.dealer_id)
    if scope.market_id is not None:
        query = query.where(m.Dealer.market_id == scope.market_id)
    return {
        dealer_id: DealerInfo(code, name, market_id, market_code, market_name)
        for dealer_id, code, name, market_id, market_code, market_name in fetch_plain_rows(
            session, query
        )
    }


def count_by_flag(flags: Iterable[EntryFlag]) -> dict[Servability, int]:
    counts = dict.fromkeys(Servability, 0)
    for flag in flags:
        counts[flag.flag] += 1
    return counts
