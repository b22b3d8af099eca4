"""Backups in the window: every 30 minutes of use when something changed, a list, a restore."""

from __future__ import annotations

from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dealerapp.db.backups import Backup, backup_folder, list_backups, make_backup
from dealerapp.db.migrate import upgrade_database
from dealerapp.db.restore import RestoreResult, restore_backup
from dealerapp.services.changes import Changed
from dealerapp.ui.tasks import Tasks

EVERY = 30 * 60 * 1000  # thirty minutes of use


class BackupKeeper(QObject):
    """Takes the periodic backup and the restores for one window."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, tasks: Tasks, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.changed_since_backup = False
        tasks.changed.connect(self._note_change)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY)
        self.timer.timeout.connect(self.periodic)
        if tasks.db.location.sqlite_path is not None:
            self.timer.start()

    @property
    def database(self) -> Path | None:
        return self.tasks.db.location.sqlite_path

    def _note_change(self, _changes: object) -> None:
        self.changed_since_backup = True

    def periodic(self) -> None:
        """Every 30 minutes: a backup, but only if something changed since the last one."""
        if not self.changed_since_backup or self.database is None:
            return
        self.changed_since_backup = False
        self.tasks.run(
            lambda: self.tasks.db.safeguard("every-30-minutes"), lambda _b: None,
            title=self.tr("Backing up"), progress=False,
        )  # fmt: skip

    def back_up_now(self, done: object = None) -> None:
        database = self.database
        assert database is not None

        def finished(backup: Backup) -> None:
            if callable(done):
                done(backup)

        self.tasks.run(
            lambda: make_backup(database, "manual"), finished, title=self.tr("Backing up")
        )

    def restore(self, backup: Path) -> None:
        """Replace the database with `backup`; every page then reads the restored data."""
        db = self.tasks.db

        def work() -> RestoreResult:
            # The pool's connections point at the file being replaced: close them first.
            db.engine.dispose()
            result = restore_backup(db.location, backup)
            upgrade_database(db.location)
            return result

        def finished(result: RestoreResult) -> None:
            self.changed_since_backup = False
            self.tasks.changed.emit(frozenset(Changed))
            self.restored.emit(result)

        self.tasks.wait()
        self.tasks.run(work, finished, title=self.tr("Restoring {file}").format(file=backup.name))


class BackupsDialog(QDialog):
    """File > Backups…: the backups of this database, newest first; restore one."""

    def __init__(self, keeper: BackupKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        database = keeper.database
        assert database is not None
        self.database = database
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups of <b>{file}</b> in {folder}. dealerapp backs up before every memo "
                "apply or revert, import and restore, and every 30 minutes while something "
                "changes; it keeps today's, then one a day for 12 days, one a week for 10 weeks "
                "and one a month for 9 months."
            ).format(file=_escape(database.name), folder=_escape(str(backup_folder(database))))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(lambda: keeper.back_up_now(lambda _b: self.reload()))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(self._open_folder)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.backups: list[Backup] = []
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.database)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                f"{backup.taken_at:%Y-%m-%d %H:%M:%S}",
                backup.reason_text.capitalize(),
                self.tr("{size} MB").format(size=f"{backup.size / 1_048_576:.1f}"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self, *, confirm: bool = True) -> None:
        backup = self.selected()
        if backup is None:
            return
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Restore this backup?"),
                self.tr(
                    "Replace everything in the database with the backup taken {date} at {time}?"
                    "\n\nThe database as it is now is kept as a backup first, so this can be "
                    "undone by restoring that one."
                ).format(date=f"{backup.taken_at:%Y-%m-%d}", time=f"{backup.taken_at:%H:%M}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.keeper.restore(backup.path)
        self.accept()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_folder(self.database))))
