"""Two people, one record: an edit based on an old reading is refused, saying who changed what.

Every mutable row carries a version counter (SQLAlchemy's version_id_col).
The window keeps the version it showed; when the save comes back with an
older one, someone else changed the record in between, and saving over it
would silently lose their change. The refusal names them and their change
from the audit log (or, for an entry pushed along its queue, the position
history), so the person can look again and decide.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.errors import ChangedMeanwhileError


def refuse_if_changed(
    session: Session, entry: m.WaitlistEntry, expected_version: int | None, what: str
) -> None:
    """`what` is the user's intended change, e.g. "Your edit of entry 12"."""
    if expected_version is None or entry.version == expected_version:
        return
    who, when, change = last_change(session, entry.id)
    raise ChangedMeanwhileError(
        f"{what} was not saved: {who} changed this entry at {when:%H:%M} on {when:%Y-%m-%d} "
        f"after you opened it ({change}). Look at it again, then redo your change if it "
        "still applies."
    )


def last_change(session: Session, entry_id: int) -> tuple[str, datetime, str]:
    """Who last changed an entry, when, and how: its audit row or its queue history."""
    audit_row = session.execute(
        select(m.AuditEntry.actor, m.AuditEntry.at, m.AuditEntry.summary)
        .where(m.AuditEntry.entity == "waitlist_entries", m.AuditEntry.entity_id == entry_id)
        .order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc())
        .limit(1)
    ).first()
    moved = session.execute(
        select(m.PositionChange.author, m.PositionChange.at, m.PositionChange.reason)
        .where(m.PositionChange.entry_id == entry_id)
        .order_by(m.PositionChange.at.desc(), m.PositionChange.id.desc())
        .limit(1)
    ).first()
    newest = max((row for row in (audit_row, moved) if row is not None),
                 key=lambda row: row[1], default=None)  # fmt: skip
    if newest is None:
        return "someone", datetime.now().astimezone(), "no record of what"
    who, when, change = newest
    return str(who), when.astimezone(), str(change)
