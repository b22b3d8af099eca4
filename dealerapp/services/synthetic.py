"""Deterministic synthetic databases for benchmarks: thousands of dealers, 100,000s of entries.

Rows go in as bulk Core inserts with explicit keys, not one ORM object at a
time, so 1,000 dealers and 100,000 entries take seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.bulk import bulk_insert, refresh_statistics, table_of
from dealerapp.db.enums import (
    ChangeSource,
    DepositMethod,
    EntryStatus,
    LedgerKind,
    LedgerSource,
    MarketEventKind,
    PaperSize,
)
from dealerapp.db.sequences import advance_id_sequences
from dealerapp.errors import InputError, NotEmptyError
from dealerapp.services import audit
from dealerapp.services.reset import delete_business_data
from dealerapp.services.status import is_empty

GENERATOR = "generator"

# code, name, language, locale, currency, paper, share of dealers, city, whether closed and filled
_MARKETS: tuple[tuple[str, str, str, str, str, PaperSize, int, str, bool], ...] = (
    ("US", "United States", "en", "en_US", "USD", PaperSize.LETTER, 30, "Springfield", True),
    ("CA", "Canada", "en", "en_CA", "CAD", PaperSize.LETTER, 6, "Toronto", False),
    ("AU", "Australia", "en", "en_AU", "AUD", PaperSize.A4, 6, "Sydney", False),
    ("DE", "Germany", "de", "de_DE", "EUR", PaperSize.A4, 18, "Stuttgart", False),
    ("GB", "United Kingdom", "en", "en_GB", "GBP", PaperSize.A4, 12, "Reading", False),
    ("JP", "Japan", "ja", "ja_JP", "JPY", PaperSize.A4, 8, "Yokohama", False),
    ("FR", "France", "fr", "fr_FR", "EUR", PaperSize.A4, 8, "Lyon", False),
    ("IT", "Italy", "it", "it_IT", "EUR", PaperSize.A4, 7, "Milano", False),
    ("CH", "Switzerland", "de", "de_CH", "CHF", PaperSize.A4, 5, "Zürich", False),
)
_GIVEN = ("Anna", "Ben", "Carla", "David", "Elena", "Felix", "Grace", "Hiro", "Ines", "Jonas")
_FAMILY = (
    "Adams",
    "Becker",
    "Clarke",
    "Dubois",
    "Esposito",
    "Fischer",
    "Garcia",
    "Hoffmann",
    "Ito",
    "Jensen",
    "Keller",
    "Lopez",
    "Martin",
    "Nakamura",
    "Olsen",
    "Peters",
)
_COLOURS = ("Valencia Orange", "Alpine White", "Black Sapphire")


@dataclass(frozen=True)
class GenerateResult:
    dealers: int
    entries: int
    counts: dict[str, int]


def generate(
    session: Session,
    *,
    dealers: int,
    entries: int,
    seed: int,
    replace: bool = False,
    progress: Callable[[str], None] | None = None,
) -> GenerateResult:
    """Fill the database with dealers and waitlist entries; the same seed gives the same data."""
    if dealers < 1 or entries < 0:
        raise InputError("--dealers must be at least 1 and --entries at least 0")
    if not is_empty(session):
        if not replace:
            raise NotEmptyError("the database already holds data; use --replace to overwrite it")
        delete_business_data(session)
    report = progress or (lambda _message: None)
    builder = _Builder(random.Random(seed), dealers, entries)
    builder.build()
    codes = {
        (c.oem, c.code): c.id
        for c in session.scalars(select(m.OrderStatusCode).where(m.OrderStatusCode.oem == "BMW"))
    }
    counts: dict[str, int] = {}
    tables = builder.tables(codes)
    for label, table, rows in tables:
        report(f"writing {len(rows):,} {label}")
        bulk_insert(session, table, rows)
        counts[label] = len(rows)
    advance_id_sequences(session, [table for _label, table, _rows in tables])
    refresh_statistics(session, [table for _label, table, _rows in tables])
    audit.record(
        session,
        action="demo.generate",
        entity="database",
        entity_id=None,
        summary=f"Generated {dealers:,} dealers and {entries:,} entries (seed {seed})",
        after={"seed": seed, **counts},
    )
    return GenerateResult(dealers, entries, counts)


class _Builder:
    def __init__(self, rng: random.Random, dealer_count: int, entry_count: int) -> None:
        self.rng = rng
        self.dealer_count = dealer_count
        self.entry_count = entry_count
        self.now = datetime(2011, 7, 20, 12, 0, tzinfo=UTC)
        self.markets: list[dict[str, Any]] = []
        self.states: list[dict[str, Any]] = []
        self.market_events: list[dict[str, Any]] = []
        self.dealers: list[dict[str, Any]] = []
        self.ledger: list[dict[str, Any]] = []
        self.customers: list[dict[str, Any]] = []
        self.entries: list[dict[str, Any]] = []
        self.moves: list[dict[str, Any]] = []
        self.ordered: list[tuple[int, str]] = []

    def build(self) -> None:
        for market_id, spec in enumerate(_MARKETS, start=1):
            code, name, language, locale, currency, paper, _share, _city, closed = spec
            self.markets.append(
                {
                    "id": market_id,
                    "code": code,
                    "name": name,
                    "language": language,
                    "locale": locale,
                    "currency": currency,
                    "paper": paper,
                }
            )
            self.states.append(self._state(market_id, closed))
            if closed:
                for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
                    self.market_events.append(
                        {
                            "market_id": market_id,
                            "program_id": 1,
                            "kind": kind,
                            "reason": "Generated: no more production for this market",
                            "author": GENERATOR,
                            "at": self.now,
                        }
                    )
        weights = [spec[6] for spec in _MARKETS]
        market_of = self.rng.choices(range(len(_MARKETS)), weights=weights, k=self.dealer_count)
        for index, market_index in enumerate(market_of, start=1):
            self.dealers.append(self._dealer(index, market_index))
        per_dealer = [0] * self.dealer_count
        for dealer_index in self.rng.choices(range(self.dealer_count), k=self.entry_count):
            per_dealer[dealer_index] += 1
        for dealer, count in zip(self.dealers, per_dealer, strict=True):
            self._queue(dealer, count)
        market_totals: dict[int, int] = {}
        for row in self.ledger:
            market_totals[row["market_id"]] = market_totals.get(row["market_id"], 0) + row["units"]
        for market_id, total in sorted(market_totals.items()):
            self.ledger.append(
                self._ledger(market_id, None, total + self.rng.randint(0, 20), "National share")
            )

    def _state(self, market_id: int, closed: bool) -> dict[str, Any]:
        return {
            "market_id": market_id,
            "program_id": 1,
            "closed": closed,
            "closed_at": self.now if closed else None,
            "closed_reason": "Generated" if closed else None,
            "filled": closed,
            "filled_at": self.now if closed else None,
            "filled_reason": "Generated" if closed else None,
            "version": 1,
        }

    def _dealer(self, index: int, market_index: int) -> dict[str, Any]:
        code, _name, _lang, _locale, _currency, _paper, _share, city, _closed = _MARKETS[
            market_index
        ]
        return {
            "id": index,
            "code": f"{code}-{index:05d}",
            "market_id": market_index + 1,
            "name": f"{city} Motors {index}",
            "street": f"{index} Main Street",
            "city": city,
            "region": None,
            "postal_code": f"{10000 + index}",
            "country": code,
            "phone": f"+1 555 {index:07d}",
            "email": f"sales{index}@dealer.example.com",
            "signatory_name": "Sales Manager",
            "signatory_title": "General Sales Manager",
            "active": True,
            "ours": True,
            "version": 1,
        }

    def _ledger(
        self, market_id: int, dealer_id: int | None, units: int, reason: str
    ) -> dict[str, Any]:
        return {
            "program_id": 1,
            "market_id": market_id,
            "dealer_id": dealer_id,
            "units": units,
            "kind": LedgerKind.INITIAL,
            "reason": reason,
            "source": LedgerSource.DEMO,
            "author": GENERATOR,
            "recorded_at": self.now,
        }

    def _queue(self, dealer: dict[str, Any], count: int) -> None:
        rng = self.rng
        allocated = max(1, round(count * rng.uniform(0.2, 0.7)))
        self.ledger.append(self._ledger(dealer["market_id"], dealer["id"], allocated, "Allocation"))
        used = min(allocated, round(count * rng.uniform(0.15, 0.45)))
        currency = _MARKETS[dealer["market_id"] - 1][4]
        # 5,000.00 in cent currencies and 500,000 yen are both 500,000 minor units.
        deposit = 500_000
        joined = sorted(date(2010, 9, 1) + timedelta(days=rng.randrange(320)) for _ in range(count))
        position = 0
        for rank, joined_on in enumerate(joined):
            entry_id = len(self.entries) + 1
            customer_id = entry_id
            self.customers.append(self._customer(customer_id, dealer))
            if rank < used:
                status = rng.choices(
                    (EntryStatus.ASSIGNED, EntryStatus.ORDERED, EntryStatus.DELIVERED), (5, 3, 2)
                )[0]
            elif rng.random() < 0.03:
                status = rng.choice((EntryStatus.CANCELLED, EntryStatus.REFUNDED))
            else:
                status = EntryStatus.WAITING
            slot = None
            if status is EntryStatus.WAITING:
                position += 1
                slot = position
                self.moves.append(
                    {
                        "entry_id": entry_id,
                        "from_position": None,
                        "to_position": slot,
                        "reason": "Joined the waitlist",
                        "author": GENERATOR,
                        "at": self.now,
                    }
                )
            elif status in (EntryStatus.ORDERED, EntryStatus.DELIVERED):
                self.ordered.append((entry_id, "196" if status is EntryStatus.DELIVERED else "150"))
            self.entries.append(
                {
                    "id": entry_id,
                    "customer_id": customer_id,
                    "dealer_id": dealer["id"],
                    "program_id": 1,
                    "position": slot,
                    "joined_on": joined_on,
                    "status": status,
                    "status_changed_at": self.now,
                    "deposit_amount_minor": deposit,
                    "deposit_currency": currency,
                    "deposit_date": joined_on,
                    "deposit_method": rng.choice(list(DepositMethod)),
                    "deposit_refundable": True,
                    "deposit_terms": "Refundable in full if no vehicle can be allocated.",
                    "specification": f"{rng.choice(_COLOURS)}, 6-speed manual",
                    "created_at": self.now,
                    "version": 1,
                }
            )

    def _customer(self, customer_id: int, dealer: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
        return {
            "id": customer_id,
            "ref": f"G{customer_id:07d}",
            "title": None,
            "given_name": given,
            "family_name": family,
            "company": None,
            "street": f"{rng.randint(1, 999)} Oak Avenue",
            "street2": None,
            "city": dealer["city"],
            "region": None,
            "postal_code": f"{rng.randint(10000, 99999)}",
            "country": dealer["country"],
            "email": f"{given.lower()}.{family.lower()}{customer_id}@example.org",
            "phone": None,
            "language": _MARKETS[dealer["market_id"] - 1][2],
            "created_at": self.now,
            "version": 1,
        }

    def tables(
        self, codes: dict[tuple[str, str], int]
    ) -> list[tuple[str, Table, list[dict[str, Any]]]]:
        orders: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        if ("BMW", "150") in codes and ("BMW", "196") in codes:
            for order_id, (entry_id, code) in enumerate(self.ordered, start=1):
                code_id = codes[("BMW", code)]
                orders.append(
                    {
                        "id": order_id,
                        "entry_id": entry_id,
                        "order_number": f"{order_id:07d}",
                        "status_code_id": code_id,
                        "status_date": self.now.date(),
                        "production_week": "2011-20",
                        "created_at": self.now,
                        "version": 1,
                    }
                )
                history.append(
                    {
                        "order_id": order_id,
                        "status_code_id": code_id,
                        "status_date": self.now.date(),
                        "source": ChangeSource.DEMO,
                        "author": GENERATOR,
                        "recorded_at": self.now,
                    }
                )
        program = [
            {
                "id": 1,
                "code": "1M",
                "name": "BMW 1 Series M Coupe",
                "oem": "BMW",
                "planned_units": 2500,
                "status_codes": "BMW",
            }
        ]
        return [
            ("programs", table_of(m.Program), program),
            ("markets", table_of(m.Market), self.markets),
            ("market states", table_of(m.MarketProgramState), self.states),
            ("market events", table_of(m.MarketStateEvent), self.market_events),
            ("dealers", table_of(m.Dealer), self.dealers),
            ("allocation events", table_of(m.AllocationEvent), self.ledger),
            ("customers", table_of(m.Customer), self.customers),
            ("waitlist entries", table_of(m.WaitlistEntry), self.entries),
            ("position changes", table_of(m.PositionChange), self.moves),
            ("orders", table_of(m.Order), orders),
            ("order status changes", table_of(m.OrderStatusChange), history),
        ]
