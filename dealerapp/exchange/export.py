"""Exporting the waitlist (with flags and orders) and the allocations to XLSX or CSV.

The waitlist sheet's first columns are exactly what the waitlist import reads,
so an export imports again unchanged; the columns after them (flag,
explanation, told, order) are for reading. Every text cell is guarded
against formulas (see guard.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import UNIT_HOLDING_STATUSES, EntryStatus, OrderStage
from dealerapp.db.fastread import iter_plain_rows
from dealerapp.errors import InputError
from dealerapp.exchange import group
from dealerapp.exchange.guard import is_risky, neutralise_csv
from dealerapp.exchange.waitlist_import import FIELDS
from dealerapp.files import new_files
from dealerapp.services.letters_log import last_told
from dealerapp.services.money import decimals_of
from dealerapp.services.orders import STAGE_LABELS, list_orders
from dealerapp.services.servability import Servability, explain, flag_context, flag_query

EXTRA_HEADERS = (
    "Entry", "Market", "Flag", "Explanation", "Last told", "Order number", "Order status",
    "Order stage", "VIN", "ETA",
)  # fmt: skip
WAITLIST_HEADERS = tuple(field.label for field in FIELDS) + EXTRA_HEADERS
# Columns written as numbers or dates in a workbook (their index in WAITLIST_HEADERS).
_KEYS = [field.key for field in FIELDS]
_DATE_COLUMNS = frozenset(_KEYS.index(key) for key in ("joined_on", "deposit_date")) | {
    len(_KEYS) + EXTRA_HEADERS.index("ETA")
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    sheets: tuple[str, ...]


def waitlist_rows(session: Session) -> Iterator[list[Any]]:
    """One list per entry in WAITLIST_HEADERS order: text, numbers and dates (or None)."""
    c, e, d = m.Customer, m.WaitlistEntry, m.Dealer
    flags = flag_query(ordered=False).subquery("flags")
    told = last_told()
    code = m.OrderStatusCode
    # An entry whose first order was cancelled may have a second: the latest one counts.
    latest = (
        select(m.Order.entry_id, func.max(m.Order.id).label("order_id"))
        .group_by(m.Order.entry_id)
        .subquery("latest")
    )
    query = (
        select(
            c.ref, c.title, c.given_name, c.family_name, c.company, c.street, c.city, c.region,
            c.postal_code, c.country, c.email, c.phone, c.language, d.code, m.Program.code,
            e.position, e.joined_on, e.status, e.deposit_amount_minor, e.deposit_currency,
            e.deposit_date, e.deposit_method, e.deposit_refundable, e.deposit_terms,
            e.specification, e.notes, e.id, m.Market.code, flags.c.flag, told.c.told,
            m.Order.order_number, code.code, code.label, code.stage, m.Order.vin, m.Order.eta,
            flags.c.available, e.dealer_id, e.program_id, m.Market.id,
        )
        .join(c, c.id == e.customer_id)
        .join(d, d.id == e.dealer_id)
        .join(m.Market, m.Market.id == d.market_id)
        .join(m.Program, m.Program.id == e.program_id)
        .outerjoin(flags, flags.c.id == e.id)
        .outerjoin(told, told.c.entry_id == e.id)
        .outerjoin(latest, latest.c.entry_id == e.id)
        .outerjoin(m.Order, m.Order.id == latest.c.order_id)
        .outerjoin(code, code.id == m.Order.status_code_id)
        .order_by(m.Market.code, d.code, m.Program.code, e.position.is_(None), e.position,
                  e.joined_on, e.id)
    )  # fmt: skip
    context = flag_context(session)
    for values in iter_plain_rows(session, query):
        row = list(values[:26])
        minor, currency = row[18], row[19]
        places = decimals_of(currency)
        row[18] = f"{minor / 10**places:.{places}f}" if places else str(minor)
        row[16], row[20] = _day(row[16]), _day(row[20])
        row[22] = "yes" if row[22] else "no"
        (entry_id, market, flag, told_at, number, status_code, label, stage, vin, eta,
         available, dealer_id, program_id, market_id) = values[26:]  # fmt: skip
        explanation = ""
        if flag and row[15] is not None:
            explanation = explain(
                Servability(flag), row[15], available, context.dealers[dealer_id],
                context.programs[program_id], context.stops.get((market_id, program_id)),
            )  # fmt: skip
        order_status = f"{status_code} {label}" if status_code else None
        row += [
            entry_id, market, flag, explanation, str(told_at)[:10] if told_at else None, number,
            order_status, STAGE_LABELS[OrderStage(stage)] if stage else None, vin, _day(eta),
        ]  # fmt: skip
        yield row


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def export_waitlist(session: Session, path: Path) -> ExportResult:
    """The waitlist to `path`: .csv the waitlist alone; .xlsx with the allocations, the
    group's dealers, programs and markets (enough to rebuild a database) and the orders.

    Written to a temporary file beside the target and moved over it at the
    end, so a failure never leaves half a spreadsheet under the chosen name.
    """
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"{path.name}: export to a .xlsx or .csv file")
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise InputError(f"{path}: the folder {folder} does not exist")
    with new_files() as files:
        temporary = files.path_for(path)
        if suffix == ".csv":
            count = _write_csv(session, temporary)
            sheets: tuple[str, ...] = ("waitlist",)
        else:
            count, sheets = _write_xlsx(session, temporary)
    return ExportResult(path, count, sheets)


def _write_csv(session: Session, path: Path) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(WAITLIST_HEADERS)
        for row in waitlist_rows(session):
            writer.writerow(_csv_cell(value) for value in row)
            count += 1
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise_csv(str(value))


def _write_xlsx(session: Session, path: Path) -> tuple[int, tuple[str, ...]]:
    from dealerapp.exchange.xlsx_writer import DAY, MONEY, QUOTED, Workbook

    count = 0
    with Workbook(path) as workbook:
        waitlist = workbook.sheet(
            "Waitlist", WAITLIST_HEADERS, {3: 16, 4: 20, 6: 24, 11: 26, 30: 60}
        )
        deposit_column = _KEYS.index("deposit_amount")
        fixed = {index: DAY for index in _DATE_COLUMNS} | {deposit_column: MONEY}
        for row in waitlist_rows(session):
            risky = [i for i, value in enumerate(row) if isinstance(value, str) and is_risky(value)]
            if risky:
                waitlist.row(row, styles=fixed | dict.fromkeys(risky, QUOTED))
            else:
                waitlist.row(row, styles=fixed)
            count += 1
        workbook.add_rows(
            group.ALLOCATIONS, group.ALLOCATION_HEADERS, allocation_rows(session), {2: 32},
            quoted=is_risky,
        )  # fmt: skip
        # The rest of the group, so that this workbook alone rebuilds a database (group.py).
        for title, headers, rows, widths in (
            (group.DEALERS, group.DEALER_HEADERS, group.dealer_rows(session), {3: 28, 4: 26}),
            (group.PROGRAMS, group.PROGRAM_HEADERS, group.program_rows(session), {2: 28, 5: 40}),
            (group.MARKETS, group.MARKET_HEADERS, group.market_rows(session), {2: 20}),
            (group.MARKET_PROGRAMS, group.MARKET_PROGRAM_HEADERS,
             group.market_program_rows(session), {5: 40, 7: 40}),
        ):  # fmt: skip
            workbook.add_rows(title, headers, rows, widths, quoted=is_risky)
        workbook.add_rows(
            "Orders",
            ("Order number", "Entry", "Customer", "Dealer", "Program", "Status", "Label",
             "Stage", "Status date", "Production week", "VIN", "ETA"),
            (
                (order.order_number, order.entry_id, order.customer, order.dealer_code,
                 order.program, order.code, order.label, order.stage_label, order.status_date,
                 order.production_week, order.vin, order.eta)
                for order in list_orders(session)
            ),
            {2: 28, 6: 40},
            quoted=is_risky,
        )  # fmt: skip
    return count, ("Waitlist", group.ALLOCATIONS, *GROUP_SHEETS, "Orders")


GROUP_SHEETS = (group.DEALERS, group.PROGRAMS, group.MARKETS, group.MARKET_PROGRAMS)


def allocation_rows(session: Session) -> list[tuple[Any, ...]]:
    """Per dealer and program: the ledger's sum, units held, free units and the queue."""
    e = m.WaitlistEntry
    ledger = (
        select(
            m.AllocationEvent.dealer_id, m.AllocationEvent.program_id,
            func.sum(m.AllocationEvent.units).label("units"),
        )
        .where(m.AllocationEvent.dealer_id.is_not(None))
        .group_by(m.AllocationEvent.dealer_id, m.AllocationEvent.program_id)
        .subquery()
    )  # fmt: skip
    holding = func.sum(case((e.status.in_(UNIT_HOLDING_STATUSES), 1), else_=0))
    waiting = func.sum(case((e.status == EntryStatus.WAITING, 1), else_=0))
    counts = (
        select(e.dealer_id, e.program_id, holding.label("holding"), waiting.label("waiting"))
        .group_by(e.dealer_id, e.program_id)
        .subquery()
    )
    query = (
        select(
            m.Market.code, m.Dealer.code, m.Dealer.name, m.Program.code, ledger.c.units,
            func.coalesce(counts.c.holding, 0), func.coalesce(counts.c.waiting, 0),
        )
        .join(m.Dealer, m.Dealer.id == ledger.c.dealer_id)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .join(m.Program, m.Program.id == ledger.c.program_id)
        .outerjoin(counts, (counts.c.dealer_id == ledger.c.dealer_id)
                   & (counts.c.program_id == ledger.c.program_id))
        .order_by(m.Market.code, m.Dealer.code, m.Program.code)
    )  # fmt: skip
    return [
        (market, dealer, name, program, int(units), int(held), int(units) - int(held), int(wait))
        for market, dealer, name, program, units, held, wait in session.execute(query)
    ]
