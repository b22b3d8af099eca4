"""Work off the UI thread: a service call in a worker, its result or error back on the UI.

Every write goes through `Tasks.write`: one unit of work in a worker thread,
a progress dialog if it takes more than a moment, the error shown in one
place, and then `changed` tells every page what kind of data moved, so each
refreshes itself (the Anki pattern from ../shared/design/EXAMPLES.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from dealerapp.config import log_directory
from dealerapp.db.database import Database
from dealerapp.db.faults import as_sentence, explain
from dealerapp.errors import DamagedDatabaseError
from dealerapp.logs import where_it_failed
from dealerapp.services.changes import Changed

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows and logs it
            self.signals.failed.emit(exc, where_it_failed(type(exc), exc, exc.__traceback__))
            return
        self.signals.finished.emit(result)


class Tasks(QObject):
    """Runs reads and writes for the window; one instance per main window."""

    changed = Signal(object)  # a frozenset[Changed]
    busy = Signal(bool)
    failed = Signal(str)  # after the error has been shown

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.pool = QThreadPool(self)
        # SQLite writes one at a time anyway; one worker keeps order simple.
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()
        self.checking = QThreadPool(self)
        self._checks: set[_Job] = set()
        self._on_damaged: Callable[[DamagedDatabaseError], None] | None = None
        self._damage_offered = False

    def read(
        self,
        query: Callable[[Session], Any],
        done: Callable[[Any], None],
        *,
        error_title: str = "Reading data",
    ) -> None:
        """Run `query` with a read-only session off the UI thread; `done` gets its result."""

        def work() -> Any:
            with self.db.reading() as session:
                return query(session)

        self._start(work, done, error_title, progress=None)

    def write(
        self,
        operation: Callable[[Session], Any],
        *,
        title: str,
        changes: frozenset[Changed],
        done: Callable[[Any], None] | None = None,
        error_title: str | None = None,
        backup: str | None = None,
        handled: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """One unit of work off the UI thread; then every page hears what changed.

        A refusal (a DealerAppError) is shown under `error_title` and changes nothing,
        unless `handled` takes it (returns True), say to ask a question instead.
        With `backup` (the reason), an automatic backup is taken first.
        """

        def work() -> Any:
            if backup is not None:
                self.db.safeguard(backup)
            with self.db.unit_of_work() as session:
                return operation(session)

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            self.changed.emit(getattr(result, "changes", None) or changes)

        self._start(work, finished, error_title or title, progress=title, handled=handled)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        title: str,
        progress: bool = True,
    ) -> None:
        """Work that needs no session (a backup, a restore) off the UI thread."""
        self._start(work, done, title, progress=title if progress else None)

    def _start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error_title: str,
        progress: str | None,
        handled: Callable[[BaseException], bool] | None = None,
    ) -> None:
        job = _Job(work)
        dialog = self._progress(progress) if progress else None
        self._jobs.add(job)
        self.busy.emit(True)

        def finish(result: Any) -> None:
            self._end(job, dialog)
            done(result)

        def fail(error: BaseException, trace: str) -> None:
            self._end(job, dialog)
            self.failed.emit(str(error))
            if handled is not None and handled(error):
                return
            self.show_error(error, trace, error_title)

        job.signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    def _progress(self, title: str) -> QProgressDialog:
        dialog = QProgressDialog(f"{title}…", "", 0, 0, self.window)
        dialog.setWindowTitle("dealerapp")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Quick work shows no dialog at all; slow work shows one after 100 ms.
        dialog.setMinimumDuration(100)
        QTimer.singleShot(0, dialog.open)
        return dialog

    def _end(self, job: _Job, dialog: QProgressDialog | None) -> None:
        self._jobs.discard(job)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        if not self._jobs:
            self.busy.emit(False)

    def show_error(self, error: BaseException, trace: str, title: str) -> None:
        explained = explain(error, self.db.location)
        if isinstance(explained, DamagedDatabaseError) and self._damaged(explained):
            return
        if explained is not None:
            QMessageBox.warning(self.window, title, as_sentence(explained))
            return
        log.error("unexpected error in %s:\n%s", title, trace)
        QMessageBox.critical(
            self.window,
            title,
            self.tr(
                "Something went wrong: {error}\n\nNothing was half-written: the change was "
                "undone. The details are in the log in {folder}."
            ).format(error=error, folder=log_directory()),
        )

    def say(self, message: str, msecs: int = 10_000) -> None:
        """A line in the window's status bar: what just happened."""
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, msecs)

    def check_integrity(self, on_damaged: Callable[[DamagedDatabaseError], None]) -> None:
        """The database file's quick check, on a thread of its own so that reads go on
        meanwhile (writes wait for it in Database.unit_of_work)."""
        job = _Job(self.db.verify)
        self._checks.add(job)
        self._on_damaged = on_damaged

        def fail(error: BaseException, trace: str) -> None:
            self._checks.discard(job)
            if isinstance(error, DamagedDatabaseError):
                self._damaged(error)
            else:  # a disk or lock error says nothing about the file; checked next start
                log.warning("the database check could not run:\n%s", trace)

        job.signals.finished.connect(
            lambda _result: self._checks.discard(job), Qt.ConnectionType.QueuedConnection
        )
        job.signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        self.checking.start(job)

    def _damaged(self, error: DamagedDatabaseError) -> bool:
        """Damage found by the check, or by a read before it finished: offered once, and
        the other reads that hit it meanwhile say nothing more."""
        if self._damage_offered:
            return True
        if self._on_damaged is None:
            return False
        self._damage_offered = True
        self._on_damaged(error)
        return True

    @property
    def idle(self) -> bool:
        """No read or write is running or waiting for its result to be shown."""
        return not self._jobs

    def wait(self, msecs: int = 10_000) -> bool:
        """For tests and shutdown: let running work finish."""
        return self.pool.waitForDone(msecs) and self.checking.waitForDone(msecs)
