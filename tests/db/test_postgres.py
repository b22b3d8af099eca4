"""The same schema, rule and operations on a PostgreSQL server (skipped when none is configured)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import HealthCheck, settings
from sqlalchemy import select

from dealerapp.config import DatabaseLocation
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.db.models import Base
from dealerapp.services import markets, waitlist
from dealerapp.services.demo import load_demo
from dealerapp.services.servability import Servability, compute_flags, count_by_flag
from dealerapp.services.synthetic import generate
from dealerapp.services.waitlist import NewCustomer
from tests.services import test_servability_properties as machine


def test_migrations_build_exactly_the_models(postgres_location: DatabaseLocation) -> None:
    db = Database.open(postgres_location)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_worked_example_on_postgres(postgres_location: DatabaseLocation) -> None:
    db = Database.open(postgres_location)
    try:
        with db.unit_of_work() as session:
            load_demo(session)
        with db.unit_of_work() as session:
            for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
                markets.change_state(session, kind, market="US", program=None, reason="memo")
        with db.reading() as session:
            flags = compute_flags(session)
        assert count_by_flag(flags)[Servability.UNSERVABLE] == 129
        assert {f.entry_id: f.flag for f in flags} == machine.reference_flags(db)
        with db.unit_of_work() as session:
            result = waitlist.assign(session, dealer="US-PPL")
            freed = waitlist.cancel(session, entry_id=result.entry_id, reason="changed mind")
        assert freed.next_in_line is not None
        with db.reading() as session:
            again = {f.entry_id: f.flag for f in compute_flags(session)}
        assert again == machine.reference_flags(db)
    finally:
        db.close()


def test_generated_data_then_live_operations(postgres_location: DatabaseLocation) -> None:
    """Bulk inserts with explicit keys must leave the sequences ready for new rows."""
    db = Database.open(postgres_location)
    try:
        with db.unit_of_work() as session:
            generate(session, dealers=5, entries=300, seed=2)
        with db.reading() as session:
            dealer = session.scalars(select(m.Dealer.code).order_by(m.Dealer.id)).first()
        assert dealer is not None
        with db.unit_of_work() as session:
            result = waitlist.add_entry(
                session, dealer=dealer, program=None, customer=NewCustomer(family_name="Byrne")
            )
        assert result.entry_id > 300
    finally:
        db.close()


def test_random_operations_keep_the_rule_on_postgres(postgres_location: DatabaseLocation) -> None:
    machine.TARGET["location"] = postgres_location
    machine.SEEN.clear()
    run = machine.QueueMachine.TestCase()
    run.settings = settings(
        max_examples=12,
        stateful_step_count=25,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    run.runTest()
    assert machine.SEEN["done add_entry"] > 0
    assert machine.SEEN["done assign"] > 0


def test_on_the_server_the_database_login_is_the_user(postgres_location: DatabaseLocation) -> None:
    from dealerapp.db.enums import StaffRole
    from dealerapp.services import allocation, audit, staff

    db = Database.open(postgres_location)
    audit.choose_actor("somebody-else")  # what a desk claims does not count on the server
    try:
        with db.unit_of_work() as session:
            load_demo(session)
            login = audit.current_actor(session)
            assert login == "dealerapp"  # the role in DEALERAPP_TEST_POSTGRES_URL
            staff.save_staff(session, login, "The server login", StaffRole.ADMIN)
        with db.unit_of_work() as session:
            allocation.cut(session, program="1M", units=1, reason="on the server", dealer="US-PPL")
        with db.reading() as session:
            newest = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
            assert newest is not None and newest.actor == login != "somebody-else"
    finally:
        audit.choose_actor(None)
        db.close()
