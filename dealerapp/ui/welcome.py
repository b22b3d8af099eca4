"""The first start on an empty database: four ways in, instead of a yes/no box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    demo_requested = Signal()
    setup_requested = Signal()
    open_requested = Signal()
    connect_requested = Signal()

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QWidget()
        # A fixed measure: wrapped labels and command links size themselves from it.
        panel.setFixedWidth(640)
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("Welcome to dealerapp"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Allocations, waitlists and customer letters for a car there is not enough of. "
                "This database is empty. How would you like to start?"
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        layout.addWidget(text)
        path = QLabel(where)
        path.setObjectName("welcomeDatabase")
        path.setStyleSheet("color: palette(mid);")
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(path)
        layout.addSpacing(12)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, label, description, signal in (
            ("setup", self.tr("Set up my dealership"),
             self.tr("Your dealership, the car you sell by allocation, its units and your "
                     "customers, in four short steps. Each can be finished later from the Setup "
                     "page."),
             self.setup_requested),
            ("demo", self.tr("Try the demo"),
             self.tr("The story of the BMW 1M allocation: 9 markets, 31 dealers and about 500 "
                     "customers, to see dealerapp at work. Your own data can replace it later."),
             self.demo_requested),
            ("open", self.tr("Open a database file…"),
             self.tr("A dealerapp file from another desk, or a copy from the backups folder."),
             self.open_requested),
            ("connect", self.tr("Connect to a shared server…"),
             self.tr("Your dealer group's PostgreSQL server, where several desks share one "
                     "database. The connection is tried before it is kept."),
             self.connect_requested),
        ):  # fmt: skip
            button = QCommandLinkButton(label, description)
            button.setObjectName(f"welcome_{key}")
            button.setMinimumHeight(button.heightForWidth(620))
            button.clicked.connect(signal)
            layout.addWidget(button)
            self.buttons[key] = button
        row = QVBoxLayout()
        row.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(row)
        outer.addStretch(2)
