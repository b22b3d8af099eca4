"""Customers, their places in dealers' waitlists, and the history of every move."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import OPEN_STATUSES, DepositMethod, EntryStatus


class Customer(Base):
    """A person or company waiting for a car; the postal address is what letters print."""

    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint(
            "length(trim(family_name)) > 0 OR length(trim(coalesce(company, ''))) > 0", "named"
        ),
        Index("ix_customers_family_name", "family_name"),
        Index("ix_customers_email", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The reference staff know the customer by, from their old spreadsheets.
    ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    title: Mapped[str | None] = mapped_column(String(40))
    given_name: Mapped[str | None] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    street2: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="en")
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        return customer_display_name(self.given_name, self.family_name, self.company)


def customer_display_name(given: str | None, family: str | None, company: str | None) -> str:
    """How a customer is named on screen: "Ada Byrne", "Ada Byrne (Byrne Ltd)", "Byrne Ltd"."""
    if company and family == company:
        family = None
    person = " ".join(part for part in (given, family) if part)
    if company:
        return f"{person} ({company})" if person else company
    return person


_STATUS_LIST = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)


class WaitlistEntry(Base):
    """One customer's place in one dealer's queue for one program, with the deposit taken.

    Only waiting entries hold a position (1..n per dealer and program); an
    entry that gets a unit leaves the queue.
    """

    __tablename__ = "waitlist_entries"
    __table_args__ = (
        CheckConstraint("position IS NULL OR position >= 1", "position_positive"),
        CheckConstraint(
            "(status = 'waiting' AND position IS NOT NULL)"
            " OR (status <> 'waiting' AND position IS NULL)",
            "position_iff_waiting",
        ),
        CheckConstraint("deposit_amount_minor >= 0", "deposit_nonnegative"),
        CheckConstraint("length(deposit_currency) = 3", "deposit_currency_iso"),
        Index("ix_waitlist_entries_queue", "dealer_id", "program_id", "status", "position"),
        Index("ix_waitlist_entries_program_status", "program_id", "status"),
        Index("ix_waitlist_entries_customer", "customer_id"),
        # One open entry per customer per dealer per program.
        Index(
            "uq_waitlist_entries_open_per_customer",
            "customer_id",
            "dealer_id",
            "program_id",
            unique=True,
            sqlite_where=text(f"status IN ({_STATUS_LIST})"),
            postgresql_where=text(f"status IN ({_STATUS_LIST})"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    position: Mapped[int | None] = mapped_column(Integer)
    joined_on: Mapped[date] = mapped_column(Date)
    status: Mapped[EntryStatus] = mapped_column(str_enum(EntryStatus, "entry_status"))
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Money in minor units (cents; yen have none) so sums are exact everywhere.
    deposit_amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    deposit_currency: Mapped[str] = mapped_column(String(3))
    deposit_date: Mapped[date | None] = mapped_column(Date)
    deposit_method: Mapped[DepositMethod | None] = mapped_column(
        str_enum(DepositMethod, "deposit_method")
    )
    deposit_refundable: Mapped[bool] = mapped_column(Boolean, default=True)
    deposit_terms: Mapped[str | None] = mapped_column(Text)
    deposit_refunded_on: Mapped[date | None] = mapped_column(Date)
    specification: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    customer: Mapped[Customer] = relationship()


class PositionChange(Base):
    """Every change of an entry's place in the queue, with who and why; never rewritten."""

    __tablename__ = "position_changes"
    __table_args__ = (
        CheckConstraint("from_position IS NULL OR from_position >= 1", "from_positive"),
        CheckConstraint("to_position IS NULL OR to_position >= 1", "to_positive"),
        CheckConstraint("length(trim(reason)) > 0", "reason_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("waitlist_entries.id"), index=True)
    from_position: Mapped[int | None] = mapped_column(Integer)
    to_position: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
