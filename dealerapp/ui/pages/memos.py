"""Memos: the history, importing (menu, toolbar, Ctrl+I, drop, paste) and one memo's view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.db.enums import DirectiveKind
from dealerapp.db.faults import as_sentence
from dealerapp.memos import apply as memo_apply
from dealerapp.memos import consequences
from dealerapp.memos.queries import (
    DirectiveChoices,
    MemoDetail,
    MemoRow,
    directive_choices,
    list_memos,
    memo_detail,
)
from dealerapp.memos.readers import read_file, read_pasted
from dealerapp.memos.store import (
    ImportResult,
    NamesNothing,
    add_directive,
    correct_directive,
    delete_memo,
    import_memo,
    reread_memo,
)
from dealerapp.memos.triggers import MayMatter
from dealerapp.memos.vehicles import VehicleMention
from dealerapp.services import programs
from dealerapp.services.changes import Changed
from dealerapp.services.letters_owed import CORRECTION_LETTER, UNSERVABLE_LETTER
from dealerapp.services.programs import code_sets
from dealerapp.ui.language import grouped, translated
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.directive_dialog import DirectiveDialog
from dealerapp.ui.widgets.memo_view import MemoView
from dealerapp.ui.widgets.setup_dialogs import FormDialog
from dealerapp.ui.widgets.setup_forms import ProgramForm
from dealerapp.ui.widgets.tables import remember_columns

MEMO_COLUMNS: list[Column[MemoRow]] = [
    Column("Memo", lambda r: r.id, numeric=True),
    Column("Date", lambda r: r.received_on.isoformat() if r.received_on else ""),
    Column("Sender", lambda r: r.sender),
    Column("Subject", lambda r: r.subject, tooltip=lambda r: r.file_name),
    Column("Confidence", lambda r: translated("Value", r.confidence),
           colour=lambda r: "#f6d0d0" if r.confidence == "rumor" else None),
    Column("State", lambda r: translated("Value", r.state)),
    Column("Directives", lambda r: r.directives, numeric=True),
    Column("File", lambda r: r.file_name),
]  # fmt: skip
FILE_FILTER = str(QT_TRANSLATE_NOOP("MemosPage", "Memos (*.txt *.eml *.msg *.pdf);;All files (*)"))


class MemosPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Memos"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Bring in a memo (drop a file on the window, Ctrl+I, or paste its text), see what it "
            "says and whom it affects, then apply it. Rumors can only be looked at as scenarios.",
        )
    )
    watches = frozenset({Changed.MEMOS})
    letter_requested = Signal(list, str)  # entry ids, letter template
    # A memo was just imported: the window shows this page, wherever the person was.
    imported = Signal(int)

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        # The same as File > Import memo… and Paste memo text… (the window's actions).
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Import memo…"), self.choose_file),
                           (self.tr("Paste memo text…"), self.paste_text)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, do=slot: do())
            bar.addWidget(button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model: RowTableModel[MemoRow] = RowTableModel(MEMO_COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("memoTable")
        self.table.setModel(self.model)
        # Newest first, as the service lists them, until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        remember_columns(self.table, "memos/history")
        split.addWidget(self.table)
        self.view = MemoView()
        self.view.apply_requested.connect(self.apply_current)
        self.view.revert_requested.connect(self.revert_current)
        self.view.scenario_requested.connect(self.scenario_current)
        self.view.delete_requested.connect(self.delete_current)
        self.view.correction_requested.connect(self._correct)
        self.view.track_requested.connect(self.track_vehicle)
        self.view.add_requested.connect(self.add_directive)
        split.addWidget(self.view)
        split.setSizes([180, 520])
        self.layout_.addWidget(split, 1)
        self.current_id: int | None = None
        self.refresh()

    # -- loading ---------------------------------------------------------------------------

    def load(self, session: Session) -> list[MemoRow]:
        return list_memos(session)

    def show_data(self, rows: list[MemoRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if self.current_id is not None:
            self.select_memo(self.current_id)

    def select_memo(self, memo_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self._memo_at(row).id == memo_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.open_memo(memo_id)
                return

    def _memo_at(self, row: int) -> MemoRow:
        return self.model.row_at(row)

    def _selected(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            memo_id = self._memo_at(current.row()).id
            if memo_id != self.current_id or self.view.detail is None:
                self.open_memo(memo_id)

    def open_memo(self, memo_id: int) -> None:
        """Show the memo and, beside it, what applying it would do (or did)."""
        self.current_id = memo_id

        def load(session: Session) -> tuple[MemoDetail, memo_apply.MemoPlan | None]:
            detail = memo_detail(session, memo_id)
            if detail.row.state == "applied":
                return detail, None
            return detail, memo_apply.preview(session, memo_id)

        def show(data: tuple[MemoDetail, memo_apply.MemoPlan | None]) -> None:
            detail, plan = data
            self.view.show_memo(detail)
            self.view.show_plan(plan)
            self.loaded.emit()

        self.tasks.read(load, show)

    # -- importing -------------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(QSettings().value("memos/lastFolder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a memo"),
            folder,
            QCoreApplication.translate("MemosPage", FILE_FILTER),
        )
        if name:
            QSettings().setValue("memos/lastFolder", str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path, *, anyway: bool = False) -> None:
        """Read and import off the UI thread; a bad file gets the reader's message, nothing else."""
        self.tasks.write(
            lambda session: import_memo(session, read_file(path), anyway=anyway),
            title=self.tr("Importing {file}").format(file=path.name),
            changes=frozenset({Changed.MEMOS}),
            done=self._imported,
            error_title=self.tr("The memo was not imported"),
            handled=lambda error: self._names_nothing(error, lambda: self.import_file(
                path, anyway=True)),
        )  # fmt: skip

    def paste_text(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Paste a memo"),
            self.tr("Paste the memo's text, with its From: and Date: lines if any:"),
        )
        if ok and text.strip():
            self.import_text(text)

    def import_text(self, text: str, *, anyway: bool = False) -> None:
        self.tasks.write(
            lambda session: import_memo(session, read_pasted(text), anyway=anyway),
            title=self.tr("Importing the pasted memo"),
            changes=frozenset({Changed.MEMOS}),
            done=self._imported,
            error_title=self.tr("The memo was not imported"),
            handled=lambda error: self._names_nothing(
                error, lambda: self.import_text(text, anyway=True)
            ),
        )

    def _names_nothing(self, error: BaseException, again: Any) -> bool:
        """Junk is stored only when the person says so; True when this was that question."""
        if not isinstance(error, NamesNothing):
            return False
        answer = QMessageBox.question(
            self,
            self.tr("This does not look like a memo"),
            as_sentence(error) + "\n\n" + self.tr("Store it as a memo anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            again()
        return True

    def _imported(self, result: ImportResult) -> None:
        self.current_id = result.memo_id
        parsed = result.parsed
        kinds = len(parsed.directives)
        next_step = (
            self.tr("look it over, then Apply") if kinds and parsed.confidence.value == "official"
            else self.tr("look it over; a rumor is only ever a scenario") if kinds
            else self.tr("nothing in it changes allocations; read the sentences that may matter")
        )  # fmt: skip
        said = self.tr("Imported memo {memo}: {confidence}, {count} directive(s); {next_step}.")
        self.view.result.show_result(
            said.format(
                memo=result.memo_id, confidence=parsed.confidence.value, count=kinds,
                next_step=next_step,
            )
        )  # fmt: skip
        self.imported.emit(result.memo_id)

    def delete_current(self) -> None:
        if self.current_id is None:
            return
        memo_id = self.current_id
        prompt = self.tr("Why is memo {memo} deleted? (kept in the audit log)").format(memo=memo_id)
        while True:
            reason, ok = QInputDialog.getText(self, self.tr("Delete the memo"), prompt)
            if not ok:
                return
            if reason.strip():
                break
            prompt = self.tr("A reason is needed to delete memo {memo}. Why is it deleted?").format(
                memo=memo_id
            )

        def done(summary: str) -> None:
            self.current_id = None
            self.view.show_memo(None)
            self.view.show_plan(None)
            self.view.result.show_result(summary + ".")

        self.tasks.write(
            lambda session: delete_memo(session, memo_id, reason=reason),
            title=self.tr("Deleting memo {memo}").format(memo=memo_id),
            changes=frozenset({Changed.MEMOS}),
            done=done,
            error_title=self.tr("The memo was not deleted"),
        )

    # -- acting ----------------------------------------------------------------------------

    def apply_current(self) -> None:
        """Say what applying will do to the customers, ask, apply, then say what it did."""
        if self.current_id is None:
            return
        memo_id = self.current_id
        self.tasks.read(
            lambda session: consequences.of_apply(session, memo_id),
            lambda ahead: self._confirm_apply(memo_id, ahead),
            error_title=self.tr("Memo {memo} cannot be applied").format(memo=memo_id),
        )

    def _confirm_apply(self, memo_id: int, ahead: consequences.Consequences) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Apply the memo?"),
            self.tr("Apply memo {memo}?").format(memo=memo_id)
            + "\n\n"
            + "\n".join(f"• {line}" for line in ahead.sentences())
            + "\n\n"
            + self.tr("A safety copy of the database is made first; Revert undoes it exactly."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(plan: memo_apply.MemoPlan) -> None:
            self.view.show_plan(plan)
            self._say_done(self.tr("Applied memo {memo}.").format(memo=memo_id), ahead)

        self.tasks.write(
            lambda session: memo_apply.apply(session, memo_id),
            title=self.tr("Applying memo {memo}").format(memo=memo_id),
            changes=frozenset(Changed),
            done=done,
            error_title=self.tr("The memo was not applied"),
            backup=f"before-memo-{memo_id}-apply",
        )

    def revert_current(self) -> None:
        if self.current_id is None:
            return
        memo_id = self.current_id
        self.tasks.read(
            lambda session: consequences.of_revert(session, memo_id),
            lambda ahead: self._confirm_revert(memo_id, ahead),
            error_title=self.tr("Memo {memo} cannot be reverted").format(memo=memo_id),
        )

    def _confirm_revert(self, memo_id: int, ahead: consequences.Consequences) -> None:
        told = (
            "\n\n"
            + self.tr(
                "{count} of them were already told by letter; each will be owed a correction "
                "letter (Letters page)."
            ).format(count=grouped(ahead.already_told))
            if ahead.already_told
            else ""
        )
        lines = [line for line in ahead.sentences() if "already told" not in line]
        answer = QMessageBox.question(
            self,
            self.tr("Revert the memo?"),
            self.tr(
                "Undo everything memo {memo} changed? The customers' flags go back to what "
                "they were before it was applied."
            ).format(memo=memo_id)
            + "\n\n"
            + "\n".join(f"• {line}" for line in lines)
            + told,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.write(
            lambda session: memo_apply.revert(session, memo_id),
            title=self.tr("Reverting memo {memo}").format(memo=memo_id),
            changes=frozenset(Changed),
            done=lambda _done: self._say_done(
                self.tr("Reverted memo {memo}.").format(memo=memo_id), ahead
            ),
            error_title=self.tr("The memo was not reverted"),
            backup=f"before-memo-{memo_id}-revert",
        )

    def _say_done(self, first: str, ahead: consequences.Consequences) -> None:
        """The result where the person looks, and the letters it makes owed one click away."""
        moves = ", ".join(
            self.tr("{count} from {move}").format(count=grouped(n), move=move)
            for move, n in ahead.moves.most_common()
        )
        text = (
            first
            + " "
            + self.tr("Customers whose flag changed: {moves}.").format(
                moves=moves or self.tr("none")
            )
        )
        owed = ahead.owed_ids
        letter, ids = next(
            (
                (name, owed[name])
                for name in (CORRECTION_LETTER, UNSERVABLE_LETTER)
                if owed.get(name)
            ),
            (None, []),
        )
        if letter is None:
            self.view.result.show_result(text)
        else:
            owed_text = (
                self.tr("{count} correction letter(s) are owed.")
                if letter == CORRECTION_LETTER
                else self.tr("{count} 'cannot be served' letter(s) are owed.")
            )
            text += " " + owed_text.format(count=grouped(len(ids)))
            self.view.result.show_result(
                text,
                self.tr("Write the {count} letter(s)…").format(count=grouped(len(ids))),
                lambda: self.letter_requested.emit(list(ids), letter),
            )
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15_000)

    def scenario_current(self) -> None:
        if self.current_id is None:
            return
        memo_id = self.current_id
        self.tasks.read(
            lambda session: memo_apply.scenario(session, memo_id),
            self.view.show_plan,
        )

    def track_vehicle(self, vehicle: VehicleMention) -> None:
        """Offer the vehicle as a new program; once saved, read the memo again with it."""
        self.tasks.read(code_sets, lambda sets: self._track(vehicle, sets))

    def _track(self, vehicle: VehicleMention, sets: tuple[str, ...]) -> None:
        if self.current_id is None:
            return
        memo_id = self.current_id
        form = ProgramForm(sets)
        form.suggest(name=vehicle.name, code=vehicle.code, oem=vehicle.oem)
        dialog = FormDialog(
            self.tr("Track the {vehicle}").format(vehicle=vehicle.name), form,
            self.tr("Memo {memo} names the {vehicle}. As a program, its allocation, waitlist "
                    "and memos are kept here; the memo is read again once it is saved.").format(
                memo=memo_id, vehicle=vehicle.name),
            self,
        )  # fmt: skip
        self.program_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = form.values()

        def work(session: Session) -> ImportResult:
            programs.add_program(
                session, v.code, name=v.name, oem=v.oem, planned_units=v.planned_units,
                aliases=v.aliases, status_codes=v.status_codes,
            )  # fmt: skip
            return reread_memo(session, memo_id)

        def done(result: ImportResult) -> None:
            count = len(result.parsed.directives)
            self._say(self.tr("Added the program {name} ({code}) and read memo {memo} again: "
                              "{count} directive(s)").format(
                name=v.name, code=v.code, memo=memo_id, count=count))  # fmt: skip
            self.open_memo(memo_id)

        self.tasks.write(work, title=self.tr("Adding the program"), changes=frozenset(Changed),
                         done=done, error_title=self.tr("The program was not added"))  # fmt: skip

    def _say(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)

    def _correct(self, ordinal: int, fields: dict[str, Any]) -> None:
        if self.current_id is None:
            return
        memo_id = self.current_id
        exclude = fields.pop("exclude", None)
        self.tasks.write(
            lambda session: correct_directive(
                session, memo_id=memo_id, ordinal=ordinal, exclude=exclude, **fields
            ),
            title=self.tr("Correcting the directive"),
            changes=frozenset({Changed.MEMOS}),
            done=lambda _result: self.open_memo(memo_id),
            error_title=self.tr("Not corrected"),
        )

    def add_directive(self, sentence: MayMatter | None) -> None:
        """A person adds what the reader missed: from a sentence that may matter (kind,
        market, program and units filled in from what was found) or from anywhere."""
        if self.current_id is None or self.view.detail is None:
            return
        memo_id = self.current_id
        confidence = self.view.detail.row.confidence

        def ask(choices: DirectiveChoices) -> None:
            dialog = DirectiveDialog(
                choices,
                sentence=sentence.text if sentence else None,
                kind=sentence.kind if sentence else DirectiveKind.MARKET_ALLOCATION,
                confidence=confidence,
                market=sentence.market if sentence else None,
                program=sentence.program if sentence else None,
                units=sentence.units if sentence else None,
                vehicle=sentence.vehicle if sentence else None,
                parent=self,
            )
            self.directive_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            kind, fields = dialog.chosen_kind(), dialog.values()
            chosen = str(dialog.confidence.currentData())
            evidence = (sentence.start, sentence.end) if sentence else None

            def work(session: Session) -> Any:
                return add_directive(
                    session, memo_id=memo_id, kind=kind, confidence=chosen, evidence=evidence,
                    **fields,
                )  # fmt: skip

            def done(_result: Any) -> None:
                self._say(
                    self.tr("Added a {kind} to memo {memo}").format(
                        kind=kind.value.replace("_", " "), memo=memo_id
                    )
                )
                self.open_memo(memo_id)

            self.tasks.write(work, title=self.tr("Adding the directive"),
                             changes=frozenset({Changed.MEMOS}), done=done,
                             error_title=self.tr("The directive was not added"))  # fmt: skip

        self.tasks.read(
            directive_choices, ask, error_title=self.tr("Reading the programs and markets")
        )
