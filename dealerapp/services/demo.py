"""Loading the demo data set in seeds/demo: the 1M story, told in CSV files a person can read."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import (
    ChangeSource,
    DepositMethod,
    EntryStatus,
    LedgerKind,
    LedgerSource,
    PaperSize,
)
from dealerapp.errors import InputError, NotEmptyError
from dealerapp.paths import seeds_dir
from dealerapp.services import audit
from dealerapp.services.csvrows import Row, read_rows
from dealerapp.services.money import to_minor
from dealerapp.services.reset import delete_business_data
from dealerapp.services.status import is_empty

DEMO_AUTHOR = "demo"
T = TypeVar("T")


def demo_dir() -> Path:
    return seeds_dir() / "demo"


@dataclass(frozen=True)
class DemoLoadResult:
    counts: dict[str, int]


def load_demo(
    session: Session,
    *,
    replace: bool = False,
    source: Path | None = None,
    actor: str | None = None,
    waitlists: bool = True,
) -> DemoLoadResult:
    """Fill an empty database with the demo data; with replace, empty it first.

    Without `waitlists`, only the demo's programs, markets, dealers and
    allocations: a dealer group ready for its own waitlist spreadsheet.

    Everything happens in the caller's transaction: a bad row anywhere leaves
    the database as it was.
    """
    if not is_empty(session):
        if not replace:
            raise NotEmptyError(
                "the database already holds data; use --replace to delete it and load the demo"
            )
        delete_business_data(session)
        session.flush()
    loader = _DemoLoader(session, source or demo_dir())
    counts = loader.load(waitlists=waitlists)
    audit.record(
        session,
        action="demo.load",
        entity="database",
        entity_id=None,
        summary=("Loaded the demo data" if waitlists else "Loaded the demo dealer group")
        + (" (replacing all data)" if replace else ""),
        actor=actor,
        after=dict(counts),
    )
    return DemoLoadResult(dict(counts))


class _DemoLoader:
    def __init__(self, session: Session, folder: Path) -> None:
        self.session = session
        self.folder = folder
        self.counts: Counter[str] = Counter()
        self.programs: dict[str, m.Program] = {}
        self.markets: dict[str, m.Market] = {}
        self.dealers: dict[str, m.Dealer] = {}
        self.customers: dict[str, m.Customer] = {}
        self.entries: dict[tuple[str, str, str], m.WaitlistEntry] = {}

    def rows(self, name: str, *required: str) -> list[Row]:
        path = self.folder / name
        if not path.is_file():
            raise InputError(f"demo data file {path} is missing")
        return list(read_rows(path, required))

    def load(self, *, waitlists: bool = True) -> Counter[str]:
        self._programs()
        self._markets()
        self._market_allocations()
        self._dealers()
        self._dealer_allocations()
        if not waitlists:
            self.session.flush()
            return self.counts
        self._customers()
        self._entries()
        self._orders()
        self.session.flush()
        return self.counts

    def _programs(self) -> None:
        for row in self.rows("programs.csv", "code", "name", "oem", "planned_units", "aliases"):
            program = m.Program(
                code=row.text("code"),
                name=row.text("name"),
                oem=row.text("oem"),
                planned_units=row.parse_optional("planned_units", int),
                status_codes=row.optional("status_codes"),
            )
            aliases = (row.optional("aliases") or "").split(";")
            program.aliases = [m.ProgramAlias(alias=a.strip()) for a in aliases if a.strip()]
            self.session.add(program)
            self.programs[program.code] = program
            self.counts["programs"] += 1
        self.session.flush()

    def _markets(self) -> None:
        for row in self.rows("markets.csv", "code", "name", "language", "locale", "currency"):
            market = m.Market(
                code=row.text("code").upper(),
                name=row.text("name"),
                language=row.text("language"),
                locale=row.text("locale"),
                currency=row.text("currency").upper(),
                paper=row.parse("paper", PaperSize),
            )
            self.session.add(market)
            self.markets[market.code] = market
            self.counts["markets"] += 1
        self.session.flush()

    def _lookup(self, table: dict[str, T], row: Row, column: str) -> T:
        key = row.text(column)
        try:
            return table[key]
        except KeyError:
            raise InputError(f"{row.where()}: unknown {column} {key!r}") from None

    def _market_allocations(self) -> None:
        for row in self.rows("market_allocations.csv", "market", "program", "units", "reason"):
            self.session.add(
                m.AllocationEvent(
                    program_id=self._lookup(self.programs, row, "program").id,
                    market_id=self._lookup(self.markets, row, "market").id,
                    dealer_id=None,
                    units=row.integer("units"),
                    kind=LedgerKind.INITIAL,
                    reason=row.text("reason"),
                    source=LedgerSource.DEMO,
                    author=DEMO_AUTHOR,
                    recorded_at=_aware(row.moment("recorded_at")),
                )
            )
            self.counts["allocation events"] += 1

    def _dealers(self) -> None:
        for row in self.rows("dealers.csv", "code", "market", "name", "signatory_name"):
            market = self._lookup(self.markets, row, "market")
            dealer = m.Dealer(
                code=row.text("code"),
                market_id=market.id,
                name=row.text("name"),
                street=row.text("street"),
                city=row.text("city"),
                region=row.optional("region"),
                postal_code=row.text("postal_code"),
                country=row.text("country").upper(),
                phone=row.optional("phone"),
                email=row.optional("email"),
                signatory_name=row.text("signatory_name"),
                signatory_title=row.optional("signatory_title"),
            )
            self.session.add(dealer)
            self.dealers[dealer.code] = dealer
            self.counts["dealers"] += 1
        self.session.flush()

    def _dealer_allocations(self) -> None:
        groups: dict[str, str] = {}
        required = ("dealer", "program", "units", "kind", "reason")
        for row in self.rows("dealer_allocations.csv", *required):
            dealer = self._lookup(self.dealers, row, "dealer")
            label = row.optional("transfer_group")
            # The file names a transfer's two rows with a short label; the
            # ledger links them with a unique id, as a live transfer does.
            group = groups.setdefault(label, str(uuid.uuid4())) if label else None
            self.session.add(
                m.AllocationEvent(
                    program_id=self._lookup(self.programs, row, "program").id,
                    market_id=dealer.market_id,
                    dealer_id=dealer.id,
                    units=row.integer("units"),
                    kind=row.parse("kind", LedgerKind),
                    transfer_group=group,
                    reason=row.text("reason"),
                    source=LedgerSource.DEMO,
                    period=row.optional("period"),
                    author=DEMO_AUTHOR,
                    recorded_at=_aware(row.moment("recorded_at")),
                )
            )
            self.counts["allocation events"] += 1

    def _customers(self) -> None:
        for row in self.rows("customers.csv", "ref", "family_name", "language"):
            customer = m.Customer(
                ref=row.text("ref"),
                title=row.optional("title"),
                given_name=row.optional("given_name"),
                family_name=row.text("family_name"),
                company=row.optional("company"),
                street=row.optional("street"),
                city=row.optional("city"),
                region=row.optional("region"),
                postal_code=row.optional("postal_code"),
                country=(row.optional("country") or "").upper() or None,
                email=row.optional("email"),
                phone=row.optional("phone"),
                language=row.text("language"),
            )
            self.session.add(customer)
            self.customers[row.text("ref")] = customer
            self.counts["customers"] += 1
        self.session.flush()

    def _entries(self) -> None:
        required = ("customer", "dealer", "program", "position", "joined_on", "status")
        for row in self.rows("entries.csv", *required):
            customer = self._lookup(self.customers, row, "customer")
            dealer = self._lookup(self.dealers, row, "dealer")
            program = self._lookup(self.programs, row, "program")
            status = row.parse("status", EntryStatus)
            currency = row.text("deposit_currency").upper()
            entry = m.WaitlistEntry(
                customer_id=customer.id,
                dealer_id=dealer.id,
                program_id=program.id,
                position=row.parse_optional("position", int),
                joined_on=row.day("joined_on"),
                status=status,
                deposit_amount_minor=row.parse(
                    "deposit_amount", partial(to_minor, currency=currency)
                ),
                deposit_currency=currency,
                deposit_date=row.parse_optional("deposit_date", date.fromisoformat),
                deposit_method=row.parse_optional("deposit_method", DepositMethod),
                deposit_refundable=row.flag("deposit_refundable"),
                deposit_terms=row.optional("deposit_terms"),
                specification=row.optional("specification"),
            )
            self.session.add(entry)
            key = (row.text("customer"), row.text("dealer"), row.text("program"))
            self.entries[key] = entry
            self.counts["waitlist entries"] += 1
        self.session.flush()
        for entry in self.entries.values():
            if entry.position is not None:
                self.session.add(
                    m.PositionChange(
                        entry_id=entry.id,
                        from_position=None,
                        to_position=entry.position,
                        reason="Joined the waitlist (demo data)",
                        author=DEMO_AUTHOR,
                        at=_aware(datetime.combine(entry.joined_on, datetime.min.time())),
                    )
                )

    def _orders(self) -> None:
        codes = {(c.oem, c.code): c for c in self.session.scalars(select(m.OrderStatusCode))}
        required = ("customer", "dealer", "program", "order_number", "oem", "status_code")
        for row in self.rows("orders.csv", *required):
            key = (row.text("customer"), row.text("dealer"), row.text("program"))
            entry = self.entries.get(key)
            if entry is None:
                raise InputError(f"{row.where()}: no waitlist entry for {' / '.join(key)}")
            code_key = (row.text("oem"), row.text("status_code"))
            code = codes.get(code_key)
            if code is None:
                raise InputError(f"{row.where()}: unknown status code {' '.join(code_key)}")
            status_date = row.day("status_date")
            order = m.Order(
                entry_id=entry.id,
                order_number=row.text("order_number"),
                status_code_id=code.id,
                status_date=status_date,
                production_week=row.optional("production_week"),
                vin=row.optional("vin"),
                eta=row.parse_optional("eta", date.fromisoformat),
                specification=entry.specification,
            )
            self.session.add(order)
            self.session.flush()
            self.session.add(
                m.OrderStatusChange(
                    order_id=order.id,
                    status_code_id=code.id,
                    status_date=status_date,
                    source=ChangeSource.DEMO,
                    author=DEMO_AUTHOR,
                    recorded_at=utcnow(),
                )
            )
            self.counts["orders"] += 1


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
