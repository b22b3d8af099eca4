"""What a big step did, said where the person is looking, with the obvious next step one click away.

A modal box would need a second click to dismiss and hides the table it talks
about; this bar stays until the next step or until closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class ResultBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setObjectName("resultText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("resultNext")
        self.next_button.clicked.connect(self._next)
        layout.addWidget(self.next_button)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close this message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._on_next: Callable[[], None] | None = None
        self.hide()

    def show_result(
        self, text: str, next_step: str | None = None, on_next: Callable[[], None] | None = None
    ) -> None:
        self.label.setText(text)
        self._on_next = on_next
        self.next_button.setVisible(bool(next_step and on_next))
        self.next_button.setText(next_step or "")
        self.show()

    def _next(self) -> None:
        if self._on_next is not None:
            self._on_next()
        self.hide()
