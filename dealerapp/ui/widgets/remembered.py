"""Tables that remember their column widths and order between sessions (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView


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
