"""The data tables of the pages: one look, and column widths remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView


def remember_columns(table: QTableView, key: str) -> None:
    """Restore the header's saved state now and save it whenever a column moves or resizes."""
    header = table.horizontalHeader()
    state = QSettings().value(f"columns/{key}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)

    def save(*_args: object) -> None:
        QSettings().setValue(f"columns/{key}", header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)


def data_table(name: str, model: QAbstractItemModel, *, select_rows: bool = False) -> QTableView:
    """A compact, sortable table over a RowTableModel, in the service's order until sorted."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    # Enabling sorting sorts at once by the header's indicator; none yet: keep service order.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(44)
    if select_rows:
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    return table


def name_combo(combo: QComboBox, characters: int = 22) -> None:
    """A list of long names (dealers): a fixed, readable width in the bar, and the whole name
    in the open list, so one long name does not squeeze everything beside it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)


def fit_popup(combo: QComboBox) -> None:
    """The open list as wide as its longest name (call once the items are in)."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
