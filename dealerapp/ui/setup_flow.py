"""The guided set-up: your dealership, then its program, its allocation, then its customers.

Every step is saved when the person moves on (one unit of work each), so the
flow can be left at any point and finished later, here or on the Setup page;
it starts again at the first step not yet done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.errors import InputError
from dealerapp.services import allocation, dealers, market_setup, programs, waitlist
from dealerapp.services.changes import Changed
from dealerapp.services.countries import countries, defaults_for
from dealerapp.services.money import to_minor
from dealerapp.services.programs import SETUP_CHANGES
from dealerapp.services.setup_overview import SetupOverview
from dealerapp.services.waitlist import Deposit, NewCustomer
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.problem import problem_label
from dealerapp.ui.widgets.setup_forms import DealerForm, ProgramForm

# (key, label): the keys are the service's step keys; the labels are shown translated.
STEPS = (
    ("dealer", str(QT_TRANSLATE_NOOP("SetupFlow", "Your dealership"))),
    ("program", str(QT_TRANSLATE_NOOP("SetupFlow", "The car"))),
    ("allocation", str(QT_TRANSLATE_NOOP("SetupFlow", "Its allocation"))),
    ("customers", str(QT_TRANSLATE_NOOP("SetupFlow", "Your customers"))),
)


class SetupFlow(QDialog):
    import_requested = Signal()

    def __init__(self, tasks: Tasks, overview: SetupOverview, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up your dealership"))
        self.setObjectName("setupFlow")
        self.tasks = tasks
        self.overview = overview
        ours = [d for d in overview.dealers if d.ours] or overview.dealers
        sold = [p for p in overview.programs if not p.retired]
        self.dealer: tuple[str, str, str] | None = (
            (ours[0].code, ours[0].name, ours[0].market) if ours else None
        )
        self.program: tuple[str, str] | None = (sold[0].code, sold[0].name) if sold else None
        layout = QVBoxLayout(self)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("setupSteps")
        layout.addWidget(self.steps_label)
        self.stack = QStackedWidget()
        self.dealer_step = DealershipStep(overview)
        self.program_step = ProgramStep(overview.code_sets)
        self.allocation_step = AllocationStep()
        self.customers_step = CustomersStep(self)
        for step in (self.dealer_step, self.program_step, self.allocation_step,
                     self.customers_step):  # fmt: skip
            self.stack.addWidget(step)
            step.changed.connect(self._validate)
        layout.addWidget(self.stack, 1)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Finish later"))
        self.later_button.setObjectName("setupLater")
        self.skip_button = QPushButton(self.tr("Skip this step"))
        self.skip_button.setObjectName("setupSkip")
        self.next_button = QPushButton(self.tr("Save and continue"))
        self.next_button.setObjectName("setupNext")
        self.next_button.setDefault(True)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.later_button.clicked.connect(self.reject)
        self.skip_button.clicked.connect(self.advance)
        self.next_button.clicked.connect(self.save_step)
        self.customers_step.import_button.clicked.connect(self._import)
        self.resize(640, 640)
        upcoming = overview.next_step
        start = [key for key, _ in STEPS].index(upcoming.key) if upcoming else 0
        self.show_step(start)

    # -- moving between steps ----------------------------------------------------------------

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        marks = []
        for number, (_key, label) in enumerate(STEPS):
            shown = QCoreApplication.translate("SetupFlow", label)
            text = f"{number + 1}. {shown}"
            marks.append(f"<b>{text}</b>" if number == index else text)
        self.steps_label.setText(" &nbsp;›&nbsp; ".join(marks))
        if index == 2:
            self.allocation_step.prepare(self.dealer, self.program)
        if index == 3:
            market = self.dealer[2] if self.dealer else ""
            known = {x.code: x.currency for x in self.overview.markets}
            currency = known.get(market) or (defaults_for(market).currency if market else "")
            self.customers_step.prepare(self.dealer, self.program, currency)
            self.customers_step.family.setFocus()
        last = index == len(STEPS) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Save and continue"))
        # On the customers step Enter adds the customer typed in; finishing
        # the set-up by a stray Enter would drop what was being typed.
        self.customers_step.add_button.setDefault(last)
        self.next_button.setDefault(not last)
        self.skip_button.setVisible(not last)
        self._validate()

    def advance(self) -> None:
        index = self.stack.currentIndex()
        if index + 1 < len(STEPS):
            self.show_step(index + 1)
        else:
            self.accept()

    def _validate(self) -> None:
        step = self.stack.currentWidget()
        found = step.problems() if isinstance(step, FlowStep) else []
        self.problem.setText(" ".join(found))
        self.next_button.setEnabled(not found)

    def _write(
        self, work: Callable[[Session], Any], title: str, error_title: str,
        after: Callable[[], None],
    ) -> None:  # fmt: skip
        """`title` is said while it is saved; `error_title` heads what refused it."""

        def done(result: Any) -> None:
            summaries = result if isinstance(result, tuple) else (result,)
            window = self.parent()
            if window is not None and hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    "; ".join(r.summary for r in summaries if hasattr(r, "summary")), 10_000
                )
            after()

        self.tasks.write(work, title=title, changes=SETUP_CHANGES | {Changed.CUSTOMERS},
                         error_title=error_title, done=done)  # fmt: skip

    def save_step(self) -> None:
        index = self.stack.currentIndex()
        if index == 0:
            self._save_dealer()
        elif index == 1:
            self._save_program()
        elif index == 2:
            self._save_allocation()
        else:
            self.accept()

    def _save_dealer(self) -> None:
        country, values = self.dealer_step.country(), self.dealer_step.form.values()
        known = {x.code for x in self.overview.markets}

        def work(session: Session) -> tuple[Any, ...]:
            added: list[Any] = []
            if country not in known:
                added.append(market_setup.add_market(session, country))
            added.append(dealers.add_dealer(
                session, values.code, market=country, details=values.details, logo=values.logo,
                ours=True,
            ))  # fmt: skip
            return tuple(added)

        def after() -> None:
            self.dealer = (values.code, values.details.name or values.code, country)
            self.advance()

        self._write(work, self.tr("Saving your dealership"),
                    self.tr("Saving your dealership: not saved"), after)  # fmt: skip

    def _save_program(self) -> None:
        v = self.program_step.form.values()

        def after() -> None:
            self.program = (v.code, v.name)
            self.advance()

        self._write(
            lambda s: programs.add_program(
                s, v.code, name=v.name, oem=v.oem, planned_units=v.planned_units,
                aliases=v.aliases, status_codes=v.status_codes,
            ),
            self.tr("Saving the program"),
            self.tr("Saving the program: not saved"),
            after,
        )  # fmt: skip

    def _save_allocation(self) -> None:
        assert self.dealer is not None and self.program is not None
        dealer, market = self.dealer[0], self.dealer[2]
        program = self.program[0]
        units, share = self.allocation_step.units.value(), self.allocation_step.share.value()
        reason = self.allocation_step.reason.text().strip()

        def work(session: Session) -> tuple[Any, ...]:
            done = [allocation.grant(session, program=program, units=units, reason=reason,
                                     dealer=dealer)]  # fmt: skip
            if share:
                done.append(allocation.grant(session, program=program, units=share,
                                             reason=reason, market=market))  # fmt: skip
            return tuple(done)

        self._write(work, self.tr("Granting the allocation"),
                    self.tr("Granting the allocation: not saved"), self.advance)  # fmt: skip

    def add_customer(self) -> None:
        step = self.customers_step
        assert self.dealer is not None and self.program is not None
        customer = NewCustomer(
            family_name=step.family.text().strip(), given_name=step.given.text().strip() or None,
            email=step.email.text().strip() or None, phone=step.phone.text().strip() or None,
        )  # fmt: skip
        deposit = Deposit(amount=step.deposit.text().strip() or "0")
        dealer, program = self.dealer[0], self.program[0]

        def work(session: Session) -> waitlist.WaitlistResult:
            return waitlist.add_entry(session, dealer=dealer, program=program, customer=customer,
                                      deposit=deposit)  # fmt: skip

        self.tasks.write(work, title=self.tr("Adding the customer"), changes=frozenset(Changed),
                         error_title=self.tr("The customer was not added"),
                         done=step.added)  # fmt: skip

    def _import(self) -> None:
        self.import_requested.emit()
        self.accept()


class FlowStep(QWidget):
    changed = Signal()

    def problems(self) -> list[str]:
        return []


class DealershipStep(FlowStep):
    def __init__(self, overview: SetupOverview) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>Your dealership.</b> Where it is and what its letterhead says."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.markets = {x.code: x for x in overview.markets}
        self.country_box = QComboBox()
        self.country_box.setObjectName("setupCountry")
        for code, name in countries():
            self.country_box.addItem(f"{name} ({code})", code)
        home = QLocale.system().territoryToCode(QLocale.system().territory())
        first = overview.markets[0].code if overview.markets else (home or "US")
        self.country_box.setCurrentIndex(max(self.country_box.findData(first), 0))
        self.form = DealerForm([], {d.code for d in overview.dealers})
        # The country stands for the market here: one is set up with it if need be.
        self.form.form.setRowVisible(self.form.market, False)
        self.form.form.insertRow(0, self.tr("Country *"), self.country_box)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.country_box.currentIndexChanged.connect(self._country)
        self.form.changed.connect(self.changed)
        self._country()

    def country(self) -> str:
        return str(self.country_box.currentData())

    def _country(self, *_args: object) -> None:
        code = self.country()
        known = self.markets.get(code)
        if known is not None:
            self.form.set_markets([(code, known.name, known.paper)])
        else:
            defaults = defaults_for(code)
            self.form.set_markets([(code, defaults.name, defaults.paper)])

    def problems(self) -> list[str]:
        return self.form.problems()


class ProgramStep(FlowStep):
    def __init__(self, code_sets: tuple[str, ...]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>The car you sell by allocation.</b> The name memos use for "
                               "it, and whose order status codes its orders follow."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ProgramForm(code_sets)
        self.form.changed.connect(self.changed)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def problems(self) -> list[str]:
        return self.form.problems()


class AllocationStep(FlowStep):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.units = QSpinBox()
        self.units.setObjectName("setupUnits")
        self.units.setRange(0, 100_000)
        self.units.valueChanged.connect(self.changed)
        self.share = QSpinBox()
        self.share.setObjectName("setupShare")
        self.share.setRange(0, 10_000_000)
        self.share.setSpecialValueText(self.tr("not known"))
        self.reason = QLineEdit("First allocation")
        self.reason.setObjectName("setupReason")
        self.reason.textChanged.connect(self.changed)
        form.addRow(self.tr("Units for the dealer"), self.units)
        form.addRow(self.tr("The market's national share"), self.share)
        form.addRow(self.tr("Why (kept in the ledger)"), self.reason)
        layout.addLayout(form)
        note = QLabel(self.tr("Each later change is a new ledger row with its own reason, on "
                              "the Allocations page; nothing is ever overwritten."))  # fmt: skip
        note.setWordWrap(True)
        note.setObjectName("formHint")
        layout.addWidget(note)
        layout.addStretch(1)
        self.missing = ""

    def prepare(self, dealer: tuple[str, str, str] | None, program: tuple[str, str] | None) -> None:
        if dealer is None or program is None:
            self.missing = self.tr(
                "Set up the dealership and the program first (or skip this step)."
            )
            self.intro.setText(self.tr("<b>Its allocation.</b>"))
        else:
            self.missing = ""
            self.intro.setText(
                self.tr("<b>Its allocation.</b> How many units of the {program} has {dealer} "
                        "been allocated so far? Customers beyond them wait as pending.").format(
                    program=program[1], dealer=dealer[1])
            )  # fmt: skip
        self.changed.emit()

    def problems(self) -> list[str]:
        if self.missing:
            return [self.missing]
        found = []
        if self.units.value() <= 0:
            found.append(self.tr("Give at least 1 unit, or skip this step."))
        if not self.reason.text().strip():
            found.append(self.tr("A reason is required."))
        return found


class CustomersStep(FlowStep):
    def __init__(self, flow: SetupFlow) -> None:
        super().__init__()
        self.flow = flow
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.import_button = QPushButton(self.tr("Import a waitlist spreadsheet…"))
        self.import_button.setObjectName("setupImport")
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Or add them one by one, first in line first:")))
        form = QFormLayout()
        self.family = QLineEdit()
        self.family.setObjectName("setupFamily")
        self.given = QLineEdit()
        self.given.setObjectName("setupGiven")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.deposit = QLineEdit()
        self.deposit.setObjectName("setupDeposit")
        self.deposit.setPlaceholderText("0.00")
        for label, widget in (
            (self.tr("Family name *"), self.family), (self.tr("Given name"), self.given),
            (self.tr("E-mail"), self.email), (self.tr("Phone"), self.phone),
            (self.tr("Deposit"), self.deposit),
        ):  # fmt: skip
            form.addRow(label, widget)
        layout.addLayout(form)
        self.add_button = QPushButton(self.tr("Add to the waitlist"))
        self.add_button.setObjectName("setupAddCustomer")
        self.add_button.clicked.connect(flow.add_customer)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget()
        self.list.setObjectName("setupCustomers")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        for edit in (self.family, self.deposit):
            edit.textChanged.connect(self._enable)
        self.currency = ""
        self._enable()

    def prepare(
        self, dealer: tuple[str, str, str] | None, program: tuple[str, str] | None, currency: str
    ) -> None:
        ready = dealer is not None and program is not None
        for widget in (self.family, self.given, self.email, self.phone, self.deposit,
                       self.import_button):  # fmt: skip
            widget.setEnabled(ready)
        if not ready:
            self.intro.setText(self.tr("<b>Your customers.</b> Set up the dealership and the "
                                       "program first."))  # fmt: skip
        else:
            assert dealer is not None and program is not None
            self.currency = currency
            self.intro.setText(
                self.tr("<b>Your customers.</b> Everyone waiting for the {program} at {dealer}, "
                        "in queue order. Deposits in {currency}.").format(
                    program=program[1], dealer=dealer[1], currency=self.currency)
            )  # fmt: skip
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.family.isEnabled() and bool(self.family.text().strip())
                                   and self._deposit_ok())  # fmt: skip

    def _deposit_ok(self) -> bool:
        try:
            to_minor(self.deposit.text().strip() or "0", self.currency or "USD")
        except InputError:
            return False
        return True

    def added(self, result: waitlist.WaitlistResult) -> None:
        self.list.addItem(result.summary)
        if result.warning:
            # The warning comes from the service (in English for now).
            self.list.addItem("  " + self.tr("note: {warning}").format(warning=result.warning))
        self.list.scrollToBottom()
        for edit in (self.family, self.given, self.email, self.phone, self.deposit):
            edit.clear()
        self.family.setFocus()
