"""The one place the window shows an error to a person."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from dealerapp.errors import DealerAppError


def show_error(parent: QWidget | None, title: str, error: DealerAppError) -> None:
    QMessageBox.warning(parent, title, str(error))
