"""A customer's data on request: exported in full, or erased with the history kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import EntryStatus, LetterOutput
from dealerapp.errors import InputError
from dealerapp.services import waitlist
from dealerapp.services.privacy import customer_record, erase_customer
from tests.cli.conftest import run


def waiting_customer(db: Database) -> tuple[int, int, str]:
    """A customer second in a queue, moved to the front so the audit log names them."""
    with db.unit_of_work() as session:
        entry = session.scalars(
            select(m.WaitlistEntry)
            .where(m.WaitlistEntry.status == EntryStatus.WAITING, m.WaitlistEntry.position == 2)
            .order_by(m.WaitlistEntry.id)
        ).first()
        assert entry is not None
        waitlist.move(session, entry_id=entry.id, to_position=1, reason="loyal customer")
        customer = session.get_one(m.Customer, entry.customer_id)
        session.add(m.LetterSent(
            customer_id=customer.id, entry_id=entry.id, template="us_unservable",
            reason="unservable", sent_by="tester", output=LetterOutput.PDF,
            file_name="letter.pdf", pdf=b"%PDF-1.4 a copy",
        ))  # fmt: skip
        return customer.id, entry.id, customer.display_name


def test_export_holds_everything_about_the_customer(demo_db: Database) -> None:
    customer_id, entry_id, name = waiting_customer(demo_db)
    with demo_db.reading() as session:
        record = customer_record(session, customer_id)
    json.dumps(record)  # all of it is JSON
    assert record["customer"]["id"] == customer_id
    assert [e["id"] for e in record["waitlist_entries"]] == [entry_id]
    assert record["letters"][0]["template"] == "us_unservable" and record["letters"][0]["pdf"]
    assert any(name in row["summary"] for row in record["audit"])
    assert record["position_history"][-1]["reason"] == "loyal customer"


def test_erasing_keeps_the_entry_and_ledger_but_not_the_person(demo_db: Database) -> None:
    customer_id, entry_id, name = waiting_customer(demo_db)
    with demo_db.reading() as session:
        entries_before = session.scalar(select(func.count()).select_from(m.WaitlistEntry))
        deposit = session.get_one(m.WaitlistEntry, entry_id).deposit_amount_minor
    with demo_db.unit_of_work() as session:
        with pytest.raises(InputError, match="needs a reason"):
            erase_customer(session, customer_id, reason=" ")
        erased = erase_customer(session, customer_id, reason="asked by letter")
    assert erased.letters_removed == 1 and erased.audit_rows_rewritten >= 1
    with demo_db.reading() as session:
        customer = session.get_one(m.Customer, customer_id)
        assert customer.family_name == f"Erased customer {customer_id}"
        assert (customer.given_name, customer.email, customer.street, customer.phone) == (
            None, None, None, None,
        )  # fmt: skip
        assert customer.erased_at is not None
        entry = session.get_one(m.WaitlistEntry, entry_id)
        assert entry.deposit_amount_minor == deposit and entry.position == 1
        assert session.scalar(select(func.count()).select_from(m.WaitlistEntry)) == entries_before
        letter = session.scalars(
            select(m.LetterSent).where(m.LetterSent.customer_id == customer_id)
        ).one()
        assert letter.pdf is None and letter.template == "us_unservable"
        summaries = " ".join(session.scalars(select(m.AuditEntry.summary)))
        assert name not in summaries and "asked by letter" in summaries
    with demo_db.unit_of_work() as session, pytest.raises(InputError, match="already erased"):
        erase_customer(session, customer_id, reason="again")


@pytest.mark.sqlite_only  # the command runs on the demo file
def test_customer_commands(capsys: pytest.CaptureFixture[str], demo_db: Database,
                           tmp_path: Path) -> None:  # fmt: skip
    customer_id, _entry, name = waiting_customer(demo_db)
    path = demo_db.location.sqlite_path
    assert path is not None
    demo_db.close()
    out_file = tmp_path / "customer.json"
    code, out, _ = run(capsys, path, "customer", "export", str(customer_id), "--out", str(out_file))
    assert code == 0 and oct(out_file.stat().st_mode & 0o777) == "0o600"
    assert json.loads(out_file.read_text())["customer"]["id"] == customer_id
    code, out, _ = run(capsys, path, "customer", "erase", str(customer_id), "--reason", "asked")
    assert code == 0 and f"Erased customer {customer_id}" in out
    code, out, _ = run(capsys, path, "flags", "--json")
    assert name not in out
