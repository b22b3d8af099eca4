"""A customer's data on request from the waitlist's context menu: export, then erase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.ui.conftest import open_window, settle


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    return open_window(qtbot, demo_db, "Waitlist")


def test_export_then_erase_from_the_waitlist(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.page("Waitlist")
    assert isinstance(page, WaitlistPage)
    page.table.selectRow(0)
    entry = page.selected()
    assert entry is not None
    name = entry.customer
    out = tmp_path / "customer.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_customer_action.trigger()
    settle(qtbot, window)
    record = json.loads(out.read_text())
    assert entry.id in [e["id"] for e in record["waitlist_entries"]]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert str(out) in window.statusBar().currentMessage()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("asked by phone", True))
    page.erase_customer_action.trigger()
    settle(qtbot, window)
    erased = f"Erased customer {record['customer']['id']}"
    assert erased in window.statusBar().currentMessage()
    shown = {row.customer for row in page.model.rows()}
    assert erased in shown and name not in shown
