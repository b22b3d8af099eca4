"""What a letter needs to know about one entry, as plain data: never an ORM object in a template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import PaperSize
from dealerapp.services.addresses import PostalAddress, address_lines, one_line
from dealerapp.services.letter_words import (
    Addressee,
    choose_language,
    closing,
    letter_locale,
    method_word,
    refund_by,
    salutation,
    stage_word,
    status_word,
)
from dealerapp.services.letters_owed import Told, told_flags
from dealerapp.services.money import format_money
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
    # Where the letter is posted from: the window-envelope layout follows its standard.
    country: str = ""

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
    # How it was paid, in the market's words ("check" in the US, "cheque" elsewhere).
    method: str
    refundable: bool
    terms: str
    # False when no deposit was taken: the letter then says nothing about one.
    held: bool = True
    # How a refund reaches the customer: "to your card", "by check", "" when unknown.
    refund_by: str = ""


@dataclass(frozen=True)
class SituationLines:
    """Where a waiting customer stands, as plain facts the customer-facing sentences use.

    The letters word these themselves (in each template, so in each language), never
    the staff explanation ("Position 1 at Bay Area BMW; no unassigned units; …").
    """

    # Units of the dealer's allocation not yet assigned (all for customers ahead unless
    # the flag is covered).
    free_units: int = 0
    # Why the market gets no more: "closed" (no more built for it), "filled", or "".
    stopped: str = ""


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
    situation: SituationLines = SituationLines()
    # The letter's language ("de"), and the customer's own when no letter exists in it.
    language: str = "en"
    wanted_language: str = "en"
    closing: str = "Yours sincerely"

    @property
    def fell_back(self) -> bool:
        """The customer's language has no letter: they get the market's language or English."""
        return self.wanted_language != self.language


def postal_line(postal_code: str | None, city: str | None, region: str | None, country: str) -> str:
    """ "Oakland, CA 94607" in the US, "80788 München" in Germany: the country's own order."""
    return one_line(PostalAddress("", None, None, city, region, postal_code, country))


def addressee(customer: m.Customer) -> Addressee:
    company_only = bool(customer.company) and (
        not customer.given_name or customer.family_name == customer.company
    )
    return Addressee(customer.title, customer.family_name, customer.display_name, company_only)


def letter_data(
    session: Session,
    entry_ids: list[int],
    today: date | None = None,
    *,
    flags: dict[int, EntryFlag] | None = None,
    languages: frozenset[str] = frozenset({"en"}),
    language: str | None = None,
) -> list[LetterData]:
    """Everything each letter prints, in the order of `entry_ids`; `flags` if already known.

    `languages` are those the letter exists in; each customer gets theirs if it is one of
    them (or `language`, to override), else the market's, else English, and every word
    and date is in that language.
    """
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
        lang = choose_language(languages, language, customer.language, market.locale)
        locale = letter_locale(lang, market.locale)
        greeting = salutation(lang, addressee(customer))
        flag = flags.get(entry.id)
        address = address_lines(
            PostalAddress(
                customer.display_name, customer.street, customer.street2, customer.city,
                customer.region, customer.postal_code, customer.country or dealer.country,
            ),
            sender_country=dealer.country, envelope=True, sender_locale=locale,
        )  # fmt: skip
        found[entry.id] = LetterData(
            EntryLines(entry.id, _day(entry.joined_on, locale), entry.position,
                       status_word(lang, entry.status.value), entry.specification or ""),
            CustomerLines(customer.id, customer.display_name, greeting,
                          tuple(line for line in address if line), customer.language),
            DealerLines(dealer.name, dealer.street,
                        postal_line(dealer.postal_code, dealer.city, dealer.region, dealer.country),
                        dealer.city, dealer.phone or "", dealer.email or "", dealer.signatory_name,
                        dealer.signatory_title or "", dealer.logo_image, dealer.country),
            ProgramLines(program.code, program.name),
            DepositLines(
                format_money(entry.deposit_amount_minor, entry.deposit_currency, locale),
                _day(entry.deposit_date, locale) if entry.deposit_date else "",
                method_word(lang, entry.deposit_method, market.code), entry.deposit_refundable,
                entry.deposit_terms or "", entry.deposit_amount_minor > 0,
                refund_by(lang, entry.deposit_method, market.code),
            ),
            flag.explanation if flag else "",
            flag.flag.value if flag else "",
            locale,
            market.paper,
            # "Lyon, le 2 décembre 2026": French dates a letter with its article.
            ("le " if lang == "fr" else "") + _day(today, locale),
            _order_lines(orders.get(entry.id), locale, lang),
            _told_lines(told.get(entry.id), locale),
            _situation(flag),
            lang, _wanted(customer.language or market.locale.split("_")[0], languages, lang),
            closing(lang, greeting, market.code),
        )  # fmt: skip
    return [found[i] for i in entry_ids if i in found]


def _situation(flag: EntryFlag | None) -> SituationLines:
    if flag is None:
        return SituationLines()
    stop = flag.stop
    stopped = "" if stop is None else "filled" if stop.filled else "closed"
    return SituationLines(max(flag.available, 0), stopped)


def _wanted(own: str, languages: frozenset[str], chosen: str) -> str:
    """The customer's own language when the letter is not written in it (a fallback to
    tell the person about); else the language chosen, overridden or not."""
    return own if own not in languages else chosen


def _told_lines(told: Told | None, locale: str) -> ToldLines | None:
    return ToldLines(told.flag, _day(told.sent_at.date(), locale)) if told else None


def _day(day: date, locale: str) -> str:
    from babel.dates import format_date  # CLDR's dates load when a date is written

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


def _order_lines(
    found: tuple[m.Order, m.OrderStatusCode] | None, locale: str, language: str
) -> OrderLines | None:
    if found is None:
        return None
    order, code = found
    return OrderLines(
        order.order_number, stage_word(language, code.stage), code.label,
        _day(order.status_date, locale), order.production_week or "", order.vin or "",
        _day(order.eta, locale) if order.eta else "",
    )  # fmt: skip
