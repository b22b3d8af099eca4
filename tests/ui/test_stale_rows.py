"""A row changed at another desk after this window read it: the change is refused by name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.services import waitlist
from dealerapp.services.entries import entry_detail
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.ui.conftest import open_window, settle


def test_cancelling_from_an_outdated_row_names_who_changed_it(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db, "Waitlist")
    page = window.page("Waitlist")
    assert isinstance(page, WaitlistPage)
    second = next(r for r in page.model.rows() if r.position == 2 and r.status == "waiting")
    page.table.selectRow(page.model.rows().index(second))
    # Meanwhile another desk moves that customer to the front (the page has not refreshed).
    with demo_db.unit_of_work() as session:
        waitlist.move(session, entry_id=second.id, to_position=1, reason="called first",
                      actor="max")  # fmt: skip
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("changed their mind", True))
    page.cancel()
    settle(qtbot, window)
    assert told and "was not saved: max changed this entry" in told[0]
    assert "called first" in told[0]
    with demo_db.reading() as session:
        assert entry_detail(session, second.id).status == "waiting"  # nothing was lost
