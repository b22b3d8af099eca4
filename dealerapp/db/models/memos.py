"""Memos as received, and the directives read from them with their evidence."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import Confidence, DirectiveKind, MemoState


class Memo(Base):
    """A message from the OEM, the importer or the press, kept byte for byte."""

    __tablename__ = "memos"
    __table_args__ = (CheckConstraint("length(sha256) = 64", "sha256_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(500))
    sender: Mapped[str | None] = mapped_column(String(300))
    received_on: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[Confidence] = mapped_column(str_enum(Confidence, "confidence"))
    state: Mapped[MemoState] = mapped_column(str_enum(MemoState, "memo_state"))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    applied_by: Mapped[str | None] = mapped_column(String(64))
    reverted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reverted_by: Mapped[str | None] = mapped_column(String(64))
    # What applying wrote, with the market states as they were before, so that
    # a revert restores exactly that.
    applied_effects: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Sentences with a trigger word and a vehicle or market that gave no directive, as
    # read at import: a person reads them and may add a directive from one.
    may_matter: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    directives: Mapped[list[Directive]] = relationship(
        back_populates="memo", cascade="all, delete-orphan", order_by="Directive.ordinal"
    )


class Directive(Base):
    """One statement read from a memo, its sentence, and any correction a person made."""

    __tablename__ = "directives"
    __table_args__ = (
        CheckConstraint("evidence_start >= 0 AND evidence_end >= evidence_start", "evidence_span"),
        CheckConstraint("weeks IS NULL OR weeks >= 0", "weeks_nonnegative"),
        UniqueConstraint("memo_id", "ordinal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    memo_id: Mapped[int] = mapped_column(ForeignKey("memos.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DirectiveKind] = mapped_column(str_enum(DirectiveKind, "directive_kind"))
    confidence: Mapped[Confidence] = mapped_column(str_enum(Confidence, "confidence"))
    market_id: Mapped[int | None] = mapped_column(ForeignKey("markets.id"))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    dealer_id: Mapped[int | None] = mapped_column(ForeignKey("dealers.id"))
    units: Mapped[int | None] = mapped_column(Integer)
    from_units: Mapped[int | None] = mapped_column(Integer)
    to_units: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[date | None] = mapped_column(Date)
    weeks: Mapped[int | None] = mapped_column(Integer)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    # A person may drop or correct a directive before applying; what the reader
    # first produced is kept so the correction can be shown and audited.
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted: Mapped[dict[str, Any]] = mapped_column(JSON)
    corrected_by: Mapped[str | None] = mapped_column(String(64))
    corrected_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    memo: Mapped[Memo] = relationship(back_populates="directives")
