"""Waitlist operations: add, move, assign, cancel, refund, deliver. Each is one audited change."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import OPEN_STATUSES, UNIT_HOLDING_STATUSES, DepositMethod, EntryStatus
from dealerapp.errors import InputError
from dealerapp.services import audit, lookup
from dealerapp.services.changes import Changed
from dealerapp.services.concurrency import refuse_if_changed
from dealerapp.services.money import format_money, to_minor
from dealerapp.services.queue import first_waiting, queue_length, record_move, shift
from dealerapp.services.servability import Scope, Servability, compute_flags
from dealerapp.services.units import dealer_units


class WaitlistRefused(InputError):
    """An operation the entry's state or the dealer's units do not allow."""


@dataclass(frozen=True)
class NextInLine:
    entry_id: int
    customer: str
    position: int

    def sentence(self) -> str:
        return (
            f"The freed unit now covers entry {self.entry_id} ({self.customer}, "
            f"position {self.position})."
        )


@dataclass(frozen=True)
class WaitlistResult:
    summary: str
    entry_id: int
    next_in_line: NextInLine | None = None
    warning: str | None = None
    changes: frozenset[Changed] = field(default=frozenset({Changed.ENTRIES}))


@dataclass(frozen=True)
class NewCustomer:
    family_name: str
    given_name: str | None = None
    title: str | None = None
    company: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Deposit:
    amount: str = "0"
    currency: str | None = None
    paid_on: date | None = None
    method: DepositMethod | None = None
    refundable: bool = True
    terms: str | None = None


def _snapshot(entry: m.WaitlistEntry) -> dict[str, Any]:
    return {
        "status": entry.status.value,
        "position": entry.position,
        "deposit_refunded_on": (
            entry.deposit_refunded_on.isoformat() if entry.deposit_refunded_on else None
        ),
    }


def _audit(
    session: Session,
    action: str,
    entry: m.WaitlistEntry,
    summary: str,
    actor: str | None,
    **states: dict[str, Any] | None,
) -> None:
    """The one audit row of a waitlist change."""
    audit.record(
        session, action=action, entity="waitlist_entries", entity_id=entry.id,
        summary=summary, actor=actor, **states,
    )  # fmt: skip


def _name(session: Session, entry: m.WaitlistEntry) -> str:
    return session.get_one(m.Customer, entry.customer_id).display_name


def _reason(reason: str | None, what: str) -> str:
    if reason is None or not reason.strip():
        raise InputError(f"a reason is required to {what}")
    return reason.strip()


def oversubscription(session: Session, dealer_id: int, program_id: int) -> str | None:
    """A warning when assigned plus waiting exceed what the dealer holds and can expect."""
    units = dealer_units(session, dealer_id, program_id)
    demand = units.holding + units.waiting
    if demand <= units.allocated:
        return None
    dealer = session.get_one(m.Dealer, dealer_id)
    program = session.get_one(m.Program, program_id)
    return (
        f"{dealer.name} is over-subscribed for the {program.code}: {units.allocated} unit(s) "
        f"allocated, {units.holding} assigned and {units.waiting} customer(s) waiting, "
        f"{demand - units.allocated} more than it holds and can expect."
    )


def add_entry(
    session: Session,
    *,
    dealer: str,
    program: str | None,
    customer: NewCustomer | int,
    deposit: Deposit = Deposit(),
    joined_on: date | None = None,
    specification: str | None = None,
    position: int | None = None,
    reason: str | None = None,
    actor: str | None = None,
) -> WaitlistResult:
    """Put a customer (new, or existing by id) at the end of a dealer's queue, or at a position."""
    found_dealer = lookup.dealer(session, dealer)
    prog = lookup.program(session, program, new_work=True)
    market = session.get_one(m.Market, found_dealer.market_id)
    actor = actor or audit.current_actor(session)
    person = _customer(session, customer, market)
    clash = session.scalars(
        select(m.WaitlistEntry).where(
            m.WaitlistEntry.customer_id == person.id,
            m.WaitlistEntry.dealer_id == found_dealer.id,
            m.WaitlistEntry.program_id == prog.id,
            m.WaitlistEntry.status.in_(OPEN_STATUSES),
        )
    ).first()
    if clash is not None:
        raise WaitlistRefused(
            f"{person.display_name} already has an open entry ({clash.id}, {clash.status.value}) "
            f"at {found_dealer.name} for the {prog.code}"
        )
    currency = (deposit.currency or market.currency).upper()
    amount = to_minor(deposit.amount, currency)
    if amount < 0:
        raise InputError("a deposit cannot be negative")
    length = queue_length(session, found_dealer.id, prog.id)
    target = length + 1 if position is None else position
    if not 1 <= target <= length + 1:
        raise InputError(f"position must be between 1 and {length + 1}, not {target}")
    why = "Joined the waitlist"
    if target <= length:
        why = _reason(reason, f"place a new entry ahead of {length - target + 1} customer(s)")
    now = utcnow()
    shift(
        session,
        dealer_id=found_dealer.id,
        program_id=prog.id,
        first=target,
        last=length,
        delta=1,
        reason=f"{person.display_name} was placed at position {target}: {why}",
        actor=actor,
        at=now,
    )
    entry = m.WaitlistEntry(
        customer_id=person.id,
        dealer_id=found_dealer.id,
        program_id=prog.id,
        position=target,
        joined_on=joined_on or now.date(),
        status=EntryStatus.WAITING,
        status_changed_at=now,
        deposit_amount_minor=amount,
        deposit_currency=currency,
        deposit_date=deposit.paid_on or (now.date() if amount else None),
        deposit_method=deposit.method,
        deposit_refundable=deposit.refundable,
        deposit_terms=deposit.terms,
        specification=specification,
    )
    session.add(entry)
    session.flush()
    session.add(
        m.PositionChange(
            entry_id=entry.id, from_position=None, to_position=target, reason=why,
            author=actor, at=now,
        )
    )  # fmt: skip
    session.flush()
    deposit_text = format_money(amount, currency, market.locale)
    summary = (
        f"Added {person.display_name} to {found_dealer.name}'s {prog.code} waitlist at position "
        f"{target} of {length + 1}, deposit {deposit_text}"
    )
    _audit(
        session,
        "waitlist.add",
        entry,
        summary,
        actor,
        after={**_snapshot(entry), "customer_id": person.id, "deposit_minor": amount},
    )
    changes = frozenset({Changed.ENTRIES, Changed.CUSTOMERS})
    warning = oversubscription(session, found_dealer.id, prog.id)
    return WaitlistResult(summary, entry.id, warning=warning, changes=changes)


