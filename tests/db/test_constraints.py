"""The database itself refuses bad rows, whatever code writes them (raw SQL here, on purpose)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from dealerapp.db.database import Database

# Raw SQLite SQL (1 for true, text timestamps, SQLite's error words); on PostgreSQL the same
# constraints come from the same migrations, which test_postgres.py compares with the models.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def conn(db: Database) -> Iterator[Connection]:
    with db.engine.connect() as connection:
        connection.execute(
            text(
                "INSERT INTO programs (id, code, name, oem, planned_units) "
                "VALUES (1, '1M', 'BMW 1 Series M Coupe', 'BMW', 2500)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO markets (id, code, name, language, locale, currency, paper) "
                "VALUES (1, 'US', 'United States', 'en', 'en_US', 'USD', 'letter')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO dealers (id, code, market_id, name, street, city, postal_code, "
                "country, signatory_name, active, version) VALUES (1, 'US-BAY', 1, "
                "'Bay Area BMW', '1 Main St', 'Oakland', '94607', 'US', 'J. Walsh', TRUE, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO customers (id, family_name, language, created_at, version) "
                "VALUES (1, 'Byrne', 'en', '2011-01-01 00:00:00', 1)"
            )
        )
        yield connection
        connection.rollback()


def _entry(conn: Connection, **overrides: object) -> None:
    values: dict[str, object] = {
        "customer_id": 1,
        "dealer_id": 1,
        "program_id": 1,
        "position": 1,
        "joined_on": "2011-01-02",
        "status": "waiting",
        "status_changed_at": "2011-01-02 00:00:00",
        "deposit_amount_minor": 500000,
        "deposit_currency": "USD",
        "deposit_refundable": 1,
        "created_at": "2011-01-02 00:00:00",
        "version": 1,
    }
    values.update(overrides)
    columns = ", ".join(values)
    params = ", ".join(f":{k}" for k in values)
    conn.execute(text(f"INSERT INTO waitlist_entries ({columns}) VALUES ({params})"), values)


def test_a_valid_entry_is_accepted(conn: Connection) -> None:
    _entry(conn)
    assert conn.execute(text("SELECT count(*) FROM waitlist_entries")).scalar() == 1


@pytest.mark.parametrize(
    ("overrides", "constraint"),
    [
        ({"deposit_amount_minor": -1}, "deposit_nonnegative"),
        ({"position": 0}, "position_positive"),
        ({"status": "lost", "position": None}, "entry_status"),
        ({"status": "assigned"}, "position_iff_waiting"),
        ({"position": None}, "position_iff_waiting"),
        ({"deposit_currency": "US"}, "deposit_currency_iso"),
        ({"deposit_method": "bitcoin"}, "deposit_method"),
        ({"joined_on": None}, "NOT NULL"),
    ],
)
def test_bad_entries_are_refused(
    conn: Connection, overrides: dict[str, object], constraint: str
) -> None:
    with pytest.raises(IntegrityError, match=constraint):
        _entry(conn, **overrides)


def test_foreign_keys_are_enforced(conn: Connection) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        _entry(conn, dealer_id=99)


def test_one_open_entry_per_customer_dealer_and_program(conn: Connection) -> None:
    _entry(conn)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        _entry(conn, position=2)


def test_a_closed_entry_does_not_block_a_new_one(conn: Connection) -> None:
    _entry(conn, status="cancelled", position=None)
    _entry(conn, status="refunded", position=None)
    _entry(conn)
    assert conn.execute(text("SELECT count(*) FROM waitlist_entries")).scalar() == 3


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO dealers (code, market_id, name, street, city, postal_code, country, "
        "signatory_name, active, version) VALUES ('US-BAY', 1, 'Copy', 's', 'c', 'p', 'US', "
        "'x', TRUE, 1)",
        "INSERT INTO markets (code, name, language, locale, currency, paper) "
        "VALUES ('US', 'Again', 'en', 'en_US', 'USD', 'letter')",
    ],
)
def test_codes_are_unique(conn: Connection, statement: str) -> None:
    with pytest.raises(IntegrityError, match="UNIQUE"):
        conn.execute(text(statement))


def test_memo_sha256_is_unique(conn: Connection) -> None:
    insert = text(
        "INSERT INTO memos (file_name, media_type, content, sha256, text, confidence, state, "
        "imported_at, imported_by, version) VALUES (:f, 'text/plain', x'00', :h, 't', "
        "'official', 'imported', '2011-07-21 00:00:00', 'tester', 1)"
    )
    conn.execute(insert, {"f": "a.txt", "h": "a" * 64})
    with pytest.raises(IntegrityError, match="UNIQUE"):
        conn.execute(insert, {"f": "b.txt", "h": "a" * 64})


@pytest.mark.parametrize(
    ("values", "constraint"),
    [
        ("'ZZ', 'Nowhere', 'en', 'en', 'USD', 'a3'", "paper_size"),
        ("'usa', 'Lower', 'en', 'en', 'USD', 'letter'", "code_iso"),
    ],
)
def test_market_rows_are_checked(conn: Connection, values: str, constraint: str) -> None:
    with pytest.raises(IntegrityError, match=constraint):
        conn.execute(
            text(
                f"INSERT INTO markets (code, name, language, locale, currency, paper) "
                f"VALUES ({values})"
            )
        )


def test_ledger_rows_are_checked(conn: Connection) -> None:
    insert = (
        "INSERT INTO allocation_events (program_id, market_id, dealer_id, units, kind, reason, "
        "source, memo_id, period, author, recorded_at) VALUES (1, 1, 1, {units}, 'increase', "
        "'r', '{source}', NULL, {period}, 'tester', '2011-01-01 00:00:00')"
    )
    with pytest.raises(IntegrityError, match="units_nonzero"):
        conn.execute(text(insert.format(units=0, source="manual", period="NULL")))
    with pytest.raises(IntegrityError, match="memo_source_named"):
        conn.execute(text(insert.format(units=2, source="memo", period="NULL")))
    with pytest.raises(IntegrityError, match="period_format"):
        conn.execute(text(insert.format(units=2, source="manual", period="'March'")))
    conn.execute(text(insert.format(units=2, source="manual", period="'2011-03'")))
