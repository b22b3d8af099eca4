"""Who is working at this desk: chosen at start-up from the staff list (no password).

On a single desk the audit log and the roles need a name; a shared server
knows the user from the database login, so it asks nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dealerapp.db.database import Database
from dealerapp.services import audit, staff
from dealerapp.services.staff import StaffView


class WhoDialog(QDialog):
    def __init__(self, people: list[StaffView], preselect: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose your name. The audit log records it with every change."))
        )
        self.people = QComboBox()
        for person in people:
            self.people.addItem(f"{person.display_name} ({person.role.value})", person.username)
        self.people.setCurrentIndex(max(0, self.people.findData(preselect)))
        layout.addWidget(self.people)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.people.currentData())


def choose_user(db: Database) -> bool:
    """Ask who is working when the desk has a staff list; False if the person cancels."""
    if db.location.sqlite_path is None:
        return True
    with db.reading() as session:
        people = staff.list_staff(session, active_only=True)
        preselect = audit.current_actor(session)
    if not people:
        return True
    dialog = WhoDialog(people, preselect)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    audit.choose_actor(dialog.chosen())
    return True
