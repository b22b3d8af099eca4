"""A customer's data on request: everything held about them (JSON), or erased.

Erasing keeps what the dealer must keep and what makes the queues add up:
the entries, deposits and the ledger stay, under "Erased customer N"; the
name, address, e-mail, phone, notes and the copies of letters go, and the
audit log's words about the customer are rewritten to the same placeholder.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import utcnow
from dealerapp.db.enums import StaffRole
from dealerapp.errors import InputError
from dealerapp.services import audit, staff

PERSONAL = ("ref", "title", "given_name", "company", "street", "street2", "city", "region",
            "postal_code", "email", "phone", "notes")  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if hasattr(value, "value"):  # an enum
        return value.value
    return value


def _row(obj: Any, *, leave_out: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        column.key: _plain(getattr(obj, column.key))
        for column in inspect(obj).mapper.column_attrs
        if column.key not in leave_out
    }


def customer_record(session: Session, customer_id: int) -> dict[str, Any]:
    """Everything held about one customer, as JSON-ready data (letter copies as base64 PDF)."""
    customer = session.get(m.Customer, customer_id)
    if customer is None:
        raise InputError(f"no customer {customer_id}")
    entries = list(session.scalars(
        select(m.WaitlistEntry).where(m.WaitlistEntry.customer_id == customer_id)
        .order_by(m.WaitlistEntry.id)
    ))  # fmt: skip
    entry_ids = [entry.id for entry in entries]
    moves = session.scalars(
        select(m.PositionChange).where(m.PositionChange.entry_id.in_(entry_ids))
        .order_by(m.PositionChange.at, m.PositionChange.id)
    )  # fmt: skip
    orders = list(session.scalars(select(m.Order).where(m.Order.entry_id.in_(entry_ids))))
    letters = session.scalars(
        select(m.LetterSent).where(m.LetterSent.customer_id == customer_id)
        .order_by(m.LetterSent.sent_at)
    )  # fmt: skip
    return {
        "exported_at": utcnow().isoformat(),
        "customer": _row(customer),
        "waitlist_entries": [_row(entry) for entry in entries],
        "position_history": [_row(move) for move in moves],
        "orders": [_row(order) for order in orders],
        "letters": [_row(letter) for letter in letters],
        "audit": [_row(row) for row in _audit_rows(session, customer_id, entry_ids)],
    }


def write_customer_record(session: Session, customer_id: int, path: Path) -> Path:
    """The customer's record as JSON at `path`, created readable by its owner only."""
    record = customer_record(session, customer_id)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(record, out, ensure_ascii=False, indent=2)
    return path


def customer_of_entry(session: Session, entry_id: int) -> tuple[int, str]:
    """The customer behind a waitlist entry: (id, name as shown)."""
    entry = session.get(m.WaitlistEntry, entry_id)
    if entry is None:
        raise InputError(f"no waitlist entry {entry_id}")
    customer = session.get_one(m.Customer, entry.customer_id)
    return customer.id, customer.display_name


def _audit_rows(session: Session, customer_id: int, entry_ids: list[int]) -> list[m.AuditEntry]:
    a = m.AuditEntry
    return list(session.scalars(
        select(a).where(or_(
            (a.entity == "customers") & (a.entity_id == customer_id),
            (a.entity == "waitlist_entries") & a.entity_id.in_(entry_ids),
        )).order_by(a.at, a.id)
    ))  # fmt: skip


@dataclass(frozen=True)
class Erased:
    customer_id: int
    placeholder: str
    letters_removed: int
    audit_rows_rewritten: int


def erase_customer(
    session: Session, customer_id: int, *, reason: str, actor: str | None = None
) -> Erased:
    """Replace the customer's personal data; keep entries, deposits and the anonymised history."""
    staff.require(session, StaffRole.MANAGER, "Erasing a customer")
    if not reason.strip():
        raise InputError("erasing a customer needs a reason (e.g. 'customer asked on 2026-11-20')")
    customer = session.get(m.Customer, customer_id)
    if customer is None:
        raise InputError(f"no customer {customer_id}")
    if customer.erased_at is not None:
        raise InputError(
            f"customer {customer_id} was already erased on {customer.erased_at:%Y-%m-%d}"
        )
    placeholder = f"Erased customer {customer_id}"
    names = {customer.display_name, customer.family_name,
             " ".join(p for p in (customer.given_name, customer.family_name) if p)}  # fmt: skip
    if customer.email:
        names.add(customer.email)
    for field in PERSONAL:
        setattr(customer, field, None)
    customer.family_name = placeholder
    customer.erased_at = utcnow()
    entries = list(session.scalars(
        select(m.WaitlistEntry).where(m.WaitlistEntry.customer_id == customer_id)
    ))  # fmt: skip
    for entry in entries:
        entry.notes = None
    letters = list(
        session.scalars(select(m.LetterSent).where(m.LetterSent.customer_id == customer_id))
    )
    for letter in letters:
        letter.pdf = None
        letter.file_name = None
    rewritten = 0
    for row in _audit_rows(session, customer_id, [entry.id for entry in entries]):
        summary = row.summary
        for name in sorted((n for n in names if n and len(n) > 2), key=len, reverse=True):
            summary = summary.replace(name, placeholder)
        if summary != row.summary or row.before or row.after:
            row.summary, row.before, row.after = summary, None, None
            rewritten += 1
    session.flush()
    audit.record(
        session, action="customer.erase", entity="customers", entity_id=customer_id,
        summary=f"Erased the personal data of customer {customer_id} at their request: "
                f"{reason.strip()}", actor=actor,
        after={"letters_removed": len(letters), "audit_rows_rewritten": rewritten},
    )  # fmt: skip
    return Erased(customer_id, placeholder, len(letters), rewritten)
