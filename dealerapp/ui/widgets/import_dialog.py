"""Importing a spreadsheet: choose the columns, see every problem by row, then import.

The same dialog serves waitlists, dealer lists and OEM status files; what
differs (fields, the import function, what changes) comes in an ImportKind.
Reading, checking and writing all run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.exchange import dealers_import, group, orders_import, waitlist_import
from dealerapp.exchange.mapping import ColumnMap, Field, guess_mapping
from dealerapp.exchange.report import ImportReport
from dealerapp.exchange.sheets import Sheet, read_sheet
from dealerapp.services.changes import Changed
from dealerapp.ui.language import grouped
from dealerapp.ui.tasks import Tasks


@dataclass(frozen=True)
class ImportKind:
    # In English, marked with QT_TRANSLATE_NOOP("ImportKind", …): shown via shown_title().
    title: str
    fields: tuple[Field, ...]
    run: Callable[..., ImportReport]
    changes: frozenset[Changed]
    merges_customers: bool = False
    # Other sheets of a workbook the import reads (a waitlist export's dealer group).
    companions: tuple[str, ...] = ()

    def shown_title(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate("ImportKind", self.title)


WAITLIST = ImportKind(
    str(QT_TRANSLATE_NOOP("ImportKind", "Import a waitlist")),
    waitlist_import.FIELDS, waitlist_import.import_waitlist,
    frozenset(Changed), merges_customers=True, companions=group.SHEETS,
)  # fmt: skip
DEALERS = ImportKind(
    str(QT_TRANSLATE_NOOP("ImportKind", "Import a dealer list")),
    dealers_import.FIELDS, dealers_import.import_dealers,
    frozenset({Changed.LEDGER, Changed.MARKETS}),
)  # fmt: skip
ORDER_STATUSES = ImportKind(
    str(QT_TRANSLATE_NOOP("ImportKind", "Import order statuses")),
    orders_import.FIELDS, orders_import.import_order_statuses,
    frozenset({Changed.ORDERS, Changed.ENTRIES}),
)  # fmt: skip
NOT_IN_FILE = str(QT_TRANSLATE_NOOP("ImportDialog", "(not in the file)"))


class ImportDialog(QDialog):
    def __init__(self, kind: ImportKind, path: Path, tasks: Tasks, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.path = path
        self.tasks = tasks
        self.sheet: Sheet | None = None
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self.title = kind.shown_title()
        self.setWindowTitle(self.tr("{title}: {file}").format(title=self.title, file=path.name))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading {file}…").format(file=path.name))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.mapping_form = QFormLayout()
        mapping_page = QWidget()
        mapping_page.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_page)
        self.tabs.addTab(scroll, self.tr("Columns"))
        self.problems = self._table(
            "importProblems", (self.tr("Row"), self.tr("Field"), self.tr("Problem"))
        )
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.duplicates = self._table(
            "importDuplicates",
            (
                self.tr("Merge"),
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already known as"),
                self.tr("Because"),
            ),
        )
        if kind.merges_customers:
            self.tabs.addTab(self.duplicates, self.tr("Known customers"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        self.import_all = QPushButton(self.tr("Import all rows"))
        self.import_valid = QPushButton(self.tr("Import valid rows only"))
        self.recheck = QPushButton(self.tr("Check again"))
        for button in (self.import_all, self.import_valid):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.recheck, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_all.clicked.connect(lambda: self.apply(valid_only=False))
        self.import_valid.clicked.connect(lambda: self.apply(valid_only=True))
        self.recheck.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.combos: dict[str, QComboBox] = {}
        self._enable()
        tasks.read(
            lambda _session: read_sheet(path, companions=kind.companions),
            self._sheet_read,
            error_title=self.title,
        )

    def _table(self, name: str, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _sheet_read(self, sheet: Sheet) -> None:
        self.sheet = sheet
        guess = guess_mapping(sheet.headers, self.kind.fields)
        for field in self.kind.fields:
            combo = QComboBox()
            combo.setObjectName(f"map_{field.key}")
            combo.addItem(QCoreApplication.translate("ImportDialog", NOT_IN_FILE), None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(
                    header or self.tr("(column {number})").format(number=index + 1), index
                )
            if field.key in guess:
                combo.setCurrentIndex(guess[field.key] + 1)
            combo.currentIndexChanged.connect(self.check)
            label = QCoreApplication.translate("ImportField", field.label) + (
                " *" if field.required else ""
            )
            self.mapping_form.addRow(label, combo)
            self.combos[field.key] = combo
        self.check()

    def mapping(self) -> ColumnMap:
        return {
            key: combo.currentData()
            for key, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def keep_separate(self) -> frozenset[int]:
        rows = set()
        for row in range(self.duplicates.rowCount()):
            merge, number = self.duplicates.item(row, 0), self.duplicates.item(row, 1)
            keep = merge is not None and merge.checkState() != Qt.CheckState.Checked
            if keep and number is not None:
                rows.add(int(number.text()))
        return frozenset(rows)

    def _options(self) -> dict[str, Any]:
        if self.kind.merges_customers:
            return {"keep_separate": self.keep_separate()}
        return {}

    def check(self) -> None:
        if self.sheet is None:
            return
        sheet, mapping, options = self.sheet, self.mapping(), self._options()
        self.summary.setText(self.tr("Checking {count} rows…").format(count=grouped(sheet.size)))

        def preview(session: Session) -> ImportReport:
            return self.kind.run(session, sheet, mapping, **options)

        self.tasks.read(preview, self._checked, error_title=self.title)

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        bad = len(report.bad_rows)
        valid, rows = grouped(report.valid), grouped(report.rows)
        if bad:
            text = self.tr(
                "<b>{valid}</b> of {rows} rows are ready to import; <b>{bad}</b> have problems "
                "(see Problems). Nothing is written until you import."
            ).format(valid=valid, rows=rows, bad=grouped(bad))
        else:
            text = self.tr(
                "<b>{valid}</b> of {rows} rows are ready to import. "
                "Nothing is written until you import."
            ).format(valid=valid, rows=rows)
        if report.creates:
            listed = "".join(f"<li>{escape(line)}</li>" for line in report.creates)
            lacks = self.tr("The workbook also sets up what this database lacks:")
            text += f"<p>{lacks}</p><ul>{listed}</ul>"
        self.summary.setText(text)
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems[:5000]):
            field = problem.field and QCoreApplication.translate("ImportField", problem.field)
            for column, value in enumerate((str(problem.row), field or "", problem.message)):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.tabs.setTabText(
            1, self.tr("Problems ({count})").format(count=grouped(len(report.problems)))
        )
        previous = self.keep_separate() if self.duplicates.rowCount() else frozenset()
        self.duplicates.setRowCount(len(report.duplicates))
        for row, duplicate in enumerate(report.duplicates):
            merge = QTableWidgetItem(self.tr("merge"))
            merge.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            keep = duplicate.row in previous
            merge.setCheckState(Qt.CheckState.Unchecked if keep else Qt.CheckState.Checked)
            self.duplicates.setItem(row, 0, merge)
            known = self.tr("{name} (customer {number})").format(
                name=duplicate.existing, number=duplicate.customer_id
            )
            values = (str(duplicate.row), duplicate.incoming, known, duplicate.reason)
            for column, value in enumerate(values, start=1):
                self.duplicates.setItem(row, column, QTableWidgetItem(value))
        self.duplicates.resizeColumnsToContents()
        index = self.tabs.indexOf(self.duplicates)
        if index >= 0:
            self.tabs.setTabText(
                index,
                self.tr("Known customers ({count})").format(count=grouped(len(report.duplicates))),
            )
        self.notes.setText("\n".join(report.notes) or self.tr("Nothing to note."))
        if report.problems and self.tabs.currentIndex() == 0 and self.combos:
            self.tabs.setCurrentWidget(self.problems)
        self._enable()

    def _enable(self) -> None:
        report = self.report
        self.import_all.setEnabled(bool(report and report.valid and not report.problems))
        self.import_valid.setEnabled(bool(report and report.valid and report.problems))
        self.recheck.setEnabled(self.sheet is not None)

    def apply(self, *, valid_only: bool) -> None:
        if self.sheet is None:
            return
        sheet, mapping, options = self.sheet, self.mapping(), self._options()

        def write(session: Session) -> ImportReport:
            return self.kind.run(
                session, sheet, mapping, apply=True, valid_only=valid_only, **options
            )

        self.tasks.write(
            write, title=f"{self.title}…", changes=self.kind.changes, done=self._applied,
            error_title=self.title, backup="before-import",
        )  # fmt: skip

    def _applied(self, report: ImportReport) -> None:
        self.imported = report
        self.accept()
