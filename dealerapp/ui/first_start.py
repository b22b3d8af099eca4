"""The ways into dealerapp: the demo, the guided set-up, another file, the shared server.

The welcome page offers all four on an empty database; the File menu keeps
them within reach later. Opening another database is the window's owner's
job (app.py): this only asks which one, and says so through `open_requested`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from dealerapp.config import DatabaseLocation, resolve_database
from dealerapp.services.changes import Changed
from dealerapp.services.status import is_empty
from dealerapp.ui.connect_dialog import ConnectDialog
from dealerapp.ui.language import grouped

if TYPE_CHECKING:
    from dealerapp.ui.main_window import MainWindow

DATABASE_FILES = str(
    QT_TRANSLATE_NOOP(
        "StartChoices", "dealerapp databases (*.sqlite3 *.sqlite *.db);;All files (*)"
    )
)


if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from dealerapp.services.demo import DemoLoadResult
    from dealerapp.services.setup_overview import SetupOverview
    from dealerapp.ui.setup_flow import SetupFlow


class StartChoices(QObject):
    open_requested = Signal(object)  # a DatabaseLocation

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.flow: SetupFlow | None = None

    # -- the demo ----------------------------------------------------------------------------

    def try_demo(self, *, replace: bool = False) -> None:
        window = self.window
        loaded_text = self.tr("Demo data loaded: {count} waitlist entries")

        def loaded(result: DemoLoadResult) -> None:
            entries = result.counts.get("waitlist entries", 0)
            window.show_app("Dashboard")
            window.statusBar().showMessage(loaded_text.format(count=grouped(entries)), 8000)

        window.tasks.write(
            lambda session: _load_demo(session, replace=replace),
            title=self.tr("Loading the demo data"), changes=frozenset(Changed), done=loaded,
        )  # fmt: skip

    def load_demo_data(self) -> None:
        """File > Load demo data: on a database with data, only after saying what it deletes."""
        with self.window.db.reading() as session:
            empty = is_empty(session)
        if not empty:
            answer = QMessageBox.warning(
                self.window, self.tr("Replace all data?"),
                self.tr("This database already holds data. Loading the demo data deletes every "
                        "dealer, customer, entry and memo in it first.\n\nReplace everything "
                        "with the demo?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.try_demo(replace=not empty)

    # -- the guided set-up -------------------------------------------------------------------

    def start_setup(self) -> None:
        from dealerapp.services.setup_overview import setup_overview

        self.window.tasks.read(setup_overview, self._open_flow, error_title=self.tr("Setup"))

    def _open_flow(self, overview: SetupOverview) -> None:
        from dealerapp.ui.setup_flow import SetupFlow  # the set-up's forms, when first wanted

        flow = SetupFlow(self.window.tasks, overview, self.window)
        flow.import_requested.connect(self._import_waitlist)
        flow.finished.connect(lambda _code: self._flow_closed())
        self.flow = flow
        flow.open()

    def _flow_closed(self) -> None:
        self.flow = None
        self.window.after_setup()

    def _import_waitlist(self) -> None:
        from dealerapp.ui.widgets.import_dialog import WAITLIST

        self.window.show_app("Waitlist")
        self.window.import_file(WAITLIST)

    # -- another database --------------------------------------------------------------------

    def open_file(self) -> None:
        folder = str(QSettings().value("database/lastFolder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a dealerapp database"),
            folder,
            QCoreApplication.translate("StartChoices", DATABASE_FILES),
        )
        if name:
            QSettings().setValue("database/lastFolder", str(Path(name).parent))
            self.open_requested.emit(resolve_database(name))

    def connect_server(self) -> None:
        dialog = ConnectDialog(self.window.tasks, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            location: DatabaseLocation | None = dialog.location()
            if location is not None:
                self.open_requested.emit(location)


def _load_demo(session: Session, *, replace: bool) -> DemoLoadResult:
    from dealerapp.services.demo import load_demo  # the demo's files and loader, late

    return load_demo(session, replace=replace)
