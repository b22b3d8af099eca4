"""A second window on the same database file: said before it opens, with where the first one is.

Two windows on one file are safe (SQLite keeps them apart), but each sees
the other's work only when it refreshes, and the person usually did not mean
to open it twice. A QLockFile beside the database names the computer, the
process and since when; a lock left by a window that crashed is noticed as
stale by Qt and taken over without a question.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerapp.config import DatabaseLocation


class OpenMark:
    """Held while a window has the database open; released when it closes."""

    def __init__(self, location: DatabaseLocation) -> None:
        path = location.sqlite_path
        self.path = Path(f"{path}.open") if path is not None else None
        self.lock = QLockFile(str(self.path)) if self.path is not None else None
        if self.lock is not None:
            # Only a dead process makes a lock stale, never its age: a window open all week
            # is still open.
            self.lock.setStaleLockTime(0)

    def claim(self, parent: QWidget | None = None) -> bool:
        """True to go on: no other window has it, or the person chose to open it anyway."""
        if self.lock is None or self.lock.tryLock(0):
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            # A read-only folder, say: nothing can be marked, and nothing is in the way.
            return True
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("OpenMark", "This database is already open"),
            QCoreApplication.translate(
                "OpenMark",
                "{holder}\n\nA second window works, but each shows the other's changes only "
                "after Refresh (F5). Open it here anyway?",
            ).format(holder=self.holder()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def holder(self) -> str:
        assert self.lock is not None and self.path is not None
        info = self.lock.getLockInfo()
        pid, host = (info[-3], info[-2]) if len(info) >= 3 else ("?", "?")
        try:
            since = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            return QCoreApplication.translate(
                "OpenMark",
                "dealerapp already has this database open on the computer “{host}” "
                "(process {pid}).",
            ).format(host=host, pid=pid)
        return QCoreApplication.translate(
            "OpenMark",
            "dealerapp already has this database open on the computer “{host}” "
            "(process {pid}) since {since}.",
        ).format(host=host, pid=pid, since=f"{since:%Y-%m-%d %H:%M}")

    def release(self) -> None:
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()
