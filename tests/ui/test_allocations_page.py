"""Allocations as an allocation manager uses them: pick a market and a dealer, read the ledger,
grant, refuse a cut below what is assigned, close the market."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dealerapp.db.database import Database
from dealerapp.services.units import dealer_units
from dealerapp.ui.pages.allocations import AllocationsPage
from dealerapp.ui.widgets import ledger_dialogs
from tests.ui.conftest import open_window, settle


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> AllocationsPage:
    window = open_window(qtbot, demo_db, "Allocations")
    allocations = window.page("Allocations")
    assert isinstance(allocations, AllocationsPage)
    return allocations


def _choose(page: AllocationsPage, qtbot: QtBot, market: str, dealer: str | None) -> None:
    markets = [r.code for r in page.market_model.rows()]
    page.market_table.selectRow(markets.index(market))
    settle(qtbot, page.window())
    if dealer is not None:
        dealers = [r.code for r in page.dealer_model.rows()]
        page.dealer_table.selectRow(dealers.index(dealer))
        settle(qtbot, page.window())


def _answer_units(monkeypatch: pytest.MonkeyPatch, units: int, reason: str) -> None:
    def fill(dialog: ledger_dialogs.UnitsDialog) -> int:
        dialog.units.setValue(units)
        dialog.reason.setText(reason)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ledger_dialogs.UnitsDialog, "exec", fill)


def test_markets_dealers_and_the_ledger(qtbot: QtBot, page: AllocationsPage) -> None:
    _choose(page, qtbot, "DE", None)
    assert {r.market for r in page.dealer_model.rows()} == {"DE"}
    assert page.ledger.rowCount() > 0
    assert any("national share" in r.holder for r in page.ledger.rows())
    _choose(page, qtbot, "DE", "DE-MUC")
    holders = {r.holder for r in page.ledger.rows()}
    assert holders == {"Autohaus Isartal GmbH"}
    kinds = {r.kind for r in page.ledger.rows()}
    assert "transfer_out" in kinds


def test_grant_then_a_refused_cut(
    qtbot: QtBot, page: AllocationsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(page, qtbot, "US", "US-BAY")
    with demo_db.reading() as session:
        from dealerapp.services import lookup

        bay = lookup.dealer(session, "US-BAY")
        before = dealer_units(session, bay.id, 1)
    _answer_units(monkeypatch, 2, "Redistribution from the region")
    page.grant_button.click()
    settle(qtbot, page.window())
    with demo_db.reading() as session:
        assert dealer_units(session, bay.id, 1).allocated == before.allocated + 2
    assert page.ledger.row_at(0).units == 2
    assert page.ledger.row_at(0).reason == "Redistribution from the region"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    _answer_units(monkeypatch, 10, "Mistake")
    page.cut_button.click()
    settle(qtbot, page.window())
    assert (
        len(warnings) == 1 and "already assigned" in warnings[0] and "Bay Area BMW" in warnings[0]
    )
    with demo_db.reading() as session:
        assert dealer_units(session, bay.id, 1).allocated == before.allocated + 2


def test_closing_a_market_marks_it_in_the_table(
    qtbot: QtBot, page: AllocationsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ledger_dialogs.ReasonDialog) -> int:
        dialog.reason.setText("BMW Australia: no more cars")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ledger_dialogs.ReasonDialog, "exec", fill)
    _choose(page, qtbot, "AU", None)
    page.close_button.click()
    settle(qtbot, page.window())
    au = next(r for r in page.market_model.rows() if r.code == "AU")
    assert au.state == "closed"
    assert au.unservable > 0
