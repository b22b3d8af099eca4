"""Staff and their roles: who may apply memos, cut allocations and edit letters.

Roles switch on once the staff list has someone on it: a single desk that
never adds staff keeps working as before, everyone allowed everything. The
first person added must be an admin, so somebody can always manage the list.
On the shared server the database login is the user (see audit.current_actor).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerapp.db import models as m
from dealerapp.db.enums import StaffRole
from dealerapp.errors import InputError, NotAllowedError
from dealerapp.services import audit

RANK = {StaffRole.ADVISOR: 0, StaffRole.MANAGER: 1, StaffRole.ADMIN: 2}
ARTICLE = {StaffRole.ADVISOR: "an advisor", StaffRole.MANAGER: "a manager",
           StaffRole.ADMIN: "an admin"}  # fmt: skip


@dataclass(frozen=True)
class StaffView:
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool

    @property
    def label(self) -> str:
        return f"{self.display_name} ({self.username}, {self.role.value})"


def _view(user: m.StaffUser) -> StaffView:
    return StaffView(user.id, user.username, user.display_name, StaffRole(user.role), user.active)


def list_staff(session: Session, *, active_only: bool = False) -> list[StaffView]:
    query = select(m.StaffUser).order_by(m.StaffUser.display_name)
    if active_only:
        query = query.where(m.StaffUser.active.is_(True))
    return [_view(user) for user in session.scalars(query)]


def roles_in_force(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(m.StaffUser)))


def current_staff(session: Session) -> StaffView | None:
    user = session.scalars(
        select(m.StaffUser).where(m.StaffUser.username == audit.current_actor(session))
    ).first()
    return _view(user) if user is not None and user.active else None


def allowed(session: Session, role: StaffRole) -> bool:
    if not roles_in_force(session):
        return True
    member = current_staff(session)
    return member is not None and RANK[member.role] >= RANK[role]


def require(session: Session, role: StaffRole, doing: str) -> None:
    """Refuse `doing` (e.g. "Applying a memo") unless the user has `role` or a higher one."""
    if allowed(session, role):
        return
    login = audit.current_actor(session)
    member = current_staff(session)
    who = (f"{member.display_name} ({login}) is {ARTICLE[member.role]}" if member
           else f"{login!r} is not on the staff list")  # fmt: skip
    raise NotAllowedError(f"{doing} needs {ARTICLE[role]}; {who}. Nothing was changed.")


def save_staff(
    session: Session,
    username: str,
    display_name: str,
    role: StaffRole,
    *,
    active: bool = True,
    actor: str | None = None,
) -> StaffView:
    """Add someone or change their name, role or whether they may still work here."""
    username, display_name = username.strip(), display_name.strip()
    if not username or not display_name:
        raise InputError("a staff member needs a login name and a display name")
    if roles_in_force(session):
        require(session, StaffRole.ADMIN, "Changing the staff list")
    elif role is not StaffRole.ADMIN or not active:
        raise InputError("the first staff member must be an active admin, so that somebody "
                         "can manage the list")  # fmt: skip
    user = session.scalars(select(m.StaffUser).where(m.StaffUser.username == username)).first()
    before = None
    if user is None:
        user = m.StaffUser(username=username, display_name=display_name, role=role, active=active)
        session.add(user)
    else:
        before = {"display_name": user.display_name, "role": user.role, "active": user.active}
        user.display_name, user.role, user.active = display_name, role, active
    session.flush()
    admins = session.scalar(
        select(func.count()).select_from(m.StaffUser)
        .where(m.StaffUser.role == StaffRole.ADMIN, m.StaffUser.active.is_(True))
    )  # fmt: skip
    if not admins:
        raise InputError(f"{display_name} is the last active admin; make someone else an admin "
                         "first")  # fmt: skip
    view = _view(user)
    audit.record(
        session, action="staff.save", entity="staff_users", entity_id=user.id,
        summary=f"{'Changed' if before else 'Added'} staff member {view.label}"
                + ("" if active else " (no longer active)"),
        actor=actor, before=before,
        after={"display_name": display_name, "role": role.value, "active": active},
    )  # fmt: skip
    return view
