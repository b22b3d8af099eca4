"""The directives of one memo as an editable table: a person removes one or fixes a field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from dealerapp.memos.queries import DirectiveRow

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Field:
    title: str  # marked for lupdate in the "DirectiveTableModel" context, shown translated
    name: str | None  # the correction's field name; None when not editable
    value: Callable[[DirectiveRow], Any]


FIELDS = (
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Apply")), None,
           lambda d: not d.excluded),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Kind")), None,
           lambda d: d.kind.replace("_", " ")),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Market")), "market",
           lambda d: d.market),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Program")), "program",
           lambda d: d.program or _untracked(d)),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Dealer")), "dealer",
           lambda d: d.dealer),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Units")), "units",
           lambda d: d.units),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "From")), "from",
           lambda d: d.from_units),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "To")), "to",
           lambda d: d.to_units),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Date")), "date",
           lambda d: d.on_date.isoformat() if d.on_date else None),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Weeks")), "weeks",
           lambda d: d.weeks),
    _Field(str(QT_TRANSLATE_NOOP("DirectiveTableModel", "Confidence")), None,
           lambda d: d.confidence),
)  # fmt: skip
INTEGER_FIELDS = {"units", "from", "to", "weeks"}


def _untracked(directive: DirectiveRow) -> str | None:
    if not directive.vehicle:
        return None
    return QCoreApplication.translate("DirectiveTableModel", "({vehicle}: not tracked)").format(
        vehicle=directive.vehicle
    )


class DirectiveTableModel(QAbstractTableModel):
    """Edits go to `correct(ordinal, fields)`; the page then reloads the memo from the service."""

    def __init__(self, correct: Callable[[int, dict[str, Any]], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DirectiveRow] = []
        self._editable = False
        self._correct = correct

    def set_rows(self, rows: tuple[DirectiveRow, ...], *, editable: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._editable = editable
        self.endResetModel()

    def row_at(self, row: int) -> DirectiveRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("DirectiveTableModel", FIELDS[section].title)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        directive = self._rows[index.row()]
        field = FIELDS[index.column()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if not directive.excluded else Qt.CheckState.Unchecked
            return None
        value = field.value(directive)
        if role == Qt.ItemDataRole.EditRole and field.name == "program":
            return directive.program or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if directive.added_by_hand:
                return self.tr("Added by a person from the memo's text")
            if directive.corrected:
                return self.tr("Corrected by a person; the reader's version is kept with the memo")
            if directive.program is None and directive.vehicle:
                return self.tr("About the {vehicle}, which no program here tracks: "
                               "nothing applies until it is tracked").format(
                    vehicle=directive.vehicle)  # fmt: skip
            if directive.confidence == "rumor":
                return self.tr("A rumor: shown only as a scenario, never applied")
        if role == Qt.ItemDataRole.FontRole and directive.excluded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._editable:
            return base
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if FIELDS[index.column()].name is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable:
            return False
        directive = self._rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            include = Qt.CheckState(value) == Qt.CheckState.Checked
            self._correct(directive.ordinal, {"exclude": not include})
            return True
        name = FIELDS[index.column()].name
        if name is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        parsed: Any = text or None
        if parsed is not None and name in INTEGER_FIELDS:
            try:
                parsed = int(text.replace(",", ""))
            except ValueError:
                return False
        if parsed is not None and name == "date":
            try:
                parsed = date.fromisoformat(text)
            except ValueError:
                return False
        self._correct(directive.ordinal, {name: parsed})
        return True
