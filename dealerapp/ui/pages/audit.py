"""The Audit page: every change that matters, who made it and when, with filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.services import staff
from dealerapp.services.audit_view import AuditChoices, AuditRow, audit_choices, list_audit
from dealerapp.ui.language import grouped
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.tables import data_table

LIMIT = 5000
COLUMNS: list[Column[AuditRow]] = [
    Column("When", lambda r: f"{r.at.astimezone():%Y-%m-%d %H:%M:%S}"),
    Column("Who", lambda r: r.actor),
    Column("What", lambda r: r.action),
    Column("Summary", lambda r: r.summary, tooltip=lambda r: r.summary),
]


@dataclass(frozen=True)
class _AuditData:
    choices: AuditChoices
    rows: list[AuditRow]
    names: dict[str, str]


class AuditPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Audit"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Every change that matters, newest first: who made it, when, and what it was. "
            "Filter by person, kind of work, words or dates.",
        )
    )

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        filters = QHBoxLayout()
        self.actor = QComboBox()
        self.area = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Words in the summary…"))
        self.text.setClearButtonEnabled(True)
        self.use_since = QCheckBox(self.tr("Since"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        for label, widget in ((self.tr("Who"), self.actor), (self.tr("What"), self.area)):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setMinimumWidth(140)
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        self.layout_.addLayout(filters)
        self.model: RowTableModel[AuditRow] = RowTableModel(COLUMNS, self)
        self.table = data_table("audit", self.model, select_rows=True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel()
        self.layout_.addWidget(self.count)
        self.actor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.area.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text.returnPressed.connect(self.refresh)
        self.text.textChanged.connect(lambda text: self.refresh() if not text else None)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())

    def filters(self) -> dict[str, Any]:
        since: date | None = self.since.date().toPython() if self.use_since.isChecked() else None  # type: ignore[assignment]
        return {
            "actor": self.actor.currentData(),
            "area": self.area.currentData(),
            "text": self.text.text() or None,
            "since": since,
        }

    def load(self, session: Session) -> _AuditData:
        names = {person.username: person.display_name for person in staff.list_staff(session)}
        rows = list_audit(session, limit=LIMIT, **self.filters())
        return _AuditData(audit_choices(session), rows, names)

    def show_data(self, data: Any) -> None:
        assert isinstance(data, _AuditData)
        for combo, values, everyone in (
            (self.actor, data.choices.actors, self.tr("Everyone")),
            (self.area, data.choices.areas, self.tr("Everything")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                shown = data.names.get(value, value) if combo is self.actor else value
                combo.addItem(shown if shown == value else f"{shown} ({value})", value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.model.set_rows(data.rows)
        self.table.resizeColumnsToContents()
        shown, total = grouped(len(data.rows)), grouped(data.choices.total)
        self.count.setText(
            self.tr("{shown} of {total} changes shown (the newest {limit})").format(
                shown=shown, total=total, limit=grouped(LIMIT)
            )
            if len(data.rows) == LIMIT
            else self.tr("{shown} of {total} changes shown").format(shown=shown, total=total)
        )
