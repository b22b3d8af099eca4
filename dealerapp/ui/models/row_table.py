"""A thin table model over a list of plain rows; columns say how to show and sort each value.

Filtering and sorting happen on the Python list, not row by row through a
proxy: 100,000 rows filter in a few milliseconds this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dealerapp.ui.language import grouped

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    numeric: bool = False
    tooltip: Callable[[R], str] | None = None
    # A colour name per value, for badges such as the servability flag.
    colour: Callable[[R], str | None] | None = None
    # What the (short) header means, shown when the mouse rests on it.
    help: str | None = None


def _sort_key(value: Any) -> tuple[bool, Any]:
    # Empty cells last whatever the direction's first half; numbers as numbers.
    return (value is None or value == "", value if value is not None else "")


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[R] = []
        self._rows: list[R] = []
        # The rows a RowFilter chose (None: all of them), before any filter callable.
        self._subset: list[R] | None = None
        self._filter: Callable[[R], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def total(self) -> int:
        return len(self._all)

    def set_rows(self, rows: Sequence[R], subset: list[R] | None = None) -> None:
        self._all = list(rows)
        self._subset = subset
        self._rebuild()

    def set_subset(self, rows: list[R] | None) -> None:
        """Show these rows of the model's (already chosen, in order, by a RowFilter), or
        all with None; replaces a filter callable."""
        self._subset = rows
        self._filter = None
        self._rebuild()

    def set_filter(self, accept: Callable[[R], bool] | None) -> None:
        self._filter = accept
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        base = self._all if self._subset is None else self._subset
        rows = base if self._filter is None else [r for r in base if self._filter(r)]
        if self._sort is not None:
            rows = self._sorted(rows, *self._sort)
        self._rows = rows if rows is not self._all else list(rows)
        self.endResetModel()

    def _sorted(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        value = self._columns[column].value
        return sorted(
            rows,
            key=lambda r: _sort_key(value(r)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            self._sort = None
            self._rebuild()
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows, column, order)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if value is None:
                return ""
            return grouped(value) if column.numeric and isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and column.colour is not None:
            name = column.colour(row)
            return QColor(name) if name else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", self._columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            help_text = self._columns[section].help
            return QCoreApplication.translate("Column", help_text) if help_text else None
        return None
