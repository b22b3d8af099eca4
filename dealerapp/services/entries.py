"""Reading waitlist entries as plain rows for tables, exports and letters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import EntryStatus
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.services.money import from_minor
from dealerapp.services.servability import EntryFlag, compute_flags


@dataclass(frozen=True)
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
    servability: EntryFlag | None = None

    @property
    def flag(self) -> str:
        return self.servability.flag.value if self.servability else ""

    @property
    def explanation(self) -> str:
        return self.servability.explanation if self.servability else ""


def list_entries(session: Session, *, limit: int | None = None) -> list[EntryRow]:
    """Every entry with its customer, dealer, market and (if waiting) flag; queue order first."""
    c, e, d = m.Customer, m.WaitlistEntry, m.Dealer
    query = (
        select(
            e.id,
            m.Program.code,
            m.Market.code,
            d.code,
            d.name,
            c.given_name,
            c.family_name,
            c.company,
            e.position,
            e.joined_on,
            e.status,
            e.deposit_amount_minor,
            e.deposit_currency,
            e.specification,
        )
        .join(c, c.id == e.customer_id)
        .join(d, d.id == e.dealer_id)
        .join(m.Market, m.Market.id == d.market_id)
        .join(m.Program, m.Program.id == e.program_id)
        .order_by(m.Market.code, d.code, e.position.is_(None), e.position, e.joined_on, e.id)
        .limit(limit)
    )
    flags = {flag.entry_id: flag for flag in compute_flags(session)}
    rows = []
    for (
        entry_id, program, market, dealer_code, dealer_name, given, family, company,
        position, joined_on, status, deposit_minor, currency, specification,
    ) in session.execute(query):  # fmt: skip
        rows.append(
            EntryRow(
                entry_id, program, market, dealer_code, dealer_name,
                customer_display_name(given, family, company), position, joined_on,
                EntryStatus(status).value,
                f"{from_minor(deposit_minor, currency):,} {currency}", specification or "",
                flags.get(entry_id),
            )
        )  # fmt: skip
    return rows