def _customer(session: Session, customer: NewCustomer | int, market: m.Market) -> m.Customer:
    if isinstance(customer, int):
        found = session.get(m.Customer, customer)
        if found is None:
            raise InputError(f"no customer {customer}")
        return found
    if not (customer.family_name or "").strip() and not (customer.company or "").strip():
        raise InputError("a customer needs a family name or a company name")
    person = m.Customer(
        title=customer.title,
        given_name=customer.given_name,
        family_name=(customer.family_name or customer.company or "").strip(),
        company=customer.company,
        street=customer.street,
        city=customer.city,
        region=customer.region,
        postal_code=customer.postal_code,
        country=(customer.country or market.code).upper(),
        email=customer.email,
        phone=customer.phone,
        language=customer.language or market.language,
    )
    session.add(person)
    session.flush()
    return person


def move(
    session: Session,
    *,
    entry_id: int,
    to_position: int,
    reason: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """Move a waiting entry to another place in its queue; the reason is kept for good.

    `expected_version` is the version the user saw; a newer one refuses the move.
    """
    why = _reason(reason, "move an entry")
    entry = lookup.entry(session, entry_id)
    refuse_if_changed(session, entry, expected_version, f"Your move of entry {entry_id}")
    if entry.status is not EntryStatus.WAITING or entry.position is None:
        raise WaitlistRefused(f"entry {entry_id} is {entry.status.value}, not waiting")
    length = queue_length(session, entry.dealer_id, entry.program_id)
    if not 1 <= to_position <= length:
        raise InputError(f"position must be between 1 and {length}, not {to_position}")
    origin = entry.position
    if to_position == origin:
        raise InputError(f"entry {entry_id} is already at position {origin}")
    actor = actor or audit.current_actor(session)
    now = utcnow()
    before = _snapshot(entry)
    note = f"Entry {entry.id} moved from {origin} to {to_position}: {why}"
    if to_position < origin:
        first, last, delta = to_position, origin - 1, 1
    else:
        first, last, delta = origin + 1, to_position, -1
    shift(
        session,
        dealer_id=entry.dealer_id,
        program_id=entry.program_id,
        first=first,
        last=last,
        delta=delta,
        reason=note,
        actor=actor,
        at=now,
        exclude_entry_id=entry.id,
    )
    record_move(session, entry, to_position, why, actor, now)
    session.flush()
    summary = f"Moved {_name(session, entry)} (entry {entry.id}) from {origin} to {to_position}"
    _audit(
        session,
        "waitlist.move",
        entry,
        f"{summary}. Reason: {why}",
        actor,
        before=before,
        after=_snapshot(entry),
    )
    return WaitlistResult(summary, entry.id)


def _change_status(
    session: Session,
    entry: m.WaitlistEntry,
    status: EntryStatus,
    why: str,
    actor: str,
    now: datetime,
) -> None:
    """Set the new status; an entry that was waiting leaves its queue and the gap closes."""
    origin = entry.position
    length = queue_length(session, entry.dealer_id, entry.program_id)
    entry.status = status
    entry.status_changed_at = now
    if origin is None:
        session.flush()
        return
    record_move(session, entry, None, why, actor, now)
    session.flush()
    shift(
        session,
        dealer_id=entry.dealer_id,
        program_id=entry.program_id,
        first=origin + 1,
        last=length,
        delta=-1,
        reason=f"Entry {entry.id} left the queue from position {origin}: {why}",
        actor=actor,
        at=now,
        exclude_entry_id=entry.id,
    )


def assign(
    session: Session,
    *,
    entry_id: int | None = None,
    dealer: str | None = None,
    program: str | None = None,
    reason: str | None = None,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """Reserve one of the dealer's unassigned units for the first in line, or a chosen entry."""
    if entry_id is not None:
        entry = lookup.entry(session, entry_id)
        refuse_if_changed(session, entry, expected_version, f"Assigning entry {entry_id}")
        if entry.status is not EntryStatus.WAITING:
            raise WaitlistRefused(f"entry {entry_id} is {entry.status.value}, not waiting")
    else:
        if dealer is None:
            raise InputError("name an entry, or a dealer whose first in line gets the unit")
        found_dealer = lookup.dealer(session, dealer)
        prog = lookup.program(session, program)
        first = first_waiting(session, found_dealer.id, prog.id)
        if first is None:
            raise WaitlistRefused(f"nobody is waiting at {found_dealer.name} for the {prog.code}")
        entry = first
    dealer_row = session.get_one(m.Dealer, entry.dealer_id)
    prog_row = session.get_one(m.Program, entry.program_id)
    units = dealer_units(session, entry.dealer_id, entry.program_id)
    if units.available <= 0:
        raise WaitlistRefused(
            f"{dealer_row.name} has no unassigned {prog_row.code} unit: {units.allocated} "
            f"allocated and {units.holding} already assigned"
        )
    assert entry.position is not None
    ahead = entry.position - 1
    why = "Assigned a unit"
    if ahead > 0:
        why = _reason(reason, f"assign out of queue order ({ahead} customer(s) are ahead)")
    actor = actor or audit.current_actor(session)
    now = utcnow()
    before = _snapshot(entry)
    origin = entry.position
    _change_status(session, entry, EntryStatus.ASSIGNED, why, actor, now)
    summary = (
        f"Assigned a {prog_row.code} unit of {dealer_row.name} to {_name(session, entry)} "
        f"(entry {entry.id}, was position {origin}); {units.available - 1} unassigned left"
    )
    _audit(
        session,
        "waitlist.assign",
        entry,
        summary if ahead == 0 else f"{summary}. Reason: {why}",
        actor,
        before=before,
        after=_snapshot(entry),
    )
    return WaitlistResult(summary, entry.id)


def cancel(
    session: Session,
    *,
    entry_id: int,
    reason: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """The customer withdraws; a unit they held goes to the next in line."""
    return _close(session, entry_id, EntryStatus.CANCELLED, reason, None, actor, expected_version)


def refund(
    session: Session,
    *,
    entry_id: int,
    reason: str,
    refunded_on: date | None = None,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """Return the deposit; the entry ends, and a unit it held goes to the next in line."""
    return _close(
        session, entry_id, EntryStatus.REFUNDED, reason, refunded_on, actor, expected_version
    )


def _close(
    session: Session,
    entry_id: int,
    status: EntryStatus,
    reason: str,
    refunded_on: date | None,
    actor: str | None,
    expected_version: int | None = None,
) -> WaitlistResult:
    verb = "cancel" if status is EntryStatus.CANCELLED else "refund"
    why = _reason(reason, f"{verb} an entry")
    entry = lookup.entry(session, entry_id)
    refuse_if_changed(session, entry, expected_version, f"Your {verb} of entry {entry_id}")
    allowed = {EntryStatus.WAITING, EntryStatus.ASSIGNED, EntryStatus.ORDERED}
    if status is EntryStatus.REFUNDED:
        allowed.add(EntryStatus.CANCELLED)
    if entry.status not in allowed:
        raise WaitlistRefused(f"entry {entry_id} is {entry.status.value} and cannot be {verb}ed")
    actor = actor or audit.current_actor(session)
    now = utcnow()
    before = _snapshot(entry)
    # A unit comes free for the next in line when the entry held one, or when it
    # was waiting with a unit there for it (covered).
    freed = entry.status in UNIT_HOLDING_STATUSES or _is_covered(session, entry)
    _change_status(session, entry, status, f"{verb.capitalize()}: {why}", actor, now)
    if status is EntryStatus.REFUNDED:
        entry.deposit_refunded_on = refunded_on or now.date()
    session.flush()
    name = _name(session, entry)
    summary = f"{'Cancelled' if verb == 'cancel' else 'Refunded'} entry {entry.id} ({name})"
    if status is EntryStatus.REFUNDED:
        summary += (
            f", deposit {format_money(entry.deposit_amount_minor, entry.deposit_currency)} "
            f"refunded on {entry.deposit_refunded_on}"
        )
    next_up = _newly_covered(session, entry.dealer_id, entry.program_id) if freed else None
    if next_up is not None:
        summary += f". {next_up.sentence()}"
    elif freed:
        summary += ". The freed unit is unassigned; nobody is waiting for it."
    _audit(
        session,
        f"waitlist.{verb}",
        entry,
        f"{summary} Reason: {why}",
        actor,
        before=before,
        after=_snapshot(entry),
    )
    return WaitlistResult(summary, entry.id, next_in_line=next_up)


def _is_covered(session: Session, entry: m.WaitlistEntry) -> bool:
    if entry.status is not EntryStatus.WAITING:
        return False
    flags = compute_flags(
        session,
        Scope(program_id=entry.program_id, dealer_id=entry.dealer_id, entry_ids=(entry.id,)),
    )
    return bool(flags) and flags[0].flag is Servability.COVERED


def _newly_covered(session: Session, dealer_id: int, program_id: int) -> NextInLine | None:
    """The waiting entry whose cover is the unit just freed: the last covered one in line."""
    flags = compute_flags(session, Scope(program_id=program_id, dealer_id=dealer_id))
    covered = [f for f in flags if f.flag is Servability.COVERED]
    if not covered or covered[-1].rank != covered[-1].available:
        return None
    last = covered[-1]
    return NextInLine(last.entry_id, last.customer, last.position)


def deliver(
    session: Session,
    *,
    entry_id: int,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """The customer has the car."""
    entry = lookup.entry(session, entry_id)
    refuse_if_changed(session, entry, expected_version, f"Delivering entry {entry_id}")
    if entry.status not in (EntryStatus.ASSIGNED, EntryStatus.ORDERED):
        raise WaitlistRefused(
            f"entry {entry_id} is {entry.status.value}; only an assigned or ordered unit can be "
            "delivered"
        )
    actor = actor or audit.current_actor(session)
    before = _snapshot(entry)
    entry.status = EntryStatus.DELIVERED
    entry.status_changed_at = utcnow()
    session.flush()
    summary = f"Delivered entry {entry.id} ({_name(session, entry)})"
    _audit(
        session,
        "waitlist.deliver",
        entry,
        summary,
        actor,
        before=before,
        after=_snapshot(entry),
    )
    return WaitlistResult(summary, entry.id)


def reinstate(
    session: Session,
    *,
    entry_id: int,
    status: EntryStatus,
    position: int | None,
    reason: str,
    actor: str | None = None,
) -> WaitlistResult:
    """Put an entry back as it was (for undo and redo): a status, and a place if waiting.

    The same rules hold as for any change: a unit must be free for a status that
    holds one, positions stay 1..n, and every shift is in the position history.
    """
    why = _reason(reason, "reinstate an entry")
    entry = lookup.entry(session, entry_id)
    actor = actor or audit.current_actor(session)
    now = utcnow()
    before = _snapshot(entry)
    if entry.status is status and entry.position == position:
        return WaitlistResult(f"Entry {entry_id} is already {status.value}", entry.id)
    holds_now = entry.status in UNIT_HOLDING_STATUSES
    if status in UNIT_HOLDING_STATUSES and not holds_now:
        units = dealer_units(session, entry.dealer_id, entry.program_id)
        if units.available <= 0:
            dealer = session.get_one(m.Dealer, entry.dealer_id)
            raise WaitlistRefused(
                f"{dealer.name} has no unassigned unit left for entry {entry_id}: "
                f"{units.allocated} allocated and {units.holding} assigned"
            )
    if entry.status is EntryStatus.WAITING:
        _change_status(session, entry, EntryStatus.CANCELLED, why, actor, now)
    if status is EntryStatus.WAITING:
        length = queue_length(session, entry.dealer_id, entry.program_id)
        target = min(position or length + 1, length + 1)
        shift(
            session, dealer_id=entry.dealer_id, program_id=entry.program_id, first=target,
            last=length, delta=1, reason=f"Entry {entry.id} put back at {target}: {why}",
            actor=actor, at=now,
        )  # fmt: skip
        entry.status = EntryStatus.WAITING
        entry.status_changed_at = now
        record_move(session, entry, target, why, actor, now)
    else:
        entry.status = status
        entry.status_changed_at = now
    entry.deposit_refunded_on = now.date() if status is EntryStatus.REFUNDED else None
    session.flush()
    summary = f"Entry {entry.id} ({_name(session, entry)}) is {status.value} again"
    if entry.position:
        summary += f", position {entry.position}"
    _audit(
        session,
        "waitlist.reinstate",
        entry,
        f"{summary}. Reason: {why}",
        actor,
        before=before,
        after=_snapshot(entry),
    )
    return WaitlistResult(summary, entry.id)


@dataclass(frozen=True)
class EntryDetails:
    specification: str | None
    deposit_terms: str | None
    notes: str | None


def update_details(
    session: Session,
    *,
    entry_id: int,
    details: EntryDetails,
    actor: str | None = None,
    expected_version: int | None = None,
) -> WaitlistResult:
    """Edit what the customer wants and the written terms; nothing that moves the queue."""
    entry = lookup.entry(session, entry_id)
    refuse_if_changed(session, entry, expected_version, f"Your edit of entry {entry_id}")
    before = {
        "specification": entry.specification,
        "deposit_terms": entry.deposit_terms,
        "notes": entry.notes,
    }
    after = {
        "specification": (details.specification or "").strip() or None,
        "deposit_terms": (details.deposit_terms or "").strip() or None,
        "notes": (details.notes or "").strip() or None,
    }
    if before == after:
        return WaitlistResult(f"Entry {entry_id}: nothing to change", entry.id)
    entry.specification = after["specification"]
    entry.deposit_terms = after["deposit_terms"]
    entry.notes = after["notes"]
    session.flush()
    summary = f"Edited entry {entry.id} ({_name(session, entry)})"
    _audit(
        session,
        "waitlist.edit",
        entry,
        summary,
        actor,
        before=before,
        after=after,
    )
    return WaitlistResult(summary, entry.id)
