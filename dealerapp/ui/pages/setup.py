"""Setup: the dealership's programs, markets and dealers, and how far its set-up has come."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services import allocation, dealers, market_setup, programs
from dealerapp.services.changes import Changed
from dealerapp.services.dealers import KEEP, DealerView
from dealerapp.services.market_setup import MarketView
from dealerapp.services.programs import SETUP_CHANGES, ProgramView
from dealerapp.services.setup_overview import SetupOverview, setup_overview
from dealerapp.ui.language import grouped, translated
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.setup_dialogs import FormDialog
from dealerapp.ui.widgets.setup_forms import DealerForm, MarketForm, ProgramForm
from dealerapp.ui.widgets.tables import data_table, remember_columns


def _text(text: str) -> str:
    """A value the Setup page's tables show, in the window's language."""
    return QCoreApplication.translate("SetupPage", text)


def _retired(view: ProgramView) -> str:
    if view.retired_at is None:
        return QCoreApplication.translate("SetupPage", "in use")
    return QCoreApplication.translate("SetupPage", "retired {date}").format(
        date=f"{view.retired_at:%Y-%m-%d}"
    )


# Cell values shown in the tables, marked for lupdate; shown through _text().
NONE_YET = str(QT_TRANSLATE_NOOP("SetupPage", "none yet"))
US_LETTER = str(QT_TRANSLATE_NOOP("SetupPage", "US Letter"))
HAS_LOGO = str(QT_TRANSLATE_NOOP("SetupPage", "yes"))
OURS = str(QT_TRANSLATE_NOOP("SetupPage", "ours"))
GROUP = str(QT_TRANSLATE_NOOP("SetupPage", "group"))

PROGRAM_COLUMNS: list[Column[ProgramView]] = [
    Column("Code", lambda p: p.code),
    Column("Name", lambda p: p.name),
    Column("OEM", lambda p: p.oem),
    Column("Planned run", lambda p: p.planned_units, numeric=True),
    Column("Order codes", lambda p: p.status_codes or _text(NONE_YET)),
    Column("Waiting", lambda p: p.waiting, numeric=True),
    Column("State", _retired,
           colour=lambda p: "#e0e0e0" if p.retired else None),
    Column("Also called in memos", lambda p: "; ".join(p.aliases)),
]  # fmt: skip
MARKET_COLUMNS: list[Column[MarketView]] = [
    Column("Code", lambda x: x.code),
    Column("Name", lambda x: x.name),
    Column("Language", lambda x: x.language),
    Column("Locale", lambda x: x.locale),
    Column("Currency", lambda x: x.currency),
    Column("Paper", lambda x: _text(US_LETTER) if x.paper.value == "letter" else "A4"),
    Column("Dealers", lambda x: x.dealers, numeric=True),
    Column("National share",
           lambda x: ", ".join(f"{p} {grouped(n)}" for p, n in sorted(x.shares.items()))),
]  # fmt: skip
DEALER_COLUMNS: list[Column[DealerView]] = [
    Column("Code", lambda d: d.code),
    Column("Name", lambda d: d.name),
    Column("Market", lambda d: d.market),
    Column("City", lambda d: d.city),
    Column("Signed by", lambda d: d.signatory_name),
    Column("Logo", lambda d: _text(HAS_LOGO) if d.has_logo else ""),
    Column("Ours", lambda d: _text(OURS if d.ours else GROUP),
           help="Ours: a rooftop that uses this database; group: another dealer of the group"),
    Column("Entries", lambda d: d.entries, numeric=True),
]  # fmt: skip


def _keep_selection(table: QTableView, model: RowTableModel[Any], rows: list[Any]) -> None:
    """New rows, with the row that was chosen (by its code) chosen again."""
    index = table.currentIndex()
    chosen = model.row_at(index.row()).code if index.isValid() else None
    model.set_rows(rows)
    for row, item in enumerate(model.rows()):
        if item.code == chosen:
            table.selectRow(row)
            return


class SetupPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Setup"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "The cars you sell by allocation, the markets you sell in and your dealers, with "
            "what their letters need. Shares and units are kept on Allocations.",
        )
    )
    watches = frozenset({Changed.MARKETS, Changed.LEDGER, Changed.ENTRIES, Changed.MEMOS})
    guided_requested = Signal()

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        self.overview: SetupOverview | None = None
        top = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("setupProgress")
        self.progress.setWordWrap(True)
        top.addWidget(self.progress, 1)
        self.guided_button = QPushButton(self.tr("Guided set-up…"))
        self.guided_button.setObjectName("guidedSetup")
        self.guided_button.clicked.connect(self.guided_requested)
        top.addWidget(self.guided_button)
        self.layout_.addLayout(top)
        self.tabs = QTabWidget()
        self.programs = RowTableModel(PROGRAM_COLUMNS, self)
        self.markets = RowTableModel(MARKET_COLUMNS, self)
        self.dealers = RowTableModel(DEALER_COLUMNS, self)
        # (verb, text, slot): the verb names the button (setupPrograms_add), in every language.
        self.program_table = self._tab(self.tr("Programs"), "setupPrograms", self.programs, (
            ("add", self.tr("Add a program…"), self.add_program),
            ("edit", self.tr("Edit…"), self.edit_program),
            ("retire", self.tr("Retire…"), self.retire_program),
            ("bring", self.tr("Bring back"), self.reinstate_program),
            ("delete", self.tr("Delete"), self.delete_program),
        ))  # fmt: skip
        self.market_table = self._tab(self.tr("Markets"), "setupMarkets", self.markets, (
            ("add", self.tr("Add a market…"), self.add_market),
            ("edit", self.tr("Edit…"), self.edit_market),
        ))  # fmt: skip
        self.dealer_table = self._tab(self.tr("Dealers"), "setupDealers", self.dealers, (
            ("add", self.tr("Add a dealer…"), self.add_dealer),
            ("edit", self.tr("Edit…"), self.edit_dealer),
        ))  # fmt: skip
        self.program_table.doubleClicked.connect(lambda _index: self.edit_program())
        self.market_table.doubleClicked.connect(lambda _index: self.edit_market())
        self.dealer_table.doubleClicked.connect(lambda _index: self.edit_dealer())
        self.layout_.addWidget(self.tabs, 1)
        self.refresh()

    def _tab(
        self, title: str, name: str, model: RowTableModel[Any],
        actions: tuple[tuple[str, str, Callable[[], None]], ...],
    ) -> QTableView:  # fmt: skip
        page = QWidget()
        layout = QVBoxLayout(page)
        buttons = QHBoxLayout()
        for verb, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName(f"{name}_{verb}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        table = data_table(name, model, select_rows=True)
        table.horizontalHeader().setStretchLastSection(True)
        remember_columns(table, f"setup/{name}")
        layout.addWidget(table, 1)
        self.tabs.addTab(page, title)
        return table

    def button(self, table: str, verb: str) -> QPushButton:
        found = self.findChild(QPushButton, f"{table}_{verb}")
        assert found is not None
        return found

    # -- loading -----------------------------------------------------------------------------

    def load(self, session: Session) -> SetupOverview:
        return setup_overview(session)

    def show_data(self, overview: SetupOverview) -> None:
        self.overview = overview
        _keep_selection(self.program_table, self.programs, overview.programs)
        _keep_selection(self.market_table, self.markets, overview.markets)
        _keep_selection(self.dealer_table, self.dealers, overview.dealers)
        marks = "   ".join(
            f"{'✔' if step.done else '○'} {translated('Value', step.label)}"
            for step in overview.steps
        )  # fmt: skip
        upcoming = overview.next_step
        # The steps' labels come from the service, in English for now.
        if upcoming:
            progress = self.tr("<b>Set-up:</b> {steps}<br>Next: {step}.").format(
                steps=marks, step=_in_sentence(upcoming.label)
            )
        else:
            progress = self.tr("<b>Set-up:</b> {steps}<br>All done.").format(steps=marks)
        self.progress.setText(progress)
        self.guided_button.setText(
            self.tr("Continue the set-up…") if upcoming else self.tr("Guided set-up…")
        )

    def _chosen(self, table: QTableView, model: RowTableModel[Any]) -> Any:
        index = table.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("Setup"), self.tr("Choose a row in the table first.")
            )
            return None
        return model.row_at(index.row())

    def _write(self, work: Callable[[Session], Any], title: str, error_title: str) -> None:
        """`title` is said while it is saved; `error_title` heads what refused it."""
        self.tasks.write(work, title=title, changes=SETUP_CHANGES, error_title=error_title,
                         done=self._report)  # fmt: skip

    def _report(self, result: Any) -> None:
        # A retirement's warning was in the question asked before it; the summary repeats it.
        summaries = result if isinstance(result, tuple) else (result,)
        text = "; ".join(r.summary for r in summaries if r is not None)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)

    # -- programs ----------------------------------------------------------------------------

    def program_dialog(self, view: ProgramView | None = None) -> FormDialog:
        form = ProgramForm(self.overview.code_sets if self.overview else ())
        if view is not None:
            form.load(view)
        title = self.tr("Edit {name}").format(name=view.label) if view else self.tr("Add a program")
        return FormDialog(title, form, self.tr("A limited vehicle you sell by allocation."), self)

    def add_program(self) -> None:
        dialog = self.program_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_new_program(dialog)

    def save_new_program(self, dialog: FormDialog) -> None:
        assert isinstance(dialog.form, ProgramForm)
        v = dialog.form.values()
        self._write(lambda s: programs.add_program(
            s, v.code, name=v.name, oem=v.oem, planned_units=v.planned_units, aliases=v.aliases,
            status_codes=v.status_codes),
            self.tr("Adding the program"), self.tr("Adding the program: not saved"))  # fmt: skip

    def edit_program(self) -> None:
        view: ProgramView | None = self._chosen(self.program_table, self.programs)
        if view is None:
            return
        dialog = self.program_dialog(view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        assert isinstance(dialog.form, ProgramForm)
        v = dialog.form.values()
        self._write(lambda s: programs.edit_program(
            s, view.code, name=v.name, oem=v.oem, planned_units=v.planned_units,
            aliases=v.aliases, status_codes=v.status_codes),
            self.tr("Changing the program"),
            self.tr("Changing the program: not saved"))  # fmt: skip

    def retire_program(self) -> None:
        view: ProgramView | None = self._chosen(self.program_table, self.programs)
        if view is None or view.retired:
            return
        if view.waiting:
            question = self.tr(
                "Retire {program}? It then takes no new customers and no new units; everything "
                "it has stays as it is.\n\n{count} customer(s) are still waiting for the {code}: "
                "they stay on the waitlist, keep their flags and still need to be told."
            ).format(program=view.label, count=view.waiting, code=view.code)
        else:
            question = self.tr(
                "Retire {program}? It then takes no new customers and no new units; everything "
                "it has stays as it is."
            ).format(program=view.label)
        answer = QMessageBox.question(self, self.tr("Retire the program?"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: programs.retire_program(s, view.code),
                        self.tr("Retiring the program"),
                        self.tr("Retiring the program: not saved"))  # fmt: skip

    def reinstate_program(self) -> None:
        view: ProgramView | None = self._chosen(self.program_table, self.programs)
        if view is not None and view.retired:
            self._write(lambda s: programs.retire_program(s, view.code, retire=False),
                        self.tr("Bringing the program back"),
                        self.tr("Bringing the program back: not saved"))  # fmt: skip

    def delete_program(self) -> None:
        view: ProgramView | None = self._chosen(self.program_table, self.programs)
        if view is None:
            return
        if view.has_history:
            QMessageBox.information(
                self, self.tr("Not deleted"),
                self.tr("{program} has customers, ledger rows or memos; a program with history "
                        "is retired, never deleted.").format(program=view.label),
            )  # fmt: skip
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the program?"),
            self.tr("Delete {program}?").format(program=view.label),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: programs.delete_program(s, view.code),
                        self.tr("Deleting the program"),
                        self.tr("Deleting the program: not saved"))  # fmt: skip

    # -- markets -----------------------------------------------------------------------------

    def market_dialog(self, view: MarketView | None = None) -> FormDialog:
        taken = {x.code for x in self.overview.markets} if self.overview else set()
        form = MarketForm(taken)
        if view is not None:
            form.load(view)
        title = self.tr("Edit {name}").format(name=view.label) if view else self.tr("Add a market")
        return FormDialog(title, form, self.tr("A country you sell in."), self)

    def add_market(self) -> None:
        dialog = self.market_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_new_market(dialog)

    def save_new_market(self, dialog: FormDialog) -> None:
        assert isinstance(dialog.form, MarketForm)
        v = dialog.form.values()
        self._write(lambda s: market_setup.add_market(
            s, v.code, name=v.name, language=v.language, locale=v.locale, currency=v.currency,
            paper=v.paper),
            self.tr("Adding the market"), self.tr("Adding the market: not saved"))  # fmt: skip

    def edit_market(self) -> None:
        view: MarketView | None = self._chosen(self.market_table, self.markets)
        if view is None:
            return
        dialog = self.market_dialog(view)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        assert isinstance(dialog.form, MarketForm)
        v = dialog.form.values()
        self._write(lambda s: market_setup.edit_market(
            s, view.code, name=v.name, language=v.language, locale=v.locale,
            currency=v.currency, paper=v.paper),
            self.tr("Changing the market"), self.tr("Changing the market: not saved"))  # fmt: skip

    # -- dealers -----------------------------------------------------------------------------

    def dealer_dialog(
        self, view: DealerView | None = None, logo: bytes | None = None
    ) -> FormDialog:
        overview = self.overview
        markets = [(x.code, x.name, x.paper) for x in overview.markets] if overview else []
        taken = {d.code for d in overview.dealers} if overview else set()
        form = DealerForm(markets, taken)
        if view is not None:
            form.load(view, logo)
        title = self.tr("Edit {name}").format(name=view.label) if view else self.tr("Add a dealer")
        dialog = FormDialog(title, form, self.tr("Everything its letterhead needs."), self)
        if view is None and overview is not None:
            sold = [(p.code, p.label) for p in overview.programs if not p.retired]
            dialog.offer_allocation(sold)
        return dialog

    def add_dealer(self) -> None:
        dialog = self.dealer_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_new_dealer(dialog)

    def save_new_dealer(self, dialog: FormDialog) -> None:
        assert isinstance(dialog.form, DealerForm)
        v = dialog.form.values()
        first = dialog.allocation.chosen() if dialog.allocation is not None else None

        def work(session: Session) -> tuple[Any, ...]:
            added = dealers.add_dealer(session, v.code, market=v.market, details=v.details,
                                       logo=v.logo, ours=v.ours)  # fmt: skip
            if first is None:
                return (added,)
            granted = allocation.grant(
                session, program=first[0], units=first[1], reason="First allocation, at set-up",
                dealer=v.code,
            )  # fmt: skip
            return added, granted

        self._write(work, self.tr("Adding the dealer"), self.tr("Adding the dealer: not saved"))

    def edit_dealer(self) -> None:
        view: DealerView | None = self._chosen(self.dealer_table, self.dealers)
        if view is None:
            return
        code = view.code
        self.tasks.read(lambda s: dealers.logo_of(s, code),
                        lambda logo: self._edit_dealer(view, logo))  # fmt: skip

    def _edit_dealer(self, view: DealerView, logo: bytes | None) -> None:
        dialog = self.dealer_dialog(view, logo)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        assert isinstance(dialog.form, DealerForm)
        v = dialog.form.values()
        new_logo = v.logo if v.logo_changed else KEEP
        self._write(lambda s: dealers.edit_dealer(
            s, view.code, details=v.details, market=v.market, logo=new_logo, ours=v.ours),
            self.tr("Changing the dealer"), self.tr("Changing the dealer: not saved"))  # fmt: skip


def _in_sentence(label: str) -> str:
    """A step's name inside a sentence: "the car you sell…" in English; German nouns keep
    their capitals, so a translation is taken as it is."""
    shown = translated("Value", label)
    return shown.lower() if shown == label else shown
