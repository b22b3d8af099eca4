"""Orders: every ordered unit by stage, its timeline of codes, status edits and the letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.db.enums import OrderStage
from dealerapp.services import orders
from dealerapp.services.changes import Changed
from dealerapp.services.orders import STAGE_LABELS, CodeRow, OrderDetail, OrderRow
from dealerapp.ui.language import translated
from dealerapp.ui.models.row_table import Column, RowTableModel
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.tables import data_table, remember_columns

STAGE_COLOURS = {
    OrderStage.CANCELLED: "#f4cccc", OrderStage.HOLD: "#fce5cd",
    OrderStage.DELIVERED: "#d9ead3", OrderStage.AT_DEALER: "#d9ead3",
}  # fmt: skip


def _stage(stage: OrderStage) -> str:
    """An order stage's name in the window's language."""
    return translated("Value", STAGE_LABELS[stage])


ORDER_COLUMNS: list[Column[OrderRow]] = [
    Column("Order", lambda r: r.order_number),
    Column("Customer", lambda r: r.customer),
    Column("Dealer", lambda r: r.dealer_code, tooltip=lambda r: r.dealer),
    Column("Program", lambda r: r.program),
    Column("Code", lambda r: r.code, tooltip=lambda r: f"{r.oem} {r.code}: {r.label}"),
    Column(
        "Stage",
        lambda r: translated("Value", r.stage_label),
        colour=lambda r: STAGE_COLOURS.get(r.stage),
    ),
    Column("Since", lambda r: r.status_date.isoformat()),
    Column("Week", lambda r: r.production_week or ""),
    Column("VIN", lambda r: r.vin or ""),
    Column("ETA", lambda r: r.eta.isoformat() if r.eta else ""),
    Column("Status", lambda r: r.label, tooltip=lambda r: r.label),
]


@dataclass(frozen=True)
class OrdersData:
    rows: list[OrderRow]
    codes: list[CodeRow]


class OrdersPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Orders"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Every ordered unit from order to delivery, by the OEM's status codes. Choose a stage "
            "on the left; a locked specification can no longer be changed.",
        )
    )
    watches = frozenset({Changed.ORDERS, Changed.ENTRIES})
    letter_requested = Signal(list, str)
    import_requested = Signal()

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        self.codes: list[CodeRow] = []
        self.stage: OrderStage | None = None
        self.detail: OrderDetail | None = None
        self.stages = QListWidget()
        self.stages.setObjectName("orderStages")
        self.stages.setFixedWidth(170)
        self.stages.currentRowChanged.connect(self._stage_chosen)
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(self.tr("Find an order, customer, dealer or VIN…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.model: RowTableModel[OrderRow] = RowTableModel(ORDER_COLUMNS, self)
        self.table = data_table("ordersTable", self.model, select_rows=True)
        remember_columns(self.table, "orders/table")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._order_chosen())
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("orderTimeline")
        buttons = QHBoxLayout()
        self.status_button = QPushButton(self.tr("Change status…"))
        self.details_button = QPushButton(self.tr("VIN, ETA, specification…"))
        self.letter_button = QPushButton(self.tr("Order status letter…"))
        self.import_button = QPushButton(self.tr("Import status file…"))
        for button, slot in (
            (self.status_button, self.change_status),
            (self.details_button, self.edit_details),
            (self.letter_button, self.letter),
            (self.import_button, self.import_requested.emit),
        ):  # fmt: skip
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stages)
        split.addWidget(middle)
        split.addWidget(self.timeline)
        split.setSizes([170, 700, 330])
        self.layout_.addWidget(split, 1)
        self._enable()
        self.refresh()

    def load(self, session: Session) -> OrdersData:
        return OrdersData(orders.list_orders(session), orders.list_codes(session))

    def show_data(self, data: OrdersData) -> None:
        self.codes = data.codes
        chosen = self.selected()
        self.model.set_rows(data.rows)
        counts = orders.stage_counts(data.rows)
        self.stages.blockSignals(True)
        self.stages.clear()
        self.stages.addItem(
            QListWidgetItem(self.tr("All orders ({count})").format(count=len(data.rows)))
        )
        for stage in OrderStage:
            item = QListWidgetItem(f"{_stage(stage)} ({counts[stage]})")
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            self.stages.addItem(item)
        row = 0 if self.stage is None else list(OrderStage).index(self.stage) + 1
        self.stages.setCurrentRow(row)
        self.stages.blockSignals(False)
        self._filter()
        if chosen is not None:
            self.select_order(chosen.order_number)

    def _stage_chosen(self, row: int) -> None:
        self.stage = None if row <= 0 else list(OrderStage)[row - 1]
        self._filter()

    def _filter(self) -> None:
        words = self.search.text().lower().split()
        stage = self.stage

        def accept(row: OrderRow) -> bool:
            if stage is not None and row.stage is not stage:
                return False
            text = f"{row.order_number} {row.customer} {row.dealer_code} {row.dealer} {row.vin}"
            return all(word in text.lower() for word in words)

        self.model.set_filter(accept)
        self._order_chosen()

    def selected(self) -> OrderRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_order(self, number: str) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.order_number == number:
                self.table.selectRow(row)
                return True
        return False

    def _order_chosen(self) -> None:
        row = self.selected()
        self._enable()
        if row is None:
            self.detail = None
            self.timeline.setHtml("<p>" + self.tr("Choose an order to see its history.") + "</p>")
            return
        self.tasks.read(lambda session: orders.order_detail(session, row.id), self._show_detail)

    def _show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        row = detail.row
        steps = "".join(
            f"<tr><td>{step.status_date.isoformat()}</td><td><b>{escape(step.code)}</b></td>"
            f"<td>{escape(step.label)}<br/><small>{_stage(step.stage)} · "
            f"{escape(step.source.value)} · {escape(step.author)}</small></td></tr>"
            for step in reversed(detail.history)
        )
        order = self.tr("Order {number}").format(number=escape(row.order_number))
        entry = self.tr("entry {id}").format(id=row.entry_id)
        since = self.tr("{stage} since {date}").format(
            stage=translated("Value", row.stage_label), date=row.status_date.isoformat()
        )
        vin = self.tr("VIN {vin}").format(vin=escape(row.vin or "–"))
        week = self.tr("Production week {week}").format(week=escape(row.production_week or "–"))
        eta = self.tr("ETA {eta}").format(eta=row.eta.isoformat() if row.eta else "–")
        spec = self.tr("Specification (locked)") if row.spec_locked else self.tr("Specification")
        timeline = self.tr("Timeline")
        self.timeline.setHtml(
            f"<h3>{order}</h3>"
            f"<p>{escape(row.customer)}<br/>{escape(row.dealer)} · {escape(row.program)} · "
            f"{entry}</p>"
            f"<p><b>{escape(row.code)} {escape(row.label)}</b><br/>{since}</p>"
            f"<p>{vin}<br/>{week}<br/>{eta}</p>"
            f"<p><b>{spec}</b><br/>{escape(detail.specification or '–')}</p>"
            f"<h4>{timeline}</h4><table cellpadding='3'>{steps}</table>"
        )

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.status_button, self.details_button, self.letter_button):
            button.setEnabled(chosen)

    def change_status(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = StatusDialog(row, [c for c in self.codes if c.oem == row.oem], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, day = dialog.choice()
        self.tasks.write(
            lambda session: orders.set_status(
                session, order=row.order_number, code=code, status_date=day
            ),
            title=self.tr("Changing the order status…"),
            changes=frozenset({Changed.ORDERS, Changed.ENTRIES}),
            error_title=self.tr("Order status"),
        )

    def edit_details(self) -> None:
        row = self.selected()
        detail = self.detail
        if row is None or detail is None or detail.row.id != row.id:
            return
        dialog = DetailsDialog(detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.tasks.write(
            lambda session: orders.update_details(session, order=row.order_number, **values),
            title=self.tr("Saving the order…"),
            changes=frozenset({Changed.ORDERS}),
            error_title=self.tr("Order details"),
        )

    def letter(self) -> None:
        row = self.selected()
        if row is not None:
            self.letter_requested.emit([row.entry_id], "order_status_update")


class StatusDialog(QDialog):
    def __init__(self, row: OrderRow, codes: list[CodeRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status of order {number}").format(number=row.order_number))
        form = QFormLayout(self)
        self.code = QComboBox()
        self.code.setObjectName("statusCode")
        for code in codes:
            self.code.addItem(
                f"{code.code}  {code.label} ({_stage(code.stage)})",
                code.code,
            )
            if code.code == row.code:
                self.code.setCurrentIndex(self.code.count() - 1)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("statusDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("New status"), self.code)
        form.addRow(self.tr("As of"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[str, date]:
        chosen = self.date.date()
        return str(self.code.currentData()), date(chosen.year(), chosen.month(), chosen.day())


class DetailsDialog(QDialog):
    def __init__(self, detail: OrderDetail, parent: QWidget) -> None:
        super().__init__(parent)
        row = detail.row
        self.setWindowTitle(self.tr("Order {number}").format(number=row.order_number))
        form = QFormLayout(self)
        self.vin = QLineEdit(row.vin or "")
        self.vin.setObjectName("orderVin")
        self.vin.setMaxLength(20)
        self.week = QLineEdit(row.production_week or "")
        self.week.setPlaceholderText("2011-18")
        self.eta = QLineEdit(row.eta.isoformat() if row.eta else "")
        self.eta.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.spec = QLineEdit(detail.specification or "")
        self.spec.setObjectName("orderSpecification")
        if row.spec_locked:
            self.spec.setEnabled(False)
            self.spec.setToolTip(
                self.tr(
                    "{code} ({label}) locks the specification: it can no longer change."
                ).format(code=row.code, label=row.label)
            )
        for label, widget in ((self.tr("VIN"), self.vin), (self.tr("Production week"), self.week),
                              (self.tr("ETA"), self.eta),
                              (self.tr("Specification"), self.spec)):  # fmt: skip
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            self.values()
        except ValueError:
            self.eta.setFocus()
            self.eta.setToolTip(self.tr("Write the date as YYYY-MM-DD, e.g. 2011-08-02"))
            self.eta.setStyleSheet("background: #f4cccc;")
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        eta_text = self.eta.text().strip()
        values: dict[str, Any] = {
            "vin": self.vin.text(), "production_week": self.week.text(),
        }  # fmt: skip
        if eta_text:
            values["eta"] = date.fromisoformat(eta_text)
        if self.spec.isEnabled():
            values["specification"] = self.spec.text()
        return values
