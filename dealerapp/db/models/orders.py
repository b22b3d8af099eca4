"""Orders for assigned units, their OEM status codes, and the history of codes."""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import ChangeSource, OrderStage


class OrderStatusCode(Base):
    """An OEM's order status code (BMW "112", GM "4B00"); a table the user can edit."""

    __tablename__ = "order_status_codes"
    __table_args__ = (UniqueConstraint("oem", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    oem: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(300))
    stage: Mapped[OrderStage] = mapped_column(str_enum(OrderStage, "order_stage"))
    consumes_allocation: Mapped[bool] = mapped_column(Boolean)
    spec_locked: Mapped[bool] = mapped_column(Boolean)
    final: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(Text)


class Order(Base):
    """The unit an assigned entry gets, followed from order to delivery."""

    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("vin IS NULL OR length(vin) = 17", "vin_length"),
        CheckConstraint(
            "production_week IS NULL OR (length(production_week) = 7"
            " AND substr(production_week, 5, 1) = '-')",
            "production_week_format",
        ),
        Index("ix_orders_status_code", "status_code_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("waitlist_entries.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(32), unique=True)
    status_code_id: Mapped[int] = mapped_column(ForeignKey("order_status_codes.id"))
    status_date: Mapped[date] = mapped_column(Date)
    production_week: Mapped[str | None] = mapped_column(String(7))
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)
    eta: Mapped[date | None] = mapped_column(Date)
    specification: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    status_code: Mapped[OrderStatusCode] = relationship()


class OrderStatusChange(Base):
    """One code an order went through, with the date the OEM gave it."""

    __tablename__ = "order_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    status_code_id: Mapped[int] = mapped_column(ForeignKey("order_status_codes.id"))
    status_date: Mapped[date] = mapped_column(Date)
    source: Mapped[ChangeSource] = mapped_column(str_enum(ChangeSource, "change_source"))
    author: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
