"""Waitlist spreadsheets: export, import into an empty dealer group, every bad row, the guard."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.errors import InputError
from dealerapp.exchange.export import export_waitlist
from dealerapp.exchange.mapping import guess_mapping
from dealerapp.exchange.report import ImportRefused, ImportReport, row_cells
from dealerapp.exchange.sheets import read_sheet
from dealerapp.exchange.waitlist_import import FIELDS, import_waitlist
from dealerapp.services.demo import load_demo

HEADER = "Dealer,Program,Given name,Family name,E-mail,Postal code,Joined,Deposit,Position,Status\n"


@pytest.fixture
def dealer_group(tmp_path: Path) -> Any:
    """A database with the demo's markets, dealers and allocations but nobody waiting."""
    database = Database.open(resolve_database(str(tmp_path / "group.sqlite3")))
    with database.unit_of_work() as session:
        load_demo(session, waitlists=False)
    yield database
    database.close()


def waitlist_snapshot(database: Database) -> set[tuple[Any, ...]]:
    c, e = m.Customer, m.WaitlistEntry
    with database.reading() as session:
        rows = session.execute(
            select(
                c.ref, c.title, c.given_name, c.family_name, c.company, c.street, c.city,
                c.region, c.postal_code, c.country, c.email, c.phone, c.language, m.Dealer.code,
                e.position, e.joined_on, e.status, e.deposit_amount_minor, e.deposit_currency,
                e.deposit_date, e.deposit_method, e.deposit_refundable, e.deposit_terms,
                e.specification, e.notes,
            )
            .join(c, c.id == e.customer_id)
            .join(m.Dealer, m.Dealer.id == e.dealer_id)
        ).all()  # fmt: skip
    return {tuple(row) for row in rows}


def do_import(database: Database, path: Path, **options: Any) -> ImportReport:
    sheet = read_sheet(path)
    with database.unit_of_work() as session:
        return import_waitlist(session, sheet, guess_mapping(sheet.headers, FIELDS), **options)


def counts(database: Database) -> tuple[int, int, int, int]:
    with database.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(m.Customer)) or 0,
            session.scalar(select(func.count()).select_from(m.WaitlistEntry)) or 0,
            session.scalar(select(func.count()).select_from(m.PositionChange)) or 0,
            session.scalar(select(func.count()).select_from(m.AuditEntry)) or 0,
        )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_gives_the_same_waitlist(
    demo_db: Database, dealer_group: Database, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"waitlist{suffix}"
    with demo_db.reading() as session:
        result = export_waitlist(session, out)
    assert result.entries == 499
    report = do_import(dealer_group, out, apply=True)
    assert report.applied and not report.problems and report.written == 499
    assert waitlist_snapshot(dealer_group) == waitlist_snapshot(demo_db)
    with dealer_group.reading() as session:
        audit = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "waitlist.import")
        ).one()
        assert audit.summary.startswith("Imported 499 waitlist entries")
        # Every waiting entry got its place in the history, once.
        waiting = session.scalar(
            select(func.count()).select_from(m.WaitlistEntry).where(m.WaitlistEntry.position > 0)
        )
        assert session.scalar(select(func.count()).select_from(m.PositionChange)) == waiting


def test_export_has_flags_allocations_and_orders(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    with demo_db.reading() as session:
        export_waitlist(session, out)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Waitlist", "Allocations", "Dealers", "Programs", "Markets", "Market programs", "Orders",
    ]  # fmt: skip
    header = [cell.value for cell in next(book["Waitlist"].iter_rows(max_row=1))]
    assert header[:3] == ["Customer ref", "Title", "Given name"]
    assert {"Flag", "Explanation", "Order number", "Order status"} <= set(header)
    rows = list(book["Waitlist"].iter_rows(min_row=2, values_only=True))
    flags = {row[header.index("Flag")] for row in rows}
    assert {"covered", "pending", None} == flags  # None: entries not waiting
    allocations = list(book["Allocations"].iter_rows(min_row=2, values_only=True))
    assert len(allocations) == 31
    assert sum(1 for _ in book["Orders"].iter_rows(min_row=2)) == 167


