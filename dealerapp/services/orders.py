"""Orders from order to delivery: their status codes, history, VIN, week and ETA.

Each change is one transaction and one audit row; the batch import in
`dealerapp.exchange` uses `apply_status` and writes one audit row for the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import ChangeSource, EntryStatus, OrderStage
from dealerapp.db.models.waitlist import customer_display_name
from dealerapp.errors import InputError
from dealerapp.services import audit
from dealerapp.services.vin import VinError, normalise_vin

STAGE_LABELS = {
    OrderStage.ENTERED: "Entered",
    OrderStage.SCHEDULED: "Scheduled",
    OrderStage.IN_PRODUCTION: "In production",
    OrderStage.BUILT: "Built",
    OrderStage.IN_TRANSIT: "In transit",
    OrderStage.AT_DEALER: "At dealer",
    OrderStage.DELIVERED: "Delivered",
    OrderStage.CANCELLED: "Cancelled",
    OrderStage.HOLD: "On hold",
}
_WEEK = re.compile(r"(\d{4})-?W?(\d{1,2})")


class OrderRefused(InputError):
    """A change the order's status does not allow."""


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: int
    order_number: str
    entry_id: int
    customer: str
    dealer_code: str
    dealer: str
    market: str
    program: str
    oem: str
    code: str
    label: str
    stage: OrderStage
    status_date: date
    production_week: str | None
    vin: str | None
    eta: date | None
    spec_locked: bool
    final: bool

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS[self.stage]


@dataclass(frozen=True, slots=True)
class StatusStep:
    code: str
    label: str
    stage: OrderStage
    status_date: date
    source: ChangeSource
    author: str
    recorded_at: datetime


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    specification: str | None
    entry_status: EntryStatus
    history: tuple[StatusStep, ...]


@dataclass(frozen=True)
class CodeRow:
    id: int
    oem: str
    code: str
    label: str
    stage: OrderStage
    consumes_allocation: bool
    spec_locked: bool
    final: bool


@dataclass(frozen=True)
class OrderResult:
    summary: str
    order_id: int
    changed: bool = True


def _rows_query() -> Select[*tuple[Any, ...]]:
    code = m.OrderStatusCode
    return (
        select(
            m.Order.id,
            m.Order.order_number,
            m.Order.entry_id,
            m.Customer.given_name,
            m.Customer.family_name,
            m.Customer.company,
            m.Dealer.code,
            m.Dealer.name,
            m.Market.code,
            m.Program.code,
            code.oem,
            code.code,
            code.label,
            code.stage,
            m.Order.status_date,
            m.Order.production_week,
            m.Order.vin,
            m.Order.eta,
            code.spec_locked,
            code.final,
        )
        .join(code, code.id == m.Order.status_code_id)
        .join(m.WaitlistEntry, m.WaitlistEntry.id == m.Order.entry_id)
        .join(m.Customer, m.Customer.id == m.WaitlistEntry.customer_id)
        .join(m.Dealer, m.Dealer.id == m.WaitlistEntry.dealer_id)
        .join(m.Market, m.Market.id == m.Dealer.market_id)
        .join(m.Program, m.Program.id == m.WaitlistEntry.program_id)
    )


def _row(values: tuple[Any, ...]) -> OrderRow:
    given, family, company = values[3:6]
    return OrderRow(
        values[0], values[1], values[2], customer_display_name(given, family, company),
        values[6], values[7], values[8], values[9], values[10], values[11], values[12],
        OrderStage(values[13]), values[14], values[15], values[16], values[17],
        bool(values[18]), bool(values[19]),
    )  # fmt: skip


def list_orders(
    session: Session,
    *,
    stage: OrderStage | None = None,
    dealer: str | None = None,
    market: str | None = None,
) -> list[OrderRow]:
    """Orders in stage order (entered first), then by status date and number."""
    query = _rows_query()
    if stage is not None:
        query = query.where(m.OrderStatusCode.stage == stage)
    if dealer is not None:
        query = query.where(m.Dealer.code == dealer)
    if market is not None:
        query = query.where(m.Market.code == market.upper())
    rows = [_row(tuple(values)) for values in session.execute(query)]
    rank = {stage: index for index, stage in enumerate(OrderStage)}
    rows.sort(key=lambda row: (rank[row.stage], row.status_date, row.order_number))
    return rows


