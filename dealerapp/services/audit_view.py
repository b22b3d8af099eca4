"""Reading the audit log: who changed what and when, filtered by person, kind and words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str

    @property
    def area(self) -> str:
        """The part of the work: memo, allocation, waitlist, import..."""
        return self.action.split(".", 1)[0]


@dataclass(frozen=True)
class AuditChoices:
    actors: list[str]
    areas: list[str]
    total: int


def audit_choices(session: Session) -> AuditChoices:
    a = m.AuditEntry
    actors = list(session.scalars(select(a.actor).distinct().order_by(a.actor)))
    actions = session.scalars(select(a.action).distinct())
    areas = sorted({action.split(".", 1)[0] for action in actions})
    total = session.scalar(select(func.count()).select_from(a)) or 0
    return AuditChoices(actors, areas, total)


def list_audit(
    session: Session,
    *,
    actor: str | None = None,
    area: str | None = None,
    text: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 5000,
) -> list[AuditRow]:
    """Newest first; `text` matches the summary or the action, ignoring case."""
    a = m.AuditEntry
    query = select(a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.summary)
    if actor:
        query = query.where(a.actor == actor)
    if area:
        query = query.where(or_(a.action == area, a.action.startswith(f"{area}.")))
    if text and text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(a.summary).like(pattern),
                                func.lower(a.action).like(pattern)))  # fmt: skip
    if since is not None:
        query = query.where(a.at >= datetime.combine(since, time.min).astimezone())
    if until is not None:
        query = query.where(a.at <= datetime.combine(until, time.max).astimezone())
    query = query.order_by(a.at.desc(), a.id.desc()).limit(limit)
    return [AuditRow(*row) for row in session.execute(query)]
