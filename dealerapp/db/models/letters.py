"""The log of letters sent: who was told what, when, and a copy of what they got."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerapp.db.base import Base, UtcDateTime, str_enum, utcnow
from dealerapp.db.enums import LetterOutput


class LetterSent(Base):
    """One letter to one customer, logged once it has been printed or written to PDF."""

    __tablename__ = "letters_sent"
    __table_args__ = (Index("ix_letters_sent_entry_template", "entry_id", "template"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("waitlist_entries.id"))
    template: Mapped[str] = mapped_column(String(100))
    # What the letter told the customer (e.g. the flag "unservable"), so the
    # same news is not sent twice.
    reason: Mapped[str] = mapped_column(String(100))
    # The flag the letter told a waiting customer (covered, pending, unservable), for letters
    # that say where they stand; when it changes later, the customer is owed a correction.
    flag: Mapped[str | None] = mapped_column(String(20))
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_by: Mapped[str] = mapped_column(String(64))
    output: Mapped[LetterOutput] = mapped_column(str_enum(LetterOutput, "letter_output"))
    file_name: Mapped[str | None] = mapped_column(String(260))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str | None] = mapped_column(Text)