def stage_counts(rows: list[OrderRow]) -> dict[OrderStage, int]:
    counts = dict.fromkeys(OrderStage, 0)
    for row in rows:
        counts[row.stage] += 1
    return counts


def find_order(session: Session, reference: str | int) -> m.Order:
    """An order by its number (what the OEM prints) or, failing that, its id."""
    text = str(reference).strip()
    found = session.scalars(select(m.Order).where(m.Order.order_number == text)).first()
    if found is None and text.isdigit():
        found = session.get(m.Order, int(text))
    if found is None:
        raise InputError(f"no order {text!r}")
    return found


def order_detail(session: Session, order_id: int) -> OrderDetail:
    values = session.execute(_rows_query().where(m.Order.id == order_id)).first()
    if values is None:
        raise InputError(f"no order {order_id}")
    order = session.get_one(m.Order, order_id)
    entry = session.get_one(m.WaitlistEntry, order.entry_id)
    code = m.OrderStatusCode
    change = m.OrderStatusChange
    history = session.execute(
        select(
            code.code,
            code.label,
            code.stage,
            change.status_date,
            change.source,
            change.author,
            change.recorded_at,
        )
        .join(code, code.id == change.status_code_id)
        .where(change.order_id == order_id)
        .order_by(change.status_date, change.recorded_at, change.id)
    )
    steps = tuple(
        StatusStep(c, label, OrderStage(stage), day, ChangeSource(source), author, at)
        for c, label, stage, day, source, author, at in history
    )
    return OrderDetail(_row(tuple(values)), order.specification, entry.status, steps)


def oem_of(session: Session, order: m.Order) -> str:
    program = session.scalars(
        select(m.Program).join(m.WaitlistEntry).where(m.WaitlistEntry.id == order.entry_id)
    ).one()
    return code_set_of(program)


def code_set_of(program: m.Program) -> str:
    """Whose order status codes the program's orders use; refused while none is chosen."""
    if program.status_codes is None:
        raise InputError(
            f"the program {program.name} ({program.code}) has no order status codes chosen "
            f"yet: choose BMW or GM codes in Setup > Programs (dealerapp program edit "
            f"{program.code} --codes gm)"
        )
    return program.status_codes


def status_code(session: Session, oem: str, code: str) -> m.OrderStatusCode:
    found = session.scalars(
        select(m.OrderStatusCode).where(
            m.OrderStatusCode.oem == oem, m.OrderStatusCode.code == code.strip().upper()
        )
    ).first()
    if found is None:
        raise InputError(f"{code!r} is not a {oem} status code (see Orders > Status codes)")
    return found


def parse_week(raw: str) -> str:
    """'2011-18', '2011W18' or '2011-W18' -> '2011-18'."""
    match = _WEEK.fullmatch(raw.strip().upper())
    if match is None or not 1 <= int(match.group(2)) <= 53:
        raise InputError(f"{raw!r} is not a production week (write it as 2011-18)")
    return f"{match.group(1)}-{int(match.group(2)):02d}"


def market_of(session: Session, order: m.Order) -> str:
    return session.scalars(
        select(m.Market.code)
        .join(m.Dealer, m.Dealer.market_id == m.Market.id)
        .join(m.WaitlistEntry, m.WaitlistEntry.dealer_id == m.Dealer.id)
        .where(m.WaitlistEntry.id == order.entry_id)
    ).one()


def checked_vin(raw: str, market: str) -> str:
    try:
        return normalise_vin(raw, market)
    except VinError as exc:
        raise InputError(f"VIN {exc}") from exc


