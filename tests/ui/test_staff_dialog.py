"""File > Staff and roles: the first person must be an admin; then the list fills."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from tests.ui.conftest import open_window, settle


def test_adding_staff_in_the_window(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db)
    dialog = window.show_staff()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 0
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    qtbot.keyClicks(dialog.username, "ann")
    qtbot.keyClicks(dialog.display_name, "Ann Advisor")
    dialog.role.setCurrentIndex(dialog.role.findData("advisor"))
    dialog.save_button.click()
    settle(qtbot, window)
    assert told and "first staff member must be an active admin" in told[0]
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))
    dialog.save_button.click()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "admin"  # type: ignore[union-attr]
    dialog.table.selectRow(0)
    assert dialog.display_name.text() == "Ann Advisor"
