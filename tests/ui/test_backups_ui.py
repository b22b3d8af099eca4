"""Backups from the window: the list, back up now, restore, the 30-minute backup, start-up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.backups import list_backups, make_backup
from dealerapp.db.database import Database
from dealerapp.services.changes import Changed
from dealerapp.ui.app import open_or_offer_restore
from dealerapp.ui.main_window import MainWindow
from tests.db.test_backups import crash_after_a_write, damage
from tests.ui.conftest import open_window, settle

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    return open_window(qtbot, demo_db)


def first_family_name(db: Database) -> str:
    with db.reading() as session:
        customer = session.scalars(select(m.Customer).order_by(m.Customer.id)).first()
        assert customer is not None
        return customer.family_name


def rename_first(db: Database, name: str) -> None:
    with db.unit_of_work() as session:
        customer = session.scalars(select(m.Customer).order_by(m.Customer.id)).first()
        assert customer is not None
        customer.family_name = name


def test_back_up_now_then_restore_from_the_list(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    original = first_family_name(demo_db)
    assert window.backups_action.isEnabled()
    dialog = window.show_backups()
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Manual"  # type: ignore[union-attr]
    rename_first(demo_db, "Mistake")
    assert dialog.restore_button.isEnabled()
    dialog.restore_selected(confirm=False)
    settle(qtbot, window)
    assert first_family_name(demo_db) == original
    assert "The database it replaced is kept as" in window.statusBar().currentMessage()
    assert demo_db.location.sqlite_path is not None
    reasons = [b.reason for b in list_backups(demo_db.location.sqlite_path)]
    assert reasons == ["before-restore", "manual"]


def test_the_periodic_backup_runs_only_after_a_change(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    keeper = window.backups
    assert keeper.timer.isActive() and keeper.timer.interval() == 30 * 60 * 1000
    keeper.periodic()
    settle(qtbot, window)
    assert list_backups(path) == []
    window.tasks.changed.emit(frozenset({Changed.ENTRIES}))
    keeper.periodic()
    settle(qtbot, window)
    assert [b.reason for b in list_backups(path)] == ["every-30-minutes"]
    keeper.periodic()
    settle(qtbot, window)
    assert len(list_backups(path)) == 1


def damaged_after_a_crash(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, list[str]]:
    """A good backup, a crash after a write (no clean close: the next start checks the
    file), then damage; every question answered Yes. The first customer's name before,
    and the questions asked."""
    path = demo_db.location.sqlite_path
    assert path is not None
    original = first_family_name(demo_db)
    make_backup(path, "good")
    crash_after_a_write(demo_db)
    damage(path)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "critical", answer)
    return original, asked


def test_a_damaged_database_offers_the_latest_good_backup(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = demo_db.location
    original, asked = damaged_after_a_crash(demo_db, monkeypatch)
    reopened = open_or_offer_restore(location)
    assert reopened is not None
    assert "the database is damaged" in asked[0] and "Restore the backup taken" in asked[0]
    assert first_family_name(reopened) == original
    reopened.close()


@pytest.mark.sqlite_only
def test_the_window_opens_before_the_check_and_offers_the_backup_when_it_fails(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dealerapp.ui.app import Desk

    location = demo_db.location
    original, asked = damaged_after_a_crash(demo_db, monkeypatch)
    desk = Desk(load_demo_if_empty=False)
    assert desk.open(location)
    first = desk.window
    assert first is not None and first.isVisible() and asked == []  # shown before the check
    qtbot.waitUntil(lambda: desk.window is not first, timeout=20_000)
    assert "Restore the backup taken" in asked[0]
    second = desk.window
    assert second is not None and not first.isVisible()
    assert first_family_name(second.db) == original
    assert not second.db.integrity.pending  # the restored file was checked on the way in
    second.tasks.wait()
    second.close()
    desk.close()
