"""Render the main window on the demo data to PNG files in this folder.

QT_QPA_PLATFORM=offscreen python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A first start: no remembered window size, filters or column widths.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="dealerapp-screenshots-")

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.memos import apply as memo_apply
from dealerapp.memos.queries import directive_choices
from dealerapp.memos.readers import read_file, read_pasted
from dealerapp.memos.store import import_memo
from dealerapp.paths import seeds_dir
from dealerapp.services.demo import load_demo
from dealerapp.ui.app import make_application
from dealerapp.ui.main_window import MainWindow
from dealerapp.ui.pages.orders import OrdersPage
from dealerapp.ui.pages.setup import SetupPage
from dealerapp.ui.widgets.directive_dialog import DirectiveDialog

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
        setup = window.page("Setup")
        assert isinstance(setup, SetupPage)
        window.show_page("Setup")
        settle(window)
        for index, name in enumerate(("setup-programs.png", "setup-markets.png",
                                      "setup-dealers.png")):  # fmt: skip
            setup.tabs.setCurrentIndex(index)
            settle(window)
            save(window, name)
        dialog = setup.dealer_dialog(setup.dealers.row_at(0), None)
        dialog.show()
        settle(window)
        save(dialog, "setup-dealer-dialog.png")
        dialog.close()
        may_matter(window, db)
        window.close()
        db.close()
    set_up_from_nothing()


REVIEW = """From: BMW Canada Product Management
Date: 2 August 2011
Subject: 1M allocation review

The 1M allocation for Canada is being reviewed by BMW. Canadian dealers will hear more
in the coming weeks. The order bank for the 1M in Canada closes on 31 August 2011.
"""


def may_matter(window: MainWindow, db: Database) -> None:
    """A memo with a sentence the reader could not turn into a directive, and the dialog a
    person adds it with."""
    with db.unit_of_work() as session:
        memo_id = import_memo(session, read_pasted(REVIEW, "allocation-review.txt")).memo_id
    window.show_page("Memos")
    window.refresh_all()
    settle(window)
    window.memos.select_memo(memo_id)
    settle(window)
    view = window.memos.view
    view.may_matter_list.setCurrentRow(0)
    save(window, "memo-may-matter.png")
    detail = view.detail
    assert detail is not None and detail.may_matter
    sentence = detail.may_matter[0]
    with db.reading() as session:
        choices = directive_choices(session)
    dialog = DirectiveDialog(
        choices, sentence=sentence.text, kind=sentence.kind, market=sentence.market,
        program=sentence.program, units=sentence.units, vehicle=sentence.vehicle, parent=window,
    )  # fmt: skip
    dialog.show()
    settle(window)
    save(dialog, "memo-add-directive.png")
    dialog.close()


def save(widget: Any, name: str) -> None:
    widget.grab().save(str(HERE / name))
    print(HERE / name)


def set_up_from_nothing() -> None:
    """The first start on an empty database and the guided set-up, step by step."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(resolve_database(str(Path(folder) / "new.sqlite3")))
        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        window.show_welcome_if_empty()
        settle(window)
        save(window, "welcome.png")
        window.start.start_setup()
        settle(window)
        flow = window.start.flow
        assert flow is not None
        flow.dealer_step.country_box.setCurrentIndex(flow.dealer_step.country_box.findData("US"))
        form = flow.dealer_step.form
        for edit, text in (
            (form.name, "Lakeside Chevrolet"), (form.street, "1200 Lake Shore Drive"),
            (form.city, "Chicago"), (form.postal, "60610"), (form.phone, "(312) 555-0199"),
            (form.email, "sales@lakeside.example.com"), (form.signatory, "Dana Whitfield"),
            (form.title, "General Sales Manager"),
        ):  # fmt: skip
            edit.setText(text)
        form.region.setEditText("IL")
        settle(window)
        save(flow, "setup-1-dealership.png")
        flow.save_step()
        settle(window)
        flow.program_step.form.name.setText("Chevrolet Corvette Z06")
        flow.program_step.form.aliases.setText("Corvette Z06; C8 Z06")
        settle(window)
        save(flow, "setup-2-program.png")
        flow.save_step()
        settle(window)
        flow.allocation_step.units.setValue(3)
        settle(window)
        save(flow, "setup-3-allocation.png")
        flow.save_step()
        settle(window)
        step = flow.customers_step
        for family, given in (("Ames", "Jordan"), ("Brook", "Taylor"), ("Cole", "Morgan")):
            step.family.setText(family)
            step.given.setText(given)
            step.deposit.setText("5000")
            flow.add_customer()
            settle(window)
        step.family.setText("Dunn")
        step.given.setText("Casey")
        save(flow, "setup-4-customers.png")
        flow.reject()
        settle(window)
        # A memo about a car nobody set up yet.
        with db.unit_of_work() as session:
            memo_id = import_memo(session, read_pasted(BRONCO)).memo_id
        window.show_page("Memos")
        window.refresh_all()
        settle(window)
        window.memos.select_memo(memo_id)
        settle(window)
        save(window, "memo-untracked.png")
        window.close()
        db.close()


BRONCO = """From: Ford Allocation Desk <allocation@ford.example.com>
Date: 12 March 2026

The Ford Bronco Raptor order bank for the US is now closed. Dealers with Bronco Raptor
allocations should contact their customers.
"""


if __name__ == "__main__":
    main()
