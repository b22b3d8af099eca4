"""The allocation ledger: grant, cut, transfer; the allocation is always the ledger's sum."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import LedgerKind, LedgerSource, StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup, staff
from dealerapp.services.changes import Changed
from dealerapp.services.units import dealer_units, market_share


class AllocationRefused(InputError):
    """A cut or transfer that would take units already given to customers."""


@dataclass(frozen=True)
class LedgerResult:
    summary: str
    event_ids: tuple[int, ...]
    before: dict[str, int]
    after: dict[str, int]
    changes: frozenset[Changed] = field(default=frozenset({Changed.LEDGER, Changed.ENTRIES}))


@dataclass(frozen=True)
class Holder:
    """Who a ledger row belongs to: a dealer, or a market's national share."""

    market: m.Market
    dealer: m.Dealer | None

    @property
    def label(self) -> str:
        return f"{self.dealer.name} ({self.dealer.code})" if self.dealer else (
            f"the {self.market.code} national share"
        )  # fmt: skip

    @property
    def key(self) -> str:
        return self.dealer.code if self.dealer else self.market.code


def holder(session: Session, *, dealer: str | None, market: str | None) -> Holder:
    if (dealer is None) == (market is None):
        raise InputError("name either a dealer or a market")
    if dealer is not None:
        found = lookup.dealer(session, dealer)
        return Holder(session.get_one(m.Market, found.market_id), found)
    assert market is not None
    return Holder(lookup.market(session, market), None)


def _current(session: Session, who: Holder, program: m.Program) -> int:
    if who.dealer is not None:
        return dealer_units(session, who.dealer.id, program.id).allocated
    return market_share(session, who.market.id, program.id)[0]


def _event(
    who: Holder,
    program: m.Program,
    units: int,
    kind: LedgerKind,
    reason: str,
    actor: str,
    period: str | None,
    memo_id: int | None,
    transfer_group: str | None = None,
) -> m.AllocationEvent:
    return m.AllocationEvent(
        program_id=program.id,
        market_id=who.market.id,
        dealer_id=who.dealer.id if who.dealer else None,
        units=units,
        kind=kind,
        reason=reason,
        source=LedgerSource.MEMO if memo_id else LedgerSource.MANUAL,
        memo_id=memo_id,
        period=_period(period),
        author=actor,
        transfer_group=transfer_group,
    )


def _period(period: str | None) -> str | None:
    if period is None:
        return None
    text = period.strip()
    # ASCII digits only: str.isdigit() would let full-width digits into the ledger.
    if not re.fullmatch(r"[0-9]{4}-[0-9]{1,2}", text) or not 1 <= int(text[5:]) <= 12:
        raise InputError(f"period {period!r} is not a month like 2011-08")
    year, _, month = text.partition("-")
    return f"{year}-{int(month):02d}"


def _require(reason: str, units: int) -> str:
    if units <= 0:
        raise InputError(f"units must be a positive whole number, not {units}")
    if not reason or not reason.strip():
        raise InputError("a reason is required")
    return reason.strip()


def grant(
    session: Session,
    *,
    program: str | None,
    units: int,
    reason: str,
    dealer: str | None = None,
    market: str | None = None,
    period: str | None = None,
    memo_id: int | None = None,
    actor: str | None = None,
) -> LedgerResult:
    """Add units to a dealer's allocation or a market's national share."""
    return _one_row(
        session, units, +1, reason, program=program, dealer=dealer, market=market, period=period,
        memo_id=memo_id, actor=actor,
    )  # fmt: skip


def cut(
    session: Session,
    *,
    program: str | None,
    units: int,
    reason: str,
    dealer: str | None = None,
    market: str | None = None,
    period: str | None = None,
    memo_id: int | None = None,
    actor: str | None = None,
) -> LedgerResult:
    """Take units away; refused when the dealer (or market) has already given them out."""
    return _one_row(
        session, units, -1, reason, program=program, dealer=dealer, market=market, period=period,
        memo_id=memo_id, actor=actor,
    )  # fmt: skip


