"""The main window opens offscreen on a real database and a person can move around it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.services.synthetic import generate
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.dashboard import DashboardPage
from dealerapp.ui.pages.waitlist import WaitlistPage
from tests.ui.conftest import settle

PAGES = ["Dashboard", "Waitlist", "Allocations", "Memos", "Orders", "Letters", "Audit", "Setup"]


@pytest.fixture
def small_db(db: Database) -> Database:
    with db.unit_of_work() as session:
        generate(session, dealers=6, entries=120, seed=5)
    return db


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, window)
    return window


def _waitlist(qtbot: QtBot, window: MainWindow) -> WaitlistPage:
    window.show_page("Waitlist")
    settle(qtbot, window)
    page = window.page("Waitlist")
    assert isinstance(page, WaitlistPage)
    return page


def test_window_has_every_page_and_names_the_database(qtbot: QtBot, small_db: Database) -> None:
    window = _open(qtbot, small_db)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == PAGES
    label = window.findChild(QLabel, "databaseLabel")
    assert label is not None
    assert small_db.location.describe() in label.text()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]


def test_clicking_the_sidebar_switches_pages(qtbot: QtBot, small_db: Database) -> None:
    window = _open(qtbot, small_db)
    for row, title in enumerate(PAGES):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget() is window.page(title)
        settle(qtbot, window)


def test_keyboard_shortcut_opens_the_waitlist_and_filter_narrows_it(
    qtbot: QtBot, small_db: Database
) -> None:
    window = _open(qtbot, small_db)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    page = window.stack.currentWidget()
    assert isinstance(page, WaitlistPage)
    assert page.model.rowCount() == 120
    qtbot.keyClicks(page.filter, "delivered")
    shown = page.model.rowCount()
    assert 0 < shown < 120
    status_column = 5
    for row in range(shown):
        assert page.model.index(row, status_column).data() == "delivered"
    assert f"{shown:,} of 120 entries" == page.count.text()


def test_dashboard_shows_the_markets_and_the_chart(qtbot: QtBot, small_db: Database) -> None:
    window = _open(qtbot, small_db)
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.model.rowCount() == 9
    assert dashboard.dealers.rowCount() == 6
    assert "waiting" in dashboard.totals.text()
    assert dashboard.chart.chart().series()
    assert dashboard.action_list.count() >= 1


def test_first_start_on_an_empty_database_shows_the_welcome_page(
    qtbot: QtBot, db: Database
) -> None:
    window = _open(qtbot, db)
    assert window.show_welcome_if_empty() is True
    assert window.root.currentWidget() is window.welcome and not window.nav.isVisible()
    assert set(window.welcome.buttons) == {"setup", "demo", "open", "connect"}
    qtbot.mouseClick(window.welcome.buttons["demo"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.root.currentWidget() is window.app_area and window.nav.isVisible()
    assert "Demo data loaded" in window.statusBar().currentMessage()
    assert _waitlist(qtbot, window).model.rowCount() > 400
    assert window.show_welcome_if_empty() is False, "a database with data shows its pages"


def test_with_demo_loads_without_asking(qtbot: QtBot, db: Database) -> None:
    window = _open(qtbot, db)
    window.show_welcome_if_empty(load_demo=True)
    settle(qtbot, window)
    assert "Demo data loaded" in window.statusBar().currentMessage()
    assert _waitlist(qtbot, window).model.rowCount() > 400


def test_waitlist_shows_flags_and_refresh_shows_committed_changes(
    qtbot: QtBot, demo_db: Database
) -> None:
    from dealerapp.db.enums import MarketEventKind
    from dealerapp.services import markets

    window = _open(qtbot, demo_db)
    page = _waitlist(qtbot, window)
    headers = [
        page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())
    ]
    flag_column = headers.index("Flag")
    qtbot.keyClicks(page.filter, "Bay Area BMW")
    flags = {page.model.index(r, flag_column).data() for r in range(page.model.rowCount())}
    assert "pending" in flags and "unservable" not in flags
    status_column = headers.index("Status")
    waiting_row = next(
        r for r in range(page.model.rowCount())
        if page.model.index(r, status_column).data() == "waiting"
    )  # fmt: skip
    tooltip = page.model.index(waiting_row, flag_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Position ") and "Bay Area BMW" in tooltip
    with demo_db.unit_of_work() as session:
        for kind in (MarketEventKind.CLOSE, MarketEventKind.FILL):
            markets.change_state(session, kind, market="US", program=None, reason="BMW NA memo")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot, window)
    flags = {page.model.index(r, flag_column).data() for r in range(page.model.rowCount())}
    assert "unservable" in flags and "pending" not in flags


def test_column_widths_and_filters_are_remembered(qtbot: QtBot, small_db: Database) -> None:
    window = _open(qtbot, small_db)
    page = _waitlist(qtbot, window)
    page.table.setColumnWidth(3, 333)
    page.flag_filter.setCurrentIndex(page.flag_filter.findData("pending"))
    window.close()
    again = _open(qtbot, small_db)
    page = _waitlist(qtbot, again)
    assert page.table.columnWidth(3) == 333
    assert page.flag_filter.currentData() == "pending"
    assert {r.flag for r in page.model.rows()} == {"pending"}
