"""Every page of the main window: a title, a purpose line, data loaded off the UI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services.changes import Changed
from dealerapp.ui.language import translated
from dealerapp.ui.tasks import Tasks


class Page(QWidget):
    title = ""
    purpose = ""
    # The kinds of change after which this page reads its data again.
    watches: frozenset[Changed] = frozenset(Changed)
    loaded = Signal()

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(translated("Page", self.title))
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.layout_.addWidget(heading)
        if self.purpose:
            blurb = QLabel(translated("Page", self.purpose))
            blurb.setWordWrap(True)
            blurb.setObjectName("pagePurpose")
            self.layout_.addWidget(blurb)

    def refresh(self) -> None:
        """Read the page's data again, off the UI thread; `loaded` fires when it is shown.

        A page that is not on screen only notes that it is out of date and reads
        when it is next shown, so start-up and every change cost one page's reading.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.tasks.read(self.load, self._show)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    def on_changed(self, changes: frozenset[Changed]) -> None:
        if changes & self.watches:
            self.refresh()

    def load(self, session: Session) -> Any:
        """Runs in a worker thread: ask the services for the page's data."""
        return None

    def show_data(self, data: Any) -> None:
        """Runs on the UI thread with what `load` returned."""

    def _show(self, data: Any) -> None:
        self.show_data(data)
        self.loaded.emit()