def _one_row(
    session: Session,
    units: int,
    direction: int,
    reason: str,
    *,
    program: str | None,
    dealer: str | None,
    market: str | None,
    period: str | None,
    memo_id: int | None,
    actor: str | None,
) -> LedgerResult:
    """A grant (direction +1) or a cut (-1): one ledger row and its audit row."""
    reason = _require(reason, units)
    signed = direction * units
    who = holder(session, dealer=dealer, market=market)
    # New units for a retired program are refused; a cut may still correct its ledger.
    prog = lookup.program(session, program, new_work=direction > 0)
    actor = actor or audit.current_actor(session)
    before = _current(session, who, prog)
    after = before + signed
    if signed > 0:
        kind = LedgerKind.INCREASE if _has_ledger(session, who, prog) else LedgerKind.INITIAL
        action, summary = "grant", f"Granted {units} {prog.code} unit(s) to {who.label}"
    else:
        staff.require(session, StaffRole.MANAGER, "Cutting an allocation")
        _refuse_below_assigned(session, who, prog, after, f"cut {units}")
        kind = LedgerKind.CUT
        action, summary = "cut", f"Cut {units} {prog.code} unit(s) from {who.label}"
    event = _event(who, prog, signed, kind, reason, actor, period, memo_id)
    session.add(event)
    session.flush()
    summary = f"{summary}: {before} -> {after}"
    audit.record(
        session,
        action=f"allocation.{action}",
        entity="allocation_events",
        entity_id=event.id,
        summary=f"{summary}. Reason: {reason}",
        actor=actor,
        before={who.key: before},
        after={who.key: after},
    )
    return LedgerResult(summary, (event.id,), {who.key: before}, {who.key: after})


def transfer(
    session: Session,
    *,
    program: str | None,
    units: int,
    reason: str,
    from_dealer: str,
    to_dealer: str,
    period: str | None = None,
    actor: str | None = None,
) -> LedgerResult:
    """Move units between two dealers of the same market, as two linked ledger rows."""
    staff.require(session, StaffRole.MANAGER, "Transferring allocation units")
    reason = _require(reason, units)
    giver = holder(session, dealer=from_dealer, market=None)
    taker = holder(session, dealer=to_dealer, market=None)
    assert giver.dealer is not None and taker.dealer is not None
    if giver.dealer.id == taker.dealer.id:
        raise InputError("a transfer needs two different dealers")
    if giver.market.id != taker.market.id:
        raise InputError(
            f"{giver.label} is in {giver.market.code} and {taker.label} in "
            f"{taker.market.code}: units move only between dealers of one market"
        )
    prog = lookup.program(session, program)
    actor = actor or audit.current_actor(session)
    giver_before = _current(session, giver, prog)
    taker_before = _current(session, taker, prog)
    _refuse_below_assigned(session, giver, prog, giver_before - units, f"transfer {units}")
    group = str(uuid.uuid4())
    out = _event(giver, prog, -units, LedgerKind.TRANSFER_OUT, reason, actor, period, None, group)
    into = _event(taker, prog, units, LedgerKind.TRANSFER_IN, reason, actor, period, None, group)
    session.add_all([out, into])
    session.flush()
    before = {giver.key: giver_before, taker.key: taker_before}
    after = {giver.key: giver_before - units, taker.key: taker_before + units}
    summary = (
        f"Transferred {units} {prog.code} unit(s) from {giver.label} to {taker.label}: "
        f"{giver_before} -> {giver_before - units} and {taker_before} -> {taker_before + units}"
    )
    audit.record(
        session,
        action="allocation.transfer",
        entity="allocation_events",
        entity_id=out.id,
        summary=f"{summary}. Reason: {reason}",
        actor=actor,
        before=before,
        after=after,
    )
    return LedgerResult(summary, (out.id, into.id), before, after)


def _has_ledger(session: Session, who: Holder, program: m.Program) -> bool:
    query = select(m.AllocationEvent.id).where(
        m.AllocationEvent.program_id == program.id,
        m.AllocationEvent.market_id == who.market.id,
        m.AllocationEvent.dealer_id == who.dealer.id
        if who.dealer
        else m.AllocationEvent.dealer_id.is_(None),
    )
    return session.scalar(query.limit(1)) is not None


def _refuse_below_assigned(
    session: Session, who: Holder, program: m.Program, remaining: int, what: str
) -> None:
    if who.dealer is not None:
        units = dealer_units(session, who.dealer.id, program.id)
        if remaining < units.holding:
            raise AllocationRefused(
                f"cannot {what} {program.code} unit(s) from {who.label}: it has "
                f"{units.allocated} allocated and {units.holding} already assigned to customers, "
                f"so it would be left with {remaining} for {units.holding} customers"
            )
        return
    share, to_dealers = market_share(session, who.market.id, program.id)
    if remaining < to_dealers:
        raise AllocationRefused(
            f"cannot {what} {program.code} unit(s) from {who.label}: the share is {share} and "
            f"{to_dealers} are already allocated to its dealers, so {remaining} would be too few"
        )
