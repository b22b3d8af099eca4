"""What a letter needs to know about one entry, as plain data: never an ORM object in a template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import PaperSize
from dealerapp.services.letters_owed import Told, told_flags
from dealerapp.services.money import format_money
from dealerapp.services.orders import STAGE_LABELS
from dealerapp.services.servability import EntryFlag, Scope, compute_flags


@dataclass(frozen=True)
class DealerLines:
    name: str
    street: str
    postal_line: str
    city: str
    phone: str
    email: str
    signatory_name: str
    signatory_title: str
    # The dealer's logo (PNG, JPEG, GIF or BMP bytes), if it has one; the renderer places it.
    logo_image: bytes | None = None

    @property
    def has_logo(self) -> bool:
        return bool(self.logo_image)


@dataclass(frozen=True)
class CustomerLines:
    id: int
    name: str
    salutation: str
    address_lines: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class DepositLines:
    amount: str
    paid_on: str
    method: str
    refundable: bool
    terms: str


@dataclass(frozen=True)
class EntryLines:
    id: int
    joined: str
    position: int | None
    status: str
    specification: str


@dataclass(frozen=True)
class ProgramLines:
    code: str
    name: str


@dataclass(frozen=True)
class OrderLines:
    number: str
    stage: str
    status: str
    since: str
    production_week: str
    vin: str
    eta: str


@dataclass(frozen=True)
class ToldLines:
    """What the customer's latest letter about where they stand said, for a correction."""

    flag: str
    on: str


@dataclass(frozen=True)
class LetterData:
    entry: EntryLines
    customer: CustomerLines
    dealer: DealerLines
    program: ProgramLines
    deposit: DepositLines
    explanation: str
    flag: str
    locale: str
    paper: PaperSize
    today: str
    # The entry's latest order, for the order status letter (None before one is placed).
    order: OrderLines | None = None
    told: ToldLines | None = None


def postal_line(postal_code: str | None, city: str | None, region: str | None, country: str) -> str:
    """ "Oakland, CA 94607" in North America, "80788 München" elsewhere."""
    if country in ("US", "CA"):
        return ", ".join(p for p in (city, " ".join(x for x in (region, postal_code) if x)) if p)
    return " ".join(p for p in (postal_code, city) if p)


def salutation(customer: m.Customer) -> str:
    if customer.company and (not customer.given_name or customer.family_name == customer.company):
        return "Dear Sir or Madam"
    if customer.title:
        return f"Dear {customer.title} {customer.family_name}"
    return f"Dear {customer.display_name}"


def letter_data(
    session: Session,
    entry_ids: list[int],
    today: date | None = None,
    *,
    flags: dict[int, EntryFlag] | None = None,
) -> list[LetterData]:
    """Everything each letter prints, in the order of `entry_ids`; `flags` if already known."""
    today = today or date.today()
    rows = session.execute(
        select(m.WaitlistEntry, m.Customer, m.Dealer, m.Market, m.Program)
        .join(m.Customer, m.Customer.id == m.WaitlistEntry.customer_id)
        .join(m.Dealer, m.Dealer.id == m.WaitlistEntry.dealer_id)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .join(m.Program, m.Program.id == m.WaitlistEntry.program_id)
        .where(m.WaitlistEntry.id.in_(entry_ids))
    ).all()
    if flags is None or any(i not in flags for i in entry_ids):
        scope = Scope(entry_ids=tuple(entry_ids))
        flags = {f.entry_id: f for f in compute_flags(session, scope)}
    orders = _orders(session, entry_ids)
    told = told_flags(session, entry_ids)
    found = {}
    for entry, customer, dealer, market, program in rows:
        locale = market.locale
        flag = flags.get(entry.id)
        address = [customer.display_name, customer.street or "", customer.street2 or "",
                   postal_line(customer.postal_code, customer.city, customer.region,
                               customer.country or market.code)]  # fmt: skip
        if customer.country and customer.country != dealer.country:
            address.append(customer.country)
        found[entry.id] = LetterData(
            EntryLines(entry.id, _day(entry.joined_on, locale), entry.position, entry.status.value,
                       entry.specification or ""),
            CustomerLines(customer.id, customer.display_name, salutation(customer),
                          tuple(line for line in address if line), customer.language),
            DealerLines(dealer.name, dealer.street,
                        postal_line(dealer.postal_code, dealer.city, dealer.region, dealer.country),
                        dealer.city, dealer.phone or "", dealer.email or "", dealer.signatory_name,
                        dealer.signatory_title or "", dealer.logo_image),
            ProgramLines(program.code, program.name),
            DepositLines(
                format_money(entry.deposit_amount_minor, entry.deposit_currency, locale),
                _day(entry.deposit_date, locale) if entry.deposit_date else "",
                entry.deposit_method.value.replace("_", " ") if entry.deposit_method else "",
                entry.deposit_refundable, entry.deposit_terms or "",
            ),
            flag.explanation if flag else "",
            flag.flag.value if flag else "",
            locale,
            market.paper,
            _day(today, locale),
            _order_lines(orders.get(entry.id), locale),
            _told_lines(told.get(entry.id), locale),
        )  # fmt: skip
    return [found[i] for i in entry_ids if i in found]


def _told_lines(told: Told | None, locale: str) -> ToldLines | None:
    return ToldLines(told.flag, _day(told.sent_at.date(), locale)) if told else None


def _day(day: date, locale: str) -> str:
    return str(format_date(day, format="long", locale=locale))


def _orders(session: Session, entry_ids: list[int]) -> dict[int, tuple[m.Order, m.OrderStatusCode]]:
    found: dict[int, tuple[m.Order, m.OrderStatusCode]] = {}
    for order, code in session.execute(
        select(m.Order, m.OrderStatusCode)
        .join(m.OrderStatusCode, m.OrderStatusCode.id == m.Order.status_code_id)
        .where(m.Order.entry_id.in_(entry_ids))
        .order_by(m.Order.id)
    ):
        found[order.entry_id] = (order, code)  # the latest order wins
    return found


def _order_lines(found: tuple[m.Order, m.OrderStatusCode] | None, locale: str) -> OrderLines | None:
    if found is None:
        return None
    order, code = found
    return OrderLines(
        order.order_number, STAGE_LABELS[code.stage].lower(), code.label,
        _day(order.status_date, locale), order.production_week or "", order.vin or "",
        _day(order.eta, locale) if order.eta else "",
    )  # fmt: skip