def test_bad_rows_are_named_and_nothing_is_written(dealer_group: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "US-BAY,1M,Ada,Byrne,ada@example.org,94040,2011-01-05,5000,1,waiting\n"
        + "XX-NOPE,1M,Bo,Brown,bo@example.org,94040,2011-01-05,5000,,waiting\n"
        + "US-BAY,1M,Cy,Cole,not-an-email,94040,2011-13-45,5000,,waiting\n"
        + "US-BAY,Z4,Di,Dunn,di@example.org,94040,2011-01-05,-5,,waiting\n"
        + "US-BAY,1M,Ed,,ed@example.org,94040,2011-01-05,5000,,sold\n"
        + "US-BAY,1M,Fay,Fox,fay@example.org,94040,2099-01-05,5000,,waiting\n"
        + "US-BAY,1M,Ada,Byrne,ada@example.org,94040,2011-01-05,5000,2,waiting\n",
        encoding="utf-8",
    )
    before = counts(dealer_group)
    with pytest.raises(ImportRefused) as refused:
        do_import(dealer_group, path, apply=True)
    assert counts(dealer_group) == before
    problems = [problem.text() for problem in refused.value.report.problems]
    expected = [
        "row 3, Dealer: no dealer with the code 'XX-NOPE'",
        "row 4, E-mail: 'not-an-email' is not an e-mail address",
        "row 4, Joined: '2011-13-45' is not a date",
        "row 5, Program: no program 'Z4'",
        "row 5, Deposit: '-5' is negative",
        "row 6, Family name: is empty",
        "row 6, Status: 'sold' is not a status",
        "row 7, Joined: 2099-01-05 is in the future",
        "row 8, Dealer: the same customer's 1M entry at Bay Area BMW is already in row 2",
    ]
    for start in expected:
        assert any(text.startswith(start) for text in problems), (start, problems)
    assert "nothing was imported" in str(refused.value)
    assert refused.value.report.bad_rows == [3, 4, 5, 6, 7, 8]


def test_valid_only_imports_the_good_rows(dealer_group: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        HEADER
        + 'US-BAY,1M,Ada,Byrne,ada@example.org,94040,2011-01-05,"5,000.00",,waiting\n'
        + "US-BAY,1M,Bo,Brown,bo@example.org,94040,05/01/2011,oops,,waiting\n"
        + "US-BAY,1M,Cy,Cole,cy@example.org,94040,01/06/2011,$2500,,waiting\n",
        encoding="utf-8",
    )
    report = do_import(dealer_group, path, apply=True, valid_only=True)
    assert report.written == 2 and report.bad_rows == [3]
    with dealer_group.reading() as session:
        rows = session.execute(
            select(m.Customer.family_name, m.WaitlistEntry.position,
                   m.WaitlistEntry.deposit_amount_minor, m.WaitlistEntry.joined_on)
            .join(m.Customer).order_by(m.WaitlistEntry.position)
        ).all()  # fmt: skip
    # US dates are month first: 01/06/2011 is the 6th of January.
    assert [(r[0], r[1], r[2], r[3].isoformat()) for r in rows] == [
        ("Byrne", 1, 500000, "2011-01-05"),
        ("Cole", 2, 250000, "2011-01-06"),
    ]


