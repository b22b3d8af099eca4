"""A batch of letters: compose them, write one PDF or one per customer, and log what was sent."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from dealerapp.db.enums import LetterOutput
from dealerapp.letters.render import Letter, compose, write_pdf
from dealerapp.letters.templates import template_info
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import SentLetter, log_sent
from dealerapp.services.servability import EntryFlag


@dataclass(frozen=True)
class BatchResult:
    letters: int
    pages: int
    files: tuple[Path, ...]
    logged: int


def safe_file_name(text: str) -> str:
    """A name every file system accepts: "<b>Smith</b> & Sons" -> "b-Smith-b-Sons"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")
    return plain[:60] or "customer"


def compose_letters(
    session: Session,
    template: str,
    entry_ids: list[int],
    flags: dict[int, EntryFlag] | None = None,
) -> list[Letter]:
    template_info(template)  # a clear message for an unknown name, before any work
    return [compose(template, data) for data in letter_data(session, entry_ids, flags=flags)]


def write_letters(
    session: Session,
    *,
    template: str,
    entry_ids: list[int],
    out: Path | None,
    one_per_customer: Path | None = None,
    mark_sent: bool = False,
    flags: dict[int, EntryFlag] | None = None,
) -> BatchResult:
    """Render the letters (nothing is written if any template fails), then log them if asked."""
    letters = compose_letters(session, template, entry_ids, flags)
    files: list[Path] = []
    pages = 0
    if out is not None:
        _, pages = write_pdf(letters, out)
        files.append(out)
    copies: list[SentLetter] = []
    if one_per_customer is not None or mark_sent:
        if one_per_customer is not None:
            one_per_customer.mkdir(parents=True, exist_ok=True)
        for letter in letters:
            pdf, count = write_pdf([letter])
            name = f"{letter.data.entry.id}-{safe_file_name(letter.data.customer.name)}.pdf"
            if one_per_customer is not None:
                path = one_per_customer / name
                path.write_bytes(pdf)
                files.append(path)
            copies.append(SentLetter(letter.data.entry.id, letter.data.customer.id, pdf, name))
            if out is None:
                pages += count
    logged = 0
    if mark_sent:
        info = template_info(template)
        reason = info.reason
        logged = log_sent(
            session, copies, template=template, reason=reason, output=LetterOutput.PDF
        ).count
    return BatchResult(len(letters), pages, tuple(files), logged)
