"""Waitlist edits as undoable commands: a service call off the UI thread, and its inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from dealerapp.db.enums import EntryStatus
from dealerapp.services.changes import Changed
from dealerapp.services.waitlist import reinstate
from dealerapp.ui.tasks import Tasks

Operation = Callable[[Session], Any]
CHANGES = frozenset({Changed.ENTRIES, Changed.CUSTOMERS})
# For lupdate: the texts _run translates.
_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "Redo: {what}"),
    QT_TRANSLATE_NOOP("Undo", "Redone: {what}"),
    QT_TRANSLATE_NOOP("Undo", "Undo: {what}"),
    QT_TRANSLATE_NOOP("Undo", "Undone: {what}"),
)


class ServiceCommand(QUndoCommand):
    """The first run happened already (it had to succeed to be pushed); undo and redo run
    the inverse and the operation again, each as its own audited change."""

    def __init__(self, tasks: Tasks, text: str, redo: Operation, undo: Operation) -> None:
        super().__init__(text)
        self.tasks = tasks
        self._redo = redo
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo, "Redo: {what}", "Redone: {what}")

    def undo(self) -> None:
        self._run(self._undo, "Undo: {what}", "Undone: {what}")

    def _run(self, operation: Operation, title: str, said: str) -> None:
        what = self.text()
        self.tasks.write(
            operation,
            title=QCoreApplication.translate("Undo", title).format(what=what),
            changes=CHANGES,
            done=lambda _result: self.tasks.say(
                QCoreApplication.translate("Undo", said).format(what=what)
            ),
        )


def run_undoable(
    tasks: Tasks,
    stack: QUndoStack,
    text: str,
    operation: Operation,
    inverse: Callable[[Any], Operation],
    redo_again: Callable[[Any], Operation] | None = None,
    done: Callable[[Any], None] | None = None,
) -> None:
    """Run `operation`; when it succeeds, push a command whose undo is `inverse(result)`."""

    def finished(result: Any) -> None:
        again = redo_again(result) if redo_again else operation
        stack.push(ServiceCommand(tasks, text, again, inverse(result)))
        if done is not None:
            done(result)

    tasks.write(operation, title=text, changes=CHANGES, done=finished, error_title=text)


def back_to(entry_id: int, status: str, position: int | None, why: str) -> Operation:
    """The inverse of any waitlist change: the entry as it was before."""
    return lambda session: reinstate(
        session, entry_id=entry_id, status=EntryStatus(status), position=position, reason=why
    )


def first_time(version: int) -> Callable[[], int | None]:
    """The version a change was made from, on its first run only.

    The first run must not overwrite what another desk changed since the row
    was read; a redo after an undo builds on this desk's own change instead.
    """
    pending: list[int | None] = [version]

    def once() -> int | None:
        value, pending[0] = pending[0], None
        return value

    return once
