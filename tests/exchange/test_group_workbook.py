"""The exported workbook rebuilds a database from nothing: the group first, then the waitlist."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.exchange import group
from dealerapp.exchange.export import export_waitlist
from dealerapp.exchange.mapping import guess_mapping
from dealerapp.exchange.report import ImportReport
from dealerapp.exchange.sheets import read_sheet
from dealerapp.exchange.waitlist_import import FIELDS, import_waitlist
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.services import programs
from dealerapp.services.servability import Scope, compute_flags
from tests.conftest import ON_POSTGRES, postgres_database

US_MEMO = Path(__file__).resolve().parents[2] / "seeds" / "memos" / "bmwna-us-allocation-filled.eml"
COUNTED = (m.Market, m.Program, m.ProgramAlias, m.Dealer, m.Customer, m.WaitlistEntry)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A second database, as `db upgrade` leaves it (demo_db and db share one file)."""
    if ON_POSTGRES:
        for location in postgres_database():
            database = Database.open(location)
            yield database
            database.close()
        return
    database = Database.open(resolve_database(str(tmp_path / "rebuilt.sqlite3")))
    yield database
    database.close()


def counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


def queue_and_deposits(db: Database) -> set[tuple[Any, ...]]:
    e = m.WaitlistEntry
    with db.reading() as session:
        rows = session.execute(
            select(m.Customer.ref, m.Dealer.code, m.Program.code, e.status, e.position,
                   e.joined_on, e.deposit_amount_minor, e.deposit_currency, e.deposit_date,
                   e.deposit_refundable)
            .join(m.Customer, m.Customer.id == e.customer_id)
            .join(m.Dealer, m.Dealer.id == e.dealer_id)
            .join(m.Program, m.Program.id == e.program_id)
        ).all()  # fmt: skip
    return {tuple(row) for row in rows}


def flags(db: Database) -> dict[tuple[str, str], str]:
    with db.reading() as session:
        found = compute_flags(session, Scope())
        refs = dict(session.execute(select(m.WaitlistEntry.id, m.Customer.ref).join(
            m.Customer, m.Customer.id == m.WaitlistEntry.customer_id)).all())  # fmt: skip
    return {(refs[f.entry_id], f.dealer_code): f.flag.value for f in found}


def rebuild(db: Database, path: Path, *, apply: bool = True) -> ImportReport:
    sheet = read_sheet(path, companions=group.SHEETS)
    with db.unit_of_work() as session:
        return import_waitlist(session, sheet, guess_mapping(sheet.headers, FIELDS), apply=apply)


def test_the_demo_export_rebuilds_an_empty_database(
    demo_db: Database, empty_db: Database, tmp_path: Path
) -> None:
    # The US memo applied first, so that market states travel too (unservable customers).
    with demo_db.unit_of_work() as session:
        memo_id = import_memo(session, read_file(US_MEMO)).memo_id
        memo_apply.apply(session, memo_id)
    with demo_db.unit_of_work() as session:
        programs.edit_program(session, "1M", aliases=["1 Series M Coupe", "BMW 1M"])
    path = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_waitlist(session, path)

    checked = rebuild(empty_db, path, apply=False)
    assert counts(empty_db) == dict.fromkeys(counts(empty_db), 0), "checking wrote something"
    assert checked.valid == 499 and not checked.problems
    assert checked.creates[:2] == ["9 market(s): AU, CA, CH, DE, FR, GB, IT, JP, US",
                                   "1 program(s): 1M"]  # fmt: skip
    assert any(line.startswith("31 dealer(s): AU-BNE") for line in checked.creates)

    report = rebuild(empty_db, path)
    assert report.applied and report.written == 499
    assert counts(empty_db) == counts(demo_db)
    assert queue_and_deposits(empty_db) == queue_and_deposits(demo_db)
    rebuilt = flags(empty_db)
    assert rebuilt == flags(demo_db)
    assert Counter(rebuilt.values())["unservable"] == 129
    with empty_db.reading() as session:
        program = session.scalars(select(m.Program)).one()
        assert (program.status_codes, program.planned_units) == ("BMW", 2500)
        audit_rows = session.scalars(select(m.AuditEntry)).all()
        assert [row.action for row in audit_rows] == ["waitlist.import"]
        assert "set up 9 market(s)" in audit_rows[0].summary


def test_a_plain_waitlist_workbook_into_the_same_database_creates_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_waitlist(session, path)
        plan = group.plan_group(
            session, read_sheet(path, companions=group.SHEETS).companions, "demo.xlsx"
        )
    assert plan is not None and plan.empty


def test_csv_stays_the_waitlist_alone(
    demo_db: Database, empty_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "demo.csv"
    with demo_db.reading() as session:
        export_waitlist(session, path)
    report = rebuild(empty_db, path, apply=False)
    assert report.valid == 0 and not report.creates
    assert "no dealer with the code 'AU-BNE'" in report.problems[0].message


def _edited(source: Path, target: Path, sheet: str, row: int, column: str, value: Any) -> Path:
    workbook = openpyxl.load_workbook(source)
    worksheet = workbook[sheet]
    headers = [cell.value for cell in worksheet[1]]
    worksheet.cell(row=row, column=headers.index(column) + 1).value = value
    workbook.save(target)
    return target


@pytest.mark.parametrize(
    ("sheet", "column", "value", "words"),
    [
        ("Dealers", "Market", "ZZ", "Dealers, row 2: the dealer AU-BNE's market 'ZZ' is neither "
         "in the Markets sheet nor in this database"),
        ("Markets", "Currency", "EURO", "Markets, row 5: 'EURO' is not a currency code"),
        ("Programs", "Order status codes", "Ford", "there are no 'Ford' order status codes here"),
        ("Allocations", "Allocated", "lots", "row 2: Allocated 'lots' is not a number"),
        ("Dealers", "Signatory", None, "the dealer 'AU-BNE' has no signatory"),
    ],
)  # fmt: skip
def test_a_workbook_that_cannot_rebuild_writes_nothing(
    demo_db: Database, empty_db: Database, tmp_path: Path, sheet: str, column: str, value: Any,
    words: str,
) -> None:  # fmt: skip
    path = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_waitlist(session, path)
    bad = _edited(path, tmp_path / "bad.xlsx", sheet, 2 if sheet != "Markets" else 5, column,
                  value)  # fmt: skip
    with pytest.raises(InputError, match=re.escape(words)):
        rebuild(empty_db, bad)
    assert counts(empty_db) == dict.fromkeys(counts(empty_db), 0)


def test_a_retired_program_comes_back_retired_with_its_customers(
    demo_db: Database, empty_db: Database, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        programs.retire_program(session, "1M")
    path = tmp_path / "demo.xlsx"
    with demo_db.reading() as session:
        export_waitlist(session, path)
    rebuild(empty_db, path)
    with empty_db.reading() as session:
        program = session.scalars(select(m.Program)).one()
        assert program.retired_at is not None
    assert counts(empty_db) == counts(demo_db)
