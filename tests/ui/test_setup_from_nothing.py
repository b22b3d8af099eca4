"""A Chevrolet dealer starts dealerapp on an empty database and runs the Corvette Z06 waitlist,
in the window alone: the welcome page, the guided set-up, five customers, the GM memo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.paths import seeds_dir
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.dashboard import DashboardPage
from dealerapp.ui.setup_flow import SetupFlow
from tests.ui.conftest import open_window, settle

GM_MEMO = seeds_dir() / "memos" / "gm-corvette-z06-us-allocations-filled.txt"
CUSTOMERS = ("Ames", "Brook", "Cole", "Dunn", "Ellis")


def type_into(qtbot: QtBot, flow: SetupFlow, name: str, text: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = flow.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.clear()
    qtbot.keyClicks(edit, text)


def next_step(qtbot: QtBot, window: MainWindow, flow: SetupFlow) -> None:
    assert flow.next_button.isEnabled(), flow.problem.text()
    qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def start_setup(qtbot: QtBot, window: MainWindow) -> SetupFlow:
    assert window.show_welcome_if_empty() is True
    assert window.root.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.buttons["setup"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    flow = window.start.flow
    assert isinstance(flow, SetupFlow) and flow.isVisible()
    return flow


def set_up_lakeside(qtbot: QtBot, window: MainWindow, flow: SetupFlow) -> None:
    """Steps 1-3 of the flow: the dealership, the Z06 and its 3 units."""
    flow.dealer_step.country_box.setCurrentIndex(flow.dealer_step.country_box.findData("US"))
    for name, text in (
        ("dealerName", "Lakeside Chevrolet"), ("dealerStreet", "1200 Lake Shore Drive"),
        ("dealerCity", "Chicago"), ("dealerPostal", "60610"), ("dealerPhone", "(312) 555-0199"),
        ("dealerEmail", "sales@lakeside.example.com"), ("dealerSignatory", "Dana Whitfield"),
        ("dealerSignatoryTitle", "General Sales Manager"),
    ):  # fmt: skip
        type_into(qtbot, flow, name, text)
    assert "needs its state" in flow.problem.text()
    qtbot.keyClicks(flow.dealer_step.form.region.lineEdit(), "IL")
    assert flow.dealer_step.form.code.text() == "US-LAK"
    next_step(qtbot, window, flow)
    assert flow.stack.currentIndex() == 1
    type_into(qtbot, flow, "programName", "Chevrolet Corvette Z06")
    assert flow.program_step.form.code.text() == "Z06"
    assert flow.program_step.form.oem.text() == "GM"
    assert flow.program_step.form.codes.currentData() == "GM"
    next_step(qtbot, window, flow)
    assert "How many units of the Chevrolet Corvette Z06" in flow.allocation_step.intro.text()
    flow.allocation_step.units.setValue(3)
    next_step(qtbot, window, flow)
    assert flow.stack.currentIndex() == 3


def test_a_chevrolet_dealer_starts_from_an_empty_database(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)
    flow = start_setup(qtbot, window)
    set_up_lakeside(qtbot, window, flow)
    step = flow.customers_step
    for number, family in enumerate(CUSTOMERS):
        qtbot.keyClicks(step.family, family)
        qtbot.keyClicks(step.deposit, "5000")
        if number == 0:
            qtbot.mouseClick(step.add_button, Qt.MouseButton.LeftButton)
        else:  # Enter in the last field adds the customer; it must not end the set-up
            qtbot.keyClick(step.deposit, Qt.Key.Key_Return)
        settle(qtbot, window)
        assert flow.isVisible() and step.family.text() == ""
    assert step.list.count() >= 5
    next_step(qtbot, window, flow)  # Done
    assert not flow.isVisible()
    assert window.root.currentWidget() is window.app_area
    settle(qtbot, window)

    # The GM memo, as a person brings it in: Ctrl+I and the file dialog.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(GM_MEMO), ""))
    window.show_page("Memos")
    settle(qtbot, window)
    window.import_memo_action.trigger()
    settle(qtbot, window)
    view = window.memos.view
    assert view.detail is not None and view.detail.row.file_name == GM_MEMO.name
    assert [(d.kind, d.market, d.program) for d in view.detail.directives] == [
        ("allocations_filled", "US", "Z06")
    ]
    assert not view.untracked.isVisible()
    moves = [(c.customer, c.before, c.after) for c in view.flags.rows()]
    assert [(name, before.value, after.value) for name, before, after in moves if after] == [
        ("Dunn", "pending", "unservable"), ("Ellis", "pending", "unservable"),
    ]  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )  # fmt: skip
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "• 2 customer(s) go from pending to unservable" in asked[0]

    window.show_page("Dashboard")
    settle(qtbot, window)
    dashboard = window.page("Dashboard")
    assert isinstance(dashboard, DashboardPage)
    (lakeside,) = dashboard.dealers.rows()
    assert (lakeside.name, lakeside.allocated, lakeside.waiting) == ("Lakeside Chevrolet", 3, 5)
    assert (lakeside.covered, lakeside.pending, lakeside.unservable) == (3, 0, 2)
    assert lakeside.letters_owed == 2


def test_the_set_up_can_be_left_and_finished_later(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
    flow = start_setup(qtbot, window)
    flow.dealer_step.country_box.setCurrentIndex(flow.dealer_step.country_box.findData("DE"))
    for name, text in (("dealerName", "Autohaus am See"), ("dealerStreet", "Seestraße 1"),
                       ("dealerCity", "Starnberg"), ("dealerPostal", "82319"),
                       ("dealerSignatory", "Eva Huber")):  # fmt: skip
        type_into(qtbot, flow, name, text)
    next_step(qtbot, window, flow)
    qtbot.mouseClick(flow.later_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # Something was set up, so the pages replace the welcome page, on Setup.
    assert window.root.currentWidget() is window.app_area
    setup = window.page("Setup")
    assert window.stack.currentWidget() is setup
    settle(qtbot, window)
    assert "✔ Your dealership" in setup.progress.text()  # type: ignore[attr-defined]
    assert "Next: the car you sell by allocation" in setup.progress.text()  # type: ignore[attr-defined]
    # Continuing starts at the first step not done.
    setup.guided_button.click()  # type: ignore[attr-defined]
    settle(qtbot, window)
    again = window.start.flow
    assert again is not None and again.stack.currentIndex() == 1
    again.reject()


def test_the_market_comes_from_cldr(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    flow = start_setup(qtbot, window)
    flow.dealer_step.country_box.setCurrentIndex(flow.dealer_step.country_box.findData("CH"))
    assert flow.dealer_step.form.paper.text() == "A4 (from the market)"
    flow.dealer_step.country_box.setCurrentIndex(flow.dealer_step.country_box.findData("US"))
    assert flow.dealer_step.form.paper.text() == "US Letter (from the market)"
    assert flow.dealer_step.form.region.count() > 50  # the states, to pick from
    flow.reject()
