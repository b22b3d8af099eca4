"""Roles: who may apply memos, cut and transfer allocations, change the staff list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import StaffRole
from dealerapp.errors import InputError, NotAllowedError
from dealerapp.services import allocation, audit, staff
from dealerapp.services.audit_view import audit_choices, list_audit

# On a single desk the user is chosen; on the shared server the database login decides
# (tests/db/test_postgres.py checks that), so acting as someone else is SQLite's case.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def as_user() -> Iterator[object]:
    yield audit.choose_actor
    audit.choose_actor(None)


@pytest.fixture
def team(demo_db: Database, as_user: object) -> Database:
    with demo_db.unit_of_work() as session:
        with pytest.raises(InputError, match="first staff member must be an active admin"):
            staff.save_staff(session, "ann", "Ann Advisor", StaffRole.ADVISOR)
        staff.save_staff(session, "tester", "Tess Admin", StaffRole.ADMIN)
        staff.save_staff(session, "ann", "Ann Advisor", StaffRole.ADVISOR)
        staff.save_staff(session, "max", "Max Manager", StaffRole.MANAGER)
    return demo_db


def ledger_rows(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(m.AllocationEvent)) or 0


def test_without_a_staff_list_everyone_may_do_everything(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        assert not staff.roles_in_force(session)
        allocation.cut(session, program="1M", units=1, reason="test", dealer="US-PPL")


def test_an_advisor_may_not_cut_or_transfer(team: Database) -> None:
    audit.choose_actor("ann")
    before = ledger_rows(team)
    with pytest.raises(NotAllowedError) as refused, team.unit_of_work() as session:
        allocation.cut(session, program="1M", units=1, reason="test", dealer="US-PPL")
    assert str(refused.value) == (
        "Cutting an allocation needs a manager; Ann Advisor (ann) is an advisor. "
        "Nothing was changed."
    )
    with pytest.raises(NotAllowedError, match="Transferring"), team.unit_of_work() as session:
        allocation.transfer(session, program="1M", units=1, reason="test",
                            from_dealer="US-PPL", to_dealer="US-BAY")  # fmt: skip
    assert ledger_rows(team) == before
    with team.unit_of_work() as session:  # granting stays an advisor's job
        allocation.grant(session, program="1M", units=1, reason="test", dealer="US-PPL")
    assert ledger_rows(team) == before + 1


def test_a_manager_may_and_the_audit_log_names_them(team: Database) -> None:
    audit.choose_actor("max")
    with team.unit_of_work() as session:
        allocation.cut(session, program="1M", units=1, reason="dealer asked", dealer="US-PPL")
    with team.reading() as session:
        newest = list_audit(session, limit=1)[0]
        assert newest.actor == "max" and newest.action == "allocation.cut"
        assert [row.actor for row in list_audit(session, actor="max")] == ["max"]
        assert list_audit(session, area="staff", actor="tester")
        assert list_audit(session, text="DEALER ASKED")[0].id == newest.id
        choices = audit_choices(session)
        assert {"max", "tester"} <= set(choices.actors) and "allocation" in choices.areas


def test_strangers_and_the_last_admin(team: Database) -> None:
    audit.choose_actor("zed")
    stranger = pytest.raises(NotAllowedError, match="'zed' is not on the staff list")
    with stranger, team.unit_of_work() as session:
        allocation.cut(session, program="1M", units=1, reason="test", dealer="US-PPL")
    audit.choose_actor("max")
    not_admin = pytest.raises(NotAllowedError, match="Changing the staff list needs an admin")
    with not_admin, team.unit_of_work() as session:
        staff.save_staff(session, "max", "Max Manager", StaffRole.ADMIN)
    audit.choose_actor("tester")
    with pytest.raises(InputError, match="last active admin"), team.unit_of_work() as session:
        staff.save_staff(session, "tester", "Tess Admin", StaffRole.MANAGER)
    with team.unit_of_work() as session:
        staff.save_staff(session, "ann", "Ann Advisor", StaffRole.ADVISOR, active=False)
    audit.choose_actor("ann")
    with team.reading() as session:
        assert staff.current_staff(session) is None  # inactive: no longer anyone's role
        assert not staff.allowed(session, StaffRole.ADVISOR)
