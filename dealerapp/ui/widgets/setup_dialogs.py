"""Dialogs around the set-up forms: OK only while the form has no problem, which it shows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerapp.ui.widgets.problem import problem_label
from dealerapp.ui.widgets.setup_forms import SetupForm


class FormDialog(QDialog):
    def __init__(
        self, title: str, form: SetupForm, intro: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.layout_.addWidget(form)
        self.extra = QVBoxLayout()
        self.layout_.addLayout(self.extra)
        self.allocation: FirstAllocation | None = None
        self.problem = problem_label()
        self.layout_.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        form.changed.connect(self.validate)
        self.setMinimumWidth(520)
        self.validate()

    def offer_allocation(self, programs: list[tuple[str, str]]) -> None:
        """A new dealer's first units, granted together with the dealer."""
        self.allocation = FirstAllocation(programs)
        self.extra.addWidget(self.allocation)

    def problems(self) -> list[str]:
        return self.form.problems()

    def validate(self) -> None:
        found = self.problems()
        self.problem.setText(" ".join(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not found)

    def accept(self) -> None:
        if not self.problems():
            super().accept()


class FirstAllocation(QGroupBox):
    """Units of one program for a new dealer, granted in the same step as the dealer."""

    def __init__(self, programs: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Its first allocation (optional)"))
        form = QFormLayout(self)
        self.program = QComboBox()
        self.program.setObjectName("allocationProgram")
        for code, label in programs:
            self.program.addItem(label, code)
        self.units = QSpinBox()
        self.units.setObjectName("allocationUnits")
        self.units.setRange(0, 100_000)
        self.units.setSpecialValueText(self.tr("none yet"))
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Units"), self.units)
        self.setEnabled(bool(programs))
        if not programs:
            self.setToolTip(
                self.tr("Add a program first; units can be granted later on Allocations.")
            )

    def chosen(self) -> tuple[str, int] | None:
        code = self.program.currentData()
        if code is None or self.units.value() <= 0:
            return None
        return code, self.units.value()
