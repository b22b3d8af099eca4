"""Adding a directive by hand: from a sentence that may matter, or from anywhere in a memo."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerapp.db.enums import DirectiveKind
from dealerapp.memos.queries import DirectiveChoices
from dealerapp.memos.store import fields_needed
from dealerapp.ui.widgets.problem import problem_label

# Shown translated (context "DirectiveDialog"); marked here for lupdate.
KIND_LABELS = {
    DirectiveKind.MARKET_CLOSED: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "Market closed (no more cars for a market)")
    ),
    DirectiveKind.ALLOCATIONS_FILLED: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "Allocations filled (a market's units all taken)")
    ),
    DirectiveKind.ORDER_BANK_CLOSE: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "Order bank closes (no more orders)")
    ),
    DirectiveKind.MARKET_ALLOCATION: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "A market's allocation (units)")
    ),
    DirectiveKind.DEALER_ALLOCATION_CHANGE: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "A dealer's allocation changes (units, + or -)")
    ),
    DirectiveKind.PRODUCTION_VOLUME: str(
        QT_TRANSLATE_NOOP("DirectiveDialog", "Production volume (the planned run)")
    ),
    DirectiveKind.PRODUCTION_END: str(QT_TRANSLATE_NOOP("DirectiveDialog", "Production ends")),
    DirectiveKind.PRODUCTION_START: str(QT_TRANSLATE_NOOP("DirectiveDialog", "Production starts")),
    DirectiveKind.DELAY: str(QT_TRANSLATE_NOOP("DirectiveDialog", "Delay (weeks or a date)")),
}
# The fields a directive still needs, in words (the names themselves go to the service).
FIELD_WORDS = {
    "market": str(QT_TRANSLATE_NOOP("DirectiveDialog", "market")),
    "program": str(QT_TRANSLATE_NOOP("DirectiveDialog", "program")),
    "dealer": str(QT_TRANSLATE_NOOP("DirectiveDialog", "dealer")),
    "units": str(QT_TRANSLATE_NOOP("DirectiveDialog", "units")),
    "from": str(QT_TRANSLATE_NOOP("DirectiveDialog", "from")),
    "to": str(QT_TRANSLATE_NOOP("DirectiveDialog", "to")),
    "weeks": str(QT_TRANSLATE_NOOP("DirectiveDialog", "weeks")),
    "date": str(QT_TRANSLATE_NOOP("DirectiveDialog", "date")),
}
# Which fields each kind uses; the others are hidden.
USES = {
    DirectiveKind.MARKET_CLOSED: {"market", "program"},
    DirectiveKind.ALLOCATIONS_FILLED: {"market", "program"},
    DirectiveKind.ORDER_BANK_CLOSE: {"market", "program", "date"},
    DirectiveKind.MARKET_ALLOCATION: {"market", "program", "units"},
    DirectiveKind.DEALER_ALLOCATION_CHANGE: {"dealer", "program", "units"},
    DirectiveKind.PRODUCTION_VOLUME: {"program", "from", "to"},
    DirectiveKind.PRODUCTION_END: {"program", "market", "date"},
    DirectiveKind.PRODUCTION_START: {"program", "market", "date"},
    DirectiveKind.DELAY: {"program", "market", "weeks", "date"},
}


class DirectiveDialog(QDialog):
    def __init__(
        self,
        choices: DirectiveChoices,
        *,
        sentence: str | None,
        kind: DirectiveKind = DirectiveKind.MARKET_ALLOCATION,
        confidence: str = "official",
        market: str | None = None,
        program: str | None = None,
        units: int | None = None,
        vehicle: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a directive"))
        self.setObjectName("directiveDialog")
        layout = QVBoxLayout(self)
        quoted = QLabel(
            self.tr("From the memo: “{sentence}”").format(sentence=" ".join(sentence.split()))
            if sentence
            else self.tr("Not tied to one sentence of the memo.")
        )
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        quoted.setObjectName("directiveSentence")
        layout.addWidget(quoted)
        if vehicle and program is None:
            note = QLabel(
                self.tr("It names the {vehicle}, which no program here tracks.").format(
                    vehicle=vehicle
                )
            )
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(note)
        self.form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("directiveKind")
        for value, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("DirectiveDialog", label), value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.form.addRow(self.tr("What it says"), self.kind)
        self.confidence = QComboBox()
        self.confidence.setObjectName("directiveConfidence")
        self.confidence.addItem(self.tr("Official (can be applied)"), "official")
        self.confidence.addItem(self.tr("Rumor (only a scenario)"), "rumor")
        self.confidence.setCurrentIndex(self.confidence.findData(confidence))
        self.form.addRow(self.tr("Confidence"), self.confidence)
        self.market = self._choice("directiveMarket", choices.markets, market)
        if market is not None and self.market.findData(market) < 0:
            missing = QLabel(
                self.tr(
                    "It names {market}, which is not a market here yet: add it on the Setup "
                    "page (Markets) to apply a directive about it."
                ).format(market=market)
            )
            missing.setObjectName("directiveMissingMarket")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        self.program = self._choice("directiveProgram", choices.programs, program)
        self.dealer = self._choice("directiveDealer", choices.dealers, None)
        self.units = self._number("directiveUnits", -100_000, units)
        self.from_units = self._number("directiveFrom", 0, None)
        self.to_units = self._number("directiveTo", 0, None)
        self.weeks = self._number("directiveWeeks", 0, None)
        self.has_date = QCheckBox(self.tr("on"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setObjectName("directiveDate")
        dated = QWidget()
        dated_layout = QHBoxLayout(dated)
        dated_layout.setContentsMargins(0, 0, 0, 0)
        dated_layout.addWidget(self.has_date)
        dated_layout.addWidget(self.date, 1)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(False)
        self.rows: dict[str, QWidget] = {}
        for name, label, widget in (
            ("market", self.tr("Market"), self.market),
            ("program", self.tr("Program"), self.program),
            ("dealer", self.tr("Dealer"), self.dealer), ("units", self.tr("Units"), self.units),
            ("from", self.tr("Planned run from"), self.from_units),
            ("to", self.tr("Planned run to"), self.to_units),
            ("weeks", self.tr("Weeks"), self.weeks), ("date", self.tr("Date"), dated),
        ):  # fmt: skip
            self.form.addRow(label, widget)
            self.rows[name] = widget
        layout.addLayout(self.form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add the directive")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for combo in (self.kind, self.market, self.program, self.dealer):
            combo.currentIndexChanged.connect(self._update)
        for spin in (self.units, self.to_units):
            spin.valueChanged.connect(self._update)
        self._update()

    def _choice(self, name: str, options: list[tuple[str, str]], current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem("—", None)
        for code, label in options:
            combo.addItem(f"{label} ({code})" if label != code else code, code)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        return combo

    def _number(self, name: str, low: int, value: int | None) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, 1_000_000)
        spin.setGroupSeparatorShown(True)
        if low == 0:
            spin.setSpecialValueText("—")
        spin.setValue(value or 0)
        return spin

    def chosen_kind(self) -> DirectiveKind:
        return DirectiveKind(self.kind.currentData())

    def values(self) -> dict[str, Any]:
        """The fields this kind uses, as `add_directive` takes them (None where not given)."""
        uses = USES[self.chosen_kind()]
        given: dict[str, Any] = {
            "market": self.market.currentData(),
            "program": self.program.currentData(),
            "dealer": self.dealer.currentData(),
            "units": self.units.value() or None,
            "from": self.from_units.value() or None,
            "to": self.to_units.value() or None,
            "weeks": self.weeks.value() or None,
            "date": _as_date(self.date.date()) if self.has_date.isChecked() else None,
        }
        return {name: value for name, value in given.items() if name in uses}

    def _update(self) -> None:
        uses = USES[self.chosen_kind()]
        for name, widget in self.rows.items():
            widget.setVisible(name in uses)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(name in uses)
        values = self.values()
        missing = [n for n in fields_needed(self.chosen_kind()) if values.get(n) in (None, 0)]
        words = [QCoreApplication.translate("DirectiveDialog", FIELD_WORDS[n]) for n in missing]
        self.problem.setText(
            self.tr("Still needed: {fields}.").format(fields=", ".join(words)) if missing else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.adjustSize()


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
