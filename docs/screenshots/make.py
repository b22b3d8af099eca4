"""Render the main window on the demo data to PNG files in this folder.

QT_QPA_PLATFORM=offscreen python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A first start: no remembered window size, filters or column widths.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="dealerapp-screenshots-")

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.readers import read_file
from dealerapp.memos.store import import_memo
from dealerapp.paths import seeds_dir
from dealerapp.services.demo import load_demo
from dealerapp.ui.app import make_application
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.orders import OrdersPage

HERE = Path(__file__).resolve().parent
PAGES = {
    "Dashboard": "dashboard.png",
    "Waitlist": "waitlist.png",
    "Allocations": "allocations.png",
    "Memos": "memo-import.png",
    "Orders": "orders.png",
    "Letters": "letters.png",
    "Audit": "audit.png",
}


def settle(window: MainWindow) -> None:
    app = make_application()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if window.tasks.idle:
            app.processEvents()
            return
        time.sleep(0.02)


def main() -> None:
    make_application()
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(resolve_database(str(Path(folder) / "demo.sqlite3")))
        with db.unit_of_work() as session:
            load_demo(session)
            memo_id = import_memo(
                session, read_file(seeds_dir() / "memos" / "bmwna-us-allocation-filled.eml")
            ).memo_id
        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        settle(window)
        for title, name in PAGES.items():
            window.show_page(title)
            settle(window)
            if title == "Memos":
                window.memos.select_memo(memo_id)
                settle(window)
            if title == "Orders":
                orders_page = window.page("Orders")
                assert isinstance(orders_page, OrdersPage)
                orders_page.stages.setCurrentRow(5)  # in transit
                orders_page.table.selectRow(0)
                settle(window)
            if title == "Letters":
                # The letters of the US memo's case: apply it first.
                with db.unit_of_work() as session:
                    memo_apply.apply(session, memo_id)
                window.refresh_all()
                settle(window)
            window.grab().save(str(HERE / name))
            print(HERE / name)
        window.close()
        db.close()


if __name__ == "__main__":
    main()
