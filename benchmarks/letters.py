"""1,000 letters to one PDF through dealerapp, and the same letters through ReportLab.

    QT_QPA_PLATFORM=offscreen python benchmarks/letters.py [--letters 1000]

Uses the generated database of benchmarks/servability.py (US closed and
filled there). The app's path includes the database query, the Jinja2
rendering and QTextDocument onto QPdfWriter; the baseline draws the very same
letter texts (taken from the app's data) with ReportLab's platypus. Needs
`pip install reportlab` (BSD), used here only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from dealerapp.config import resolve_database
from dealerapp.db.database import Database
from dealerapp.letters.batch import write_letters
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import recipients
from dealerapp.services.servability import Servability


def reportlab_letters(data: list, path: Path) -> int:  # type: ignore[type-arg]
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = []
    for item in data:
        for line in (item.dealer.name, f"{item.dealer.street} · {item.dealer.postal_line}"):
            story.append(Paragraph(line, styles["Normal"]))
        story.append(Spacer(1, 40))
        for line in item.customer.address_lines:
            story.append(Paragraph(line, styles["Normal"]))
        story.append(Spacer(1, 20))
        story.append(Paragraph(f"{item.dealer.city}, {item.today}", styles["Normal"]))
        story.append(Paragraph(f"{item.customer.salutation},", styles["Normal"]))
        story.append(Paragraph(item.explanation, styles["Normal"]))
        story.append(Paragraph(f"Your deposit of {item.deposit.amount} will be refunded.",
                               styles["Normal"]))  # fmt: skip
        story.append(Paragraph(item.dealer.signatory_name, styles["Normal"]))
        story.append(PageBreak())
    size = letter if data and data[0].paper.value == "letter" else A4
    document = SimpleDocTemplate(str(path), pagesize=size)
    document.build(story)
    return len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from PySide6.QtGui import QGuiApplication
    from servability import database

    app = QGuiApplication(["bench", "-platform", "offscreen"])  # noqa: F841 - alive to the end
    db = Database.open(resolve_database(str(database(100_000))))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "app.pdf"
        started = time.perf_counter()
        with db.reading() as session:
            flags: dict = {}  # type: ignore[type-arg]
            ids = recipients(
                session, reason="unservable", template="unservable_refund",
                status=Servability.UNSERVABLE, flags_out=flags,
            )[: args.letters]  # fmt: skip
            result = write_letters(
                session, template="unservable_refund", entry_ids=ids, out=out, flags=flags
            )
        app_time = time.perf_counter() - started
        with db.reading() as session:
            data = letter_data(session, ids)
        started = time.perf_counter()
        reportlab_letters(data, Path(folder) / "reportlab.pdf")
        baseline = time.perf_counter() - started
    db.close()
    print(f"{result.letters:,} letters, {result.pages:,} pages")
    print(f"dealerapp (query + templates + QTextDocument/QPdfWriter): {app_time:6.2f} s")
    print(f"ReportLab (the same texts, drawing only):                  {baseline:6.2f} s")
    print(f"ratio dealerapp / ReportLab: {app_time / baseline:5.2f}x")
    # With ReportLab and Qt in one process, Python's final garbage collection
    # aborts inside a C extension after all work is done; the figures are out.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
