"""Connecting to the dealer group's shared server: the address is tried before it is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealerapp.config import DatabaseLocation
from dealerapp.db.probe import EXAMPLE, ServerCheck, check_server
from dealerapp.errors import DealerAppError
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.problem import PROBLEM_COLOUR


class ConnectDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self.tasks = tasks
        self.checked: ServerCheck | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The address of your dealer group's PostgreSQL database, as your administrator "
                "gave it, e.g. <tt>{example}</tt>. dealerapp tries it before keeping it."
            ).format(example=EXAMPLE)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(EXAMPLE)
        self.url.textChanged.connect(self._edited)
        layout.addWidget(self.url)
        self.test_button = QPushButton(self.tr("Try the connection"))
        self.test_button.setObjectName("tryServer")
        self.test_button.clicked.connect(self.try_connection)
        layout.addWidget(self.test_button)
        self.outcome = QLabel()
        self.outcome.setObjectName("serverResult")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._edited()

    def _edited(self) -> None:
        self.checked = None
        self.connect_button.setEnabled(False)
        self.test_button.setEnabled(bool(self.url.text().strip()))
        self.outcome.clear()

    def try_connection(self) -> None:
        text = self.url.text()
        self.test_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Trying…"))
        self.tasks.run(
            lambda: _try(text), self._tried, title=self.tr("Trying the server"), progress=False
        )

    def _tried(self, outcome: ServerCheck | str) -> None:
        self.test_button.setEnabled(True)
        if isinstance(outcome, str):
            self.outcome.setStyleSheet(f"color: {PROBLEM_COLOUR};")
            self.outcome.setText(outcome)
            return
        self.checked = outcome
        self.outcome.setStyleSheet("color: #1b5e20;")
        self.outcome.setText(outcome.message)
        self.connect_button.setEnabled(True)

    def location(self) -> DatabaseLocation | None:
        return self.checked.location if self.checked else None


def _try(text: str) -> ServerCheck | str:
    """The check, or why it failed in words (shown in the dialog rather than a message box)."""
    try:
        return check_server(text)
    except DealerAppError as exc:
        return str(exc)