def test_known_customers_are_merged_unless_kept_apart(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        known = session.scalars(select(m.Customer).where(m.Customer.ref == "C0001")).one()
        email, postal = known.email, known.postal_code
    path = tmp_path / "again.csv"
    path.write_text(
        HEADER
        + f"DE-MUC,1M,Scott,Brown,{email.upper()},{postal},2011-02-01,0,,waiting\n"
        + f"CA-TOR,1M,scott,BROWN,,{postal},2011-02-01,0,,waiting\n"
        + "US-PPL,1M,New,Person,new@example.org,76107,2011-02-01,0,,waiting\n",
        encoding="utf-8",
    )
    before = counts(demo_db)
    preview = do_import(demo_db, path)
    assert [(d.row, d.customer_id, d.reason) for d in preview.duplicates] == [
        (2, known.id, "the same e-mail"),
        (3, known.id, "the same name and postal code"),
    ]
    assert counts(demo_db) == before  # a preview writes nothing
    merged = do_import(demo_db, path, apply=True)
    assert merged.written == 3
    assert counts(demo_db)[0] == before[0] + 1  # only "New Person" is new
    with demo_db.reading() as session:
        assert session.scalar(
            select(func.count()).select_from(m.WaitlistEntry)
            .where(m.WaitlistEntry.customer_id == known.id)
        ) == 3  # fmt: skip


def test_rows_of_one_customer_in_the_file_make_one_customer(
    dealer_group: Database, tmp_path: Path
) -> None:
    # Row 3 shares only the e-mail of row 2, row 4 only the name and postal code of row 3:
    # one person on three dealers' lists, each list kept its own way.
    path = tmp_path / "one-person.csv"
    path.write_text(
        "Customer ref,"
        + HEADER
        + "C-77,US-BAY,1M,Ada,Byrne,ada@example.org,94040,2011-01-05,0,,waiting\n"
        + ",DE-MUC,1M,A.,Byrne,ADA@example.org,80331,2011-01-06,0,,waiting\n"
        + ",CA-TOR,1M,A,byrne,,80331,2011-01-07,0,,waiting\n"
        + ",US-BAY,1M,Bo,Brown,bo@example.org,94040,2011-01-05,0,,waiting\n"
        # Same name and town, but a reference (or an e-mail) of their own: other people.
        + "C-78,DE-MUC,1M,A,Byrne,,80331,2011-01-08,0,,waiting\n"
        + ",CA-TOR,1M,Bo,Brown,bo.brown@example.net,94040,2011-01-09,0,,waiting\n",
        encoding="utf-8",
    )
    before = counts(dealer_group)
    report = do_import(dealer_group, path, apply=True)
    assert report.written == 6
    assert counts(dealer_group)[0] == before[0] + 4  # Ada Byrne, Bo Brown, and their namesakes
    with dealer_group.reading() as session:
        ada = session.scalars(select(m.Customer).where(m.Customer.ref == "C-77")).one()
        dealers = session.scalars(
            select(m.Dealer.code).join(m.WaitlistEntry).where(m.WaitlistEntry.customer_id == ada.id)
        ).all()  # fmt: skip
    assert sorted(dealers) == ["CA-TOR", "DE-MUC", "US-BAY"]


def test_keeping_duplicates_apart_creates_customers(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "apart.csv"
    path.write_text(
        HEADER + "DE-MUC,1M,Scott,Brown,sbrown@example.org,94040,2011-02-01,0,,waiting\n",
        encoding="utf-8",
    )
    before = counts(demo_db)
    report = do_import(demo_db, path, apply=True, keep_separate=True)
    assert report.duplicates and not report.duplicates[0].merged
    assert counts(demo_db)[0] == before[0] + 1


def test_an_open_entry_is_not_imported_twice(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as session:
        waiting = session.scalars(
            select(m.Customer).join(m.WaitlistEntry)
            .join(m.Dealer).where(m.Dealer.code == "US-BAY", m.WaitlistEntry.position == 1)
        ).one()  # fmt: skip
        given, family, email = waiting.given_name, waiting.family_name, waiting.email
    path = tmp_path / "twice.csv"
    path.write_text(
        HEADER + f"US-BAY,1M,{given},{family},{email},,2011-02-01,0,,waiting\n",
        encoding="utf-8",
    )
    report = do_import(demo_db, path)
    assert [p.text() for p in report.problems] == [
        "row 2, Dealer: this customer already has an open 1M entry at Bay Area BMW"
    ]


def test_held_units_must_fit_the_allocation(dealer_group: Database, tmp_path: Path) -> None:
    rows = "".join(
        f"US-BAY,1M,P{i},Person{i},p{i}@example.org,94040,2011-01-05,0,,assigned\n"
        for i in range(40)
    )
    path = tmp_path / "assigned.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    report = do_import(dealer_group, path)
    assert report.problems
    assert "Bay Area BMW has no free unit left" in report.problems[0].text()


def test_formula_cells_are_neutralised(demo_db: Database, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://evil.example","click")'
    with demo_db.unit_of_work() as session:
        customer = session.scalars(select(m.Customer).where(m.Customer.ref == "C0001")).one()
        customer.family_name, customer.phone = hostile, "+1 650 555 0120"
        customer.given_name, customer.notes = "@SUM(A1)", "-2+3"
    xlsx, text = tmp_path / "out.xlsx", tmp_path / "out.csv"
    with demo_db.reading() as session:
        export_waitlist(session, xlsx)
        export_waitlist(session, text)
    # CSV: the leading apostrophe every spreadsheet shows as text.
    with text.open(encoding="utf-8-sig", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["Customer ref"] == "C0001")
    assert row["Family name"] == "'" + hostile
    assert row["Phone"] == "'+1 650 555 0120"
    assert row["Given name"] == "'@SUM(A1)"
    # XLSX: text cells with Excel's quote prefix, and not one formula in the file.
    with zipfile.ZipFile(xlsx) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    book = openpyxl.load_workbook(xlsx)
    sheet = book["Waitlist"]
    header = [cell.value for cell in sheet[1]]
    found = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "C0001")
    cell = found[header.index("Family name")]
    assert cell.data_type == "s" and cell.value == hostile and cell.quotePrefix
    # And both read back exactly as the customer's name is.
    for path in (xlsx, text):
        sheet_read = read_sheet(path)
        cells = row_cells(sheet_read.rows, guess_mapping(sheet_read.headers, FIELDS))
        assert hostile in {c["family_name"] for c in cells}
        assert "+1 650 555 0120" in {c.get("phone") for c in cells}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("header.csv", b"Dealer,Family name\n", "no rows below them"),
        ("broken.xlsx", b"PK\x03\x04 this is not a workbook", "not a readable spreadsheet"),
        ("binary.csv", b"\x00\x01\x02garbage", "not a text file"),
        ("notes.docx", b"whatever", "not a spreadsheet dealerapp reads"),
    ],
)
def test_unreadable_files_are_refused_by_name(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as refused:
        read_sheet(path)
    assert name in str(refused.value)


def test_the_mapping_is_guessed_from_usual_headers(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(
        "Surname;First name;E-mail address;ZIP;Dealership;Deposit paid on;Amount;Remarks\n"
        "Byrne;Ada;ada@example.org;94040;US-BAY;2011-01-05;5000;VIP\n",
        encoding="cp1252",
    )
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers, FIELDS)
    named = {key: sheet.headers[column] for key, column in mapping.items()}
    assert named == {
        "family_name": "Surname", "given_name": "First name", "email": "E-mail address",
        "postal_code": "ZIP", "dealer": "Dealership", "deposit_date": "Deposit paid on",
        "deposit_amount": "Amount", "notes": "Remarks",
    }  # fmt: skip
