"""Allocations: markets and dealers with their numbers and state, the ledger, and its edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.db.enums import MarketEventKind
from dealerapp.services import allocation, markets
from dealerapp.services.changes import Changed
from dealerapp.services.dashboard import Dashboard, SupplyRow, dashboard
from dealerapp.services.ledger_view import LedgerRow, ledger_rows
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.pages.dashboard import DEALER_COLUMNS, MARKET_COLUMNS
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.ledger_dialogs import ReasonDialog, TransferDialog, UnitsDialog
from dealerapp.ui.widgets.tables import data_table, remember_columns

LEDGER_COLUMNS: list[Column[LedgerRow]] = [
    Column("When", lambda r: r.recorded_at.strftime("%Y-%m-%d %H:%M")),
    Column("For", lambda r: r.holder),
    Column("Units", lambda r: f"{r.units:+d}", numeric=True),
    Column("Kind", lambda r: r.kind.replace("_", " ")),
    Column("Month", lambda r: r.period or ""),
    Column("Source", lambda r: f"memo {r.memo_id}" if r.memo_id else r.source),
    Column("By", lambda r: r.author),
    Column("Reason", lambda r: r.reason, tooltip=lambda r: r.reason),
]
CHANGES = frozenset({Changed.LEDGER, Changed.MARKETS, Changed.ENTRIES})


class AllocationsPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Allocations"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Each market's share and state, each dealer's units, and the ledger behind them. "
            "Every change is a new ledger row with a reason; nothing is overwritten.",
        )
    )
    watches = frozenset({Changed.LEDGER, Changed.MARKETS, Changed.ENTRIES})

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        self.board: Dashboard | None = None
        self.market_model: RowTableModel[SupplyRow] = RowTableModel(MARKET_COLUMNS, self)
        self.dealer_model: RowTableModel[SupplyRow] = RowTableModel(DEALER_COLUMNS, self)
        self.ledger: RowTableModel[LedgerRow] = RowTableModel(LEDGER_COLUMNS, self)
        self.market_table = data_table("allocationMarkets", self.market_model, select_rows=True)
        self.dealer_table = data_table("allocationDealers", self.dealer_model, select_rows=True)
        self.dealer_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        self.dealer_table.horizontalHeader().resizeSection(0, 180)
        self.ledger_table = data_table("ledgerTable", self.ledger, select_rows=True)
        self.ledger_table.horizontalHeader().setStretchLastSection(True)
        for table, key in ((self.market_table, "allocations/markets"),
                           (self.dealer_table, "allocations/dealers"),
                           (self.ledger_table, "allocations/ledger")):  # fmt: skip
            remember_columns(table, key)
        self.market_table.selectionModel().currentRowChanged.connect(self._market_chosen)
        self.dealer_table.selectionModel().currentRowChanged.connect(self._dealer_chosen)
        self.ledger_title = QLabel("<b>" + self.tr("Ledger") + "</b>")
        buttons = QHBoxLayout()
        self.grant_button = QPushButton(self.tr("Grant units…"))
        self.cut_button = QPushButton(self.tr("Cut units…"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.close_button = QPushButton(self.tr("Close market…"))
        self.fill_button = QPushButton(self.tr("Declare filled…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        for button, slot in (
            (self.grant_button, lambda: self.change_units("Grant")),
            (self.cut_button, lambda: self.change_units("Cut")),
            (self.transfer_button, self.transfer),
            (self.close_button, lambda: self.market_state(MarketEventKind.CLOSE)),
            (self.fill_button, lambda: self.market_state(MarketEventKind.FILL)),
            (self.reopen_button, lambda: self.market_state(MarketEventKind.REOPEN)),
        ):  # fmt: skip
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.market_table)
        left.addWidget(self.dealer_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.ledger_title)
        right_layout.addWidget(self.ledger_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 560])
        self.layout_.addWidget(split, 1)
        self.market: str | None = None
        self.dealer: str | None = None
        self._enable()
        self.refresh()

    def load(self, session: Session) -> Dashboard:
        return dashboard(session)

    def show_data(self, board: Dashboard) -> None:
        self.board = board
        self.market_model.set_rows(board.markets)
        if self.market is None and board.markets:
            self.market = board.markets[0].code
        self._select(self.market_table, self.market_model, self.market)
        self._show_dealers()

    def _select(self, table: QTableView, model: RowTableModel[SupplyRow], code: str | None) -> None:
        for row, item in enumerate(model.rows()):
            if item.code == code:
                # Restoring the selection after a reload is not a new choice.
                selection = table.selectionModel()
                selection.blockSignals(True)
                table.selectRow(row)
                selection.blockSignals(False)
                return

    def _show_dealers(self) -> None:
        if self.board is None:
            return
        dealers = [d for d in self.board.dealers if d.market == self.market]
        self.dealer_model.set_rows(dealers)
        if self.dealer not in {d.code for d in dealers}:
            self.dealer = None
        self._select(self.dealer_table, self.dealer_model, self.dealer)
        self._load_ledger()

    def _market_chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.market = self.market_model.row_at(current.row()).code
            self.dealer = None
            self._show_dealers()

    def _dealer_chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.dealer = self.dealer_model.row_at(current.row()).code
            self._load_ledger()

    def _load_ledger(self) -> None:
        self._enable()
        market, dealer = self.market, self.dealer
        if market is None:
            self.ledger.set_rows([])
            return
        holder = dealer or self.tr("{market} (national share and all dealers)").format(
            market=market
        )
        self.ledger_title.setText(
            "<b>" + self.tr("Ledger: {holder}").format(holder=holder) + "</b>"
        )
        self.tasks.read(
            lambda session: ledger_rows(session, market=market, dealer=dealer),
            self.ledger.set_rows,
        )

    def _enable(self) -> None:
        self.grant_button.setEnabled(self.market is not None)
        self.cut_button.setEnabled(self.market is not None)
        self.transfer_button.setEnabled(self.dealer is not None)
        for button in (self.close_button, self.fill_button, self.reopen_button):
            button.setEnabled(self.market is not None)

    def _holder(self) -> str:
        if self.dealer:
            return self.tr("dealer {dealer}").format(dealer=self.dealer)
        return self.tr("the {market} national share").format(market=self.market)

    def change_units(self, verb: str) -> None:
        if self.market is None:
            return
        dialog = UnitsDialog(verb, self._holder(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        grant = verb == "Grant"
        operation = allocation.grant if grant else allocation.cut
        title = self.tr("Grant units") if grant else self.tr("Cut units")
        error_title = (
            self.tr("Units not changed (Grant)") if grant else self.tr("Units not changed (Cut)")
        )
        units, reason = dialog.units.value(), dialog.reason.text().strip()
        period = dialog.period.text().strip() or None
        dealer, market = self.dealer, None if self.dealer else self.market
        self.tasks.write(
            lambda session: operation(
                session, program=None, units=units, reason=reason, period=period,
                dealer=dealer, market=market,
            ),
            title=title, changes=CHANGES, error_title=error_title,
            done=self._report,
        )  # fmt: skip

    def transfer(self) -> None:
        if self.dealer is None or self.board is None:
            return
        giver = self.dealer
        takers = [
            (f"{d.name} ({d.code})", d.code)
            for d in self.board.dealers
            if d.market == self.market and d.code != giver
        ]
        dialog = TransferDialog(giver, takers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        taker, units = dialog.taker.currentData(), dialog.units.value()
        reason = dialog.reason.text().strip()
        self.tasks.write(
            lambda session: allocation.transfer(
                session, program=None, units=units, reason=reason, from_dealer=giver,
                to_dealer=taker,
            ),
            title=self.tr("Transferring units"), changes=CHANGES,
            error_title=self.tr("Units not transferred"),
            done=self._report,
        )  # fmt: skip

    def market_state(self, kind: MarketEventKind) -> None:
        if self.market is None:
            return
        market = self.market
        words = {
            MarketEventKind.CLOSE: (
                self.tr("Close market"),
                self.tr("No more units will be built for {market}."),
            ),
            MarketEventKind.FILL: (
                self.tr("Declare filled"),
                self.tr("{market}'s allocations are all filled."),
            ),
            MarketEventKind.REOPEN: (
                self.tr("Reopen market"),
                self.tr("{market} is served again."),
            ),
        }[kind]
        warning = self.tr(
            "Waiting customers beyond the free units become unservable when a market is "
            "closed or filled."
        )
        text = words[1].format(market=market) + " " + warning
        dialog = ReasonDialog(words[0], text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason.text().strip()
        self.tasks.write(
            lambda session: markets.change_state(
                session, kind, market=market, program=None, reason=reason
            ),
            title=words[0], changes=CHANGES,
            error_title=self.tr("{action}: not done").format(action=words[0]),
            done=self._report,
        )  # fmt: skip

    def _report(self, result: Any) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(result.summary, 8000)
