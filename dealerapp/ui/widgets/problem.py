"""The red line under a form that says what is still wrong, the same in every dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

PROBLEM_COLOUR = "#b00020"


def problem_label(name: str = "problem") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setWordWrap(True)
    return label
