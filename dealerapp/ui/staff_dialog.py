"""File > Staff and roles…: who works here and what they may do (changing it needs an admin)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealerapp.db.enums import StaffRole
from dealerapp.services import staff
from dealerapp.services.changes import Changed
from dealerapp.services.staff import StaffView
from dealerapp.ui.tasks import Tasks

# In English, marked for translation: shown with QCoreApplication.translate("StaffDialog", …).
ROLE_HELP = {
    StaffRole.ADVISOR: str(
        QT_TRANSLATE_NOOP("StaffDialog", "the daily waitlist work, letters, imports")
    ),
    StaffRole.MANAGER: str(
        QT_TRANSLATE_NOOP(
            "StaffDialog", "also memos, allocation cuts and transfers, letter templates"
        )
    ),
    StaffRole.ADMIN: str(QT_TRANSLATE_NOOP("StaffDialog", "also the staff list")),
}


class StaffDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Staff and roles"))
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Once someone is on this list, applying or reverting memos, cutting or "
                "transferring allocations and editing letter templates need a manager, and this "
                "list an admin. The first person added must be an admin."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Active")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._fill_form)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setPlaceholderText(
            self.tr("their login (on the shared server: the database login)")
        )
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in StaffRole:
            help_text = QCoreApplication.translate("StaffDialog", ROLE_HELP[role])
            self.role.addItem(f"{role.value}: {help_text}", role.value)
        self.active = QCheckBox(self.tr("may work here"))
        self.active.setChecked(True)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save this person"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.people: list[StaffView] = []
        self.reload()

    def reload(self) -> None:
        self.tasks.read(lambda session: staff.list_staff(session), self._show)

    def _show(self, people: list[StaffView]) -> None:
        self.people = people
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            cells = (person.username, person.display_name, person.role.value,
                     self.tr("yes") if person.active else self.tr("no"))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _fill_form(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        person = self.people[rows[0].row()]
        self.username.setText(person.username)
        self.display_name.setText(person.display_name)
        self.role.setCurrentIndex(self.role.findData(person.role.value))
        self.active.setChecked(person.active)

    def save(self) -> None:
        username, name = self.username.text(), self.display_name.text()
        role, active = StaffRole(self.role.currentData()), self.active.isChecked()
        self.tasks.write(
            lambda session: staff.save_staff(session, username, name, role, active=active),
            title=self.tr("Saving the staff list"), changes=frozenset({Changed.CUSTOMERS}),
            done=lambda _person: self.reload(), error_title=self.tr("Staff and roles"),
        )  # fmt: skip
