"""Large additions on SQLite build their tables' indexes after the rows, in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from dealerapp.db import bulk
from dealerapp.db import models as m
from dealerapp.db.bulk import bulk_insert_tables, table_of
from dealerapp.db.database import Database

ON_SQLITE = pytest.mark.sqlite_only  # the rebuild is SQLite's; a server takes the rows by COPY


@pytest.fixture
def statements(demo_db: Database) -> Iterator[list[str]]:
    """Every statement the database runs while the test goes on."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", note)
    yield seen
    event.remove(demo_db.engine, "before_cursor_execute", note)


def indexes(database: Database) -> list[tuple[str, str]]:
    with database.reading() as session:
        return [
            (name, sql)
            for name, sql in session.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
            )
        ]


def customers(first_id: int, count: int) -> dict[str, list[Any]]:
    now = datetime(2011, 3, 22, tzinfo=UTC)
    return {
        "id": list(range(first_id, first_id + count)),
        "family_name": [f"Bulk {number}" for number in range(count)],
        "email": [f"bulk{number}@example.org" for number in range(count)],
        "language": ["en"] * count,
        "created_at": [now] * count,
        "version": [1] * count,
    }


def entries(first_id: int, customer_ids: list[int], dealer: int, program: int) -> dict[str, Any]:
    count = len(customer_ids)
    now = datetime(2011, 3, 22, tzinfo=UTC)
    return {
        "id": list(range(first_id, first_id + count)),
        "customer_id": customer_ids, "dealer_id": [dealer] * count,
        "program_id": [program] * count, "position": list(range(1000, 1000 + count)),
        "joined_on": [date(2011, 3, 1)] * count, "status": ["waiting"] * count,
        "status_changed_at": [now] * count, "deposit_amount_minor": [0] * count,
        "deposit_currency": ["USD"] * count, "deposit_refundable": [True] * count,
        "created_at": [now] * count, "version": [1] * count,
    }  # fmt: skip


@ON_SQLITE
def test_a_large_addition_rebuilds_the_indexes_exactly_as_they_were(
    demo_db: Database, statements: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_AT_LEAST", 100)
    before = indexes(demo_db)
    with demo_db.unit_of_work() as session:
        there = session.scalar(select(func.count()).select_from(m.Customer)) or 0
        first = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
        bulk_insert_tables(session, [(table_of(m.Customer), customers(first, there + 100))])
    assert any(s.startswith('DROP INDEX "ix_customers_email"') for s in statements)
    assert indexes(demo_db) == before
    with demo_db.reading() as session:
        found = session.scalar(select(m.Customer.id).where(m.Customer.email == "bulk7@example.org"))
        plan = " ".join(
            str(row[-1]) for row in session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE email = 'x'")
            )
        )  # fmt: skip
    assert found == first + 7
    assert "ix_customers_email" in plan


@ON_SQLITE
def test_a_small_addition_to_a_large_table_keeps_its_indexes(
    demo_db: Database, statements: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_AT_LEAST", 10)
    with demo_db.unit_of_work() as session:
        there = session.scalar(select(func.count()).select_from(m.Customer)) or 0
        first = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
        bulk_insert_tables(session, [(table_of(m.Customer), customers(first, there // 4))])
    assert there // 4 >= 10
    assert not any("DROP INDEX" in statement for statement in statements)


@ON_SQLITE
def test_a_rebuilt_unique_index_still_refuses_a_duplicate_and_nothing_is_kept(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two open entries of one customer at one dealer: the partial unique index, built after
    # the rows, fails, and the whole transaction (rows and dropped indexes) is undone.
    monkeypatch.setattr(bulk, "REBUILD_AT_LEAST", 2)
    before = indexes(demo_db)
    with demo_db.reading() as session:
        entry_count = session.scalar(select(func.count()).select_from(m.WaitlistEntry))
        dealer = session.scalars(select(m.Dealer.id).limit(1)).one()
        program = session.scalars(select(m.Program.id).limit(1)).one()
    with pytest.raises(IntegrityError, match="UNIQUE"), demo_db.unit_of_work() as session:
        first_customer = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
        first_entry = (session.scalar(select(func.max(m.WaitlistEntry.id))) or 0) + 1
        new = customers(first_customer, 2000)
        twice = [first_customer] * 2 + new["id"][2:]
        bulk_insert_tables(session, [
            (table_of(m.Customer), new),
            (table_of(m.WaitlistEntry), entries(first_entry, twice, dealer, program)),
        ])  # fmt: skip
    assert indexes(demo_db) == before
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.WaitlistEntry)) == entry_count
        assert not session.scalar(
            select(func.count()).select_from(m.Customer).where(m.Customer.family_name == "Bulk 5")
        )


def test_a_large_addition_on_the_server_leaves_its_statistics_current(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Planned on an empty table's statistics, the export of a freshly imported group ran
    # for minutes instead of seconds; the rows come with an ANALYZE of their tables.
    if demo_db.engine.dialect.name != "postgresql":
        pytest.skip("statistics for the planner are PostgreSQL's (the PostgreSQL run)")
    monkeypatch.setattr(bulk, "REBUILD_AT_LEAST", 100)
    with demo_db.unit_of_work() as session:
        first = (session.scalar(select(func.max(m.Customer.id))) or 0) + 1
        bulk_insert_tables(session, [(table_of(m.Customer), customers(first, 3000))])
    with demo_db.reading() as session:
        there = session.scalar(select(func.count()).select_from(m.Customer)) or 0
        planned = session.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'customers'"))
        found = session.scalar(select(m.Customer.id).where(m.Customer.email == "bulk7@example.org"))
    assert found == first + 7  # written by COPY, read back
    assert planned is not None and planned >= there
