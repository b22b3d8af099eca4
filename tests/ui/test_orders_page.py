"""The Orders page and the spreadsheet import dialog, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dealerapp.db.backups import list_backups
from dealerapp.db.database import Database
from dealerapp.db.enums import OrderStage
from dealerapp.services import orders
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.letters import LettersPage
from dealerapp.ui.pages.orders import DetailsDialog, OrdersPage, StatusDialog
from dealerapp.ui.widgets.import_dialog import ORDER_STATUSES, WAITLIST
from tests.ui.conftest import open_window, settle


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    return open_window(qtbot, demo_db, "Orders")


def orders_page(window: MainWindow) -> OrdersPage:
    page = window.page("Orders")
    assert isinstance(page, OrdersPage)
    return page


def test_orders_grouped_by_stage_with_a_timeline(qtbot: QtBot, window: MainWindow) -> None:
    page = orders_page(window)
    assert page.model.total == 167
    labels = [page.stages.item(i).text() for i in range(page.stages.count())]
    assert labels[0] == "All orders (167)"
    transit = next(label for label in labels if label.startswith("In transit"))
    page.stages.setCurrentRow(labels.index(transit))
    count = int(transit.split("(")[1].rstrip(")"))
    assert page.model.rowCount() == count
    assert {row.stage for row in page.model.rows()} == {OrderStage.IN_TRANSIT}
    qtbot.keyClicks(page.search, "WBSUR9C5")
    assert page.model.rowCount() == count  # every demo VIN starts so
    page.search.clear()
    page.table.selectRow(0)
    settle(qtbot, window)
    html = page.timeline.toHtml()
    assert "Timeline" in html and "Specification (locked)" in html


def test_change_a_status_from_the_page(
    qtbot: QtBot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = orders_page(window)
    scheduled = next(r for r in page.model.rows() if r.stage is OrderStage.SCHEDULED)
    assert page.select_order(scheduled.order_number)
    settle(qtbot, window)

    def choose_150(dialog: StatusDialog) -> QDialog.DialogCode:
        dialog.code.setCurrentIndex(dialog.code.findData("150"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StatusDialog, "exec", choose_150)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    with demo_db.reading() as session:
        detail = orders.order_detail(session, scheduled.id)
    assert detail.row.code == "150" and len(detail.history) == 2
    # The page read the change again and shows the order in its new stage.
    assert page.selected() is not None and page.selected().code == "150"  # type: ignore[union-attr]
    assert "Production started" in page.timeline.toHtml()


def test_a_locked_specification_is_not_editable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = orders_page(window)
    in_transit = next(r for r in page.model.rows() if r.stage is OrderStage.IN_TRANSIT)
    assert page.select_order(in_transit.order_number)
    settle(qtbot, window)
    seen: list[DetailsDialog] = []

    def look(dialog: DetailsDialog) -> QDialog.DialogCode:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DetailsDialog, "exec", look)
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].spec.isEnabled()
    assert "locks the specification" in seen[0].spec.toolTip()


def test_the_order_status_letter_opens_on_the_letters_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = orders_page(window)
    page.table.selectRow(0)
    settle(qtbot, window)
    entry = page.selected().entry_id  # type: ignore[union-attr]
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    letters = window.page("Letters")
    assert isinstance(letters, LettersPage)
    assert window.stack.currentWidget() is letters
    assert letters.chosen_ids == [entry]
    assert letters.template.currentData() == "order_status_update"


def test_import_a_portal_file_with_the_dialog(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    page = orders_page(window)
    scheduled = [r for r in page.model.rows() if r.stage is OrderStage.SCHEDULED][:2]
    portal = tmp_path / "portal.csv"
    portal.write_text(
        "Event,Order No,Date\n"
        f"150,{scheduled[0].order_number},2011-06-01\n"
        f"150,{scheduled[1].order_number},2011-06-01\n"
        "150,0000000,2011-06-01\n"
    )
    dialog = window.import_file(ORDER_STATUSES, portal)
    assert dialog is not None
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.combos["order_number"].currentText() == "Order No"
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 0).text() == "4"  # type: ignore[union-attr]
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    qtbot.mouseClick(dialog.import_valid, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.imported is not None and dialog.imported.written == 2
    assert "2 orders moved" in window.statusBar().currentMessage()
    if demo_db.location.sqlite_path is not None:  # the shared server backs up with its own tools
        assert [b.reason for b in list_backups(demo_db.location.sqlite_path)] == ["before-import"]
    with demo_db.reading() as session:
        assert orders.order_detail(session, scheduled[0].id).row.code == "150"


def test_import_a_waitlist_keeping_one_known_customer_apart(
    qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    sheet = tmp_path / "waitlist.csv"
    sheet.write_text(
        "Dealer,Family name,Given name,E-mail,Joined\n"
        "DE-MUC,Brown,Scott,sbrown@example.org,2011-02-01\n"
        "DE-MUC,Neu,Nina,nina@example.org,2011-02-02\n"
    )
    dialog = window.import_file(WAITLIST, sheet)
    assert dialog is not None
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.duplicates.rowCount() == 1
    merge = dialog.duplicates.item(0, 0)
    assert merge is not None and merge.checkState() == Qt.CheckState.Checked
    merge.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.keep_separate() == frozenset({2})
    qtbot.mouseClick(dialog.import_all, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.imported is not None and dialog.imported.written == 2
    assert "2 new customers" in dialog.imported.summary
