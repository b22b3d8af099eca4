"""Starting the window: the Qt application, the database, the first-start offer of demo data."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from dealerapp.config import DatabaseLocation
from dealerapp.db.database import Database
from dealerapp.errors import DealerAppError
from dealerapp.paths import resources_dir
from dealerapp.ui.main_window import MainWindow


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    # QSettings keys (window geometry, page filters) live under these names.
    app.setOrganizationName("dealerapp")
    app.setApplicationName("dealerapp")
    app.setStyleSheet(load_style_sheet())
    return app


def load_style_sheet() -> str:
    path = resources_dir() / "style" / "app.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def run_window(location: DatabaseLocation, *, load_demo_if_empty: bool = False) -> int:
    app = make_application()
    try:
        db = Database.open(location)
    except DealerAppError as exc:
        QMessageBox.critical(None, "dealerapp cannot open the database", str(exc))
        return 1
    window = MainWindow(db)
    window.show()
    window.offer_demo_if_empty(ask=not load_demo_if_empty)
    try:
        return app.exec()
    finally:
        db.close()
