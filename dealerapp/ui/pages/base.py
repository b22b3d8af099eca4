"""What every page of the main window has: a title, a short purpose line, and refresh()."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dealerapp.db.database import Database


class Page(QWidget):
    title = ""
    purpose = ""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(self.title)
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.layout_.addWidget(heading)
        if self.purpose:
            blurb = QLabel(self.purpose)
            blurb.setWordWrap(True)
            blurb.setObjectName("pagePurpose")
            self.layout_.addWidget(blurb)

    def refresh(self) -> None:
        """Read the page's data again from the services; pages with data override this."""
