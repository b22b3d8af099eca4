"""The demo data set loads whole, tells the 1M story, and never lands on top of real data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import LedgerKind
from dealerapp.errors import InputError, NotEmptyError
from dealerapp.services.demo import demo_dir, load_demo
from dealerapp.services.status import summarize

# Per dealer: allocated (ledger), units held by entries, and waiting entries.
DEALER_NUMBERS = text(
    """
    SELECT d.code, mk.code,
           (SELECT coalesce(sum(units), 0) FROM allocation_events a WHERE a.dealer_id = d.id),
           (SELECT count(*) FROM waitlist_entries e WHERE e.dealer_id = d.id
              AND e.status IN ('assigned', 'ordered', 'delivered')),
           (SELECT count(*) FROM waitlist_entries e WHERE e.dealer_id = d.id
              AND e.status = 'waiting')
    FROM dealers d JOIN markets mk ON mk.id = d.market_id
    """
)


def test_demo_tells_the_story(demo_db: Database) -> None:
    with demo_db.reading() as session:
        summary = summarize(session)
        assert summary.counts["programs"] == 1
        assert summary.counts["markets"] >= 8
        assert 25 <= summary.counts["dealers"] <= 40
        assert 450 <= summary.counts["customers"] <= 550
        for status in ("waiting", "assigned", "ordered", "delivered"):
            assert summary.entries_by_status[status] > 0, status
        program = session.scalars(select(m.Program)).one()
        assert (program.code, program.planned_units) == ("1M", 2500)
        assert "1 Series M Coupe" in {a.alias for a in program.aliases}
        australia = session.scalar(
            select(func.sum(m.AllocationEvent.units))
            .join(m.Market, m.Market.id == m.AllocationEvent.market_id)
            .where(m.Market.code == "AU", m.AllocationEvent.dealer_id.is_(None))
        )
        assert australia == 125
        assert {mk.code for mk in session.scalars(select(m.Market))} >= {
            "US", "CA", "AU", "DE", "GB", "JP",
        }  # fmt: skip
        escaped = session.scalars(
            select(m.Customer).where(m.Customer.family_name == "<b>Smith</b> & Sons")
        ).one()
        assert escaped.display_name == "<b>Smith</b> & Sons"
        transfer = session.scalars(
            select(m.AllocationEvent).where(m.AllocationEvent.kind == LedgerKind.TRANSFER_OUT)
        ).one()
        pair = session.scalars(
            select(m.AllocationEvent).where(
                m.AllocationEvent.transfer_group == transfer.transfer_group
            )
        ).all()
        assert sorted(e.units for e in pair) == [-1, 1]
    with demo_db.engine.connect() as conn:
        numbers = conn.execute(DEALER_NUMBERS).all()
    for dealer, _market, allocated, holding, _waiting in numbers:
        assert holding <= allocated, dealer
    us_beyond = sum(
        max(0, waiting - (allocated - holding))
        for _d, market, allocated, holding, waiting in numbers
        if market == "US"
    )
    # The US memo must leave a visible set of customers without a car.
    assert us_beyond >= 50


def test_demo_positions_are_contiguous_and_have_history(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        gaps = conn.execute(
            text(
                "SELECT dealer_id FROM waitlist_entries WHERE status = 'waiting' "
                "GROUP BY dealer_id, program_id "
                "HAVING max(position) <> count(*) OR count(DISTINCT position) <> count(*)"
            )
        ).all()
        assert gaps == []
        missing = conn.execute(
            text(
                "SELECT e.id FROM waitlist_entries e WHERE e.status = 'waiting' AND NOT EXISTS "
                "(SELECT 1 FROM position_changes p WHERE p.entry_id = e.id)"
            )
        ).all()
        assert missing == []
        orders = conn.execute(
            text(
                "SELECT count(*) FROM waitlist_entries e WHERE e.status IN "
                "('ordered', 'delivered') AND NOT EXISTS "
                "(SELECT 1 FROM orders o WHERE o.entry_id = e.id)"
            )
        ).scalar()
        assert orders == 0


def test_demo_load_is_audited(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = session.scalars(select(m.AuditEntry)).all()
    assert [r.action for r in rows] == ["demo.load"]
    assert rows[0].after is not None and rows[0].after["waitlist entries"] > 400


def test_refuses_a_database_with_data_unless_replacing(demo_db: Database) -> None:
    with pytest.raises(NotEmptyError, match="--replace"), demo_db.unit_of_work() as session:
        load_demo(session)
    with demo_db.unit_of_work() as session:
        first = summarize(session).counts
        load_demo(session, replace=True)
    with demo_db.reading() as session:
        again = summarize(session).counts
    assert again["waitlist entries"] == first["waitlist entries"]
    assert again["audit rows"] == first["audit rows"] + 1


def test_a_broken_row_names_file_and_line_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "demo"
    shutil.copytree(demo_dir(), broken)
    entries = broken / "entries.csv"
    lines = entries.read_text(encoding="utf-8").splitlines()
    lines[7] = lines[7].replace(",5000.00,", ",five grand,", 1)
    assert "five grand" in lines[7]
    entries.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = r"entries.csv, line 8: deposit_amount 'five grand'"
    with pytest.raises(InputError, match=expected), db.unit_of_work() as session:
        load_demo(session, source=broken)
    with db.reading() as session:
        assert not summarize(session).has_business_data
