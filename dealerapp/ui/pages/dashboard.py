"""Dashboard: supply against the queue per market and dealer, a chart, latest memos, what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.memos.queries import MemoRow, list_memos
from dealerapp.services.dashboard import ActionItem, Dashboard, SupplyRow, dashboard
from dealerapp.ui.language import grouped, translated
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.supply_chart import SupplyChart
from dealerapp.ui.widgets.tables import data_table, remember_columns


def _supply_columns(name: Column[SupplyRow], *, state: bool) -> list[Column[SupplyRow]]:
    def number(title: str, field: str, help_text: str, **extra: Any) -> Column[SupplyRow]:
        return Column(title, lambda r: getattr(r, field), numeric=True, help=help_text, **extra)

    columns = [name]
    if state:
        columns.append(
            Column("State", lambda r: translated("Value", r.state),
                   colour=lambda r: "#f6d0d0" if r.state != "open" else None)
        )  # fmt: skip
        columns.append(
            number(
                "Share",
                "share",
                "The market's national share of the program",
            )
        )
    return [
        *columns,
        number("Alloc.", "allocated", "Units allocated (the sum of the ledger)"),
        number("Assigned", "assigned", "Units held by assigned, ordered or delivered entries"),
        number("Free", "available", "Units not yet assigned"),
        number("Waiting", "waiting", "Customers waiting"),
        number("Covered", "covered", "Waiting customers a unit is there for"),
        number("Pending", "pending", "Waiting customers with no unit yet; more may come"),
        number("Unserv.", "unservable", "Waiting customers who cannot be served",
               colour=lambda r: "#f6d0d0" if r.unservable else None),
        number("Letters", "letters_owed",
               "Letters owed: unservable customers not yet told, and corrections owed"),
    ]  # fmt: skip


MARKET_COLUMNS = _supply_columns(
    Column("Market", lambda r: r.code, tooltip=lambda r: r.name),
    state=True,
)
DEALER_COLUMNS = _supply_columns(
    Column(
        "Dealer",
        lambda r: r.name,
        tooltip=lambda r: f"{r.code}, {r.market}, {r.state}",
    ),
    state=False,
)
DEALER_COLUMNS.insert(1, Column("Market", lambda r: r.market))
MEMO_COLUMNS: list[Column[MemoRow]] = [
    Column("Date", lambda r: r.received_on.isoformat() if r.received_on else ""),
    Column("Sender", lambda r: r.sender),
    Column("Confidence", lambda r: translated("Value", r.confidence),
           colour=lambda r: "#f6d0d0" if r.confidence == "rumor" else None),
    Column("State", lambda r: translated("Value", r.state)),
]  # fmt: skip


class DashboardPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Dashboard"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Supply against the waitlist for one program, from the ledger as committed. Click a "
            "line under Action needed, or double-click a market or dealer, to go to its customers.",
        )
    )
    # Where a click leads: the page and exactly whom to show there.
    navigate = Signal(object)

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Program")))
        self.program = QComboBox()
        self.program.setObjectName("dashboardProgram")
        self.program.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.program)
        self.totals = QLabel()
        self.totals.setObjectName("dashboardTotals")
        self.totals.setWordWrap(True)
        bar.addWidget(self.totals, 1)
        self.layout_.addLayout(bar)
        self.model: RowTableModel[SupplyRow] = RowTableModel(MARKET_COLUMNS, self)
        self.dealers: RowTableModel[SupplyRow] = RowTableModel(DEALER_COLUMNS, self)
        self.memos: RowTableModel[MemoRow] = RowTableModel(MEMO_COLUMNS, self)
        self.table = data_table("marketTable", self.model)
        self.dealer_table = data_table("dealerTable", self.dealers)
        names = self.dealer_table.horizontalHeader()
        names.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        names.resizeSection(0, 165)
        self.memo_table = data_table("latestMemos", self.memos)
        for table, key in (
            (self.table, "dashboard/markets"),
            (self.dealer_table, "dashboard/dealers"),
            (self.memo_table, "dashboard/memos"),
        ):
            remember_columns(table, key)
        # The figures take the room they need and no more, so every column shows without
        # scrolling; only the names can be widened by hand. Set after the restore, which
        # would bring back older modes.
        for table, first_figure in ((self.table, 1), (self.dealer_table, 2)):
            header = table.horizontalHeader()
            # Qt keeps room for the sort arrow in every column sized to its contents: eleven
            # arrows' room is what pushed the last columns out of sight. Sorting still works.
            header.setSortIndicatorShown(False)
            for column in range(first_figure, table.model().columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = SupplyChart()
        self.action_list = QListWidget()
        self.action_list.setObjectName("actionNeeded")
        self.action_list.setWordWrap(True)
        self.action_list.itemActivated.connect(self._act)
        self.action_list.itemClicked.connect(self._act)
        self.action_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.doubleClicked.connect(self._open_market)
        self.dealer_table.doubleClicked.connect(self._open_dealer)
        for table in (self.table, self.dealer_table):
            table.setToolTip(self.tr("Double-click to see these customers in the waitlist"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._titled(self.tr("Markets"), self.table))
        left.addWidget(self._titled(self.tr("Dealers"), self.dealer_table))
        left.setSizes([260, 300])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart)
        right.addWidget(self._titled(self.tr("Action needed"), self.action_list))
        right.addWidget(self._titled(self.tr("Latest memos"), self.memo_table))
        right.setSizes([300, 110, 150])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        # The tables first: every column of the markets table shows at 1280 px.
        split.setSizes([740, 440])
        self.layout_.addWidget(split, 1)
        self.refresh()

    def _words(self, action: ActionItem) -> str:
        """The line in the window's language, from what the service says as data."""
        values = {k: grouped(v) if isinstance(v, int) else v for k, v in action.values.items()}
        if action.key == "corrections":
            told = [
                text.format(count=values[flag])
                for flag, text in (
                    ("unservable", self.tr("{count} told they cannot be served")),
                    ("covered", self.tr("{count} told a car was there for them")),
                    ("pending", self.tr("{count} told they were still waiting")),
                )
                if flag in values
            ]
            return self.tr(
                "{count} customer(s) owed a correction: an earlier letter told them something "
                "that is no longer true ({told}); send the Correction letter"
            ).format(count=values["count"], told=", ".join(told))
        wording = {
            "not_told": self.tr(
                "{dealer}: {count} unservable customer(s) not yet told; send the 'cannot be "
                "served' letter"
            ),
            "memos": self.tr("{count} memo(s) imported but not applied; look them over"),
            "over": self.tr(
                "{count} dealer(s) have more customers than units they can expect: their "
                "pending customers get a car only if more units come"
            ),
            "setup": self.tr("Set-up not finished: {step} still to do (Setup page)"),
        }.get(action.key)
        return wording.format(**values) if wording else action.text

    def _act(self, item: QListWidgetItem) -> None:
        action = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(action, ActionItem):
            self.navigate.emit(action)

    def _open_market(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.navigate.emit(ActionItem(f"Market {row.code}", "Waitlist", market=row.code))

    def _open_dealer(self, index: QModelIndex) -> None:
        row = self.dealers.row_at(index.row())
        self.navigate.emit(ActionItem(f"Dealer {row.name}", "Waitlist", dealer=row.code))

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label, 0, 0)
        layout.addWidget(widget, 1, 0)
        return box

    def load(self, session: Session) -> tuple[Dashboard, list[MemoRow]]:
        chosen = self.program.currentText() or None
        return dashboard(session, chosen), list_memos(session)[:6]

    def show_data(self, data: tuple[Dashboard, list[MemoRow]]) -> None:
        board, memos = data
        if board.program and self.program.findText(board.program) < 0:
            self.program.blockSignals(True)
            self.program.addItem(board.program)
            self.program.setCurrentText(board.program)
            self.program.blockSignals(False)
        self.model.set_rows(board.markets)
        self.dealers.set_rows(board.dealers)
        self.memos.set_rows(memos)
        self.chart.show_rows([r for r in board.markets if r.assigned or r.waiting])
        self.action_list.clear()
        for action in board.actions:
            item = QListWidgetItem(f"{self._words(action)}  →")
            item.setData(Qt.ItemDataRole.UserRole, action)
            item.setToolTip(
                self.tr("Open the {page} page on these").format(
                    page=translated("Page", action.page)
                )
            )
            self.action_list.addItem(item)
        if not board.actions:
            self.action_list.addItem(self.tr("Nothing needs doing right now."))
        total = board.totals
        self.totals.setText(
            self.tr(
                "{allocated} units allocated to dealers, {assigned} assigned, {free} unassigned"
                " · {waiting} waiting: {covered} covered, {pending} pending, {unservable}"
                " unservable · {owed} letters owed"
            ).format(
                allocated=grouped(total.allocated), assigned=grouped(total.assigned),
                free=grouped(total.available), waiting=grouped(total.waiting),
                covered=grouped(total.covered), pending=grouped(total.pending),
                unservable=grouped(total.unservable), owed=grouped(total.letters_owed),
            )
        )  # fmt: skip
