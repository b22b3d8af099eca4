"""Reading waitlist entries as plain rows for tables, exports and letters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import EntryStatus
from dealerapp.db.fastread import iter_plain_rows
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.errors import InputError
from dealerapp.gc_pause import cycle_collection_paused
from dealerapp.services.addresses import PostalAddress, address_lines
from dealerapp.services.letters_log import last_told
from dealerapp.services.money import decimals_of, format_money
from dealerapp.services.servability import (
    FlagContext,
    Scope,
    Servability,
    explain,
    flag_context,
    flag_query,
)


@dataclass(slots=True)
class EntryRow:
    id: int
    program: str
    market: str
    dealer_code: str
    dealer_name: str
    customer: str
    position: int | None
    joined_on: date
    status: str
    deposit: str
    specification: str
    # The servability flag of a waiting entry ("" otherwise) and what explains it;
    # the sentence itself is put together only when someone reads it.
    flag: str = ""
    available: int = 0
    context: FlagContext | None = None
    dealer_id: int = 0
    program_id: int = 0
    # The day the customer was last sent a letter about this entry ("" if never).
    told: str = ""
    # All the text a person might type to find this entry, lowercased once, off the UI thread.
    haystack: str = ""
    # The row's version when read: a change made from this row sends it back (concurrency.py).
    version: int = 0

    @property
    def explanation(self) -> str:
        if not self.flag or self.context is None or self.position is None:
            return ""
        dealer = self.context.dealers[self.dealer_id]
        program = self.context.programs[self.program_id]
        stop = self.context.stops.get((dealer.market_id, self.program_id))
        return explain(Servability(self.flag), self.position, self.available, dealer, program, stop)


def list_entries(
    session: Session, *, limit: int | None = None, dealer_ids: Sequence[int] | None = None
) -> list[EntryRow]:
    """Every entry with its customer, dealer, market and (if waiting) flag; queue order first.

    One query: the entries joined with the flag query, read as the driver's
    plain rows, because the window lists 100,000 entries at start-up. With
    `dealer_ids`, only those dealers' queues (flagged as part of the whole).
    """
    c, e, d = m.Customer, m.WaitlistEntry, m.Dealer
    scope = Scope(dealer_ids=tuple(dealer_ids)) if dealer_ids is not None else Scope()
    flags = flag_query(scope, ordered=False).subquery("flags")
    told = last_told()
    query = (
        select(
            e.id, m.Program.code, m.Market.code, d.code, d.name, c.given_name, c.family_name,
            c.company, e.position, e.joined_on, e.status, e.deposit_amount_minor,
            e.deposit_currency, e.specification, e.dealer_id, e.program_id,
            flags.c.available, flags.c.flag, told.c.told, e.version,
        )
        .join(c, c.id == e.customer_id)
        .join(d, d.id == e.dealer_id)
        .join(m.Market, m.Market.id == d.market_id)
        .join(m.Program, m.Program.id == e.program_id)
        .outerjoin(flags, flags.c.id == e.id)
        .outerjoin(told, told.c.entry_id == e.id)
        .order_by(m.Market.code, d.code, e.position.is_(None), e.position, e.joined_on, e.id)
        .limit(limit)
    )  # fmt: skip
    if dealer_ids is not None:
        query = query.where(e.dealer_id.in_(tuple(dealer_ids)))
    context = flag_context(session)
    deposits: dict[tuple[int, str], str] = {}
    shared: dict[str, str] = {}
    rows = []
    with cycle_collection_paused():
        for (
            entry_id, program, market, dealer_code, dealer_name, given, family, company,
            position, joined_on, status, deposit_minor, currency, specification, dealer_id,
            program_id, available, flag, told_at, version,
        ) in iter_plain_rows(session, query):  # fmt: skip
            key = (deposit_minor, currency)
            deposit = deposits.get(key)
            if deposit is None:
                scale = 10 ** decimals_of(currency)
                deposit = f"{deposit_minor / scale:,.{len(str(scale)) - 1}f} {currency}"
                deposits[key] = deposit
            name = customer_display_name(given, family, company)
            status_text = status if isinstance(status, str) else EntryStatus(status).value
            # The driver makes a new string per row; one shared copy of each repeated
            # value keeps 100,000 rows tens of megabytes smaller.
            program, market = shared.setdefault(program, program), shared.setdefault(market, market)
            dealer_code = shared.setdefault(dealer_code, dealer_code)
            dealer_name = shared.setdefault(dealer_name, dealer_name)
            status_text = shared.setdefault(status_text, status_text)
            flag = shared.setdefault(flag or "", flag or "")
            specification = shared.setdefault(specification or "", specification or "")
            rows.append(
                EntryRow(
                    entry_id, program, market, dealer_code, dealer_name, name, position,
                    _day(joined_on), status_text, deposit, specification or "", flag or "",
                    available or 0, context if flag else None, dealer_id, program_id,
                    str(told_at)[:10] if told_at else "",
                    f"{name} {dealer_name} {dealer_code} {market} {status_text} {flag or ''} "
                    f"{specification or ''} {program} {entry_id}".lower(), version,
                )
            )  # fmt: skip
    return rows


# About two screens of rows: what the window shows before the whole list has been read.
FIRST_SCREEN = 80


def first_entries(
    session: Session, *, market: str | None = None, dealer: str | None = None,
    program: str | None = None, enough: int = FIRST_SCREEN,
) -> list[EntryRow]:  # fmt: skip
    """The entries the list starts with, in queue order: whole queues of the first dealers
    (within the filters given) until there are `enough` rows. What they cost does not grow
    with the number of entries, so the window shows them at once and the rest after."""
    order = (
        select(m.Dealer.id)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .order_by(m.Market.code, m.Dealer.code)
    )
    if market is not None:
        order = order.where(m.Market.code == market)
    if dealer is not None:
        order = order.where(m.Dealer.code == dealer)
    counts = select(m.WaitlistEntry.dealer_id, func.count()).group_by(m.WaitlistEntry.dealer_id)
    if program is not None:
        counts = counts.join(m.Program, m.Program.id == m.WaitlistEntry.program_id).where(
            m.Program.code == program
        )
    sizes: dict[int, int] = {dealer_id: size for dealer_id, size in session.execute(counts)}
    chosen: list[int] = []
    total = 0
    for dealer_id in session.scalars(order):
        if sizes.get(dealer_id):
            chosen.append(dealer_id)
            total += sizes[dealer_id]
            if total >= enough:
                break
    return list_entries(session, dealer_ids=chosen) if chosen else []


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


@dataclass(frozen=True)
class PositionMove:
    at: datetime
    from_position: int | None
    to_position: int | None
    reason: str
    author: str


@dataclass(frozen=True)
class EntryDetail:
    id: int
    customer: str
    address: str
    email: str
    phone: str
    dealer: str
    market: str
    program: str
    status: str
    position: int | None
    joined_on: date
    deposit: str
    deposit_date: date | None
    deposit_method: str
    refundable: bool
    deposit_terms: str
    refunded_on: date | None
    specification: str
    notes: str
    moves: tuple[PositionMove, ...]
    # The row's version when read: an edit made from this reading sends it back.
    version: int = 0


def entry_detail(session: Session, entry_id: int) -> EntryDetail:
    """One entry with its customer's contact, its deposit in full and its position history."""
    entry = session.get(m.WaitlistEntry, entry_id)
    if entry is None:
        raise InputError(f"no waitlist entry {entry_id}")
    customer = session.get_one(m.Customer, entry.customer_id)
    dealer = session.get_one(m.Dealer, entry.dealer_id)
    market = session.get_one(m.Market, dealer.market_id)
    program = session.get_one(m.Program, entry.program_id)
    lines = address_lines(
        PostalAddress(
            "", customer.street, customer.street2, customer.city, customer.region,
            customer.postal_code, customer.country or dealer.country,
        ),
        sender_country=dealer.country, sender_locale=market.locale,
    )  # fmt: skip
    moves = tuple(
        PositionMove(p.at, p.from_position, p.to_position, p.reason, p.author)
        for p in session.scalars(
            select(m.PositionChange)
            .where(m.PositionChange.entry_id == entry_id)
            .order_by(m.PositionChange.at, m.PositionChange.id)
        )
    )  # fmt: skip
    return EntryDetail(
        entry.id, customer.display_name, "\n".join(p for p in lines if p),
        customer.email or "", customer.phone or "", f"{dealer.name} ({dealer.code})",
        f"{market.name} ({market.code})", program.code, entry.status.value, entry.position,
        entry.joined_on,
        format_money(entry.deposit_amount_minor, entry.deposit_currency, market.locale),
        entry.deposit_date, entry.deposit_method.value if entry.deposit_method else "",
        entry.deposit_refundable, entry.deposit_terms or "", entry.deposit_refunded_on,
        entry.specification or "", entry.notes or "", moves, entry.version,
    )  # fmt: skip
