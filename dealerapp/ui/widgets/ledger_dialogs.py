"""Ledger dialogs: grant or cut units, transfer between dealers, change a market's state."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerapp.ui.widgets.problem import problem_label


class _LedgerDialog(QDialog):
    """What the ledger dialogs share: a reason (required), problems shown, OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.problem = problem_label()
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why (kept in the ledger and the audit log)"))
        self.reason.textChanged.connect(self.validate)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)
        self.validate()

    def problems(self) -> list[str]:
        return [] if self.reason.text().strip() else [self.tr("A reason is required.")]

    def validate(self) -> None:
        found = self.problems()
        self.problem.setText(" ".join(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)


class UnitsDialog(_LedgerDialog):
    """Grant or cut units for one holder (a dealer, or a market's national share)."""

    def __init__(self, verb: str, holder: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        # The verb is "Grant" or "Cut": the caller's key, shown here in the window's language.
        self.setWindowTitle(self.tr("Grant units") if verb == "Grant" else self.tr("Cut units"))
        self.form.addRow(self.tr("For"), QLabel(holder))
        self.units = QSpinBox()
        self.units.setObjectName("units")
        self.units.setRange(0, 100_000)
        self.units.valueChanged.connect(self.validate)
        self.form.addRow(self.tr("Units"), self.units)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("YYYY-MM, optional"))
        self.form.addRow(self.tr("For month"), self.period)
        self.finish()

    def problems(self) -> list[str]:
        found = [] if self.units.value() > 0 else [self.tr("Give at least 1 unit.")]
        return found + super().problems()


class TransferDialog(_LedgerDialog):
    def __init__(
        self, giver: str, takers: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Transfer units"))
        self.form.addRow(self.tr("From"), QLabel(giver))
        self.taker = QComboBox()
        self.taker.setObjectName("taker")
        for label, code in takers:
            self.taker.addItem(label, code)
        self.form.addRow(self.tr("To"), self.taker)
        self.units = QSpinBox()
        self.units.setRange(0, 100_000)
        self.units.valueChanged.connect(self.validate)
        self.form.addRow(self.tr("Units"), self.units)
        self.finish()

    def problems(self) -> list[str]:
        found = [] if self.units.value() > 0 else [self.tr("Give at least 1 unit.")]
        if self.taker.count() == 0:
            found.append(self.tr("There is no other dealer in this market."))
        return found + super().problems()


class ReasonDialog(_LedgerDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.finish()
