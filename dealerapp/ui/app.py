"""Starting the window: the Qt application, the database, the first-start offer of demo data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dealerapp.config import DatabaseLocation, remember_database
from dealerapp.db.backups import Backup
from dealerapp.db.database import Database
from dealerapp.db.faults import as_sentence, explain
from dealerapp.db.restore import restore_backup
from dealerapp.errors import DamagedDatabaseError, DealerAppError
from dealerapp.logs import setup_logging, where_it_failed
from dealerapp.paths import missing_files, resources_dir
from dealerapp.ui.display import Opening, falling_back, tell, why_no_window
from dealerapp.ui.language import install_translators
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.open_elsewhere import OpenMark
from dealerapp.ui.who_dialog import choose_user

log = logging.getLogger(__name__)


def make_application(opening: Opening | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    with falling_back() as fell:
        app = QApplication(sys.argv)
    if opening is not None:
        opening.fallback_armed, opening.messages = fell.fallback_armed, fell.messages
    # QSettings keys (window geometry, page filters) live under these names.
    app.setOrganizationName("dealerapp")
    app.setApplicationName("dealerapp")
    app.setStyleSheet(load_style_sheet())
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dealerapp-256.png")))
    # Before any window is built: every text is set once, in the chosen language.
    install_translators(app)
    return app


def load_style_sheet() -> str:
    path = resources_dir() / "style" / "app.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def run_window(location: DatabaseLocation, *, load_demo_if_empty: bool = False) -> int:
    opening = Opening()
    app = make_application(opening)
    log_file = setup_logging()
    no_window = why_no_window(app.platformName(), opening)
    if no_window is not None:
        log.error("%s", no_window)
        tell(no_window)
        return 1
    missing = missing_files()
    if missing:
        log.error("incomplete installation, missing: %s", ", ".join(missing))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Start", "dealerapp is incomplete"),
            QCoreApplication.translate(
                "Start",
                "Files that come with dealerapp are missing, so it cannot start:\n\n{files}"
                "\n\nInstall dealerapp again.",
            ).format(files="\n".join(missing)),
        )
        return 1
    sys.excepthook = lambda kind, error, trace: show_unexpected(kind, error, trace, log_file)
    desk = Desk(load_demo_if_empty)
    if not desk.open(location):
        return desk.exit_code
    try:
        return app.exec()
    finally:
        desk.close()


class Desk:
    """The window and its database; another database replaces both (File > Open, Connect)."""

    def __init__(self, load_demo_if_empty: bool) -> None:
        self.window: MainWindow | None = None
        self.mark: OpenMark | None = None
        self.load_demo_if_empty = load_demo_if_empty
        self.exit_code = 1

    def open(self, location: DatabaseLocation) -> bool:
        mark = OpenMark(location)
        if not mark.claim(self.window):
            self.exit_code = 0
            return False
        # The window does not wait for the file's quick check: it runs once the window
        # is up, and only writes wait for it.
        db = open_or_offer_restore(location, check_later=True)
        if db is None:
            mark.release()
            return False
        if not choose_user(db):
            db.close()
            mark.release()
            self.exit_code = 0
            return False
        window = MainWindow(db)
        window.open_requested.connect(self.switch)
        if db.integrity.pending:  # before any read's answer arrives, which may hit damage
            window.tasks.check_integrity(lambda damaged: self.damaged(location, damaged))
        window.show()
        for warning in db.warnings:
            QMessageBox.warning(
                window, QCoreApplication.translate("Start", "About this database"), warning
            )
        window.show_welcome_if_empty(load_demo=self.load_demo_if_empty)
        previous, self.window = self.window, window
        previous_mark, self.mark = self.mark, mark
        if previous is not None:
            # The new window is up before the old one goes, so Qt never sees no window.
            previous.close()
            previous.db.close()
        if previous_mark is not None:
            previous_mark.release()
        return True

    def damaged(self, location: DatabaseLocation, damaged: DamagedDatabaseError) -> None:
        """The check found the open file damaged: it takes no writes; offer the backup."""
        window = self.window
        if window is None or window.db.location != location:
            return
        window.db.close()  # the damaged file is left alone before it is replaced
        if offer_restore(window, location, damaged):
            if self.mark is not None:  # reopened here: this window's own mark is no obstacle
                self.mark.release()
                self.mark = None
            self.open(location)

    def switch(self, location: DatabaseLocation) -> None:
        """Open another database; kept for the next start (and the command line) once it opens."""
        if self.open(location):
            remember_database(location)

    def close(self) -> None:
        if self.window is not None:
            self.window.db.close()
        if self.mark is not None:
            self.mark.release()


def open_or_offer_restore(
    location: DatabaseLocation, *, check_later: bool = False
) -> Database | None:
    """Open the database; a damaged one gets the offer to restore its newest good backup.

    Never a crash loop: if the person declines, or there is no backup, the
    message says what to do and the app ends cleanly. With `check_later` the
    file's quick check is left to run once the window is up (see Desk.open).
    """
    try:
        return Database.open(location, check_later=check_later)
    except DamagedDatabaseError as damaged:
        if not offer_restore(None, location, damaged):
            return None
        try:
            return Database.open(location)
        except DealerAppError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("Start", "dealerapp cannot open the database"),
                str(exc),
            )  # fmt: skip
            return None
    except Exception as exc:
        explained = explain(exc, location)
        if explained is None:
            raise
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Start", "dealerapp cannot open the database"),
            as_sentence(explained),
        )
        return None


def offer_restore(
    parent: QWidget | None, location: DatabaseLocation, damaged: DamagedDatabaseError
) -> bool:
    """Say the file is damaged and offer its newest good backup; True once it is restored."""
    backup = damaged.backup
    title = QCoreApplication.translate("Start", "The database is damaged")
    if not isinstance(backup, Backup):
        QMessageBox.critical(parent, title, str(damaged))
        return False
    answer = QMessageBox.critical(
        parent,
        title,
        f"{damaged}\n\n"
        + QCoreApplication.translate(
            "Start",
            "Restore the backup taken {when} now? The damaged file is kept among the backups.",
        ).format(when=f"{backup.taken_at:%Y-%m-%d %H:%M}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(location, backup.path)
    except DealerAppError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Start", "The backup could not be restored"),
            str(exc),
        )
        return False
    return True


def show_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None, log_file: Path
) -> None:
    """An error nobody planned for: logged (without personal data), shown, and the app goes on."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    explained = explain(error)
    if explained is not None:
        # A full disk or a lock held elsewhere: the person can act on it, nothing is broken.
        log.warning("%s", where_it_failed(kind, error, trace))
        QMessageBox.warning(QApplication.activeWindow(), "dealerapp", as_sentence(explained))
        return
    log.error("unexpected error:\n%s", where_it_failed(kind, error, trace))
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Start", "Something went wrong"),
        f"{error}\n\n"
        + QCoreApplication.translate(
            "Start",
            "The window keeps running; nothing half-done was saved. What happened and where "
            "is written to the log: {log}",
        ).format(log=log_file),
    )
