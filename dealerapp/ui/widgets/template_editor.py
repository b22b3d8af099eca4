"""Editing a copy of a letter with a live preview; the built-in templates stay untouched."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dealerapp.errors import InputError
from dealerapp.letters import templates
from dealerapp.letters.render import compose
from dealerapp.services.letter_data import LetterData
from dealerapp.ui.widgets.problem import problem_label


class TemplateEditor(QDialog):
    def __init__(self, name: str, sample: LetterData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.sample = sample
        self.saved_as: str | None = None
        # The letter in the language of the customer it is shown for.
        self.language = sample.language if sample is not None else "en"
        self.setWindowTitle(
            self.tr("Edit a copy of “{name}” ({language})").format(
                name=name, language=self.language
            )
        )
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Jinja2 template of the letter's HTML. Values such as {{ customer.name }} "
                    "are escaped for you. Saved as your own copy; the built-in letter stays as "
                    "it is."
                )
            )
        )
        split = QSplitter()
        self.source = QPlainTextEdit(templates.template_source(name, self.language))
        self.source.setObjectName("templateSource")
        self.source.setFont(QFont("DejaVu Sans Mono", 9))
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        split.addWidget(self.source)
        split.addWidget(self.preview)
        layout.addWidget(split, 1)
        self.problem = problem_label("templateProblem")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Re-render a moment after typing stops, not on every key.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.render_preview)
        self.source.textChanged.connect(self.timer.start)
        self.render_preview()

    def render_preview(self) -> bool:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if self.sample is None:
            nobody = self.tr("No customer to show the letter for.")
            self.preview.setHtml(f"<p>{escape(nobody)}</p>")
            self.problem.clear()
            save.setEnabled(True)
            return True
        try:
            letter = compose(self.name, self.sample, source=self.source.toPlainText())
        except InputError as exc:
            self.problem.setText(str(exc))
            save.setEnabled(False)
            return False
        self.preview.setHtml(letter.html)
        self.problem.clear()
        save.setEnabled(True)
        return True

    def save(self) -> None:
        if not self.render_preview():
            return
        self.saved_as = templates.save_user_template(
            self.name, self.source.toPlainText(), self.language
        )
        self.accept()
