"""Who gets the letter: one row per customer, each with a tick, so one can be left out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dealerapp.letters.render import Letter


class RecipientTable(QTableWidget):
    currentRowChanged = Signal(int)
    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterRecipients")
        columns = [self.tr("Customer"), self.tr("Dealer"), self.tr("Pos."), self.tr("Flag")]
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels(columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.currentRowChanged.emit(row))
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self.ticks_changed.emit()

    def set_letters(self, letters: list[Letter]) -> None:
        """Everyone ticked: leaving someone out is the exception."""
        self.blockSignals(True)
        self.setRowCount(0)
        self.setRowCount(len(letters))
        for row, letter in enumerate(letters):
            data = letter.data
            name = QTableWidgetItem(data.customer.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            name.setToolTip(data.explanation)
            position = QTableWidgetItem(str(data.entry.position or ""))
            position.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                (name, QTableWidgetItem(data.dealer.name), position, QTableWidgetItem(data.flag))
            ):
                self.setItem(row, column, item)
        self.blockSignals(False)
        self.ticks_changed.emit()

    def count(self) -> int:
        return self.rowCount()

    def ticked(self) -> list[int]:
        return [row for row in range(self.rowCount()) if self._tick(row) == Qt.CheckState.Checked]

    def _tick(self, row: int) -> Qt.CheckState:
        item = self.item(row, 0)
        return item.checkState() if item is not None else Qt.CheckState.Unchecked

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.blockSignals(True)
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:
                item.setCheckState(state)
        self.blockSignals(False)
        self.ticks_changed.emit()

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentCell(row, 0)
