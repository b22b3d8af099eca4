"""The dashboard leads: each Action needed line and each row opens exactly those customers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.letters.batch import write_letters
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.paths import seeds_dir
from dealerapp.services.letters_log import recipients
from dealerapp.ui.pages.dashboard import DashboardPage
from dealerapp.ui.pages.letters import LettersPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.ui.conftest import open_window, settle

US_MEMO = seeds_dir() / "memos" / "bmwna-us-allocation-filled.txt"


def _told_then_reverted(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as session:
        memo_id = import_memo(session, read_file(US_MEMO)).memo_id
        memo_apply.apply(session, memo_id)
        ids = recipients(session, reason="unservable", template="unservable_refund",
                         audience="unservable", not_notified=True)  # fmt: skip
        write_letters(session, template="unservable_refund", entry_ids=ids,
                      out=tmp_path / "told.pdf", mark_sent=True)  # fmt: skip
        memo_apply.revert(session, memo_id)


def _click_action(qtbot: QtBot, dashboard: DashboardPage, starting: str) -> None:
    for row in range(dashboard.action_list.count()):
        item = dashboard.action_list.item(row)
        assert item is not None
        if item.text().startswith(starting):
            rect = dashboard.action_list.visualItemRect(item)
            qtbot.mouseClick(
                dashboard.action_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            return
    raise AssertionError(f"no action line starting {starting!r}")


def test_a_correction_line_opens_the_letters_page_on_exactly_those_customers(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    _told_then_reverted(demo_db, tmp_path)
    window = open_window(qtbot, demo_db, "Dashboard")
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.totals.text().endswith("129 letters owed")
    _click_action(qtbot, dashboard, "129 customer(s) owed a correction")
    settle(qtbot, window)
    letters = window.page("Letters")
    assert isinstance(letters, LettersPage) and window.stack.currentWidget() is letters
    assert letters.template.currentData() == "correction"
    assert letters.recipients.count() == 129
    assert "A correction about your" in letters.preview.toPlainText()


def test_a_dealer_row_opens_its_waitlist_and_the_table_names_the_market(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = open_window(qtbot, demo_db, "Dashboard")
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    headers = [
        dashboard.dealers.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dashboard.dealers.columnCount())
    ]
    assert headers[:2] == ["Dealer", "Market"]
    row = next(r for r in range(dashboard.dealers.rowCount())
               if dashboard.dealers.row_at(r).code == "US-BAY")  # fmt: skip
    table = dashboard.dealer_table
    rect = table.visualRect(dashboard.dealers.index(row, 0))
    # A real double-click: press, release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage) and window.stack.currentWidget() is waitlist
    assert waitlist.dealer_filter.currentData() == "US-BAY"
    assert {r.dealer_code for r in waitlist.model.rows()} == {"US-BAY"}
    assert waitlist.filter.text() == ""
