"""Adding a customer to a waitlist: a dialog that says what is wrong while the person types."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerapp.db.enums import DepositMethod
from dealerapp.errors import InputError
from dealerapp.services.addresses import check_address, regions
from dealerapp.services.countries import countries
from dealerapp.services.money import to_minor
from dealerapp.services.reference import Choices
from dealerapp.services.waitlist import Deposit, NewCustomer
from dealerapp.ui.widgets.problem import problem_label

TITLES = ("", "Mr", "Ms", "Mrs", "Dr")
DEFAULT_TERMS = "Fully refundable if no vehicle can be allocated; refunded within 14 days."


class AddEntryDialog(QDialog):
    def __init__(self, options: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a customer to a waitlist"))
        self.options = options
        layout = QVBoxLayout(self)
        self.setMinimumWidth(640)
        form = QFormLayout()
        self.dealer = QComboBox()
        self.dealer.setObjectName("dealer")
        for dealer in options.dealers:
            self.dealer.addItem(f"{dealer.label} — {dealer.market}", dealer.code)
        self.program = QComboBox()
        self.program.addItems(list(options.open_programs))
        self.title = QComboBox()
        self.title.setObjectName("title")
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.title.setToolTip(self.tr("As the letters greet the customer: Dear Ms Byrne"))
        self.family = QLineEdit()
        self.family.setObjectName("familyName")
        self.given = QLineEdit()
        self.company = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.street = QLineEdit()
        self.postal = QLineEdit()
        self.city = QLineEdit()
        self.region = QComboBox()
        self.region.setObjectName("region")
        self.region.setEditable(True)
        self.country = QComboBox()
        self.country.setObjectName("country")
        for code, name in countries():
            self.country.addItem(f"{name} ({code})", code)
        self.address_note = QLabel()
        self.address_note.setObjectName("addressNote")
        # One line per note, unwrapped: QFormLayout squeezes a wrapped label into one row.
        self.address_note.setWordWrap(False)
        self.address_note.setStyleSheet("color: #7a5a00;")
        self.deposit = QLineEdit("0.00")
        self.deposit.setObjectName("deposit")
        self.currency = QLabel()
        self.method = QComboBox()
        self.method.addItem("—", None)
        for method in DepositMethod:
            self.method.addItem(method.value.replace("_", " "), method)
        self.refundable = QCheckBox(self.tr("Refundable"))
        self.refundable.setChecked(True)
        self.terms = QLineEdit(DEFAULT_TERMS)
        self.spec = QLineEdit()
        self.spec.setPlaceholderText(self.tr("Colour, gearbox, options"))
        self.joined = QDateEdit(QDate.currentDate())
        self.joined.setCalendarPopup(True)
        self.position = QSpinBox()
        self.position.setSpecialValueText(self.tr("end of the queue"))
        self.position.setRange(0, 100_000)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required when placing ahead of others"))
        rows = (
            (self.tr("Dealer"), self.dealer),
            (self.tr("Program"), self.program),
            (self.tr("Title"), self.title),
            (self.tr("Family name"), self.family),
            (self.tr("Given name"), self.given),
            (self.tr("Company"), self.company),
            (self.tr("E-mail"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Street"), self.street),
            (self.tr("Postal code"), self.postal),
            (self.tr("City"), self.city),
            (self.tr("State / region"), self.region),
            (self.tr("Country"), self.country),
            ("", self.address_note),
            (self.tr("Deposit"), self.deposit),
            (self.tr("Currency"), self.currency),
            (self.tr("Paid by"), self.method),
            ("", self.refundable),
            (self.tr("Refund terms"), self.terms),
            (self.tr("Specification"), self.spec),
            (self.tr("Joined"), self.joined),
            (self.tr("Position"), self.position),
            (self.tr("Reason"), self.reason),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.family, self.company, self.deposit, self.reason, self.email):
            edit.textChanged.connect(self.validate)
        for edit in (self.street, self.postal, self.city):
            edit.textChanged.connect(self.validate)
        self.region.currentTextChanged.connect(self.validate)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.dealer.currentIndexChanged.connect(self._dealer_changed)
        self.position.valueChanged.connect(self.validate)
        self._dealer_changed()

    def _dealer_changed(self) -> None:
        """The dealer's country is where its customers live, unless the person says otherwise."""
        index = self.dealer.currentIndex()
        if index >= 0:
            dealer = self.options.dealers[index]
            found = self.country.findData(dealer.country or dealer.market)
            if found >= 0:
                self.country.setCurrentIndex(found)
        self._country_changed()

    def _country_changed(self) -> None:
        typed = self.region.currentText()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem("")
        for code, name in regions(self.country.currentData() or ""):
            self.region.addItem(f"{name} ({code})" if name != code else code, code)
        self.region.setEditText(typed)
        self.region.blockSignals(False)
        self.validate()

    def region_code(self) -> str | None:
        text = self.region.currentText().strip()
        index = self.region.findText(text)
        data = self.region.itemData(index) if index > 0 else None
        return str(data) if data else (text or None)

    def address_notes(self) -> list[str]:
        """Not a reason to refuse (a customer on the phone gives the address later), but
        a letter cannot reach them yet."""
        missing = [name for name, edit in (("street", self.street), ("city", self.city))
                   if not edit.text().strip()]  # fmt: skip
        if missing:
            if len(missing) == 2:
                return [self.tr("No letter can be sent until the street and city are given.")]
            if missing == ["street"]:
                return [self.tr("No letter can be sent until the street is given.")]
            return [self.tr("No letter can be sent until the city is given.")]
        check = check_address(
            self.country.currentData() or "", street=self.street.text(), city=self.city.text(),
            region=self.region_code(), postal_code=self.postal.text(),
        )  # fmt: skip
        return [self.tr("For a letter: {problem}.").format(problem=p) for p in check.problems]

    @property
    def currency_code(self) -> str:
        index = self.dealer.currentIndex()
        return self.options.dealers[index].currency if index >= 0 else ""

    def problems(self) -> list[str]:
        found = []
        if not self.family.text().strip() and not self.company.text().strip():
            found.append(self.tr("Give the customer's family name or a company name."))
        try:
            if to_minor(self.deposit.text() or "0", self.currency_code or "USD") < 0:
                found.append(self.tr("The deposit cannot be negative."))
        except InputError as exc:
            found.append(self.tr("The deposit is not valid: {problem}.").format(problem=exc))
        email = self.email.text().strip()
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            found.append(self.tr("The e-mail address does not look complete."))
        if self.position.value() and not self.reason.text().strip():
            found.append(
                self.tr("Say why this customer goes ahead of others (the reason is kept).")
            )
        if self.dealer.currentIndex() < 0:
            found.append(self.tr("Choose a dealer."))
        return found

    def validate(self) -> None:
        self.currency.setText(self.currency_code)
        note = "\n".join(self.address_notes())
        if note != self.address_note.text():
            self.address_note.setText(note)
            # Grown (or shrunk) to the note, instead of squeezing it between the fields.
            self.adjustSize()
        found = self.problems()
        self.problem.setText("\n".join(found))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not found)

    def request(self) -> dict[str, object]:
        """What the waitlist service's add_entry needs, from the fields."""

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "dealer": self.dealer.currentData(),
            "program": self.program.currentText() or None,
            "customer": NewCustomer(
                family_name=text(self.family) or text(self.company) or "",
                given_name=text(self.given), company=text(self.company),
                email=text(self.email), phone=text(self.phone), street=text(self.street),
                postal_code=text(self.postal), city=text(self.city),
                title=self.title.currentText().strip() or None, region=self.region_code(),
                country=self.country.currentData(),
            ),
            "deposit": Deposit(
                amount=self.deposit.text().strip() or "0", currency=self.currency_code,
                method=self.method.currentData(), refundable=self.refundable.isChecked(),
                terms=text(self.terms),
            ),
            "joined_on": self.joined.date().toPython(),
            "specification": text(self.spec),
            "position": self.position.value() or None,
            "reason": text(self.reason),
        }  # fmt: skip


class EditEntryDialog(QDialog):
    """What may change on an entry without touching the queue: the wish, the terms, notes."""

    def __init__(
        self,
        customer: str,
        specification: str,
        deposit_terms: str,
        notes: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {customer}'s entry").format(customer=customer))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.spec = QLineEdit(specification)
        self.spec.setObjectName("specification")
        self.terms = QLineEdit(deposit_terms)
        self.terms.setObjectName("terms")
        self.notes = QLineEdit(notes)
        self.notes.setObjectName("notes")
        form.addRow(self.tr("Specification"), self.spec)
        form.addRow(self.tr("Refund terms"), self.terms)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._original = (specification, deposit_terms, notes)
        for edit in (self.spec, self.terms, self.notes):
            edit.textChanged.connect(self.validate)
        self.validate()

    def values(self) -> tuple[str, str, str]:
        return self.spec.text().strip(), self.terms.text().strip(), self.notes.text().strip()

    def validate(self) -> None:
        problems = []
        if self.values() == self._original:
            problems.append(self.tr("Nothing has changed yet."))
        if len(self.terms.text()) > 2000:
            problems.append(
                self.tr("The refund terms are too long for a letter (2,000 characters).")
            )
        self.problem.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
