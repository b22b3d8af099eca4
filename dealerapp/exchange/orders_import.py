"""Importing an order status file exported from the OEM's dealer portal.

Columns in any order (order number, status code, date, VIN, ETA, production
week); every row is checked against the orders and codes in the database
before anything is written, then all rows (or only the valid ones, when
asked) are applied in one transaction with one audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import ChangeSource
from dealerapp.errors import InputError
from dealerapp.exchange.cells import parse_day
from dealerapp.exchange.mapping import ColumnMap, Field
from dealerapp.exchange.report import ImportReport, RowReader, missing_columns, row_cells
from dealerapp.exchange.sheets import Sheet
from dealerapp.services import audit
from dealerapp.services.orders import apply_status, parse_week
from dealerapp.services.vin import VinError, normalise_vin

FIELDS = (
    Field("order_number", "Order number", required=True,
          synonyms=("order", "order no", "production number", "commission number")),
    Field("status_code", "Status code", required=True,
          synonyms=("status", "code", "event code", "order status", "event")),
    Field("status_date", "Status date", synonyms=("date", "event date", "as of", "updated")),
    Field("vin", "VIN", synonyms=("vehicle identification number", "chassis")),
    Field("eta", "ETA", synonyms=("estimated arrival", "eta date", "expected delivery")),
    Field("production_week", "Production week", synonyms=("prod week", "build week", "week")),
)  # fmt: skip
_BY_KEY = {field.key: field for field in FIELDS}


@dataclass
class _Update:
    number: int
    order_id: int
    code_id: int
    status_date: date
    vin: str | None
    eta: date | None
    week: str | None


def import_order_statuses(
    session: Session,
    sheet: Sheet,
    mapping: ColumnMap,
    *,
    apply: bool = False,
    valid_only: bool = False,
    today: date | None = None,
    actor: str | None = None,
) -> ImportReport:
    report = ImportReport("order statuses", sheet.name, sheet.size)
    if missing_columns(report, mapping, FIELDS):
        return report
    orders = {
        number: (order_id, oem, market, code_id, final, status_date, vin)
        for number, order_id, oem, market, code_id, final, status_date, vin in session.execute(
            select(
                m.Order.order_number,
                m.Order.id,
                m.Program.status_codes,
                m.Market.code,
                m.Order.status_code_id,
                m.OrderStatusCode.final,
                m.Order.status_date,
                m.Order.vin,
            )
            .join(m.WaitlistEntry, m.WaitlistEntry.id == m.Order.entry_id)
            .join(m.Program, m.Program.id == m.WaitlistEntry.program_id)
            .join(m.Dealer, m.Dealer.id == m.WaitlistEntry.dealer_id)
            .join(m.Market, m.Market.id == m.Dealer.market_id)
            .join(m.OrderStatusCode, m.OrderStatusCode.id == m.Order.status_code_id)
        )
    }
    codes: dict[tuple[str | None, str], int] = {
        (oem, code): code_id
        for code_id, oem, code in session.execute(
            select(m.OrderStatusCode.id, m.OrderStatusCode.oem, m.OrderStatusCode.code)
        )
    }
    vins = {vin: number for number, (*_, vin) in orders.items() if vin}
    day = today or date.today()
    updates: list[_Update] = []
    seen: dict[str, int] = {}
    for index, cells in enumerate(row_cells(sheet.rows, mapping)):
        number = sheet.row_number(index)
        if not any(cells.values()):
            continue
        r = RowReader(cells, number, _BY_KEY, report.problems)
        order_number = r.required("order_number")
        found = orders.get(order_number)
        if order_number and found is None:
            r.problem("order_number", f"no order {order_number} in dealerapp")
        if order_number in seen:
            r.problem(
                "order_number", f"order {order_number} is already in row {seen[order_number]}"
            )
        seen.setdefault(order_number, number)
        market = found[2] if found else None
        code_id = None
        code_text = r.required("status_code").upper()
        if found and found[1] is None:
            r.problem("status_code", "the order's program has no order status codes chosen")
        elif found and code_text:
            # Spreadsheets drop leading zeros: BMW's "037" arrives as 37.
            code_id = codes.get((found[1], code_text)) or codes.get((found[1], code_text.zfill(3)))
            if code_id is None:
                r.problem("status_code", f"{code_text!r} is not a {found[1]} status code")
        status_date = r.parsed("status_date", partial(parse_day, market=market)) or day
        if status_date > day:
            r.problem("status_date", f"{status_date.isoformat()} is in the future")
        vin = r.parsed("vin", partial(_vin, market=market))
        if vin and vins.get(vin, order_number) != order_number:
            r.problem("vin", f"{vin} already belongs to order {vins[vin]}")
        eta = r.parsed("eta", partial(parse_day, market=market))
        week = r.parsed("production_week", _week)
        if found and found[4] and code_id is not None and code_id != found[3]:
            r.problem("status_code", f"order {order_number} is at a final code and cannot move on")
        if r.failed or found is None or code_id is None:
            continue
        updates.append(_Update(number, found[0], code_id, status_date, vin, eta, week))
    report.valid = len(updates)
    if not apply:
        return report
    report.refuse_if_problems(valid_only)
    _write(session, updates, report, actor or audit.current_actor(session))
    return report


def _vin(text: str, market: str | None) -> str:
    try:
        return normalise_vin(text, market)
    except VinError as exc:
        raise ValueError(str(exc)) from exc


def _week(text: str) -> str:
    try:
        return parse_week(text)
    except InputError as exc:
        raise ValueError(str(exc)) from exc


def _write(session: Session, updates: list[_Update], report: ImportReport, actor: str) -> None:
    moved = 0
    for update in updates:
        order = session.get_one(m.Order, update.order_id)
        code = session.get_one(m.OrderStatusCode, update.code_id)
        if apply_status(
            session, order, code, update.status_date, source=ChangeSource.IMPORT, actor=actor
        ):
            moved += 1
        if update.vin:
            order.vin = update.vin
        if update.eta:
            order.eta = update.eta
        if update.week:
            order.production_week = update.week
    session.flush()
    report.summary = (
        f"Imported {len(updates):,} order status rows from {report.sheet}: "
        f"{moved:,} orders moved to a new status"
    )
    if report.problems:
        report.summary += f", {len(report.bad_rows):,} rows left out"
    audit.record(
        session, action="orders.import", entity="import", entity_id=None,
        summary=report.summary, actor=actor,
        after={"file": report.sheet, "rows": len(updates), "moved": moved,
               "left_out_rows": report.bad_rows[:1000]},
    )  # fmt: skip
    report.applied = True
    report.written = len(updates)
