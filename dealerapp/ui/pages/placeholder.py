"""Pages whose tools arrive in later work; they say what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dealerapp.db.database import Database
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks


class PlannedPage(Page):
    def __init__(
        self, db: Database, tasks: Tasks, title: str, purpose: str, parent: QWidget | None = None
    ) -> None:
        self.title = title
        self.purpose = purpose
        super().__init__(db, tasks, parent)
        note = QLabel("This page is being built. Its data is already kept in the database.")
        note.setObjectName("plannedNote")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setEnabled(False)
        self.layout_.addWidget(note, 1)
