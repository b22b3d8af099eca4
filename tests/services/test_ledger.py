"""The allocation ledger and market states, on a copy of the demo data: sums, refusals, audit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select, text

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import LedgerKind, MarketEventKind
from dealerapp.errors import InputError
from dealerapp.services import allocation, markets
from dealerapp.services.allocation import AllocationRefused
from dealerapp.services.servability import Scope, Servability, compute_flags
from dealerapp.services.units import dealer_units


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def ledger_rows(db: Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM allocation_events"))


def audit_rows(db: Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM audit_log"))


def dealer_sum(db: Database, code: str) -> int:
    return int(
        scalar(
            db,
            "SELECT coalesce(sum(a.units), 0) FROM allocation_events a "
            "JOIN dealers d ON d.id = a.dealer_id WHERE d.code = :code",
            code=code,
        )
    )


def market_sum(db: Database, code: str) -> int:
    return int(
        scalar(
            db,
            "SELECT coalesce(sum(a.units), 0) FROM allocation_events a "
            "JOIN markets mk ON mk.id = a.market_id WHERE mk.code = :code AND a.dealer_id IS NULL",
            code=code,
        )
    )


def allocated(db: Database, code: str) -> int:
    with db.reading() as session:
        dealer = session.scalars(select(m.Dealer).where(m.Dealer.code == code)).one()
        program = session.scalars(select(m.Program)).one()
        return dealer_units(session, dealer.id, program.id).allocated


def last_audit(db: Database) -> m.AuditEntry:
    with db.reading() as session:
        return session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()


def add_dealer(db: Database, code: str, market: str = "US") -> None:
    with db.unit_of_work() as session:
        found = session.scalars(select(m.Market).where(m.Market.code == market)).one()
        session.add(
            m.Dealer(
                code=code, market_id=found.id, name=f"New Dealer {code}", street="1 Main St",
                city="Springfield", postal_code="00001", country=market, signatory_name="A. Boss",
            )
        )  # fmt: skip


def assert_refused_and_unchanged(
    db: Database, error: type[Exception], match: str, **op: Any
) -> str:
    """Run a ledger op that must fail; nothing may be written. Returns the message."""
    action = op.pop("op")
    ledger, audits = ledger_rows(db), audit_rows(db)
    with pytest.raises(error, match=match) as refused, db.unit_of_work() as session:
        action(session, program="1M", **op)
    assert (ledger_rows(db), audit_rows(db)) == (ledger, audits)
    return str(refused.value)


def test_grant_to_dealer_and_market_adds_one_row_and_allocation_is_the_sum(
    demo_db: Database,
) -> None:
    rows, audits = ledger_rows(demo_db), audit_rows(demo_db)
    with demo_db.unit_of_work() as session:
        result = allocation.grant(session, program="1M", units=3, reason="May", dealer="US-PPL")
    assert ledger_rows(demo_db) == rows + 1
    assert result.before == {"US-PPL": 12} and result.after == {"US-PPL": 15}
    assert allocated(demo_db, "US-PPL") == dealer_sum(demo_db, "US-PPL") == 15
    with demo_db.unit_of_work() as session:
        result = allocation.grant(session, program="1M", units=25, reason="More", market="AU")
    assert ledger_rows(demo_db) == rows + 2
    assert result.before == {"AU": 125} and result.after == {"AU": 150}
    assert market_sum(demo_db, "AU") == 150
    assert audit_rows(demo_db) == audits + 2
    entry = last_audit(demo_db)
    assert entry.action == "allocation.grant"
    assert (entry.before, entry.after) == ({"AU": 125}, {"AU": 150})


def test_first_grant_is_initial_then_increase(demo_db: Database) -> None:
    add_dealer(demo_db, "US-NEW")
    for units in (2, 3):
        with demo_db.unit_of_work() as session:
            allocation.grant(session, program="1M", units=units, reason="r", dealer="US-NEW")
    with demo_db.reading() as session:
        kinds = session.scalars(
            select(m.AllocationEvent.kind)
            .join(m.Dealer, m.Dealer.id == m.AllocationEvent.dealer_id)
            .where(m.Dealer.code == "US-NEW")
            .order_by(m.AllocationEvent.id)
        ).all()
    assert kinds == [LedgerKind.INITIAL, LedgerKind.INCREASE]
    assert dealer_sum(demo_db, "US-NEW") == allocated(demo_db, "US-NEW") == 5


def test_cut_within_free_units_is_written_and_audited(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        allocation.cut(session, program="1M", units=2, reason="Short month", dealer="US-PPL")
    assert allocated(demo_db, "US-PPL") == dealer_sum(demo_db, "US-PPL") == 10
    entry = last_audit(demo_db)
    assert entry.action == "allocation.cut"
    assert (entry.before, entry.after) == ({"US-PPL": 12}, {"US-PPL": 10})


def test_cut_below_assigned_is_refused_naming_dealer_and_numbers(demo_db: Database) -> None:
    # Park Place: 12 allocated, 10 held by customers.
    message = assert_refused_and_unchanged(
        demo_db, AllocationRefused, "Park Place BMW", op=allocation.cut, units=3, reason="x",
        dealer="US-PPL",
    )  # fmt: skip
    assert "US-PPL" in message
    assert "12 allocated" in message and "10 already assigned" in message
    assert allocated(demo_db, "US-PPL") == 12


def test_market_cut_below_dealer_allocations_is_refused(demo_db: Database) -> None:
    # AU: share 125, its dealers hold 25 of it.
    to_dealers = int(
        scalar(
            demo_db,
            "SELECT sum(units) FROM allocation_events a JOIN markets mk ON mk.id = a.market_id "
            "WHERE mk.code = 'AU' AND a.dealer_id IS NOT NULL",
        )
    )
    message = assert_refused_and_unchanged(
        demo_db, AllocationRefused, "AU national share", op=allocation.cut,
        units=125 - to_dealers + 1, reason="x", market="AU",
    )  # fmt: skip
    assert f"{to_dealers} are already allocated" in message
    with demo_db.unit_of_work() as session:
        allocation.cut(session, program="1M", units=125 - to_dealers, reason="ok", market="AU")
    assert market_sum(demo_db, "AU") == to_dealers


def test_transfer_writes_two_linked_rows(demo_db: Database) -> None:
    rows, audits = ledger_rows(demo_db), audit_rows(demo_db)
    with demo_db.unit_of_work() as session:
        result = allocation.transfer(
            session, program="1M", units=2, reason="Swap", from_dealer="DE-MUC",
            to_dealer="DE-STR",
        )  # fmt: skip
    assert ledger_rows(demo_db) == rows + 2
    assert audit_rows(demo_db) == audits + 1
    with demo_db.reading() as session:
        pair = session.scalars(
            select(m.AllocationEvent)
            .where(m.AllocationEvent.id.in_(result.event_ids))
            .order_by(m.AllocationEvent.id)
        ).all()
    assert [(e.units, e.kind) for e in pair] == [
        (-2, LedgerKind.TRANSFER_OUT), (2, LedgerKind.TRANSFER_IN),
    ]  # fmt: skip
    assert pair[0].transfer_group is not None
    assert pair[0].transfer_group == pair[1].transfer_group
    assert (allocated(demo_db, "DE-MUC"), allocated(demo_db, "DE-STR")) == (14, 14)
    entry = last_audit(demo_db)
    assert entry.action == "allocation.transfer"
    assert entry.before == {"DE-MUC": 16, "DE-STR": 12}
    assert entry.after == {"DE-MUC": 14, "DE-STR": 14}


@pytest.mark.parametrize(
    ("source", "target", "error", "match"),
    [
        ("US-PPL", "AU-SYD", InputError, r"only between dealers of one market"),
        ("US-PPL", "US-PPL", InputError, r"two different dealers"),
        ("US-BAY", "US-PPL", AllocationRefused, r"Bay Area BMW.*14 allocated.*14 already"),
    ],
)
def test_transfer_refusals_write_nothing(
    demo_db: Database, source: str, target: str, error: type[Exception], match: str
) -> None:
    assert_refused_and_unchanged(
        demo_db, error, match, op=allocation.transfer, units=1, reason="x",
        from_dealer=source, to_dealer=target,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("units", "reason", "period", "match"),
    [
        (0, "r", None, "positive whole number"),
        (-2, "r", None, "positive whole number"),
        (1, "", None, "reason is required"),
        (1, "   ", None, "reason is required"),
        (1, "r", "March", "period 'March' is not a month"),
        (1, "r", "2011-13", "is not a month"),
    ],
)
def test_bad_input_is_refused(
    demo_db: Database, units: int, reason: str, period: str | None, match: str
) -> None:
    for op in (allocation.grant, allocation.cut):
        assert_refused_and_unchanged(
            demo_db, InputError, match, op=op, units=units, reason=reason, period=period,
            dealer="US-PPL",
        )  # fmt: skip


def test_period_is_normalised(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        result = allocation.grant(
            session, program="1M", units=1, reason="r", dealer="US-PPL", period="2011-8"
        )
        event = session.get_one(m.AllocationEvent, result.event_ids[0])
        assert event.period == "2011-08"


def us_flags(db: Database) -> dict[int, Servability]:
    with db.reading() as session:
        us = session.scalars(select(m.Market).where(m.Market.code == "US")).one()
        return {f.entry_id: f.flag for f in compute_flags(session, Scope(market_id=us.id))}


def market_events(db: Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM market_state_events"))


def test_close_fill_reopen_changes_flags_and_records_each_step(demo_db: Database) -> None:
    before = us_flags(demo_db)
    assert Servability.PENDING in before.values()
    assert Servability.UNSERVABLE not in before.values()
    steps = (MarketEventKind.CLOSE, MarketEventKind.FILL, MarketEventKind.REOPEN)
    for step, kind in enumerate(steps, start=1):
        audits = audit_rows(demo_db)
        with demo_db.unit_of_work() as session:
            result = markets.change_state(session, kind, market="US", program=None, reason="memo")
        assert result.changed
        assert market_events(demo_db) == step
        assert audit_rows(demo_db) == audits + 1
        assert last_audit(demo_db).action == f"market.{kind.value}"
        flags = us_flags(demo_db)
        if kind is MarketEventKind.FILL:
            assert result.after["closed"] and result.after["filled"]
            assert Servability.PENDING not in flags.values()
            assert {e for e, f in flags.items() if f is Servability.UNSERVABLE} == {
                e for e, f in before.items() if f is Servability.PENDING
            }
    assert us_flags(demo_db) == before
    assert re.search(r"closed, allocations filled -> open", result.summary)


def test_market_state_needs_a_reason(demo_db: Database) -> None:
    audits = audit_rows(demo_db)
    with pytest.raises(InputError, match="reason is required"), demo_db.unit_of_work() as s:
        markets.change_state(s, MarketEventKind.CLOSE, market="US", program=None, reason=" ")
    assert (market_events(demo_db), audit_rows(demo_db)) == (0, audits)
    assert int(scalar(demo_db, "SELECT count(*) FROM market_program_states WHERE closed")) == 0


def test_period_with_non_ascii_digits_is_not_stored_as_is(demo_db: Database) -> None:
    try:
        with demo_db.unit_of_work() as session:
            result = allocation.grant(
                session, program="1M", units=1, reason="r", dealer="US-PPL", period="２０１１-08"
            )
    except InputError:
        return
    stored = scalar(
        demo_db, "SELECT period FROM allocation_events WHERE id = :i", i=result.event_ids[0]
    )
    assert stored == "2011-08"
