"""A customer's data on request, from the waitlist: export it to a file, or erase it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from dealerapp.services.changes import Changed
from dealerapp.services.privacy import (
    Erased,
    customer_of_entry,
    erase_customer,
    write_customer_record,
)
from dealerapp.ui.tasks import Tasks


def export_customer_data(
    parent: QWidget, tasks: Tasks, entry_id: int, path: Path | None = None
) -> None:
    """Ask where (unless given), then write everything held about the entry's customer."""
    with tasks.db.reading() as session:
        customer_id, name = customer_of_entry(session, entry_id)
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate(
                "CustomerPrivacy", "Export the data held about {name}"
            ).format(name=name),
            str(Path.home() / f"customer-{customer_id}.json"), "JSON (*.json)",
        )  # fmt: skip
        if not chosen:
            return
        path = Path(chosen)
    target = path

    def written(result: Path) -> None:
        show_status(
            parent,
            QCoreApplication.translate(
                "CustomerPrivacy", "Everything held about {name} is in {file}"
            ).format(name=name, file=result),
        )

    tasks.read(
        lambda session: write_customer_record(session, customer_id, target), written,
        error_title=QCoreApplication.translate("CustomerPrivacy", "Exporting a customer's data"),
    )  # fmt: skip


def erase_customer_data(
    parent: QWidget, tasks: Tasks, entry_id: int, reason: str | None = None
) -> None:
    """Confirm with a reason (unless given), then erase the entry's customer's personal data."""
    with tasks.db.reading() as session:
        customer_id, name = customer_of_entry(session, entry_id)
    if reason is None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("CustomerPrivacy", "Erase this customer's personal data?"),
            QCoreApplication.translate(
                "CustomerPrivacy",
                "{name}'s name, address, e-mail, phone, notes and letter copies will be replaced "
                "for good; their entries, deposits and the ledger stay.\n\n"
                "Why (e.g. 'asked by letter on 20 Nov')?",
            ).format(name=name),
        )  # fmt: skip
        if not ok:
            return
        if not text.strip():
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("CustomerPrivacy", "Erase"),
                QCoreApplication.translate(
                    "CustomerPrivacy", "A reason is required; nothing was changed."
                ),
            )
            return
        reason = text.strip()
    why = reason

    def erased(result: Erased) -> None:
        show_status(
            parent,
            QCoreApplication.translate("CustomerPrivacy", "{name} is now '{placeholder}'").format(
                name=name, placeholder=result.placeholder
            ),
        )

    tasks.write(
        lambda session: erase_customer(session, customer_id, reason=why),
        title=QCoreApplication.translate("CustomerPrivacy", "Erasing customer {number}").format(
            number=customer_id
        ),
        changes=frozenset(Changed), done=erased,
        error_title=QCoreApplication.translate("CustomerPrivacy", "Erasing a customer"),
    )  # fmt: skip


def show_status(parent: QWidget, message: str) -> None:
    window = parent.window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(message, 15_000)
