"""Writing the audit row that goes with every change that matters."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy.orm import Session

from dealerapp.db.models import AuditEntry

ACTOR_ENV = "DEALERAPP_USER"


def current_actor() -> str:
    """Who is working: DEALERAPP_USER if set, else the operating-system login."""
    name = os.environ.get(ACTOR_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    actor: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add the audit row to the caller's transaction, so it lands or vanishes with the change."""
    entry = AuditEntry(
        actor=actor or current_actor(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=before,
        after=after,
    )
    session.add(entry)
    return entry
