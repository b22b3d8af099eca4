"""Orders: status history, stage grouping, the locked specification, VINs and the portal import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import EntryStatus, OrderStage
from dealerapp.errors import InputError
from dealerapp.exchange.mapping import guess_mapping
from dealerapp.exchange.orders_import import FIELDS, import_order_statuses
from dealerapp.exchange.report import ImportRefused, ImportReport
from dealerapp.exchange.sheets import read_sheet
from dealerapp.services import orders
from dealerapp.services.vin import VinError, check_digit, normalise_vin

TODAY = date(2011, 7, 30)


def first_order(database: Database, stage: OrderStage) -> orders.OrderRow:
    """The first US order at this stage (US: dates month first, VINs with a check digit)."""
    with database.reading() as session:
        return orders.list_orders(session, stage=stage, market="US")[0]


def test_vins_are_checked() -> None:
    assert check_digit("WBSUR9C50BV594042") == "0"
    assert normalise_vin("wbsur9c50 bv594042", "US") == "WBSUR9C50BV594042"
    with pytest.raises(VinError, match="check digit"):
        normalise_vin("WBSUR9C51BV594042", "US")
    # Outside North America the ninth character is not a check digit.
    assert normalise_vin("WBSUR9C51BV594042", "DE") == "WBSUR9C51BV594042"
    with pytest.raises(VinError, match="17 characters"):
        normalise_vin("WBSUR9C5", "US")
    with pytest.raises(VinError, match="I, O and Q"):
        normalise_vin("WBSUR9C5OBV594042", "DE")


def test_orders_are_grouped_by_stage_in_stage_order(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = orders.list_orders(session)
    stages = [row.stage for row in rows]
    rank = list(OrderStage)
    assert stages == sorted(stages, key=rank.index)
    counts = orders.stage_counts(rows)
    assert sum(counts.values()) == 167
    assert counts[OrderStage.IN_TRANSIT] > 0


def test_a_status_change_keeps_its_history_and_an_audit_row(demo_db: Database) -> None:
    row = first_order(demo_db, OrderStage.SCHEDULED)
    with demo_db.unit_of_work() as session:
        result = orders.set_status(session, order=row.order_number, code="150", status_date=TODAY)
    assert result.changed and "150 (Production started)" in result.summary
    with demo_db.reading() as session:
        detail = orders.order_detail(session, row.id)
        audit = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "order.status")
        ).one()
    assert [step.code for step in detail.history][-1] == "150"
    assert len(detail.history) == 2
    assert detail.row.stage is OrderStage.IN_PRODUCTION
    assert audit.entity_id == row.id
    with demo_db.unit_of_work() as session, pytest.raises(InputError, match="not a BMW status"):
        orders.set_status(session, order=row.order_number, code="4B00")


def test_a_locked_specification_cannot_change(demo_db: Database) -> None:
    locked = first_order(demo_db, OrderStage.IN_TRANSIT)
    with demo_db.unit_of_work() as session, pytest.raises(orders.OrderRefused, match="locked"):
        orders.update_details(session, order=locked.order_number, specification="Alpine White")
    # A new order at 037 (received by BMW NA) can still change.
    with demo_db.unit_of_work() as session:
        entry = session.scalars(
            select(m.WaitlistEntry).where(m.WaitlistEntry.status == EntryStatus.WAITING)
        ).first()
        assert entry is not None
        entry.status, entry.position = EntryStatus.ASSIGNED, None
    with demo_db.unit_of_work() as session:
        created = orders.create_order(session, entry_id=entry.id, order_number="9000001",
                                      code="037")  # fmt: skip
        changed = orders.update_details(
            session, order="9000001", specification="Alpine White", vin="WBSUR9C50BV594043",
            production_week="2011W20",
        )  # fmt: skip
    assert created.changed and changed.changed
    with demo_db.reading() as session:
        order = orders.find_order(session, "9000001")
        assert order.specification == "Alpine White" and order.production_week == "2011-20"
        assert session.get_one(m.WaitlistEntry, entry.id).status is EntryStatus.ORDERED


def test_a_delivered_code_delivers_the_entry(demo_db: Database) -> None:
    row = first_order(demo_db, OrderStage.IN_TRANSIT)
    with demo_db.unit_of_work() as session:
        orders.save_code(
            session, oem="BMW", code="199", label="Delivered to the customer",
            stage=OrderStage.DELIVERED, consumes_allocation=True, spec_locked=True, final=True,
        )  # fmt: skip
        orders.set_status(session, order=row.order_number, code="199")
    with demo_db.reading() as session:
        entry = session.get_one(m.WaitlistEntry, row.entry_id)
        assert entry.status is EntryStatus.DELIVERED
    with demo_db.unit_of_work() as session, pytest.raises(orders.OrderRefused, match="final"):
        orders.set_status(session, order=row.order_number, code="196")


def write_status_file(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(database: Database, path: Path, **options: object) -> ImportReport:
    sheet = read_sheet(path)
    with database.unit_of_work() as session:
        return import_order_statuses(
            session, sheet, guess_mapping(sheet.headers, FIELDS), today=TODAY, **options
        )  # type: ignore[arg-type]


def test_portal_file_in_any_column_order(demo_db: Database, tmp_path: Path) -> None:
    us = first_order(demo_db, OrderStage.IN_TRANSIT)
    with demo_db.reading() as session:
        scheduled = [r for r in orders.list_orders(session) if r.stage is OrderStage.SCHEDULED]
    path = write_status_file(
        tmp_path / "portal.csv",
        [
            "ETA,Event code,Order No,Event date,VIN",
            f"08/02/2011,196,{us.order_number},07/29/2011,{us.vin}",
            # A spreadsheet lost the leading zero of 097 on the way.
            f",97,{scheduled[0].order_number},2011-07-28,",
        ],
    )
    report = run_import(demo_db, path, apply=True)
    assert report.applied and report.written == 2 and not report.problems
    with demo_db.reading() as session:
        detail = orders.order_detail(session, us.id)
        assert detail.row.status_date == date(2011, 7, 29)
        assert detail.row.eta == date(2011, 8, 2)
        assert detail.history[-1].source.value == "import"
        second = orders.order_detail(session, scheduled[0].id)
        assert second.row.code == "097"


def test_portal_file_bad_rows_named_and_all_or_nothing(demo_db: Database, tmp_path: Path) -> None:
    us = first_order(demo_db, OrderStage.IN_TRANSIT)
    good_vin = us.vin
    assert good_vin is not None
    bad_vin = good_vin[:8] + ("1" if good_vin[8] != "1" else "2") + good_vin[9:]
    scheduled = first_order(demo_db, OrderStage.SCHEDULED).order_number
    path = write_status_file(
        tmp_path / "portal.csv",
        [
            "Order number,Status code,Status date,VIN",
            f"{us.order_number},196,2011-07-20,",
            "0000000,196,2011-07-20,",
            f"{scheduled},999,2011-07-20,",
            f"{scheduled},150,31.02.2011,",
            f"{us.order_number},196,2011-07-21,{bad_vin}",
        ],
    )
    with demo_db.reading() as session:
        history_before = session.scalar(select(func.count()).select_from(m.OrderStatusChange))
    with pytest.raises(ImportRefused) as refused:
        run_import(demo_db, path, apply=True)
    texts = [problem.text() for problem in refused.value.report.problems]
    assert any(t.startswith("row 3, Order number: no order 0000000") for t in texts), texts
    assert any(t.startswith("row 4, Status code: '999' is not a BMW status code") for t in texts)
    assert any(t.startswith("row 5, Status date: '31.02.2011' is not a date") for t in texts)
    assert any(t.startswith("row 6, VIN:") and "check digit" in t for t in texts), texts
    assert any(t.startswith("row 6, Order number: order") for t in texts)  # twice in the file
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.OrderStatusChange)) == (
            history_before
        )
    report = run_import(demo_db, path, apply=True, valid_only=True)
    assert report.written == 1 and report.bad_rows == [3, 4, 5, 6]