def apply_status(
    session: Session,
    order: m.Order,
    code: m.OrderStatusCode,
    status_date: date,
    *,
    source: ChangeSource,
    actor: str,
) -> bool:
    """Move the order to `code` with its history row; False when it is there already.

    A delivered code delivers the entry too: the unit stays held, the customer has it.
    """
    current = session.get_one(m.OrderStatusCode, order.status_code_id)
    if current.id == code.id and order.status_date == status_date:
        return False
    if current.final and current.id != code.id:
        raise OrderRefused(
            f"order {order.order_number} is at {current.code} ({current.label}), which is final"
        )
    order.status_code_id = code.id
    order.status_date = status_date
    session.add(
        m.OrderStatusChange(
            order_id=order.id, status_code_id=code.id, status_date=status_date,
            source=source, author=actor, recorded_at=utcnow(),
        )
    )  # fmt: skip
    if code.stage is OrderStage.DELIVERED:
        entry = session.get_one(m.WaitlistEntry, order.entry_id)
        if entry.status in (EntryStatus.ASSIGNED, EntryStatus.ORDERED):
            entry.status = EntryStatus.DELIVERED
            entry.status_changed_at = utcnow()
    return True


def set_status(
    session: Session,
    *,
    order: str | int,
    code: str,
    status_date: date | None = None,
    actor: str | None = None,
) -> OrderResult:
    """One status update typed in by staff."""
    found = find_order(session, order)
    new_code = status_code(session, oem_of(session, found), code)
    before = {"code_id": found.status_code_id, "status_date": found.status_date.isoformat()}
    day = status_date or utcnow().date()
    actor = actor or audit.current_actor(session)
    if not apply_status(session, found, new_code, day, source=ChangeSource.MANUAL, actor=actor):
        already = f"Order {found.order_number} is already at {new_code.code}"
        return OrderResult(already, found.id, changed=False)
    summary = (
        f"Order {found.order_number}: status {new_code.code} ({new_code.label}) "
        f"on {day.isoformat()}"
    )
    session.flush()
    audit.record(
        session, action="order.status", entity="order", entity_id=found.id, summary=summary,
        actor=actor, before=before,
        after={"code_id": new_code.id, "status_date": day.isoformat()},
    )  # fmt: skip
    return OrderResult(summary, found.id)


def update_details(
    session: Session,
    *,
    order: str | int,
    vin: str | None = None,
    eta: date | None = None,
    production_week: str | None = None,
    specification: str | None = None,
    actor: str | None = None,
) -> OrderResult:
    """Change VIN, ETA, week or the wanted specification; '' clears a field.

    The specification is refused once the order's code locks it: the OEM would
    build the car as ordered whatever the dealer's file says.
    """
    found = find_order(session, order)
    before = _details(found)
    if specification is not None and specification.strip() != (found.specification or ""):
        code = session.get_one(m.OrderStatusCode, found.status_code_id)
        if code.spec_locked:
            raise OrderRefused(
                f"order {found.order_number} is at {code.code} ({code.label}): the specification "
                "is locked and can no longer be changed"
            )
        found.specification = specification.strip() or None
    if vin is not None:
        found.vin = checked_vin(vin, market_of(session, found)) if vin.strip() else None
    if production_week is not None:
        found.production_week = parse_week(production_week) if production_week.strip() else None
    if eta is not None:
        found.eta = eta
    after = _details(found)
    changed = {key: value for key, value in after.items() if before[key] != value}
    if not changed:
        return OrderResult(f"Order {found.order_number}: nothing changed", found.id, False)
    session.flush()
    summary = f"Order {found.order_number}: " + ", ".join(
        f"{key.replace('_', ' ')} {value or '(none)'}" for key, value in changed.items()
    )
    audit.record(
        session, action="order.details", entity="order", entity_id=found.id, summary=summary,
        actor=actor, before={k: before[k] for k in changed}, after=changed,
    )  # fmt: skip
    return OrderResult(summary, found.id)


def _details(order: m.Order) -> dict[str, str | None]:
    return {
        "vin": order.vin,
        "eta": order.eta.isoformat() if order.eta else None,
        "production_week": order.production_week,
        "specification": order.specification,
    }


