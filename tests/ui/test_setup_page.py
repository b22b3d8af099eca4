"""The Setup page as a manager uses it, and a memo about a car nobody set up yet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.paths import seeds_dir
from dealerapp.services import dealers, market_setup
from dealerapp.ui.pages.setup import SetupPage
from dealerapp.ui.widgets.setup_dialogs import FormDialog
from dealerapp.ui.widgets.setup_forms import DealerForm, MarketForm, ProgramForm
from tests.services.test_setup import LAKESIDE, png
from tests.ui.conftest import open_window, settle

GM_MEMO = seeds_dir() / "memos" / "gm-corvette-z06-us-allocations-filled.txt"


def answer_form(monkeypatch: pytest.MonkeyPatch, fill: Callable[[FormDialog], None]) -> list[str]:
    """The next form dialog is filled by `fill` and saved, if it lets itself be saved."""
    problems: list[str] = []

    def run(dialog: FormDialog) -> int:
        fill(dialog)
        problems.extend(dialog.problems())
        return (QDialog.DialogCode.Rejected if problems else QDialog.DialogCode.Accepted).value

    monkeypatch.setattr(FormDialog, "exec", run)
    return problems


@pytest.fixture
def setup_page(qtbot: QtBot, db: Database) -> SetupPage:
    with db.unit_of_work() as session:
        market_setup.add_market(session, "US")
        dealers.add_dealer(session, "US-LAK", market="US", details=LAKESIDE)
    window = open_window(qtbot, db, "Setup")
    page = window.page("Setup")
    assert isinstance(page, SetupPage)
    return page


def test_add_a_program_and_a_market_from_the_page(
    qtbot: QtBot, setup_page: SetupPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def program(dialog: FormDialog) -> None:
        assert isinstance(dialog.form, ProgramForm)
        dialog.form.name.setText("Ford GT")
        dialog.form.oem.setText("Ford")
        dialog.form.planned.setValue(1350)
        dialog.form.aliases.setText("GT; Ford GT supercar")

    answer_form(monkeypatch, program)
    setup_page.button("setupPrograms", "add").click()
    settle(qtbot, setup_page.window())
    assert [(p.code, p.planned_units, p.aliases) for p in setup_page.programs.rows()] == [
        ("GT", 1350, ("Ford GT supercar",))
    ]

    def market(dialog: FormDialog) -> None:
        assert isinstance(dialog.form, MarketForm)
        dialog.form.choose_country("CH")
        assert (dialog.form.language.text(), dialog.form.currency.text()) == ("de", "CHF")
        dialog.form.language.setText("fr")
        dialog.form.locale_field.setText("fr_CH")

    answer_form(monkeypatch, market)
    setup_page.tabs.setCurrentIndex(1)
    setup_page.button("setupMarkets", "add").click()
    settle(qtbot, setup_page.window())
    swiss = next(x for x in setup_page.markets.rows() if x.code == "CH")
    assert (swiss.name, swiss.language, swiss.locale, swiss.paper.value) == (
        "Switzerland", "fr", "fr_CH", "a4",
    )  # fmt: skip
    assert "Added the market Switzerland (CH)" in setup_page.window().statusBar().currentMessage()


def test_a_new_dealer_with_its_first_units_and_a_logo(
    qtbot: QtBot, setup_page: SetupPage, db: Database, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    answer_form(monkeypatch, lambda d: (d.form.name.setText("Corvette Z06"),  # type: ignore[attr-defined]
                                        d.form.oem.setText("GM")))  # fmt: skip
    setup_page.button("setupPrograms", "add").click()
    settle(qtbot, setup_page.window())
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    not_a_logo = tmp_path / "waitlist.xlsx"
    not_a_logo.write_bytes(b"PK\x03\x04 a spreadsheet")

    def dealer(dialog: FormDialog) -> None:
        form = dialog.form
        assert isinstance(form, DealerForm)
        form.name.setText("Northshore Chevrolet")
        assert form.code.text() == "US-NOR"
        form.street.setText("500 Green Bay Road")
        form.city.setText("Evanston")
        form.postal.setText("6020")
        form.region.setEditText("IL — Illinois")
        form.signatory.setText("Sam Ortiz")
        assert "'6020' is not a postal code of US" in " ".join(dialog.problems())
        form.postal.setText("60201")
        form.load_logo_file(not_a_logo)
        assert "waitlist.xlsx: not an image dealerapp can print" in " ".join(dialog.problems())
        form.load_logo_file(logo)
        assert dialog.allocation is not None
        dialog.allocation.units.setValue(4)

    problems = answer_form(monkeypatch, dealer)
    setup_page.tabs.setCurrentIndex(2)
    setup_page.button("setupDealers", "add").click()
    settle(qtbot, setup_page.window())
    assert problems == []
    added = next(d for d in setup_page.dealers.rows() if d.code == "US-NOR")
    assert (added.region, added.has_logo, added.ours) == ("IL", True, True)
    with db.reading() as session:
        units = session.scalars(select(m.AllocationEvent.units).join(m.Dealer).where(
            m.Dealer.code == "US-NOR")).all()  # fmt: skip
    assert units == [4]
    assert "✔ Its allocation" in setup_page.progress.text()


def test_retiring_asks_and_names_who_is_waiting(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db, "Setup")
    page = window.page("Setup")
    assert isinstance(page, SetupPage)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.program_table.selectRow(0)
    page.button("setupPrograms", "retire").click()
    settle(qtbot, window)
    assert "268 customer(s) are still waiting for the 1M" in asked[0]
    assert page.programs.row_at(0).retired
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    page.button("setupPrograms", "delete").click()
    assert "a program with history is retired, never deleted" in told[0]


def test_a_memo_about_an_untracked_car_offers_to_track_it(
    qtbot: QtBot, setup_page: SetupPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.unit_of_work() as session:
        memo_id = import_memo(session, read_file(GM_MEMO)).memo_id
    window = setup_page.window()
    window.show_page("Memos")  # type: ignore[attr-defined]
    settle(qtbot, window)
    memos = window.memos  # type: ignore[attr-defined]
    memos.select_memo(memo_id)
    settle(qtbot, window)
    view = memos.view
    assert view.untracked.isVisible()
    assert view.untracked_label.text() == (
        "This memo is about the Chevrolet Corvette Z06, which no program here tracks. Track it "
        "as a program and the memo is read again. Nothing read about it applies until then."
    )
    # Read all the same, with no program: the preview says nothing applies.
    assert [(d.kind, d.market, d.program) for d in view.detail.directives] == [
        ("allocations_filled", "US", None)
    ]

    def accept_suggestion(dialog: FormDialog) -> None:
        assert isinstance(dialog.form, ProgramForm)
        values = dialog.form.values()
        assert (values.name, values.code, values.oem, values.status_codes) == (
            "Chevrolet Corvette Z06", "Z06", "GM", "GM",
        )  # fmt: skip

    answer_form(monkeypatch, accept_suggestion)
    button = view.findChild(type(view.apply_button), "track_Z06")
    assert button is not None
    button.click()
    settle(qtbot, window)
    assert [(d.kind, d.market, d.program) for d in view.detail.directives] == [
        ("allocations_filled", "US", "Z06")
    ]
    assert not view.untracked.isVisible()
    assert "read memo" in window.statusBar().currentMessage()  # type: ignore[attr-defined]
