"""Reading a spreadsheet (CSV, XLSX, XLS, ODS) into a header and rows of text.

Every value comes back as text, the way the person sees it in the cell, so
one set of checks serves CSV and Excel alike: Excel dates become ISO dates,
whole numbers lose the ".0" Excel stores them with.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from dealerapp.errors import InputError

MAX_BYTES = 200 * 1024 * 1024
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SUFFIXES = (".csv", ".txt", *SPREADSHEET_SUFFIXES)


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet; row numbers are the spreadsheet's own (the header is row 1)."""

    name: str
    headers: tuple[str, ...]
    rows: list[list[str]]
    first_row: int = 2

    def row_number(self, index: int) -> int:
        return self.first_row + index


def read_sheet(path: Path) -> Sheet:
    """The first sheet of a spreadsheet file, or a CSV file; refuses what it cannot read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{path.name}: not a spreadsheet dealerapp reads (use .csv, .xlsx, .xls or .ods)"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    if size == 0:
        raise InputError(f"{path.name}: the file is empty")
    if size > MAX_BYTES:
        raise InputError(f"{path.name}: {size // 1_048_576} MB is more than dealerapp reads")
    if suffix in SPREADSHEET_SUFFIXES:
        headers, rows = _workbook(path)
    else:
        headers, rows = _csv(path)
    if not any(headers):
        raise InputError(f"{path.name}: the first row should name the columns, but it is empty")
    if not rows:
        raise InputError(f"{path.name}: there are column names but no rows below them")
    return Sheet(path.name, headers, rows)


def _csv(path: Path) -> tuple[tuple[str, ...], list[list[str]]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path.name}: this is not a text file (is it a spreadsheet renamed?)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 fails only on five unused bytes
        text = raw.decode("latin-1")
    # Spreadsheets saved in much of Europe separate with semicolons.
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    if first.count("\t") > max(first.count(";"), first.count(",")):
        delimiter = "\t"
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputError(f"{path.name}: not readable as CSV ({exc})") from exc
    records = _trim(records)
    if not records:
        raise InputError(f"{path.name}: the file holds no rows")
    headers = tuple(cell.strip() for cell in records[0])
    # Cells a CSV export guarded against formulas are read back by row_cells (report.py).
    return headers, records[1:]


def _workbook(path: Path) -> tuple[tuple[str, ...], list[list[str]]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        if not workbook.sheet_names:
            raise InputError(f"{path.name}: the workbook has no sheets")
        values = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except InputError:
        raise
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError(f"{path.name}: not a readable spreadsheet ({exc})") from exc
    records = _trim(
        [[cell if type(cell) is str else _cell_text(cell) for cell in row] for row in values]
    )
    if not records:
        raise InputError(f"{path.name}: the first sheet is empty")
    return tuple(cell.strip() for cell in records[0]), records[1:]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _trim(records: list[list[str]]) -> list[list[str]]:
    """Drop wholly empty rows at the end and the empty columns spreadsheets pad rows with."""
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()
    return records
