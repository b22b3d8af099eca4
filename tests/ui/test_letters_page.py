"""The Letters page after the US memo: the right customers, a PDF saved, the letters logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.services import markets
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.letters import LettersPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from dealerapp.ui.widgets.template_editor import TemplateEditor
from tests.ui.conftest import open_window, settle


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> LettersPage:
    with demo_db.unit_of_work() as session:
        for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
            markets.change_state(session, kind, market="US", program=None, reason="BMW NA memo")
    window = open_window(qtbot, demo_db, "Letters")
    letters = window.page("Letters")
    assert isinstance(letters, LettersPage)
    return letters


def test_the_unservable_customers_get_the_letter_and_are_then_told(
    qtbot: QtBot,
    page: LettersPage,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.template.currentData() == "unservable_refund"
    assert page.recipients.count() == 129
    assert "will not be able to deliver" in page.preview.toPlainText()
    out = tmp_path / "us.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    asked: list[str] = []

    def confirm(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    page.pdf_button.click()
    settle(qtbot, page.window())
    assert len(PdfReader(out).pages) == 129
    # Sent means confirmed: asked once the PDF exists, logged only after "Yes".
    assert asked and asked[0].startswith(f"The 129 letter(s) are saved in {out}.")
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.LetterSent)) == 129
    assert page.recipients.count() == 0, "told customers are not offered the letter again"
    window = page.window()
    assert isinstance(window, MainWindow)
    window.show_page("Waitlist")
    settle(qtbot, window)
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage)
    told = [r for r in waitlist.model.rows() if r.told]
    assert len(told) == 129 and {r.flag for r in told} == {"unservable"}


def test_editing_a_copy_shows_the_preview_and_a_broken_line(
    qtbot: QtBot, page: LettersPage
) -> None:
    sample = page.letters[0].data
    editor = TemplateEditor("unservable_refund", sample, page)
    qtbot.addWidget(editor)
    assert sample.customer.name in editor.preview.toPlainText()
    editor.source.setPlainText(editor.source.toPlainText() + "\n{{ customer.name ")
    assert not editor.render_preview()
    assert "line" in editor.problem.text()
    editor.source.setPlainText(
        editor.source.toPlainText()
        .replace("{{ customer.name ", "")
        .replace("We are sorry", "We are truly sorry")
    )
    assert editor.render_preview()
    assert "We are truly sorry" in editor.preview.toPlainText()
    editor.save()
    assert editor.saved_as == "unservable_refund--mine"
    from dealerapp.letters.templates import builtin_dir, template_source, user_dir

    assert "We are truly sorry" in template_source("unservable_refund--mine")
    assert "We are truly sorry" not in (builtin_dir() / "unservable_refund.html").read_text()
    (user_dir() / "unservable_refund--mine.html").unlink()


def test_a_letter_for_the_rows_chosen_in_the_waitlist(qtbot: QtBot, page: LettersPage) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window = page.window()
    assert isinstance(window, MainWindow)
    window.show_page("Waitlist")
    settle(qtbot, window)
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage)
    rows = waitlist.model.rows()
    unservable = [i for i, r in enumerate(rows) if r.flag == "unservable"][:2]
    pending = [i for i, r in enumerate(rows) if r.flag == "pending"][:1]
    selection = waitlist.table.selectionModel()
    for row in unservable + pending:
        selection.select(
            waitlist.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    waitlist.letter_action.trigger()
    settle(qtbot, window)
    assert window.stack.currentWidget() is page
    assert page.chosen_ids is not None and len(page.chosen_ids) == 3
    # The "cannot be served" letter goes to the two unservable customers only.
    assert page.recipients.count() == 2
    names = {page.recipients.item(i, 0).text() for i in range(2)}  # type: ignore[union-attr]
    assert names == {rows[i].customer for i in unservable}


def test_letters_not_confirmed_stay_owed(
    qtbot: QtBot,
    page: LettersPage,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "check-first.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.pdf_button.click()
    settle(qtbot, page.window())
    assert len(PdfReader(out).pages) == 129
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.LetterSent)) == 0
    window = page.window()
    assert isinstance(window, MainWindow)
    assert "not marked as sent: they stay owed" in window.statusBar().currentMessage()
    assert page.recipients.count() == 129


def test_one_customer_left_out_with_a_tick(
    qtbot: QtBot,
    page: LettersPage,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left_out = page.recipients.item(0, 0)
    assert left_out is not None
    name = left_out.text()
    rect = page.recipients.visualItemRect(left_out)
    # A click on the tick box, as a person would.
    box = rect.topLeft() + QPoint(12, rect.height() // 2)
    qtbot.mouseClick(page.recipients.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert page.recipients.ticked() == list(range(1, 129))
    assert page.count.text() == "128 of 129 letter(s) ticked"
    out = tmp_path / "128.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.pdf_button.click()
    settle(qtbot, page.window())
    assert len(PdfReader(out).pages) == 128
    assert name not in " ".join(p.extract_text() for p in PdfReader(out).pages)
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.LetterSent)) == 128
    # Still owed: the one left out is offered again.
    assert page.recipients.count() == 1
    remaining = page.recipients.item(0, 0)
    assert remaining is not None and remaining.text() == name
    page.recipients.tick_all(False)
    assert not page.pdf_button.isEnabled()


def test_a_long_run_can_be_stopped_and_leaves_nothing(
    qtbot: QtBot,
    page: LettersPage,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "stopped.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    painted: list[int] = []

    def stop_at_the_tenth(dialog: QProgressDialog) -> bool:
        painted.append(dialog.value())
        return len(painted) >= 10

    monkeypatch.setattr(QProgressDialog, "wasCanceled", stop_at_the_tenth)
    page.pdf_button.click()
    settle(qtbot, page.window())
    assert painted == list(range(1, 11)), "the dialog counts letter by letter"
    assert list(folder.iterdir()) == [], "no PDF, whole or partial"
    window = page.window()
    assert isinstance(window, MainWindow)
    assert window.statusBar().currentMessage().startswith("Stopped: no letter was written")
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.LetterSent)) == 0


def test_the_page_says_who_gets_a_letter_in_another_language(
    qtbot: QtBot, page: LettersPage
) -> None:
    page.template.setCurrentIndex(page.template.findData("position_update"))
    page.market.setCurrentIndex(page.market.findData("JP"))
    settle(qtbot, page.window())
    assert page.recipients.count() > 0
    assert page.language_note.isVisible()
    assert page.language_note.text().startswith(f"{page.recipients.count()} customer(s) speak "
                                                "Japanese")  # fmt: skip
    assert page.language_note.text().endswith("so they get it in English.")
    page.market.setCurrentIndex(page.market.findData("DE"))
    settle(qtbot, page.window())
    assert not page.language_note.isVisible()
    assert "Sehr geehrte" in page.preview.toPlainText()
