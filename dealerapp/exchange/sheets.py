"""Reading a spreadsheet (CSV, XLSX, XLS, ODS) into a header and rows of text.

Every value comes back as text, the way the person sees it in the cell, so
one set of checks serves CSV and Excel alike: Excel dates become ISO dates,
whole numbers lose the ".0" Excel stores them with. A workbook's cells are
kept as read and turned into text when asked for: a whole sheet's rows at
once (`rows`), or only the columns an import maps (`column_texts`), which at
100,000 rows spares converting every cell nobody reads.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from itertools import zip_longest
from pathlib import Path
from typing import Any, TypeVar

from dealerapp.errors import InputError
from dealerapp.exchange.guard import TRIGGERS
from dealerapp.gc_pause import cycle_collection_paused

MAX_BYTES = 200 * 1024 * 1024
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SUFFIXES = (".csv", ".txt", *SPREADSHEET_SUFFIXES)


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet; row numbers are the spreadsheet's own (the header is row 1)."""

    name: str
    headers: tuple[str, ...]
    # The rows below the header as read: text, or a workbook's numbers, dates and booleans.
    cells: list[list[Any]]
    first_row: int = 2
    # Other sheets of the same workbook that an import asked for, by their name.
    companions: dict[str, Sheet] = field(default_factory=dict)
    # False when the whole file was searched for a cell our CSV export guarded against
    # formulas ('=..., '+..., see guard.py) and none was found: nothing to undo then.
    may_hold_guarded: bool = True
    # True when every cell is already text (a CSV file).
    all_text: bool = True

    def row_number(self, index: int) -> int:
        return self.first_row + index

    @property
    def size(self) -> int:
        """How many rows there are below the header."""
        return len(self.cells)

    @cached_property
    def rows(self) -> list[list[str]]:
        """Every row's cells as text."""
        if self.all_text:
            return self.cells
        return [[cell if type(cell) is str else cell_text(cell) for cell in row]
                for row in self.cells]  # fmt: skip

    def column_texts(self, indexes: Iterable[int]) -> dict[int, Sequence[str]]:
        """The cells of the columns asked for (0 is the first), as text; a short row's
        missing cells, and a column beyond every row, are empty."""
        by_column = _transposed(self.cells)
        texts: dict[int, Sequence[str]] = {}
        for index in indexes:
            if index >= len(by_column):
                texts[index] = [""] * self.size
                continue
            column = by_column[index]
            if not self.all_text and set(map(type, column)) != {str}:
                column = tuple(cell if type(cell) is str else cell_text(cell) for cell in column)
            texts[index] = column
        return texts


