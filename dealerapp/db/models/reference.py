"""Programs, markets, their per-program state, dealers and staff."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import MarketEventKind, PaperSize, StaffRole


class StaffUser(Base):
    """A person who works in dealerapp; the audit log names them."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole, "staff_role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Program(Base):
    """A limited vehicle line sold by allocation, such as the 1M."""

    __tablename__ = "programs"
    __table_args__ = (CheckConstraint("planned_units IS NULL OR planned_units >= 0", "planned"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    oem: Mapped[str] = mapped_column(String(64))
    planned_units: Mapped[int | None] = mapped_column(Integer)
    # Which OEM's order status codes its orders use (order_status_codes.oem); None until chosen.
    status_codes: Mapped[str | None] = mapped_column(String(32))
    # A retired program keeps its history but takes no new customers, units or memos.
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    aliases: Mapped[list[ProgramAlias]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )


class ProgramAlias(Base):
    """Another name memos use for a program ("1 Series M Coupe")."""

    __tablename__ = "program_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200), unique=True)

    program: Mapped[Program] = relationship(back_populates="aliases")


class Market(Base):
    """A national sales region; its code is ISO 3166 alpha-2 (GB for the United Kingdom)."""

    __tablename__ = "markets"
    __table_args__ = (
        CheckConstraint("length(code) = 2 AND code = upper(code)", "code_iso"),
        CheckConstraint("length(currency) = 3", "currency_iso"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    locale: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    paper: Mapped[PaperSize] = mapped_column(str_enum(PaperSize, "paper_size"))

    dealers: Mapped[list[Dealer]] = relationship(back_populates="market")


class MarketProgramState(Base):
    """Whether a market is still served for a program: closed, filled, when, why, which memo."""

    __tablename__ = "market_program_states"
    __table_args__ = (
        CheckConstraint("NOT closed OR closed_at IS NOT NULL", "closed_when"),
        CheckConstraint("NOT filled OR filled_at IS NOT NULL", "filled_when"),
        UniqueConstraint("market_id", "program_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    market_id: Mapped[int] = mapped_column(ForeignKey("markets.id"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"), index=True)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_reason: Mapped[str | None] = mapped_column(Text)
    closed_by_memo_id: Mapped[int | None] = mapped_column(ForeignKey("memos.id"))
    filled: Mapped[bool] = mapped_column(Boolean, default=False)
    filled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    filled_reason: Mapped[str | None] = mapped_column(Text)
    filled_by_memo_id: Mapped[int | None] = mapped_column(ForeignKey("memos.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    market: Mapped[Market] = relationship()
    program: Mapped[Program] = relationship()


class MarketStateEvent(Base):
    """The history behind a market's state: every close, fill and reopen, never rewritten."""

    __tablename__ = "market_state_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    market_id: Mapped[int] = mapped_column(ForeignKey("markets.id"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    kind: Mapped[MarketEventKind] = mapped_column(str_enum(MarketEventKind, "market_event_kind"))
    reason: Mapped[str] = mapped_column(Text)
    memo_id: Mapped[int | None] = mapped_column(ForeignKey("memos.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Dealer(Base):
    """A retailer in one market, with what its letters need: address, phone, logo, signatory."""

    __tablename__ = "dealers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    market_id: Mapped[int] = mapped_column(ForeignKey("markets.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    # PNG, JPEG, GIF or BMP as chosen by staff; the letter renderer reads any of them.
    logo_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_name: Mapped[str] = mapped_column(String(200))
    signatory_title: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # One of the rooftops that use this database, rather than another dealer of the group
    # (kept for transfers and the market's picture).
    ours: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    market: Mapped[Market] = relationship(back_populates="dealers")
