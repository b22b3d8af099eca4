"""Letters read back from real PDFs: one page a letter, the right paper, the right words."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.letters.batch import safe_file_name, write_letters
from dealerapp.letters.render import compose, write_pdf
from dealerapp.letters.templates import LetterTemplateError, templates, user_dir
from dealerapp.services import markets
from dealerapp.services.dashboard import dashboard
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import recipients
from dealerapp.services.servability import Servability


def _text(page: object) -> str:
    """A page's words as a person reads them: Qt's PDFs space words with tabs and use ligatures."""
    raw = page.extract_text()  # type: ignore[attr-defined]
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def _close_us(db: Database) -> None:
    with db.unit_of_work() as session:
        for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
            markets.change_state(session, kind, market="US", program=None, reason="BMW NA memo")


def _unservable_us(db: Database) -> list[int]:
    with db.reading() as session:
        return recipients(
            session, reason="unservable", template="unservable_refund",
            status=Servability.UNSERVABLE, market="US",
        )  # fmt: skip


def test_there_are_the_six_letters() -> None:
    names = {t.name for t in templates()}
    assert names >= {
        "unservable_refund", "deposit_receipt", "allocation_confirmed", "position_update",
        "order_status_update", "general",
    }  # fmt: skip
    assert all(t.title and t.purpose and t.fields for t in templates())


def test_one_page_per_letter_with_each_customers_name_and_address(
    demo_db: Database, tmp_path: Path
) -> None:
    _close_us(demo_db)
    ids = _unservable_us(demo_db)
    assert len(ids) == 129
    out = tmp_path / "us.pdf"
    with demo_db.unit_of_work() as session:
        result = write_letters(session, template="unservable_refund", entry_ids=ids, out=out)
        data = letter_data(session, ids)
    assert result.letters == result.pages == 129
    reader = PdfReader(out)
    assert len(reader.pages) == 129
    for page, letter in zip(reader.pages, data, strict=True):
        text = _text(page)
        assert letter.customer.name in text
        assert letter.customer.address_lines[-1] in text
        assert "will be refunded in full" in text
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_a_german_dealer_prints_on_a4_in_german_dates(demo_db: Database) -> None:
    with demo_db.reading() as session:
        entry = session.scalar(
            select(m.WaitlistEntry.id).join(m.Dealer).where(m.Dealer.code == "DE-MUC").limit(1)
        )
        assert entry is not None
        data = letter_data(session, [entry], languages=frozenset({"en", "de"}))
    pdf, pages = write_pdf([compose("deposit_receipt", data[0])])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert pages == 1
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = _text(page)
    assert "Mit freundlichen Grüßen" in text
    assert data[0].today in text and "." in data[0].today


def test_html_in_a_name_prints_as_written(demo_db: Database) -> None:
    with demo_db.reading() as session:
        entry = session.scalar(
            select(m.WaitlistEntry.id)
            .join(m.Customer)
            .where(m.Customer.family_name == "<b>Smith</b> & Sons")
        )
        assert entry is not None
        data = letter_data(session, [entry])
    letter = compose("position_update", data[0])
    assert "&lt;b&gt;Smith&lt;/b&gt; &amp; Sons" in letter.html
    pdf, _ = write_pdf([letter])
    text = _text(PdfReader(io.BytesIO(pdf)).pages[0])
    assert "<b>Smith</b> & Sons" in text
    assert safe_file_name("<b>Smith</b> & Sons") == "b-Smith-b-Sons"


def test_a_broken_template_names_its_line_and_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.html").write_text(
        '{% extends "_letterhead.html" %}\n{% block body %}\n<p>{{ customer.name </p>\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "broken.pdf"
    try:
        with demo_db.reading() as session:
            ids = recipients(session, reason="general", template="broken", market="IT")
            with pytest.raises(LetterTemplateError, match=r"letter 'broken', line 3"):
                write_letters(session, template="broken", entry_ids=ids, out=out)
    finally:
        (folder / "broken.html").unlink()
    assert not out.exists()


def test_marking_sent_logs_a_copy_and_the_letter_is_not_offered_again(
    demo_db: Database, tmp_path: Path
) -> None:
    _close_us(demo_db)
    ids = _unservable_us(demo_db)[:5]
    with demo_db.unit_of_work() as session:
        write_letters(
            session, template="unservable_refund", entry_ids=ids, out=None,
            one_per_customer=tmp_path / "each", mark_sent=True,
        )  # fmt: skip
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 5
    with demo_db.reading() as session:
        logged = session.scalars(select(m.LetterSent)).all()
        assert {row.entry_id for row in logged} == set(ids)
        assert all(row.pdf and row.pdf.startswith(b"%PDF") for row in logged)
        assert {row.reason for row in logged} == {"unservable"}
        again = recipients(
            session, reason="unservable", template="unservable_refund",
            status=Servability.UNSERVABLE, market="US", not_notified=True,
        )  # fmt: skip
        assert len(again) == 129 - 5 and not set(ids) & set(again)
        us = next(row for row in dashboard(session).markets if row.code == "US")
        assert us.letters_owed == 129 - 5
        audit_rows = session.scalar(
            select(func.count())
            .select_from(m.AuditEntry)
            .where(m.AuditEntry.action == "letters.sent")
        )
        assert audit_rows == 1


def test_a_long_letter_flows_onto_a_second_page_with_page_numbers(demo_db: Database) -> None:
    with demo_db.reading() as session:
        entry = session.scalar(select(m.WaitlistEntry.id).limit(1))
        assert entry is not None
        data = letter_data(session, [entry])
    message = " ".join(["This paragraph goes on and on about the 1M."] * 120)
    pdf, pages = write_pdf([compose("general", data[0], {"subject": "News", "message": message})])
    reader = PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) == 2
    assert "Page 1 of 2" in _text(reader.pages[0])
    assert "Page 2 of 2" in _text(reader.pages[1])


def test_a_cannot_be_served_letter_only_ever_reaches_unservable_customers(
    demo_db: Database,
) -> None:
    from dealerapp.errors import InputError
    from dealerapp.letters.templates import template_info

    info = template_info("unservable_refund")
    assert info.audience == "unservable"
    with demo_db.reading() as session:
        nobody = recipients(
            session, reason=info.reason, template=info.name, audience=info.audience, market="US"
        )
        assert nobody == [], "before the US memo nobody in the US is unservable"
        with pytest.raises(InputError, match="only for unservable customers"):
            recipients(
                session, reason=info.reason, template=info.name, audience=info.audience,
                status=Servability.COVERED,
            )  # fmt: skip
    _close_us(demo_db)
    with demo_db.reading() as session:
        chosen = recipients(
            session, reason=info.reason, template=info.name, audience=info.audience, market="US"
        )
    assert sorted(chosen) == sorted(_unservable_us(demo_db))


def test_a_dealer_logo_is_printed_on_the_letterhead(demo_db: Database) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1c69d4"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with demo_db.unit_of_work() as session:
        dealer = session.scalars(select(m.Dealer).where(m.Dealer.code == "IT-ROM")).one()
        dealer.logo_image = bytes(data.data())
        entry = session.scalar(
            select(m.WaitlistEntry.id).where(m.WaitlistEntry.dealer_id == dealer.id).limit(1)
        )
    with demo_db.reading() as session:
        letter = compose("deposit_receipt", letter_data(session, [entry])[0])
    assert 'src="dealer-logo"' in letter.html
    pdf, _ = write_pdf([letter])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1
