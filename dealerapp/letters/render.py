"""Letters onto paper: QTextDocument pages painted onto a QPdfWriter (QtGui only, no widgets).

US and Canadian dealers print on Letter with the address where a #10 window
envelope shows it; everyone else on A4 with the DIN 5008 address field.
A letter longer than a page flows on and gets page numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from dealerapp.db.enums import PaperSize
from dealerapp.errors import DealerAppError, StorageError
from dealerapp.files import write_file_atomically
from dealerapp.letters import templates
from dealerapp.letters.fonts import letter_font
from dealerapp.services.letter_data import LetterData

POINT = 1.0  # the writer works at 72 dpi: one unit is one typographic point


@dataclass(frozen=True)
class Paper:
    size: QPageSize.PageSizeId
    margins: tuple[float, float, float, float]  # left, top, right, bottom in points
    address_gap: float  # space above the return-address line, so the address sits in the window
    date_gap: float


PAPERS = {
    # #10 window: about 2 in from the top edge, 7/8 in from the left.
    PaperSize.LETTER: Paper(QPageSize.PageSizeId.Letter, (63, 40, 54, 54), 58, 10),
    # DIN 5008 form B: the address field starts 45 mm from the top, 20 mm from the left.
    PaperSize.A4: Paper(QPageSize.PageSizeId.A4, (62, 40, 50, 56), 50, 10),
}


# French window envelopes (NF Z 10-011) show the address on the right: about 100 mm from
# the paper's left edge, so this far (in points) from the left margin. DIN 5008 (DE, AT,
# CH) and the US #10 window keep it on the left.
ADDRESS_INDENT = {"FR": 221, "BE": 221, "LU": 221, "MC": 221}


@dataclass(frozen=True)
class Letter:
    data: LetterData
    html: str


def compose(
    template: str,
    data: LetterData,
    extra: dict[str, Any] | None = None,
    *,
    source: str | None = None,
) -> Letter:
    """The letter's HTML from a template (or its edited `source`) and the entry's data."""
    paper = PAPERS[data.paper]
    context: dict[str, Any] = {
        # The plain data objects themselves: Jinja2 reads their fields, nothing is copied.
        **{
            field.name: getattr(data, field.name) for field in fields(data) if field.name != "paper"
        },
        "layout": {
            "address_gap": paper.address_gap,
            "date_gap": paper.date_gap,
            "address_indent": ADDRESS_INDENT.get(data.dealer.country, 0),
        },
        "closing": data.closing,
        "subject": "",
        "message": "",
        **(extra or {}),
    }
    return Letter(data, templates.render(template, context, source=source, language=data.language))


def _ensure_gui() -> None:
    # QTextDocument needs a Qt application for fonts. The CLI has none of its own and
    # may run with no screen at all: PDFs need none, so it asks for the offscreen one.
    if QGuiApplication.instance() is None:
        _ensure_gui.app = QGuiApplication(  # type: ignore[attr-defined]
            ["dealerapp", "-platform", "offscreen"]
        )


# Told after each letter is painted; False stops the run (nothing is written).
Progress = Callable[[], bool]


class LettersCancelled(DealerAppError):
    """The person stopped a letters run: no file was written and nobody was logged."""


def write_pdf(
    letters: Iterable[Letter], target: Path | None = None, progress: Progress | None = None
) -> tuple[bytes, int]:
    """All letters into one PDF; returns its bytes and pages, and writes it to `target` if given.

    Painted into memory first: a file appears only whole, under a temporary
    name that is renamed when complete, and a PDF that cannot be written is an
    error here rather than thousands of painter warnings and no file.
    """
    _ensure_gui()
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setCreator("dealerapp")
    writer.setTitle("Letters")
    pages = paint_letters(writer, letters, progress)
    buffer.close()
    pdf = bytes(buffer.data().data())
    if pages and b"/FontFile" not in pdf:
        # Qt paints letters with no font it can embed as empty pages, and says nothing.
        raise StorageError(
            "the letters would have no text (no font could be embedded in the PDF); "
            "nothing was written or logged"
        )
    if target is not None:
        write_file_atomically(target, pdf)
    return pdf, pages


def paint_letters(
    device: QPagedPaintDevice, letters: Iterable[Letter], progress: Progress | None = None
) -> int:
    """Letters onto a PDF writer or a printer, each on its own paper; returns the pages."""
    painter: QPainter | None = None
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(letter_font(10))
    document.setDocumentMargin(0)
    current: Paper | None = None
    pages = 0
    for letter in letters:
        paper = PAPERS[letter.data.paper]
        if paper is not current:
            # Changing the layout costs; a batch is mostly one paper.
            device.setPageLayout(
                QPageLayout(
                    QPageSize(paper.size), QPageLayout.Orientation.Portrait,
                    QMarginsF(*paper.margins), QPageLayout.Unit.Point,
                )
            )  # fmt: skip
            current = paper
        if painter is None:
            painter = QPainter(device)
            if not painter.isActive():
                raise StorageError(
                    "the letters could not be started: Qt could not open the PDF "
                    "or printer for painting; nothing was written or logged"
                )
        else:
            device.newPage()
        if letter.data.dealer.logo_image:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl("dealer-logo"),
                QImage.fromData(letter.data.dealer.logo_image),
            )  # fmt: skip
        pages += _paint(painter, device, document, letter.html)
        if progress is not None and not progress():
            painter.end()
            raise LettersCancelled("the letters were stopped; no file was written")
    if painter is not None:
        painter.end()
    return pages


def _paint(painter: QPainter, device: QPagedPaintDevice, document: QTextDocument, html: str) -> int:
    # Pixels of the device: points for our 72 dpi PDFs, printer dots for a printer.
    scale = device.logicalDpiY() / 72
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    size = QSizeF(area.width(), area.height() - 18 * POINT * scale)
    if document.pageSize() != size:
        # Only when the paper changes: setting it lays the document out again.
        document.setPageSize(size)
    document.setHtml(html)
    count = document.pageCount()
    height = document.pageSize().height()
    for page in range(count):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, area.width(), height))
        painter.restore()
        if count > 1:
            painter.setFont(letter_font(8))
            painter.drawText(
                QRectF(0, area.height() - 12 * POINT * scale, area.width(), 12 * POINT * scale),
                int(Qt.AlignmentFlag.AlignCenter), f"Page {page + 1} of {count}",
            )  # fmt: skip
    return count
