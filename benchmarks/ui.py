"""The window on a big dealer group: start-up, filter changes and memory, against a bare Qt table.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui.py [--entries 100000] [--db URL]

Each side runs in its own process, timed from the moment the process is
started until the window is shown with the waitlist filled:
  app       dealerapp's MainWindow on the generated database (1,000 dealers)
  baseline  a bare PySide6 window: one QTableView over the same entries read
            with the raw driver (sqlite3, or psycopg on a PostgreSQL server given
            with --db) into a minimal QAbstractTableModel, filtered by a
            QSortFilterProxyModel
Then both change the filter five times (time per change), and report their
peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

FILTERS = ("springfield", "anna", "delivered", "zürich", "")


def app_child(path: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from dealerapp.config import resolve_database
    from dealerapp.db.database import Database
    from dealerapp.ui.main_window import MainWindow
    from dealerapp.ui.pages.waitlist import WaitlistPage

    app = QApplication(sys.argv)
    # As the window opens a database: the file's check runs in the background.
    db = Database.open(resolve_database(path), check_later=True)
    window = MainWindow(db)
    if db.integrity.pending:
        window.tasks.check_integrity(lambda damaged: print(damaged, file=sys.stderr))
    window.show_page("Waitlist")
    window.show()
    page = window.page("Waitlist")
    assert isinstance(page, WaitlistPage)
    first = 0.0
    while not (window.tasks.idle and page.model.total):
        app.processEvents()
        if not first and page.model.rowCount():
            app.processEvents()  # painted
            first = time.time()
        time.sleep(0.001)
    app.processEvents()
    shown = time.time()
    per_filter = []
    for text in FILTERS:
        started = time.perf_counter()
        page.filter.setText(text)
        app.processEvents()
        per_filter.append(time.perf_counter() - started)
    window.tasks.wait()
    db.close()
    return {"shown": shown, "first": first or shown, "rows": page.model.total,
            "filter": max(per_filter)}  # fmt: skip


BASELINE_SQL = """
SELECT e.id, mk.code, d.name, e.position, c.given_name || ' ' || c.family_name, e.joined_on,
       e.status, e.deposit_amount_minor, e.deposit_currency, e.specification
FROM waitlist_entries e JOIN customers c ON c.id = e.customer_id
JOIN dealers d ON d.id = e.dealer_id JOIN markets mk ON mk.id = d.market_id
"""


def baseline_child(path: str) -> dict[str, float]:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple[object, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=None) -> int:  # type: ignore[no-untyped-def]
            return len(self.rows)

        def columnCount(self, parent=None) -> int:  # type: ignore[no-untyped-def]
            return 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    app = QApplication(sys.argv)
    if path.startswith("postgresql"):
        import psycopg
        from sqlalchemy.engine import make_url

        plain = make_url(path).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(plain) as connection:
            rows = connection.execute(BASELINE_SQL).fetchall()
    else:
        rows = sqlite3.connect(path).execute(BASELINE_SQL).fetchall()
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = QLineEdit()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(Model(rows))
    proxy.setFilterKeyColumn(4)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.setModel(proxy)
    layout.addWidget(edit)
    layout.addWidget(table)
    edit.textChanged.connect(proxy.setFilterFixedString)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    shown = time.time()
    per_filter = []
    for text in FILTERS:
        started = time.perf_counter()
        edit.setText(text)
        app.processEvents()
        per_filter.append(time.perf_counter() - started)
    return {"shown": shown, "rows": len(rows), "filter": max(per_filter)}


def run(mode: str, path: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--child-db", path],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    result = json.loads(out.strip().splitlines()[-1])
    result["start"] = result["shown"] - started
    result["first_screen"] = result.get("first", result["shown"]) - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--child", choices=["app", "baseline"])
    parser.add_argument("--child-db")
    # As bench_db.add_db_option says; not imported here, so that the children's clocks
    # never include it.
    parser.add_argument("--db", metavar="URL", help="a PostgreSQL server to run on")
    args = parser.parse_args()
    if args.child:
        child = app_child if args.child == "app" else baseline_child
        result = child(args.child_db)
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_db import backend, database

    location = database(args.entries, args.db)
    where = str(location.sqlite_path) if location.sqlite_path is not None else location.url
    app = run("app", where)
    base = run("baseline", where)
    print(f"{backend(location)}: {int(app['rows']):,} entries, 1,000 dealers")
    print("                      dealerapp   bare QTableView   ratio")
    print(
        f"first screenful (s)  {app['first_screen']:9.2f}   {base['start']:15.2f}   "
        f"{app['first_screen'] / base['start']:5.2f}x   (target < 1 s at 100k, 1.5 s at 1M)"
    )
    print(f"start to shown (s)   {app['start']:9.2f}   {base['start']:15.2f}   "
          f"{app['start'] / base['start']:5.2f}x   (every entry; target <= 2.5x)")  # fmt: skip
    print(f"slowest filter (ms)  {app['filter'] * 1000:9.1f}   {base['filter'] * 1000:15.1f}   "
          f"{app['filter'] / base['filter']:5.2f}x   (target < 200 ms)")  # fmt: skip
    print(f"peak memory (MB)     {app['peak_mb']:9.0f}   {base['peak_mb']:15.0f}   "
          f"{app['peak_mb'] / base['peak_mb']:5.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
