"""One memo: its text with the evidence highlighted, its directives, and the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from dealerapp.memos.apply import FlagChange, MemoPlan
from dealerapp.memos.queries import MemoDetail
from dealerapp.ui.models.directives import DirectiveTableModel
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.widgets.result_bar import ResultBar

EVIDENCE = QColor("#fff2a8")
EVIDENCE_SELECTED = QColor("#ffd54f")
MAY_MATTER = QColor("#cfe3f7")
FLAG_COLUMNS: list[Column[FlagChange]] = [
    Column("Customer", lambda c: c.customer, tooltip=lambda c: c.explanation),
    Column("Dealer", lambda c: c.dealer),
    Column("Market", lambda c: c.market),
    Column("Position", lambda c: c.position, numeric=True),
    Column("Now", lambda c: c.before.value if c.before else "—"),
    Column("Would be", lambda c: c.after.value if c.after else "—"),
]


class MemoView(QWidget):
    """Shows what the page gives it; the buttons ask the page to act."""

    apply_requested = Signal()
    revert_requested = Signal()
    scenario_requested = Signal()
    delete_requested = Signal()
    correction_requested = Signal(int, object)  # ordinal, fields
    track_requested = Signal(object)  # a VehicleMention to set up as a program
    add_requested = Signal(object)  # a MayMatter sentence to start from, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.tr("Choose a memo above, or import one."))
        self.header.setObjectName("memoHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.header)
        self.untracked = QFrame()
        self.untracked.setObjectName("untrackedVehicles")
        self.untracked.setStyleSheet(
            "QFrame#untrackedVehicles { background: #fff4d6; border: 1px solid #e0c070; "
            "border-radius: 4px; }"
        )
        untracked_layout = QHBoxLayout(self.untracked)
        self.untracked_label = QLabel()
        self.untracked_label.setObjectName("untrackedText")
        self.untracked_label.setWordWrap(True)
        self.untracked_label.setTextFormat(Qt.TextFormat.PlainText)
        untracked_layout.addWidget(self.untracked_label, 1)
        self.track_buttons = QHBoxLayout()
        untracked_layout.addLayout(self.track_buttons)
        self.untracked.hide()
        layout.addWidget(self.untracked)
        self.result = ResultBar()
        layout.addWidget(self.result)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setObjectName("memoText")
        self.text.setReadOnly(True)
        left_layout.addWidget(self.text, 3)
        self.may_matter = QFrame()
        self.may_matter.setObjectName("mayMatter")
        self.may_matter.setStyleSheet(
            "QFrame#mayMatter { background: #eef4fb; border: 1px solid #9fbfe0; "
            "border-radius: 4px; }"
        )
        may_layout = QVBoxLayout(self.may_matter)
        self.may_matter_label = QLabel()
        self.may_matter_label.setWordWrap(True)
        may_layout.addWidget(self.may_matter_label)
        self.may_matter_list = QListWidget()
        self.may_matter_list.setObjectName("mayMatterList")
        self.may_matter_list.setWordWrap(True)
        self.may_matter_list.setMaximumHeight(140)
        self.may_matter_list.currentRowChanged.connect(self._highlight)
        self.may_matter_list.itemDoubleClicked.connect(lambda _item: self._add_from_sentence())
        may_layout.addWidget(self.may_matter_list)
        self.add_from_sentence = QPushButton(self.tr("Add a directive from this sentence…"))
        self.add_from_sentence.setObjectName("addFromSentence")
        self.add_from_sentence.clicked.connect(self._add_from_sentence)
        may_layout.addWidget(self.add_from_sentence, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.may_matter)
        self.may_matter.hide()
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(self.tr("What the memo says (untick to leave one out, double-click to fix):"))
        )
        self.directives = DirectiveTableModel(
            lambda ordinal, fields: self.correction_requested.emit(ordinal, fields), self
        )
        self.directive_table = QTableView()
        self.directive_table.setObjectName("directiveTable")
        self.directive_table.setModel(self.directives)
        self.directive_table.verticalHeader().hide()
        self.directive_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.directive_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.directive_table.selectionModel().currentRowChanged.connect(self._highlight)
        right_layout.addWidget(self.directive_table, 2)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.summary)
        self.flags = RowTableModel(FLAG_COLUMNS, self)
        self.flag_table = QTableView()
        self.flag_table.setObjectName("flagChangeTable")
        self.flag_table.setModel(self.flags)
        self.flag_table.verticalHeader().hide()
        self.flag_table.setWordWrap(False)
        self.flag_table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.flag_table, 3)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyMemo")
        self.scenario_button = QPushButton(self.tr("Show scenario"))
        self.scenario_button.setObjectName("scenarioMemo")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertMemo")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteMemo")
        self.delete_button.setToolTip(
            self.tr("Delete a memo that was never applied: junk, the wrong file")
        )
        for button in (self.apply_button, self.scenario_button, self.revert_button,
                       self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button = QPushButton(self.tr("Add a directive…"))
        self.add_button.setObjectName("addDirective")
        self.add_button.setToolTip(self.tr("Something the memo says that the reader did not read"))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(None))
        buttons.addWidget(self.add_button)
        right_layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply_requested)
        self.scenario_button.clicked.connect(self.scenario_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        split.addWidget(right)
        split.setSizes([450, 650])
        layout.addWidget(split, 1)
        self.detail: MemoDetail | None = None
        self.show_memo(None)

    def _show_untracked(self, detail: MemoDetail | None) -> None:
        while self.track_buttons.count():
            item = self.track_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        vehicles = detail.untracked if detail is not None else ()
        self.untracked.setVisible(bool(vehicles))
        if not vehicles:
            return
        names = [v.name for v in vehicles]
        listed = (
            names[0] if len(names) == 1
            else self.tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
        )  # fmt: skip
        tracked = [d for d in detail.directives if d.program] if detail is not None else []
        if tracked:
            lead = (
                self.tr("It also names the {vehicles}, which no program here tracks.")
                if len(names) == 1
                else self.tr("It also names the {vehicles}, which no programs here track.")
            )
        else:
            lead = (
                self.tr("This memo is about the {vehicles}, which no program here tracks.")
                if len(names) == 1
                else self.tr("This memo is about the {vehicles}, which no programs here track.")
            )
        waiting = any(d.program is None for d in detail.directives) if detail is not None else False
        text = (
            lead.format(vehicles=listed)
            + " "
            + self.tr("Track it as a program and the memo is read again.")
        )
        if waiting:
            text += " " + self.tr("Nothing read about it applies until then.")
        self.untracked_label.setText(text)
        for vehicle in vehicles[:3]:
            button = QPushButton(self.tr("Track the {vehicle}…").format(vehicle=vehicle.name))
            button.setObjectName(f"track_{vehicle.code}")
            button.clicked.connect(lambda _=False, v=vehicle: self.track_requested.emit(v))
            self.track_buttons.addWidget(button)

    def _show_may_matter(self, detail: MemoDetail | None) -> None:
        sentences = detail.may_matter if detail is not None else ()
        self.may_matter_list.clear()
        self.may_matter.setVisible(bool(sentences))
        if not sentences:
            return
        self.may_matter_label.setText(
            self.tr(
                "May matter, read these: {count} sentence(s) name a car or a market "
                "with words such as allocate, end or delay, but gave no directive."
            ).format(count=len(sentences))
        )
        for sentence in sentences:
            self.may_matter_list.addItem(" ".join(sentence.text.split()))
        editable = detail is not None and detail.row.state != "applied"
        self.add_from_sentence.setEnabled(editable)

    def _add_from_sentence(self) -> None:
        row = self.may_matter_list.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.may_matter):
            row = 0
        if self.detail is not None and self.detail.may_matter:
            self.add_requested.emit(self.detail.may_matter[row])

    def show_memo(self, detail: MemoDetail | None) -> None:
        self.detail = detail
        self._show_untracked(detail)
        self._show_may_matter(detail)
        if detail is None:
            self.text.clear()
            self.directives.set_rows((), editable=False)
            self.flags.set_rows([])
            self.summary.clear()
            for button in (self.apply_button, self.scenario_button, self.revert_button,
                           self.delete_button, self.add_button):  # fmt: skip
                button.setEnabled(False)
            return
        row = detail.row
        self.header.setText(
            self.tr("Memo {memo}: {file} — from {sender}, {date} — {confidence} — {state}").format(
                memo=row.id,
                file=row.file_name,
                sender=row.sender or self.tr("unknown sender"),
                date=row.received_on or self.tr("undated"),
                confidence=row.confidence,
                state=row.state,
            )
        )
        self.text.setPlainText(detail.text)
        editable = row.state != "applied"
        self.directives.set_rows(detail.directives, editable=editable)
        self.apply_button.setEnabled(row.confidence == "official" and row.state != "applied")
        self.apply_button.setToolTip(
            "" if row.confidence == "official"
            else self.tr("A rumor is never applied; look at it as a scenario")
        )  # fmt: skip
        self.scenario_button.setEnabled(True)
        self.revert_button.setEnabled(row.state == "applied")
        self.delete_button.setEnabled(row.state == "imported")
        self.add_button.setEnabled(editable)
        self._highlight()

    def show_plan(self, plan: MemoPlan | None) -> None:
        if plan is None:
            self.summary.clear()
            self.flags.set_rows([])
            return
        heading = (
            self.tr("Scenario (nothing is written):") if plan.scenario
            else self.tr("Applying would:")
        )  # fmt: skip
        if self.detail and self.detail.row.state == "applied" and not plan.scenario:
            heading = self.tr("Applied:")
        lines = [heading]
        lines += [f"• {line}" for line in plan.writes] or ["• " + self.tr("change no data")]
        lines += ["• " + self.tr("note: {line}").format(line=line) for line in plan.notes]
        lines += ["• " + self.tr("left out: {line}").format(line=line) for line in plan.skipped]
        moves = plan.counts()
        lines.append(
            self.tr("Customers whose flag changes: {moves}").format(
                moves=", ".join(f"{n} {move}" for move, n in sorted(moves.items()))
                or self.tr("none")
            )
        )
        self.summary.setText("\n".join(lines))
        self.flags.set_rows(plan.flag_changes)

    def _highlight(self, *_args: Any) -> None:
        """Every directive's sentence in pale yellow, the selected one stronger."""
        if self.detail is None:
            return
        current = self.directive_table.currentIndex().row()
        selections = self._may_matter_selections()
        for row, directive in enumerate(self.detail.directives):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(directive.evidence_start)
            cursor.setPosition(directive.evidence_end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(EVIDENCE_SELECTED if row == current else EVIDENCE)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            if row == current:
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
        self.text.setExtraSelections(selections)

    def _may_matter_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The chosen sentence that may matter, in pale blue, scrolled into view."""
        assert self.detail is not None
        row = self.may_matter_list.currentRow()
        if not 0 <= row < len(self.detail.may_matter):
            return []
        sentence = self.detail.may_matter[row]
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(sentence.start)
        cursor.setPosition(sentence.end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(MAY_MATTER)
        selection.cursor = cursor
        selection.format = fmt
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        return [selection]