def _transposed(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The rows as columns, a short row padded with empty cells (transposed by zip, in C)."""
    if not rows:
        return []
    if len(set(map(len, rows))) == 1:
        return list(zip(*rows, strict=True))
    return list(zip_longest(*rows, fillvalue=""))


def read_sheet(path: Path, *, companions: tuple[str, ...] = ()) -> Sheet:
    """The first sheet of a spreadsheet file, or a CSV file; refuses what it cannot read.

    `companions` names other sheets of a workbook to read along with it (where present).
    """
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
    others: dict[str, Sheet] = {}
    rows: list[list[Any]]
    with cycle_collection_paused():  # a list per row, and nothing to collect among them
        if suffix in SPREADSHEET_SUFFIXES:
            sheets = _workbook(path, companions)
            headers, rows = sheets.pop(None)
            for name, (other_headers, other_rows) in sheets.items():
                assert name is not None
                others[name] = Sheet(f"{path.name}, sheet {name}", other_headers, other_rows,
                                     all_text=False)  # fmt: skip
        else:
            headers, rows, guarded = _csv(path)
    if not any(headers):
        raise InputError(f"{path.name}: the first row should name the columns, but it is empty")
    if not rows:
        raise InputError(f"{path.name}: there are column names but no rows below them")
    workbook = suffix in SPREADSHEET_SUFFIXES
    return Sheet(path.name, headers, rows, companions=others,
                 may_hold_guarded=workbook or guarded, all_text=not workbook)  # fmt: skip


def _csv(path: Path) -> tuple[tuple[str, ...], list[list[str]], bool]:
    """The header, the rows, and whether any cell may carry the export's formula guard."""
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
    # Cells a CSV export guarded against formulas are read back by Columns (columns.py).
    return headers, records[1:], _MAYBE_GUARDED.search(text) is not None


Grid = tuple[tuple[str, ...], list[list[Any]]]
R = TypeVar("R", bound=Sequence[object])
_MAYBE_GUARDED = re.compile("'[" + "".join(re.escape(trigger) for trigger in TRIGGERS) + "]")


def _workbook(path: Path, companions: tuple[str, ...]) -> dict[str | None, Grid]:
    """The first sheet (under None) and the companions found (under their asked-for name)."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _refuse_huge_xlsx(path)
    found: dict[str | None, Grid] = {}
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        if not workbook.sheet_names:
            raise InputError(f"{path.name}: the workbook has no sheets")
        found[None] = _grid(path, workbook.get_sheet_by_index(0).to_python(skip_empty_area=False))
        names = {name.casefold(): name for name in workbook.sheet_names[1:]}
        for wanted in companions:
            actual = names.get(wanted.casefold())
            if actual is not None:
                values = workbook.get_sheet_by_name(actual).to_python(skip_empty_area=False)
                found[wanted] = _grid(path, values, allow_empty=True)
    except InputError:
        raise
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError(f"{path.name}: not a readable spreadsheet ({exc})") from exc
    return found


def _grid(path: Path, values: list[list[Any]], *, allow_empty: bool = False) -> Grid:
    records = _trim(values)
    if not records:
        if allow_empty:
            return (), []
        raise InputError(f"{path.name}: the first sheet is empty")
    return tuple(cell_text(cell).strip() for cell in records[0]), records[1:]


# calamine lays a sheet out as a full grid from A1 to its furthest cell, so one stray
# cell at XFD1048576 asks for seventeen thousand million cells and aborts the process.
MAX_CELLS = 20_000_000
_ROW = re.compile(rb'<row r="([0-9]+)"')
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]+)')
_ANY_REFERENCE = re.compile(rb'\br="([A-Z]+)([0-9]+)"')


def _refuse_huge_xlsx(path: Path) -> None:
    """Refuse a workbook whose sheet reaches too far, before calamine lays it out.

    The columns are read exactly; the rows from the row elements, and a cell
    claiming a row with more digits than any row element is refused outright,
    so a damaged file's grid is at most ten times what it declares.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
            for part in parts:
                if archive.getinfo(part).file_size > MAX_BYTES * 20:
                    raise InputError(f"{path.name}: a sheet unpacks to more than dealerapp reads")
                _check_extent(path, archive.read(part))
    except InputError:
        raise
    except Exception as exc:  # zipfile and zlib raise many kinds on damaged files
        raise InputError(f"{path.name}: not a readable spreadsheet ({exc})") from exc


def _check_extent(path: Path, xml: bytes) -> None:
    declared = max((int(row) for row in _ROW.findall(xml)), default=0)
    if not declared or not _references_come_first(xml):
        # Not how spreadsheet programs write: read every cell reference, slowly but exactly.
        references = _ANY_REFERENCE.findall(xml)
        letters = {column for column, _row in references}
        rows = max((int(row) for _column, row in references), default=declared)
    else:
        letters = _columns_used(xml)
        digits = len(str(declared))
        beyond = re.search(rb'<c r="([A-Z]+[0-9]{%d,})"' % (digits + 1), xml)
        if beyond is not None:
            cell = beyond.group(1).decode("ascii")[:24]
            raise InputError(
                f"{path.name}: the cell {cell} lies far beyond the sheet's {declared:,} rows; "
                "the file is damaged"
            )
        rows = declared
    columns = max((_column_number(column) for column in letters), default=0)
    if rows * columns > MAX_CELLS:
        raise InputError(
            f"{path.name}: a sheet spans {rows:,} rows and {columns:,} columns, more than "
            "dealerapp reads; is there something far below or right of the data?"
        )


def _references_come_first(xml: bytes) -> bool:
    """Whether every r="…" attribute is the first of its row or cell element (as spreadsheet
    programs and our export write them), so the searches for `<row r="` and `<c r="` see
    every reference. A cell may still have none (its place follows the one before).
    Three counts run at memory speed where a pattern per cell would not."""
    anywhere = xml.count(b' r="')
    return anywhere == xml.count(b'<c r="') + xml.count(b'<row r="')


_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+[0-9]+:([A-Z]+)[0-9]+"')


def _columns_used(xml: bytes) -> set[bytes]:
    """The column letters of the sheet's cells: its declared last column when no cell lies
    beyond it (one search, not a match per cell), else every cell's column."""
    declared = _DIMENSION.search(xml[:4096])
    if declared is not None:
        last = declared.group(1)
        beyond = re.compile(rb'<c r="(?:%s)[0-9]' % _letters_after(last))
        if beyond.search(xml) is None:
            return {last}
    return set(_CELL_COLUMN.findall(xml))


def _letters_after(last: bytes) -> bytes:
    """A pattern for every column name that comes after `last` (longer, or same length
    and later in the alphabet)."""
    choices = [rb"[A-Z]{%d,}" % (len(last) + 1)]
    for index, letter in enumerate(last):
        if letter < ord("Z"):
            rest = len(last) - index - 1
            later = rb"[%c-Z]" % (letter + 1)
            choices.append(last[:index] + later + (rb"[A-Z]{%d}" % rest if rest else b""))
    return b"|".join(choices)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64  # b"A" is 65
    return number


def cell_text(value: object) -> str:
    """A workbook cell's value as the person sees it in the cell."""
    if type(value) is str:
        return value
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


def _trim(records: list[R]) -> list[R]:
    """Drop wholly empty rows at the end and the empty columns spreadsheets pad rows with."""
    while records and not any(cell_text(cell).strip() for cell in records[-1]):
        records.pop()
    return records
