"""1,000 letters to one PDF through dealerapp, and the same letters through ReportLab.

    QT_QPA_PLATFORM=offscreen python benchmarks/letters.py [--letters 1000] [--db URL]

Uses the generated database of benchmarks/bench_db.py (with --db, on a PostgreSQL
server; US closed and filled there). The app's path includes the database query,
the Jinja2 rendering and QTextDocument onto QPdfWriter; the baseline sets the very same
letters (every paragraph of the app's composed letter, its sizes and gaps)
with ReportLab's platypus, composed before its clock starts. Needs
`pip install reportlab` (BSD), used here only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dealerapp.db.database import Database
from dealerapp.letters.batch import compose_letters, write_letters
from dealerapp.services.letters_log import recipients
from dealerapp.services.servability import Servability

_PARAGRAPH = re.compile(r"<p([^>]*)>(.*?)</p>", re.DOTALL)
_SPAN = re.compile(r'<span style="font-size:([\d.]+)pt;[^"]*">(.*?)</span>', re.DOTALL)
_TOP = re.compile(r"margin-top:(\d+)px")


def reportlab_story(html: str, styles: Any) -> list[Any]:
    """The app's letter, paragraph for paragraph, in ReportLab's markup.

    The very text the app prints (letterhead, return line, address, date,
    subject, salutation, body, closing, signature) with the same sizes and
    gaps, so both sides set the same words on the same pages.
    """
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    story: list[Any] = []
    for attributes, body in _PARAGRAPH.findall(html):
        body = _SPAN.sub(r'<font size="\1">\2</font>', body)
        body = re.sub(r"<img[^>]*>(&nbsp;)*", "", body).replace("&nbsp;", " ")
        gap = _TOP.search(attributes)
        style = ParagraphStyle(
            "letter", parent=styles["Normal"], fontSize=10, leading=12,
            spaceBefore=int(gap.group(1)) if gap else 6,
            alignment=TA_RIGHT if 'align="right"' in attributes else 0,
        )  # fmt: skip
        story.append(Paragraph(body, style))
    return story


def reportlab_letters(letters: list[Any], path: Path) -> int:
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story: list[Any] = []
    for item in letters:
        story.extend(reportlab_story(item.html, styles))
        story.append(PageBreak())
    size = letter if letters and letters[0].data.paper.value == "letter" else A4
    document = SimpleDocTemplate(
        str(path), pagesize=size, leftMargin=63, rightMargin=54, topMargin=40, bottomMargin=54
    )
    document.build(story)
    return int(document.page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=1000)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_db import add_db_option, backend, database

    add_db_option(parser)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["bench", "-platform", "offscreen"])  # noqa: F841 - alive to the end
    location = database(100_000, args.db)
    db = Database.open(location)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(os.environ.get("LETTERS_BENCH_KEEP", scratch))
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
            # Composed outside the baseline's clock: ReportLab only sets the same texts.
            letters = compose_letters(session, "unservable_refund", ids, flags)
        started = time.perf_counter()
        baseline_pages = reportlab_letters(letters, Path(folder) / "reportlab.pdf")
        baseline = time.perf_counter() - started
    db.close()
    pages = f"dealerapp {result.pages:,}, ReportLab {baseline_pages:,}"
    print(f"{backend(location)}: {result.letters:,} letters; pages: {pages}")
    print(f"dealerapp (query + templates + QTextDocument/QPdfWriter): {app_time:6.2f} s")
    print(f"ReportLab (the same letters, setting only):                {baseline:6.2f} s")
    print(f"ratio dealerapp / ReportLab: {app_time / baseline:5.2f}x")
    # With ReportLab and Qt in one process, Python's final garbage collection
    # aborts inside a C extension after all work is done; the figures are out.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
