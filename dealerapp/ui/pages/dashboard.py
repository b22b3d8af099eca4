"""Dashboard: every market's supply and queue, and what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services.overview import MarketOverview, market_overview
from dealerapp.services.status import DatabaseSummary, summarize
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.models.sort_filter import RowSortFilterProxy
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks

MARKET_COLUMNS: list[Column[MarketOverview]] = [
    Column("Market", lambda r: f"{r.name} ({r.code})"),
    Column("State", lambda r: r.state),
    Column("Dealers", lambda r: r.dealers, numeric=True),
    Column("National share", lambda r: r.national_share, numeric=True),
    Column("Allocated to dealers", lambda r: r.allocated_to_dealers, numeric=True),
    Column("Units taken", lambda r: r.holding_units, numeric=True),
    Column("Unassigned units", lambda r: r.allocated_to_dealers - r.holding_units, numeric=True),
    Column("Waiting", lambda r: r.waiting, numeric=True),
]


class DashboardPage(Page):
    title = "Dashboard"
    purpose = "Supply and waitlists per market, from the allocation ledger as committed."

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        self.totals = QLabel()
        self.totals.setObjectName("dashboardTotals")
        self.totals.setWordWrap(True)
        self.layout_.addWidget(self.totals)
        self.model: RowTableModel[MarketOverview] = RowTableModel(MARKET_COLUMNS, self)
        proxy = RowSortFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("marketTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.layout_.addWidget(self.table, 1)
        self.refresh()

    def load(self, session: Session) -> tuple[list[MarketOverview], DatabaseSummary]:
        return market_overview(session), summarize(session)

    def show_data(self, data: tuple[list[MarketOverview], DatabaseSummary]) -> None:
        markets, summary = data
        self.model.set_rows(markets)
        counts = summary.counts
        by_status = summary.entries_by_status
        self.totals.setText(
            f"{counts['dealers']:,} dealers in {counts['markets']:,} markets · "
            f"{counts['customers']:,} customers · {by_status['waiting']:,} waiting, "
            f"{by_status['assigned']:,} assigned, {by_status['ordered']:,} ordered, "
            f"{by_status['delivered']:,} delivered · {counts['memos']:,} memos"
        )
