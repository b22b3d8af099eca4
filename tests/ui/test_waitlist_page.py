"""The waitlist as staff use it: filters, adding a customer, moving, cancelling, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.waitlist import WaitlistPage
from dealerapp.ui.widgets.entry_dialog import AddEntryDialog
from tests.ui.conftest import settle


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> WaitlistPage:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot, window)
    window.show_page("Waitlist")
    settle(qtbot, window)
    waitlist = window.page("Waitlist")
    assert isinstance(waitlist, WaitlistPage)
    return waitlist


def _pick(combo: object, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_filters_narrow_by_market_dealer_flag_and_text(qtbot: QtBot, page: WaitlistPage) -> None:
    total = page.model.rowCount()
    assert total == 499
    _pick(page.market_filter, "AU")
    assert 0 < page.model.rowCount() < total
    assert {r.market for r in page.model.rows()} == {"AU"}
    _pick(page.flag_filter, "pending")
    assert {r.flag for r in page.model.rows()} == {"pending"}
    _pick(page.market_filter, None)  # type: ignore[arg-type]
    _pick(page.dealer_filter, "US-BAY")
    assert {r.dealer_code for r in page.model.rows()} == {"US-BAY"}
    qtbot.keyClicks(page.filter, "o'brien")
    assert all("o'brien" in r.customer.lower() for r in page.model.rows())
    assert page.count.text().endswith(f"of {total} entries")


def test_sorting_by_a_column(page: WaitlistPage) -> None:
    customer = 3
    page.table.sortByColumn(customer, Qt.SortOrder.AscendingOrder)
    names = [r.customer for r in page.model.rows()]
    assert names == sorted(names)


def test_adding_with_a_bad_deposit_shows_the_problem_and_nothing_is_added(
    qtbot: QtBot, page: WaitlistPage
) -> None:
    assert page.options is not None
    dialog = AddEntryDialog(page.options, page)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "family name" in dialog.problem.text()
    qtbot.keyClicks(dialog.family, "Byrne")
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "five grand")
    assert "deposit is not valid" in dialog.problem.text()
    assert not ok.isEnabled()
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "2500.00")
    assert dialog.problem.text() == ""
    assert ok.isEnabled()
    dialog.position.setValue(1)
    assert "reason" in dialog.problem.text() and not ok.isEnabled()


def test_add_then_undo_and_redo(
    qtbot: QtBot, page: WaitlistPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert page.options is not None
    dialog = AddEntryDialog(page.options, page)
    qtbot.addWidget(dialog)
    _pick(dialog.dealer, "IT-ROM")
    qtbot.keyClicks(dialog.family, "<b>Byrne</b> & Co")
    dialog.deposit.setText("3000")
    page.submit_new_entry(dialog.request())
    settle(qtbot, page.window())
    added = [r for r in page.model.rows() if r.customer == "<b>Byrne</b> & Co"]
    assert len(added) == 1 and added[0].status == "waiting"
    page.undo_action.trigger()
    settle(qtbot, page.window())
    assert [r.status for r in page.model.rows() if r.id == added[0].id] == ["cancelled"]
    page.redo_action.trigger()
    settle(qtbot, page.window())
    assert [r.status for r in page.model.rows() if r.id == added[0].id] == ["waiting"]


def test_move_down_with_a_reason_then_undo(
    qtbot: QtBot, page: WaitlistPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pick(page.dealer_filter, "US-BAY")
    first = page.model.row_at(0)
    assert first.position == 1
    page.select_entry(first.id)
    _answer(monkeypatch, "Customer asked to wait for a later build slot")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page.window())
    moved = next(r for r in page.model.rows() if r.id == first.id)
    assert moved.position == 2
    page.undo_action.trigger()
    settle(qtbot, page.window())
    assert next(r for r in page.model.rows() if r.id == first.id).position == 1
    with demo_db.reading() as session:
        reasons = session.scalars(
            select(m.PositionChange.reason).where(m.PositionChange.entry_id == first.id)
        ).all()
    assert "Customer asked to wait for a later build slot" in reasons
    assert "Undo: Customer asked to wait for a later build slot" in reasons


def test_a_move_without_a_reason_changes_nothing(
    qtbot: QtBot, page: WaitlistPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pick(page.dealer_filter, "US-BAY")
    page.select_entry(page.model.row_at(0).id)
    prompts: list[str] = []
    answers = iter([("   ", True), ("", False)])

    def ask(_p: object, _t: str, prompt: str, *a: object, **k: object) -> tuple[str, bool]:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    with demo_db.reading() as session:
        before = session.scalar(select(func.count()).select_from(m.PositionChange))
    page.down_action.trigger()
    settle(qtbot, page.window())
    # An empty reason asks again, saying why; Cancel then changes nothing. No error box.
    assert len(prompts) == 2 and prompts[1].startswith("A reason is required")
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.PositionChange)) == before


def test_cancel_an_assigned_entry_names_who_gets_the_unit_then_undo(
    qtbot: QtBot, page: WaitlistPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    _pick(page.dealer_filter, "US-PPL")
    assigned = next(r for r in page.model.rows() if r.status == "assigned")
    page.select_entry(assigned.id)
    _answer(monkeypatch, "Customer bought elsewhere")
    page.cancel_action.trigger()
    settle(qtbot, page.window())
    assert next(r for r in page.model.rows() if r.id == assigned.id).status == "cancelled"
    assert told and told[0].startswith("The freed unit now covers entry")
    page.undo_action.trigger()
    settle(qtbot, page.window())
    assert next(r for r in page.model.rows() if r.id == assigned.id).status == "assigned"


def test_detail_pane_shows_the_entry_and_escapes_html(qtbot: QtBot, page: WaitlistPage) -> None:
    qtbot.keyClicks(page.filter, "smith</b> &")
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.model.index(0, 0))
    settle(qtbot, page.window())
    text = page.detail.toPlainText()
    assert "<b>Smith</b> & Sons" in text
    assert "Position history" in text


def test_edit_the_specification_and_terms_then_undo(
    qtbot: QtBot, page: WaitlistPage, demo_db: Database
) -> None:
    from dealerapp.services.entries import entry_detail
    from dealerapp.services.waitlist import EntryDetails
    from dealerapp.ui.widgets.entry_dialog import EditEntryDialog

    entry = page.model.row_at(0)
    with demo_db.reading() as session:
        detail = entry_detail(session, entry.id)
    dialog = EditEntryDialog(
        detail.customer, detail.specification, detail.deposit_terms, detail.notes, page
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Nothing has changed" in dialog.problem.text()
    dialog.spec.setText("Valencia Orange, 6-speed manual, no sunroof")
    assert ok.isEnabled()
    spec, terms, notes = dialog.values()
    page.submit_edit(detail, EntryDetails(spec, terms, notes))
    settle(qtbot, page.window())
    with demo_db.reading() as session:
        assert entry_detail(session, entry.id).specification == spec
    page.undo_action.trigger()
    settle(qtbot, page.window())
    with demo_db.reading() as session:
        assert entry_detail(session, entry.id).specification == detail.specification


def test_a_full_address_with_title_state_and_country_and_a_new_entry_is_shown(
    qtbot: QtBot, page: WaitlistPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bay Area BMW is over-subscribed: the window says so, as it should.
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    # A filter that will hide the new customer: someone else's dealer and a search.
    _pick(page.dealer_filter, "DE-MUC")
    qtbot.keyClicks(page.filter, "schmidt")
    assert page.options is not None
    dialog = AddEntryDialog(page.options, page)
    qtbot.addWidget(dialog)
    _pick(dialog.dealer, "US-BAY")
    assert dialog.country.currentData() == "US", "the dealer's country by default"
    qtbot.keyClicks(dialog.family, "Byrne")
    assert "No letter can be sent until the street and city are given." in (
        dialog.address_note.text()
    )
    dialog.title.setCurrentText("Ms")
    qtbot.keyClicks(dialog.street, "7305 Forest Drive")
    qtbot.keyClicks(dialog.city, "Menlo Park")
    qtbot.keyClicks(dialog.postal, "94025")
    assert "needs its state" in dialog.address_note.text()
    dialog.region.setCurrentText("California")
    dialog.region.setCurrentIndex(dialog.region.findData("CA"))
    assert dialog.address_note.text() == ""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    page.submit_new_entry(dialog.request())
    settle(qtbot, page.window())
    # The filters made way for the new entry, and it is the one chosen.
    chosen = page.selected()
    assert chosen is not None and chosen.customer == "Byrne"
    assert page.dealer_filter.currentData() == "US-BAY" and page.filter.text() == ""
    with demo_db.reading() as session:
        customer = session.scalars(
            select(m.Customer).where(m.Customer.family_name == "Byrne")
        ).one()
        assert (customer.title, customer.region, customer.country) == ("Ms", "CA", "US")
    settle(qtbot, page.window())
    assert "Menlo Park, CA 94025" in page.detail.toPlainText()


def test_the_first_screenful_comes_before_the_whole_list(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    page = window.page("Waitlist")
    assert isinstance(page, WaitlistPage)
    shown: list[tuple[int, str]] = []
    page.model.modelReset.connect(lambda: shown.append((page.model.total, page.count.text())))
    window.show()
    window.show_page("Waitlist")
    settle(qtbot, window)
    with demo_db.reading() as session:
        entries = session.scalar(select(func.count()).select_from(m.WaitlistEntry))
    first, *_rest, last = [total for total, _text in shown if total]
    assert 0 < first < entries and last == entries
    assert page.count.text() == f"{entries} entries"
