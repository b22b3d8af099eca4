"""Render the main window on the demo data to PNG files in this folder.

QT_QPA_PLATFORM=offscreen python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.services.demo import load_demo
from dealerapp.ui.app import make_application
from dealerapp.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
PAGES = {"Dashboard": "dashboard.png", "Waitlist": "waitlist.png"}


def main() -> None:
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(resolve_database(str(Path(folder) / "demo.sqlite3")))
        with db.unit_of_work() as session:
            load_demo(session)
        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        for title, name in PAGES.items():
            window.show_page(title)
            app.processEvents()
            window.grab().save(str(HERE / name))
            print(HERE / name)
        window.close()
        db.close()


if __name__ == "__main__":
    main()
