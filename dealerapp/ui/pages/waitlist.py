"""Waitlist: every entry with its flag; filters, a detail pane, and the daily edits with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services import waitlist as service
from dealerapp.services.changes import Changed
from dealerapp.services.entries import (
    EntryDetail,
    EntryRow,
    entry_detail,
    first_entries,
    list_entries,
)
from dealerapp.services.reference import Choices, choices
from dealerapp.services.waitlist import WaitlistResult
from dealerapp.ui.customer_privacy import erase_customer_data, export_customer_data
from dealerapp.ui.flag_words import explain_row
from dealerapp.ui.language import grouped, translated
from dealerapp.ui.models.row_filter import RowFilter
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.waitlist_actions import back_to, first_time, run_undoable
from dealerapp.ui.widgets.entry_dialog import AddEntryDialog, EditEntryDialog
from dealerapp.ui.widgets.entry_view import render_entry
from dealerapp.ui.widgets.tables import fit_popup, name_combo, remember_columns

# Light tints that keep black text readable: green, amber, red.
FLAG_COLOURS = {"covered": "#d8f0d8", "pending": "#fbeec8", "unservable": "#f6d0d0"}

ENTRY_COLUMNS: list[Column[EntryRow]] = [
    Column("Market", lambda r: r.market),
    Column("Dealer", lambda r: r.dealer_name, tooltip=lambda r: r.dealer_code),
    Column("Position", lambda r: r.position, numeric=True),
    Column("Customer", lambda r: r.customer),
    Column("Joined", lambda r: r.joined_on.isoformat()),
    Column("Status", lambda r: translated("Value", r.status)),
    Column(
        "Flag", lambda r: translated("Value", r.flag) if r.flag else "",
        tooltip=explain_row,
        colour=lambda r: FLAG_COLOURS.get(r.flag),
    ),
    Column("Told", lambda r: r.told, help="When the customer was last sent a letter"),
    Column("Deposit", lambda r: r.deposit),
    Column("Program", lambda r: r.program),
    Column("Specification", lambda r: r.specification),
]  # fmt: skip


class WaitlistPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Waitlist"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Every customer in every dealer's queue, with whether a car is there for them. "
            "Right-click an entry (or use the shortcuts) to move, assign, cancel, refund or "
            "deliver.",
        )
    )
    watches = frozenset(
        {Changed.ENTRIES, Changed.LEDGER, Changed.MARKETS, Changed.CUSTOMERS, Changed.LETTERS}
    )
    letter_requested = Signal(object)  # the chosen entry ids

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        # A customer just added, to show once the rows are back: (entry id, dealer code).
        self._reveal: tuple[int, str] | None = None
        self._first_pending = False
        self._index: RowFilter[EntryRow] | None = None
        self.undo_stack = QUndoStack(self)
        self.options: Choices | None = None
        self._build_filters()
        self.model: RowTableModel[EntryRow] = RowTableModel(ENTRY_COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("waitlistTable")
        self.table.setModel(self.model)
        # Enabling sorting sorts at once by the header's indicator; none yet: queue order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several rows may be chosen for a letter; the edits act on the current row.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        self.detail.setObjectName("entryDetail")
        self.detail.setPlaceholderText(self.tr("Choose an entry to see it here."))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([900, 320])
        self.layout_.addWidget(split, 1)
        self._build_actions()
        self._default_widths()
        remember_columns(self.table, "waitlist/table")
        self.refresh()

    # -- filters ---------------------------------------------------------------------------

    def _build_filters(self) -> None:
        bar = QHBoxLayout()
        self.program_filter = self._combo("programFilter", self.tr("Show only one program"))
        self.market_filter = self._combo("marketFilter", self.tr("Show only one market"))
        self.dealer_filter = self._combo("dealerFilter", self.tr("Show only one dealer"))
        name_combo(self.dealer_filter)
        self.flag_filter = self._combo("flagFilter", self.tr("Show only one flag"))
        for flag in ("covered", "pending", "unservable"):
            self.flag_filter.addItem(translated("Value", flag), flag)
        self.filter = QLineEdit()
        self.filter.setObjectName("waitlistFilter")
        self.filter.setPlaceholderText(self.tr("Find: customer, dealer, status, specification…"))
        self.filter.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("Program"), self.program_filter), (self.tr("Market"), self.market_filter),
            (self.tr("Dealer"), self.dealer_filter), (self.tr("Flag"), self.flag_filter),
        ):  # fmt: skip
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.filter, 1)
        self.count = QLabel()
        self.count.setObjectName("waitlistCount")
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)
        # The remembered search is put back quietly: the rows (and the model) come later,
        # and refresh() filters them once they are there.
        self.filter.setText(str(QSettings().value("waitlist/text", "")))
        self.filter.textChanged.connect(self.apply_filters)

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("All"), None)
        combo.setMinimumContentsLength(8)
        # The whole name, "United States (US)", not "United Stat".
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setToolTip(tooltip)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _fill_combos(self, options: Choices) -> None:
        saved = QSettings()
        for combo, items, key in (
            (self.program_filter, [(p, p) for p in options.programs], "program"),
            (self.market_filter, [(f"{name} ({code})", code) for code, name in options.markets],
             "market"),
            (self.dealer_filter, [(d.label, d.code) for d in options.dealers], "dealer"),
        ):  # fmt: skip
            current = combo.currentData() or saved.value(f"waitlist/{key}")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            fit_popup(combo)
        flag = saved.value("waitlist/flag")
        if flag and self.flag_filter.currentData() is None:
            self.flag_filter.blockSignals(True)
            self.flag_filter.setCurrentIndex(max(self.flag_filter.findData(flag), 0))
            self.flag_filter.blockSignals(False)

    def apply_filters(self, *_args: Any) -> None:
        program = self.program_filter.currentData()
        market = self.market_filter.currentData()
        dealer = self.dealer_filter.currentData()
        flag = self.flag_filter.currentData()
        text = self.filter.text().strip().lower()
        settings = QSettings()
        for key, value in (("program", program), ("market", market), ("dealer", dealer),
                           ("flag", flag), ("text", self.filter.text())):  # fmt: skip
            settings.setValue(f"waitlist/{key}", value or "")
        if self._index is not None:  # else no rows are there yet
            self.model.set_subset(self._index.matching(
                text, program=program, market=market, dealer=dealer, flag=flag))  # fmt: skip
        self._update_count()

    def show_only(
        self, *, market: str | None = None, dealer: str | None = None, flag: str | None = None
    ) -> None:
        """Exactly these customers: the other filters and the search are cleared."""
        # Also for the lists this page has not filled yet: they start from these.
        settings = QSettings()
        for key, value in (("program", None), ("market", market), ("dealer", dealer),
                           ("flag", flag), ("text", None)):  # fmt: skip
            settings.setValue(f"waitlist/{key}", value or "")
        for combo, value in ((self.program_filter, None), (self.market_filter, market),
                             (self.dealer_filter, dealer), (self.flag_filter, flag)):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            combo.blockSignals(False)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        if self.market_filter.count() > 1:
            self.apply_filters()
        # Else the rows are still on their way; show_data fills the lists from the settings.

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("{shown} of {total} entries").format(shown=grouped(shown), total=grouped(total))
            if shown != total
            else self.tr("{total} entries").format(total=grouped(total))
        )

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The first screenful at once, then every entry: on a big dealer group the whole
        list takes seconds to read, while the first dealers' queues do not grow with it."""
        if self.isVisible() and not self.model.total and not self._first_pending:
            saved = QSettings()
            market, dealer, program = (
                str(saved.value(f"waitlist/{key}", "") or "") or None
                for key in ("market", "dealer", "program")
            )
            self._first_pending = True
            self.tasks.read(
                lambda session: first_entries(
                    session, market=market, dealer=dealer, program=program
                ),
                self._show_first,
            )
        super().refresh()

    def _show_first(self, rows: list[EntryRow]) -> None:
        self._first_pending = False
        if self.model.total:  # the whole list was quicker
            return
        # Already of the remembered program, market and dealer; the flag and the search
        # are applied here as they will be to every row.
        flag = str(QSettings().value("waitlist/flag") or "") or None
        self._index = _index_of(rows)
        self.model.set_rows(
            rows, self._index.matching(self.filter.text().strip().lower(), flag=flag)
        )
        self.count.setText(self.tr("the first {shown}; reading the others…").format(
            shown=grouped(self.model.rowCount())))  # fmt: skip

    def load(self, session: Session) -> tuple[list[EntryRow], Choices, RowFilter[EntryRow]]:
        rows = list_entries(session)
        index = _index_of(rows)  # built here, off the UI thread: filters look rows up in it
        return rows, choices(session), index

    def show_data(self, data: tuple[list[EntryRow], Choices, RowFilter[EntryRow]]) -> None:
        rows, options, index = data
        selected = self.selected()
        self.options = options
        self._fill_combos(options)
        self._index = index
        self.model.set_rows(rows)
        self.apply_filters()
        if self._reveal is not None:
            entry_id, dealer = self._reveal
            self._reveal = None
            if not self.select_entry(entry_id):
                self.show_only(dealer=dealer or None)
                self.select_entry(entry_id)
                self.tasks.say(self.tr("The filters were changed to show the customer just added."))
            return
        if selected is not None and self.select_entry(selected.id):
            # The same row stays current, so Qt says nothing: the pane would keep showing
            # the flag from before a revert.
            self._show_detail()

    def selected(self) -> EntryRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        for row, entry in enumerate(self.model.rows()):
            if entry.id == entry_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _show_detail(self, *_args: Any) -> None:
        entry = self.selected()
        if entry is None:
            self.detail.clear()
            return

        def show(detail: EntryDetail) -> None:
            self.detail.setHtml(
                render_entry(detail, translated("Value", entry.flag), explain_row(entry))
            )

        self.tasks.read(lambda session: entry_detail(session, entry.id), show)

    # -- columns ---------------------------------------------------------------------------

    def _default_widths(self) -> None:
        # Narrow enough that Specification (stretched, last: the least needed) shows at 1600 px.
        for column, width in enumerate((48, 160, 60, 170, 88, 72, 82, 82, 100, 45)):
            self.table.setColumnWidth(column, width)

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Any, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_action = action(self.tr("&Add customer…"), "Ctrl+N", self.add_entry, "addEntry")
        # F2, not Ctrl+E: that is File > Export the waitlist, and two owners make neither work.
        self.edit_action = action(self.tr("&Edit…"), "F2", self.edit_entry, "editEntry")
        self.up_action = action(self.tr("Move &up"), "Ctrl+Up", lambda: self.move_by(-1), "moveUp")
        self.down_action = action(
            self.tr("Move &down"), "Ctrl+Down", lambda: self.move_by(1), "moveDown"
        )
        self.assign_action = action(
            self.tr("A&ssign a unit"), "Ctrl+Shift+A", self.assign, "assign"
        )
        self.cancel_action = action(
            self.tr("&Cancel entry…"), "Ctrl+Shift+C", self.cancel, "cancel"
        )
        self.refund_action = action(
            self.tr("&Refund deposit…"), "Ctrl+Shift+R", self.refund, "refund"
        )
        self.deliver_action = action(
            self.tr("Mark &delivered"), "Ctrl+Shift+D", self.deliver, "deliver"
        )
        self.letter_action = action(
            self.tr("&Write a letter…"), "Ctrl+L", self.write_letter, "letter"
        )
        self.export_customer_action = action(
            self.tr("E&xport the customer's data…"), "", self._export_customer, "exportCustomer"
        )
        self.erase_customer_action = action(
            self.tr("Erase the customer's personal data…"),
            "",
            self._erase_customer,
            "eraseCustomer",
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        bar = QHBoxLayout()
        for act in (self.add_action, self.edit_action, self.up_action, self.down_action,
                    self.assign_action, self.cancel_action, self.refund_action,
                    self.deliver_action, self.undo_action, self.redo_action):  # fmt: skip
            button = QToolButton()
            button.setDefaultAction(act)
            bar.addWidget(button)
        bar.addStretch(1)
        self.layout_.insertLayout(3, bar)

    def change_actions(self) -> tuple[QAction, ...]:
        """What changes an entry: switched off when the database is open read-only."""
        return (self.add_action, self.edit_action, self.up_action, self.down_action,
                self.assign_action, self.cancel_action, self.refund_action, self.deliver_action,
                self.erase_customer_action)  # fmt: skip

    def _context_menu(self, point: Any) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        for act in (self.edit_action, self.up_action, self.down_action, self.assign_action,
                    self.cancel_action, self.refund_action, self.deliver_action,
                    self.letter_action):  # fmt: skip
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.export_customer_action)
        menu.addAction(self.erase_customer_action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _export_customer(self) -> None:
        entry = self.selected()
        if entry is not None:
            export_customer_data(self, self.tasks, entry.id)

    def _erase_customer(self) -> None:
        entry = self.selected()
        if entry is not None:
            erase_customer_data(self, self.tasks, entry.id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def write_letter(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.letter_requested.emit(ids)

    def _after(self, result: WaitlistResult) -> None:
        window = self.window()
        message = result.summary + (f" {result.warning}" if result.warning else "")
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)
        if result.warning:
            QMessageBox.information(self, self.tr("Over-subscribed"), result.warning)

    def add_entry(self) -> None:
        if self.options is None or not self.options.dealers:
            return
        dialog = AddEntryDialog(self.options, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.submit_new_entry(dialog.request())

    def submit_new_entry(self, request: dict[str, Any]) -> None:
        run_undoable(
            self.tasks, self.undo_stack, self.tr("Add customer"),
            lambda session: service.add_entry(session, **request),
            inverse=lambda result: back_to(result.entry_id, "cancelled", None, "Undo: add"),
            redo_again=lambda result: back_to(
                result.entry_id, "waiting", request.get("position"), "Redo: add"
            ),
            done=lambda result: self._reveal_new(result, request),
        )  # fmt: skip

    def _reveal_new(self, result: WaitlistResult, request: dict[str, Any]) -> None:
        self._after(result)
        # Shown once the rows come back (show_data), even if the filters would hide it.
        self._reveal = (result.entry_id, str(request.get("dealer") or ""))

    def edit_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.tasks.read(lambda session: entry_detail(session, entry.id), self._edit_dialog)

    def _edit_dialog(self, detail: EntryDetail) -> None:
        dialog = EditEntryDialog(
            detail.customer, detail.specification, detail.deposit_terms, detail.notes, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        spec, terms, notes = dialog.values()
        self.submit_edit(detail, service.EntryDetails(spec, terms, notes))

    def submit_edit(self, detail: EntryDetail, details: service.EntryDetails) -> None:
        before = service.EntryDetails(detail.specification, detail.deposit_terms, detail.notes)
        # The first save carries the version the dialog was filled from, so an edit made
        # meanwhile at another desk is not overwritten; redo after undo builds on our own.
        seen: list[int | None] = [detail.version]

        def save(session: Session) -> service.WaitlistResult:
            expected, seen[0] = seen[0], None
            return service.update_details(
                session, entry_id=detail.id, details=details, expected_version=expected
            )

        run_undoable(
            self.tasks, self.undo_stack,
            self.tr("Edit {customer}").format(customer=detail.customer),
            save,
            inverse=lambda _r: lambda session: service.update_details(
                session, entry_id=detail.id, details=before
            ),
            done=self._after,
        )  # fmt: skip

    def _reason(self, title: str, prompt: str) -> str | None:
        """Asked again, in the same place, until there is a reason or the person cancels."""
        while True:
            text, ok = QInputDialog.getText(self, title, prompt)
            if not ok:
                return None
            if text.strip():
                return text.strip()
            prompt = self.tr("A reason is required (it is kept with the change). {prompt}").format(
                prompt=prompt
            )

    def move_by(self, step: int) -> None:
        entry = self.selected()
        if entry is None or entry.position is None:
            return
        target = entry.position + step
        if target < 1:
            return
        reason = self._reason(
            self.tr("Move entry"),
            self.tr("Why does {customer} move to {target}?").format(
                customer=entry.customer, target=target
            ),
        )
        if reason is None:
            return
        origin = entry.position
        seen = first_time(entry.version)
        run_undoable(
            self.tasks, self.undo_stack,
            self.tr("Move {customer} to {target}").format(customer=entry.customer, target=target),
            lambda session: service.move(
                session, entry_id=entry.id, to_position=target, reason=reason,
                expected_version=seen(),
            ),
            inverse=lambda _r: lambda session: service.move(
                session, entry_id=entry.id, to_position=origin, reason=f"Undo: {reason}"
            ),
            done=self._after,
        )  # fmt: skip

    def assign(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason = None
        if entry.position and entry.position > 1:
            reason = self._reason(
                self.tr("Assign out of order"),
                self.tr(
                    "{count} customer(s) are ahead of {customer}. Why do they get the unit?"
                ).format(count=entry.position - 1, customer=entry.customer),
            )
            if reason is None:
                return
        seen = first_time(entry.version)
        self._status_change(
            entry, self.tr("Assign a unit to {customer}").format(customer=entry.customer),
            lambda session: service.assign(
                session, entry_id=entry.id, reason=reason, expected_version=seen()
            ),
        )  # fmt: skip

    def cancel(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason = self._reason(
            self.tr("Cancel entry"),
            self.tr("Why is {customer}'s entry cancelled?").format(customer=entry.customer),
        )
        if reason is not None:
            seen = first_time(entry.version)
            self._status_change(
                entry, self.tr("Cancel {customer}").format(customer=entry.customer),
                lambda session: service.cancel(
                    session, entry_id=entry.id, reason=reason, expected_version=seen()
                ),
            )  # fmt: skip

    def refund(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        reason = self._reason(
            self.tr("Refund deposit"),
            self.tr("Why is {customer}'s deposit refunded?").format(customer=entry.customer),
        )
        if reason is not None:
            seen = first_time(entry.version)
            self._status_change(
                entry, self.tr("Refund {customer}").format(customer=entry.customer),
                lambda session: service.refund(
                    session, entry_id=entry.id, reason=reason, expected_version=seen()
                ),
            )  # fmt: skip

    def deliver(self) -> None:
        entry = self.selected()
        if entry is not None:
            seen = first_time(entry.version)
            self._status_change(
                entry, self.tr("Deliver to {customer}").format(customer=entry.customer),
                lambda session: service.deliver(
                    session, entry_id=entry.id, expected_version=seen()
                ),
            )  # fmt: skip

    def _status_change(self, entry: EntryRow, text: str, operation: Any) -> None:
        status, position = entry.status, entry.position

        def done(result: WaitlistResult) -> None:
            self._after(result)
            if result.next_in_line is not None:
                QMessageBox.information(
                    self, self.tr("A unit came free"), result.next_in_line.sentence()
                )

        run_undoable(
            self.tasks, self.undo_stack, text, operation,
            inverse=lambda _r: back_to(entry.id, status, position, f"Undo: {text}"),
            done=done,
        )  # fmt: skip


def _index_of(rows: list[EntryRow]) -> RowFilter[EntryRow]:
    return RowFilter(rows, {"program": lambda r: r.program, "market": lambda r: r.market,
                            "dealer": lambda r: r.dealer_code, "flag": lambda r: r.flag},
                     lambda r: r.haystack)  # fmt: skip
