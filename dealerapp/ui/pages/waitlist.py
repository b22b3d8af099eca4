"""Waitlist: every entry, filtered by any text and sorted by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QWidget
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services.entries import EntryRow, list_entries
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.models.sort_filter import RowSortFilterProxy
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks

# Light tints that keep black text readable: green, amber, red.
FLAG_COLOURS = {"covered": "#d8f0d8", "pending": "#fbeec8", "unservable": "#f6d0d0"}

ENTRY_COLUMNS: list[Column[EntryRow]] = [
    Column("Market", lambda r: r.market),
    Column("Dealer", lambda r: r.dealer_name, tooltip=lambda r: r.dealer_code),
    Column("Position", lambda r: r.position, numeric=True),
    Column("Customer", lambda r: r.customer),
    Column("Joined", lambda r: r.joined_on.isoformat()),
    Column("Status", lambda r: r.status),
    Column(
        "Flag",
        lambda r: r.flag,
        tooltip=lambda r: r.explanation,
        colour=lambda r: FLAG_COLOURS.get(r.flag),
    ),
    Column("Deposit", lambda r: r.deposit),
    Column("Program", lambda r: r.program),
    Column("Specification", lambda r: r.specification),
]


class WaitlistPage(Page):
    title = "Waitlist"
    purpose = "Every customer in every dealer's queue. Type to filter on any column."

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("waitlistFilter")
        self.filter.setPlaceholderText("Filter: customer, dealer, market, status…")
        self.filter.setClearButtonEnabled(True)
        bar.addWidget(self.filter, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)
        self.model: RowTableModel[EntryRow] = RowTableModel(ENTRY_COLUMNS, self)
        self.proxy = RowSortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("waitlistTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Unsorted until the user clicks a header: the service's queue order.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)
        self.filter.textChanged.connect(self._apply_filter)
        self.refresh()

    def load(self, session: Session) -> list[EntryRow]:
        return list_entries(session)

    def show_data(self, rows: list[EntryRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            f"{shown:,} of {total:,} entries" if shown != total else f"{total:,} entries"
        )
