"""Keeping a dealer's queue at positions 1..n, with every shift written to the position history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.base import UtcDateTime
from dealerapp.db.enums import EntryStatus


def queue_length(session: Session, dealer_id: int, program_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                m.WaitlistEntry.dealer_id == dealer_id,
                m.WaitlistEntry.program_id == program_id,
                m.WaitlistEntry.status == EntryStatus.WAITING,
            )
        )
        or 0
    )


def first_waiting(session: Session, dealer_id: int, program_id: int) -> m.WaitlistEntry | None:
    return session.scalars(
        select(m.WaitlistEntry)
        .where(
            m.WaitlistEntry.dealer_id == dealer_id,
            m.WaitlistEntry.program_id == program_id,
            m.WaitlistEntry.status == EntryStatus.WAITING,
        )
        .order_by(m.WaitlistEntry.position, m.WaitlistEntry.joined_on, m.WaitlistEntry.id)
        .limit(1)
    ).first()


def shift(
    session: Session,
    *,
    dealer_id: int,
    program_id: int,
    first: int,
    last: int,
    delta: int,
    reason: str,
    actor: str,
    at: datetime,
    exclude_entry_id: int | None = None,
) -> int:
    """Move every waiting entry at positions first..last by delta; returns how many moved.

    Two statements whatever the queue's length: one copies the moves into the
    history, one makes them.
    """
    if first > last:
        return 0
    entry = m.WaitlistEntry
    where = [
        entry.dealer_id == dealer_id,
        entry.program_id == program_id,
        entry.status == EntryStatus.WAITING,
        entry.position >= first,
        entry.position <= last,
    ]
    if exclude_entry_id is not None:
        where.append(entry.id != exclude_entry_id)
    session.execute(
        insert(m.PositionChange).from_select(
            ["entry_id", "from_position", "to_position", "reason", "author", "at"],
            select(
                entry.id,
                entry.position,
                entry.position + delta,
                literal(reason),
                literal(actor),
                literal(at, UtcDateTime()),
            ).where(*where),
        )
    )
    result = session.execute(
        update(entry)
        .where(*where)
        .values(position=entry.position + delta, version=entry.version + 1)
        .execution_options(synchronize_session="fetch")
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def record_move(
    session: Session,
    entry: m.WaitlistEntry,
    to_position: int | None,
    reason: str,
    actor: str,
    at: datetime,
) -> None:
    session.add(
        m.PositionChange(
            entry_id=entry.id,
            from_position=entry.position,
            to_position=to_position,
            reason=reason,
            author=actor,
            at=at,
        )
    )
    entry.position = to_position
