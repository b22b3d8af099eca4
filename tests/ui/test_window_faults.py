"""Faults in the window: a message box in words, the window goes on, nothing half-done.

A remembered search, a write-protected file, another program holding the write
lock, and a second window on the same file, each as a person meets them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dealerapp.config import resolve_database
from dealerapp.db import engine as engine_settings
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.services import markets
from dealerapp.ui.open_elsewhere import OpenMark
from dealerapp.ui.pages.letters import LettersPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.faults.conftest import fill, immutable, needs_root, tmpfs, write_lock
from tests.ui.conftest import open_window, settle

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


def _waitlist(window: object) -> WaitlistPage:
    page = window.page("Waitlist")  # type: ignore[attr-defined]
    assert isinstance(page, WaitlistPage)
    return page


def _positions(path: Path) -> int:
    db = Database.open(resolve_database(str(path)))
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(m.PositionChange)) or 0
    finally:
        db.close()


def test_a_search_remembered_from_last_time_is_back_without_an_error(
    qtbot: QtBot, demo_file: Path
) -> None:
    QSettings().setValue("waitlist/text", "Hoffman")
    db = Database.open(resolve_database(str(demo_file)))
    try:
        # Any dialog at start fails the test (tests/ui/conftest.py).
        window = open_window(qtbot, db, "Waitlist")
        page = _waitlist(window)
        assert page.filter.text() == "Hoffman"
        shown = [page.model.row_at(i).customer for i in range(page.model.rowCount())]
        assert shown and all("hoffman" in name.lower() for name in shown)
    finally:
        db.close()


def test_a_write_protected_file_opens_read_only_and_says_so(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needs_root()
    before = _positions(demo_file)
    with immutable(demo_file):
        db = Database.open(resolve_database(str(demo_file)))
        try:
            assert db.read_only
            window = open_window(qtbot, db, "Waitlist")
            assert window.windowTitle().endswith("— read-only")
            assert window.read_only_banner.isVisible()
            assert "Read-only" in window.read_only_banner.text()
            assert not window.import_memo_action.isEnabled()
            assert not window.load_demo_action.isEnabled()
            letters = window.page("Letters")
            assert isinstance(letters, LettersPage)
            assert not letters.can_mark_sent
            # Looking works: the demo's customers are all there.
            page = _waitlist(window)
            assert page.model.rowCount() > 400
            # A change that slips through is refused in words, and the window goes on.
            warned: list[str] = []
            monkeypatch.setattr(
                QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text)
            )
            monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("a reason", True))
            assert not page.down_action.isEnabled() and not page.add_action.isEnabled()
            page.table.setCurrentIndex(page.model.index(0, 0))
            settle(qtbot, window)
            page.move_by(1)
            settle(qtbot, window)
            assert len(warned) == 1 and "read-only" in warned[0]
            assert "Traceback" not in warned[0]
        finally:
            db.close()
    assert _positions(demo_file) == before


def test_a_lock_held_by_another_program_is_a_warning_and_the_window_goes_on(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_settings, "BUSY_TIMEOUT_MS", 300)
    before = _positions(demo_file)
    db = Database.open(resolve_database(str(demo_file)))
    try:
        window = open_window(qtbot, db, "Waitlist")
        page = _waitlist(window)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("a reason", True))
        first = page.model.row_at(0)
        page.select_entry(first.id)
        settle(qtbot, window)
        with write_lock(demo_file):
            page.down_action.trigger()
            settle(qtbot, window)
        assert len(warned) == 1
        assert "or desk is writing to" in warned[0]
        assert warned[0].startswith("Another program") and "nothing was changed" in warned[0]
        assert "BEGIN" not in warned[0] and first.customer not in warned[0]
        # Nothing half-done, and the same step works once the other program lets go.
        assert _positions(demo_file) == before
        page.select_entry(first.id)
        settle(qtbot, window)
        page.down_action.trigger()
        settle(qtbot, window)
        assert len(warned) == 1
        assert _positions(demo_file) > before
    finally:
        db.close()


def test_a_second_window_on_the_same_file_asks_first(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_database(str(demo_file))
    first = OpenMark(location)
    assert first.claim()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    second = OpenMark(location)
    assert not second.claim()
    assert len(asked) == 1
    assert "already has this database open" in asked[0] and "process" in asked[0]
    # Once the first window closes, the next one opens without a question.
    first.release()
    assert second.claim()
    assert len(asked) == 1
    second.release()


def test_letters_saved_to_a_full_disk_are_a_warning_and_nobody_is_logged_as_told(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needs_root()
    db = Database.open(resolve_database(str(demo_file)))
    try:
        with db.unit_of_work() as session:
            for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
                markets.change_state(session, kind, market="US", program=None, reason="memo")
        window = open_window(qtbot, db, "Letters")
        page = window.page("Letters")
        assert isinstance(page, LettersPage) and page.recipients.count() == 129
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
        with tmpfs(tmp_path / "stick", "1m") as stick:
            fill(stick, 64 * 1024)
            out = stick / "us.pdf"
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
            page.pdf_button.click()
            settle(qtbot, window)
            left = sorted(p.name for p in stick.iterdir())
        assert len(warned) == 1 and "full" in warned[0] and "Traceback" not in warned[0]
        assert left == ["filler"], "no PDF, whole or partial, under any name"
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(m.LetterSent)) == 0
        # The window goes on: the same letters are still offered.
        assert page.recipients.count() == 129
    finally:
        db.close()
