"""A crash at any moment loses nothing committed and leaves nothing half-applied.

Each operation runs in a forked child that is killed with SIGKILL at a random
moment (see harness.py); the services are called the way the CLI calls them,
except that the automatic backup the CLI takes before a memo apply or an import
is left out: it writes a separate file, and the kills should land in the
operation itself.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.exchange.export import export_waitlist
from dealerapp.exchange.mapping import mapping_from_names
from dealerapp.exchange.sheets import read_sheet
from dealerapp.exchange.waitlist_import import FIELDS, import_waitlist
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.services import waitlist
from dealerapp.services.demo import load_demo
from dealerapp.services.waitlist import Deposit, EntryDetails, NewCustomer
from tests.crash.harness import Operation, Step, check, crash_test

pytestmark = [
    pytest.mark.skipif(
        not hasattr(os, "fork"), reason="the crash harness forks; this platform cannot"
    ),
    # Killing a process mid-write is about the SQLite file and its -wal; the server has its own.
    pytest.mark.sqlite_only,
]

US_MEMO = Path(__file__).resolve().parents[2] / "seeds" / "memos" / "bmwna-us-allocation-filled.eml"
# Dates the batch passes explicitly: a default of "today" would make a run that
# crosses midnight differ from the reference run in more than its clock readings.
JOINED = date(2011, 7, 20)
REFUNDED = date(2011, 7, 25)


def open_db(path: Path) -> Database:
    return Database.open(resolve_database(str(path)))


def test_a_killed_memo_apply_is_all_or_nothing(demo_template: Path, tmp_path: Path) -> None:
    start = tmp_path / "start.sqlite3"
    shutil.copy(demo_template, start)
    db = open_db(start)
    try:
        # As `dealerapp memo import`: read the file, then store it in one unit of work.
        document = read_file(US_MEMO)
        with db.unit_of_work() as session:
            memo_id = import_memo(session, document).memo_id
    finally:
        db.close()

    def apply_memo(session: Session) -> object:
        return memo_apply.apply(session, memo_id)

    op = Operation(
        name="memo apply",
        start=start,
        steps=[apply_memo],
        audit_count_sql=(
            "SELECT count(*) FROM audit_log "
            f"WHERE action = 'memo.apply' AND entity = 'memos' AND entity_id = {memo_id}"
        ),
        seed=1101,
    )
    check(crash_test(op, tmp_path))


def test_a_killed_waitlist_import_is_all_or_nothing(demo_template: Path, tmp_path: Path) -> None:
    exported = tmp_path / "demo-waitlist.csv"
    demo = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, demo)
    db = open_db(demo)
    try:
        with db.reading() as session:
            assert export_waitlist(session, exported).entries > 0
    finally:
        db.close()
    start = tmp_path / "start.sqlite3"
    db = open_db(start)
    try:
        with db.unit_of_work() as session:
            load_demo(session, waitlists=False)
    finally:
        db.close()
    # As `dealerapp waitlist import FILE --apply`: the sheet and the mapping are
    # read before the database is opened (here once, before forking).
    sheet = read_sheet(exported)
    mapping = mapping_from_names(sheet.headers, FIELDS, {})

    def import_sheet(session: Session) -> object:
        report = import_waitlist(
            session, sheet, mapping, apply=True, valid_only=False, keep_separate=False
        )
        assert report.applied and not report.problems, report.problems
        return report

    op = Operation(
        name="waitlist import",
        start=start,
        steps=[import_sheet],
        audit_count_sql="SELECT count(*) FROM audit_log WHERE action = 'waitlist.import'",
        seed=2202,
    )
    check(crash_test(op, tmp_path))


def _ids(path: Path, sql: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [int(row[0]) for row in conn.execute(sql)]
    finally:
        conn.close()


def _batch(start: Path) -> list[Step]:
    """Twenty waitlist operations on the demo data, each its own unit of work."""

    def waiting(dealer: str) -> list[int]:
        return _ids(
            start,
            "SELECT e.id FROM waitlist_entries e JOIN dealers d ON d.id = e.dealer_id "
            f"WHERE d.code = '{dealer}' AND e.status = 'waiting' ORDER BY e.position",
        )

    bay, pac = waiting("US-BAY"), waiting("US-PAC")
    assigned = _ids(start, "SELECT id FROM waitlist_entries WHERE status = 'assigned' ORDER BY id")
    cancelled = _ids(
        start, "SELECT id FROM waitlist_entries WHERE status = 'cancelled' ORDER BY id"
    )

    def add(dealer: str, name: str, position: int | None = None) -> Step:
        def step(session: Session) -> object:
            return waitlist.add_entry(
                session, dealer=dealer, program=None,
                customer=NewCustomer(family_name=name, given_name="Crash",
                                     email=f"{name.lower()}@example.org"),
                deposit=Deposit(amount="2500.00", paid_on=JOINED), joined_on=JOINED,
                position=position, reason="Crash test: placed by the sales manager",
            )  # fmt: skip

        return step

    def move(entry: int, to: int) -> Step:
        return lambda s: waitlist.move(s, entry_id=entry, to_position=to, reason="Crash test")

    def cancel(entry: int) -> Step:
        return lambda s: waitlist.cancel(s, entry_id=entry, reason="Crash test: withdrew")

    def refund(entry: int) -> Step:
        return lambda s: waitlist.refund(
            s, entry_id=entry, reason="Crash test: refunded", refunded_on=REFUNDED
        )

    def assign_first(dealer: str) -> Step:
        return lambda s: waitlist.assign(s, dealer=dealer)

    def deliver(entry: int) -> Step:
        return lambda s: waitlist.deliver(s, entry_id=entry)

    def edit(entry: int) -> Step:
        details = EntryDetails("Alpine White, Crash test", "Refundable", "Crash test note")
        return lambda s: waitlist.update_details(s, entry_id=entry, details=details)

    return [
        add("US-BAY", "Anders"),
        move(bay[4], 1),
        cancel(bay[0]),
        assign_first("US-PPL"),
        refund(cancelled[0]),
        add("US-PAC", "Brandt", position=2),
        move(pac[5], 3),
        deliver(assigned[0]),
        refund(pac[1]),
        add("AU-SYD", "Castellano"),
        move(bay[10], 15),
        cancel(assigned[1]),
        assign_first("US-PPL"),
        deliver(assigned[2]),
        add("US-BAY", "Dubois", position=3),
        refund(cancelled[1]),
        move(pac[8], 1),
        cancel(pac[10]),
        edit(bay[6]),
        add("DE-MUC", "Eriksen"),
    ]


def test_a_killed_batch_keeps_whole_units_of_work(demo_template: Path, tmp_path: Path) -> None:
    start = tmp_path / "start.sqlite3"
    shutil.copy(demo_template, start)
    before = _ids(start, "SELECT coalesce(max(id), 0) FROM audit_log")[0]
    op = Operation(
        name="waitlist batch",
        start=start,
        steps=_batch(start),
        # Every row written after the start belongs to the batch, one per operation.
        audit_count_sql=f"SELECT count(*) FROM audit_log WHERE id > {before}",
        seed=3303,
    )
    check(crash_test(op, tmp_path))
