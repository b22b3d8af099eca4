"""Letters speak to the customer: their own sentences, the market's words, searchable text.

Read back from the PDFs as a customer (or a colleague searching the file) would.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import DepositMethod, MarketEventKind
from dealerapp.letters.batch import write_letters
from dealerapp.services import markets
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import recipients
from dealerapp.services.servability import Servability

STAFF_WORDS = ("unassigned unit", "Position ", "customers ahead;", "declared filled by the memo")


def _pages(path: Path) -> list[str]:
    # Raw text, not normalised: a ligature glyph would hide "ff" from a search.
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _fill_us(db: Database) -> list[int]:
    with db.unit_of_work() as session:
        markets.change_state(
            session, MarketEventKind.FILL, market="US", program=None, reason="BMW NA memo"
        )
        return recipients(
            session, reason="unservable", template="unservable_refund",
            status=Servability.UNSERVABLE, market="US",
        )  # fmt: skip


def test_the_cannot_be_served_letter_says_why_in_the_customers_words(
    demo_db: Database, tmp_path: Path
) -> None:
    ids = _fill_us(demo_db)
    out = tmp_path / "us.pdf"
    with demo_db.unit_of_work() as session:
        write_letters(session, template="unservable_refund", entry_ids=ids, out=out)
        data = letter_data(session, ids)
    pages = _pages(out)
    assert len(pages) == len(ids) == 129
    for page, letter in zip(pages, data, strict=True):
        assert "every BMW 1 Series M Coupe for our market has now been allocated" in page
        for staff in STAFF_WORDS:
            assert staff not in page, (staff, page)
        assert letter.customer.name in page
    by_method = {
        letter.deposit.method: page for page, letter in zip(pages, data, strict=True)
    }  # fmt: skip
    # American words for an American customer: a check, not a cheque.
    assert "will be refunded in full by check." in by_method["check"]
    assert "cheque" not in " ".join(pages)
    assert "will be refunded in full to your card." in by_method["card"]


def test_a_deposit_that_is_not_refundable_is_never_promised_back(
    demo_db: Database, tmp_path: Path
) -> None:
    ids = _fill_us(demo_db)
    with demo_db.unit_of_work() as session:
        entry = session.get_one(m.WaitlistEntry, ids[0])
        entry.deposit_refundable = False
        entry.deposit_terms = "Non-refundable once the order is placed."
    out = tmp_path / "one.pdf"
    with demo_db.unit_of_work() as session:
        write_letters(session, template="unservable_refund", entry_ids=ids[:1], out=out)
    (page,) = _pages(out)
    assert "refunded" not in page
    assert "we will contact you shortly about what happens to it" in page
    assert "Non-refundable once the order is placed." in page


def test_a_position_letter_says_where_one_stands_without_staff_words(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        ids = recipients(
            session, reason="position", template="position_update", audience="waiting",
            market="US",
        )  # fmt: skip
        out = tmp_path / "positions.pdf"
        write_letters(session, template="position_update", entry_ids=ids, out=out)
        data = letter_data(session, ids)
    pages = _pages(out)
    flags = {letter.flag for letter in data}
    assert flags == {"covered", "pending"}
    for page, letter in zip(pages, data, strict=True):
        assert f"You are number {letter.entry.position} in our queue" in page
        if letter.flag == "covered":
            assert "a car from our allocation is set aside for that place" in page
        else:
            assert "No car is set aside for that place yet" in page
        for staff in STAFF_WORDS:
            assert staff not in page, (staff, page)


def test_names_with_ff_and_ffi_can_be_found_in_the_pdf(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.unit_of_work() as session:
        entry = session.scalars(
            select(m.WaitlistEntry).where(m.WaitlistEntry.deposit_method == DepositMethod.CARD)
        ).first()
        assert entry is not None
        customer = session.get_one(m.Customer, entry.customer_id)
        customer.given_name, customer.family_name = "Effie", "Hoffman-Schiffler"
        entry_id = entry.id
    out = tmp_path / "ff.pdf"
    with demo_db.unit_of_work() as session:
        write_letters(session, template="deposit_receipt", entry_ids=[entry_id], out=out)
    (page,) = _pages(out)
    assert "Effie Hoffman-Schiffler" in page
