"""Writing the audit row that goes with every change that matters."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dealerapp.db.models import AuditEntry

ACTOR_ENV = "DEALERAPP_USER"
_chosen: str | None = None


def choose_actor(username: str | None) -> None:
    """The user picked at start-up (single desk) or with --user; None forgets the choice."""
    global _chosen
    _chosen = username


def current_actor(session: Session | None = None) -> str:
    """Who is working.

    On the shared server the database login is the user, whatever the desk
    claims; on a single desk the user chosen at start-up, else DEALERAPP_USER,
    else the operating-system login.
    """
    if session is not None and session.get_bind().dialect.name == "postgresql":
        login = session.info.get("database_login")
        if login is None:
            login = session.info["database_login"] = str(
                session.execute(text("SELECT current_user")).scalar_one()
            )
        return str(login)
    if _chosen:
        return _chosen
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
        actor=actor or current_actor(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=before,
        after=after,
    )
    session.add(entry)
    return entry