def list_codes(session: Session, oem: str | None = None) -> list[CodeRow]:
    query = select(m.OrderStatusCode).order_by(m.OrderStatusCode.oem, m.OrderStatusCode.code)
    if oem is not None:
        query = query.where(m.OrderStatusCode.oem == oem)
    return [
        CodeRow(
            c.id, c.oem, c.code, c.label, c.stage, c.consumes_allocation, c.spec_locked, c.final
        )
        for c in session.scalars(query)
    ]


def save_code(
    session: Session,
    *,
    oem: str,
    code: str,
    label: str,
    stage: OrderStage,
    consumes_allocation: bool,
    spec_locked: bool,
    final: bool,
    actor: str | None = None,
) -> CodeRow:
    """Add a status code, or change the one with this OEM and code."""
    oem, code, label = oem.strip(), code.strip().upper(), label.strip()
    if not oem or not code or not label:
        raise InputError("a status code needs its OEM, the code and a label")
    found = session.scalars(
        select(m.OrderStatusCode).where(
            m.OrderStatusCode.oem == oem, m.OrderStatusCode.code == code
        )
    ).first()
    values = {
        "label": label, "stage": stage, "consumes_allocation": consumes_allocation,
        "spec_locked": spec_locked, "final": final,
    }  # fmt: skip
    if found is None:
        found = m.OrderStatusCode(oem=oem, code=code, source="added by staff", **values)
        session.add(found)
        before = None
        verb = "Added"
    else:
        before = {key: _plain(getattr(found, key)) for key in values}
        for key, value in values.items():
            setattr(found, key, value)
        verb = "Changed"
    session.flush()
    audit.record(
        session, action="order_code.save", entity="order_status_code", entity_id=found.id,
        summary=f"{verb} {oem} status code {code} ({label}, {STAGE_LABELS[stage].lower()})",
        actor=actor, before=before, after={k: _plain(v) for k, v in values.items()},
    )  # fmt: skip
    return CodeRow(found.id, oem, code, label, stage, consumes_allocation, spec_locked, final)


def _plain(value: object) -> object:
    return value.value if isinstance(value, OrderStage) else value


def create_order(
    session: Session,
    *,
    entry_id: int,
    order_number: str,
    code: str,
    status_date: date | None = None,
    actor: str | None = None,
) -> OrderResult:
    """The order placed for an assigned entry's unit; the entry becomes 'ordered'."""
    entry = session.get(m.WaitlistEntry, entry_id)
    if entry is None:
        raise InputError(f"no waitlist entry {entry_id}")
    if entry.status is not EntryStatus.ASSIGNED:
        raise OrderRefused(
            f"entry {entry_id} is {entry.status.value}: only an assigned entry (one holding a "
            "unit) can be ordered"
        )
    number = order_number.strip()
    if not number:
        raise InputError("an order needs its order number")
    if session.scalars(select(m.Order.id).where(m.Order.order_number == number)).first():
        raise InputError(f"order number {number} is already used")
    program = session.get_one(m.Program, entry.program_id)
    found_code = status_code(session, code_set_of(program), code)
    day = status_date or utcnow().date()
    actor = actor or audit.current_actor(session)
    order = m.Order(
        entry_id=entry.id, order_number=number, status_code_id=found_code.id, status_date=day,
        specification=entry.specification,
    )  # fmt: skip
    session.add(order)
    session.flush()
    session.add(
        m.OrderStatusChange(
            order_id=order.id, status_code_id=found_code.id, status_date=day,
            source=ChangeSource.MANUAL, author=actor, recorded_at=utcnow(),
        )
    )  # fmt: skip
    entry.status = EntryStatus.ORDERED
    entry.status_changed_at = utcnow()
    summary = f"Order {number} placed for entry {entry.id}: {found_code.code} ({found_code.label})"
    session.flush()
    audit.record(
        session, action="order.create", entity="order", entity_id=order.id, summary=summary,
        actor=actor, after={"entry_id": entry.id, "order_number": number, "code": found_code.code},
    )  # fmt: skip
    return OrderResult(summary, order.id)
