"""A day in the life, as staff live it: the memo in, customers told, nobody told something false.

The US memo is dropped on the window, applied (confirmed), the letters go to
exactly those customers and are confirmed as sent; then the memo is reverted,
129 corrections are owed, and they are sent the same way. Every click and
every answer to a dialog counts as one of the person's actions; each message
the person reads is checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.paths import seeds_dir
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.dashboard import DashboardPage
from dealerapp.ui.pages.letters import LettersPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.ui.conftest import open_window, settle

US_MEMO = seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml"


class Person:
    """Clicks and answers dialogs, counting each as one action, keeping what was read."""

    def __init__(self, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch):
        self.qtbot, self.window = qtbot, window
        self.actions = 0
        self.read: list[str] = []
        self.answers: list[QMessageBox.StandardButton] = []
        self.save_as: list[Path] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_file)

    def _question(self, _parent: object, title: str, text: str, *_a: object) -> object:
        self.actions += 1
        self.read.append(f"{title}\n{text}")
        return self.answers.pop(0)

    def _save_file(self, *_a: object, **_k: object) -> tuple[str, str]:
        self.actions += 1
        return str(self.save_as.pop(0)), "PDF"

    def click(self, button: object) -> None:
        self.actions += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        settle(self.qtbot, self.window)

    def drop(self, path: Path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        point = QPoint(300, 300)
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
        self.window.dragEnterEvent(enter)
        drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
        self.window.dropEvent(drop)
        settle(self.qtbot, self.window)


def _letters_logged(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(m.LetterSent)) or 0


def _dashboard_line(qtbot: QtBot, window: MainWindow) -> str:
    window.show_page("Dashboard")
    settle(qtbot, window)
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    return dashboard.totals.text()


def test_memo_in_letters_out_revert_and_corrections(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db, "Waitlist")
    person = Person(qtbot, window, monkeypatch)
    memos, letters = window.memos, window.page("Letters")
    assert isinstance(letters, LettersPage)

    # The memo arrives: dropped on the window, from wherever the person was.
    person.drop(US_MEMO)
    assert window.stack.currentWidget() is memos
    assert memos.view.result.label.text() == (
        "Imported memo 1: official, 2 directive(s); look it over, then Apply."
    )
    start = person.actions

    # Apply, asked with the consequences.
    person.answers = [QMessageBox.StandardButton.Yes]
    person.click(memos.view.apply_button)
    assert person.read[-1].startswith("Apply the memo?")
    assert "• 129 customer(s) go from pending to unservable" in person.read[-1]
    assert "• 129 'cannot be served' letter(s) will be owed" in person.read[-1]
    assert memos.view.result.label.text() == (
        "Applied memo 1. Customers whose flag changed: 129 from pending to unservable. "
        "129 'cannot be served' letter(s) are owed."
    )

    # Straight to those customers' letters.
    person.click(memos.view.result.next_button)
    assert window.stack.currentWidget() is letters
    assert letters.template.currentData() == "unservable_refund"
    assert letters.recipients.count() == 129
    assert "we will not be able to deliver" in letters.preview.toPlainText()

    # Saved, then confirmed as sent.
    told = tmp_path / "us-letters.pdf"
    person.save_as = [told]
    person.answers = [QMessageBox.StandardButton.Yes]
    person.click(letters.pdf_button)
    assert person.read[-1].startswith(
        f"Mark the letters as sent?\nThe 129 letter(s) are saved in {told}."
    )
    assert len(PdfReader(told).pages) == 129
    assert _letters_logged(demo_db) == 129
    assert window.statusBar().currentMessage() == "129 letter(s) marked as sent."
    # From the memo on the screen to every customer told: six actions.
    assert person.actions - start <= 6, person.actions - start
    assert _dashboard_line(qtbot, window).endswith("129 unservable · 0 letters owed")

    # The manufacturer takes the memo back: revert, asked with who was already told.
    window.show_page("Memos")
    settle(qtbot, window)
    start = person.actions
    person.answers = [QMessageBox.StandardButton.Yes]
    person.click(memos.view.revert_button)
    assert person.read[-1].startswith("Revert the memo?")
    assert "• 129 customer(s) go from unservable to pending" in person.read[-1]
    assert (
        "129 of them were already told by letter; each will be owed a correction letter"
        in person.read[-1]
    )
    assert memos.view.result.label.text() == (
        "Reverted memo 1. Customers whose flag changed: 129 from unservable to pending. "
        "129 correction letter(s) are owed."
    )
    assert _dashboard_line(qtbot, window).endswith("0 unservable · 129 letters owed")
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    first_action = dashboard.action_list.item(0)
    assert first_action is not None
    assert first_action.text().startswith("129 customer(s) owed a correction")

    # The waitlist no longer says unservable.
    window.show_page("Waitlist")
    settle(qtbot, window)
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage)
    waitlist.show_only(market="US")
    assert {r.flag for r in waitlist.model.rows() if r.flag} == {"covered", "pending"}

    # The corrections, the same way: the revert's result still offers them.
    window.show_page("Memos")
    settle(qtbot, window)
    assert memos.view.result.next_button.text() == "Write the 129 letter(s)…"
    person.click(memos.view.result.next_button)
    assert letters.template.currentData() == "correction"
    assert letters.recipients.count() == 129
    assert "A correction about your" in letters.preview.toPlainText()
    corrections = tmp_path / "corrections.pdf"
    person.save_as = [corrections]
    person.answers = [QMessageBox.StandardButton.Yes]
    person.click(letters.pdf_button)
    text = " ".join(PdfReader(corrections).pages[0].extract_text().split())
    assert "That is no longer the case, and we are sorry" in text
    assert _letters_logged(demo_db) == 258
    assert person.actions - start <= 6, person.actions - start
    assert _dashboard_line(qtbot, window).endswith("0 unservable · 0 letters owed")
