"""A batch of letters: compose them, write one PDF or one per customer, and log what was sent."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from dealerapp.db.enums import LetterOutput
from dealerapp.errors import InputError
from dealerapp.files import check_writable_folder, new_files
from dealerapp.letters.render import Letter, Progress, compose, write_pdf
from dealerapp.letters.templates import template_info, template_languages
from dealerapp.services.letter_data import letter_data
from dealerapp.services.letters_log import SentLetter, log_sent
from dealerapp.services.servability import EntryFlag


@dataclass(frozen=True)
class BatchResult:
    letters: int
    pages: int
    files: tuple[Path, ...]
    logged: int
    # Customers whose own language has no such letter, by that language: they get the
    # market's language or English.
    fell_back: dict[str, int] = field(default_factory=dict)


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
    language: str | None = None,
) -> list[Letter]:
    """Each customer's letter in their language where the letter exists in it, else the
    market's, else English (`language` overrides)."""
    template_info(template)  # a clear message for an unknown name, before any work
    languages = template_languages(template)
    if language is not None and language not in languages:
        known = ", ".join(sorted(languages))
        raise InputError(f"the letter {template!r} is not written in {language!r} (it is in: "
                         f"{known})")  # fmt: skip
    data = letter_data(session, entry_ids, flags=flags, languages=languages, language=language)
    return [compose(template, one) for one in data]


@dataclass(frozen=True)
class Rendered:
    files: tuple[Path, ...]
    pages: int
    copies: tuple[SentLetter, ...]


def render_letters(
    letters: list[Letter],
    out: Path | None,
    one_per_customer: Path | None,
    keep_copies: bool,
    progress: Progress | None = None,
) -> Rendered:
    """The PDF files, and each letter's own PDF when it is to be logged.

    Every file appears only when all of them are complete: a full disk halfway
    through leaves none of this batch's files and no temporary ones.
    Qt paints here, so in the window this runs on the UI thread: Qt's text layout
    from a worker thread can deadlock against the UI thread's event loop.
    """
    pages = 0
    copies: list[SentLetter] = []
    with new_files() as files:
        if out is not None:
            pdf, pages = write_pdf(letters, progress=progress)
            files.write_bytes(out, pdf)
        if one_per_customer is not None or keep_copies:
            for letter in letters:
                pdf, count = write_pdf([letter], progress=progress)
                name = f"{letter.data.entry.id}-{safe_file_name(letter.data.customer.name)}.pdf"
                if one_per_customer is not None:
                    files.write_bytes(one_per_customer / name, pdf)
                copies.append(
                    SentLetter(
                        letter.data.entry.id, letter.data.customer.id, pdf, name, letter.data.flag
                    )
                )
                if out is None:
                    pages += count
        written = files.commit()
    return Rendered(written, pages, tuple(copies))


def render_steps(letters: list[Letter], out: Path | None, one_per_customer: Path | None,
                 keep_copies: bool) -> int:  # fmt: skip
    """How many times render_letters reports progress: once per letter painted."""
    return len(letters) * ((out is not None) + (one_per_customer is not None or keep_copies))


def check_output(out: Path | None, one_per_customer: Path | None) -> None:
    """Where the letters go can be written, checked before a letter is composed."""
    if out is not None:
        check_writable_folder(out.parent)
    if one_per_customer is not None:
        check_writable_folder(one_per_customer, create=True)


def log_copies(session: Session, template: str, copies: tuple[SentLetter, ...]) -> int:
    info = template_info(template)
    return log_sent(
        session, list(copies), template=template, reason=info.reason, output=LetterOutput.PDF,
        tells_flag=info.tells_flag,
    ).count  # fmt: skip


def write_letters(
    session: Session,
    *,
    template: str,
    entry_ids: list[int],
    out: Path | None,
    one_per_customer: Path | None = None,
    mark_sent: bool = False,
    flags: dict[int, EntryFlag] | None = None,
    language: str | None = None,
) -> BatchResult:
    """Render the letters (nothing is written if any template fails), then log them if asked."""
    check_output(out, one_per_customer)
    letters = compose_letters(session, template, entry_ids, flags, language)
    # Logged only now, once every file exists in full; the caller's transaction
    # then commits the log, so a failure here logs nothing.
    rendered = render_letters(letters, out, one_per_customer, mark_sent)
    logged = log_copies(session, template, rendered.copies) if mark_sent else 0
    return BatchResult(len(letters), rendered.pages, rendered.files, logged, fallbacks(letters))


def fallbacks(letters: list[Letter]) -> dict[str, int]:
    """How many customers, by their own language, get a letter in another one."""
    found: dict[str, int] = {}
    for letter in letters:
        if letter.data.fell_back:
            wanted = letter.data.wanted_language
            found[wanted] = found.get(wanted, 0) + 1
    return found
