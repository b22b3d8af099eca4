"""What an import found before it writes: problems by row, notes, and the all-or-nothing rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from dealerapp.errors import InputError
from dealerapp.exchange.guard import unguard
from dealerapp.exchange.mapping import ColumnMap, Field, missing_required

T = TypeVar("T")


class ImportRefused(InputError):
    """Rows with problems stopped an all-or-nothing import; the report lists every one."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class Problem:
    row: int
    field: str | None
    message: str

    def text(self) -> str:
        where = f"row {self.row}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Duplicate:
    """A row whose customer is already known; merged unless the user says otherwise."""

    row: int
    customer_id: int
    existing: str
    incoming: str
    reason: str
    merged: bool


@dataclass
class ImportReport:
    kind: str
    sheet: str
    rows: int
    valid: int = 0
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied: bool = False
    written: int = 0
    summary: str = ""
    # What the import also sets up (a workbook's dealers, programs, markets), one line each.
    creates: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    def refuse_if_problems(self, valid_only: bool) -> None:
        """All or nothing: any bad row stops the whole import unless only valid rows are asked."""
        if not self.problems:
            return
        if valid_only and self.valid:
            return
        shown = "; ".join(problem.text() for problem in self.problems[:5])
        more = len(self.problems) - 5
        tail = f"; and {more} more" if more > 0 else ""
        rows = len(self.bad_rows)
        raise ImportRefused(
            f"{self.sheet}: {rows} row(s) have problems, nothing was imported: {shown}{tail}",
            self,
        )


def missing_columns(report: ImportReport, mapping: ColumnMap, fields: tuple[Field, ...]) -> bool:
    """Note a mapping that lacks a required field's column; True if so (nothing to check)."""
    missing = [field.label for field in missing_required(mapping, fields)]
    if missing:
        text = f"no column for {', '.join(missing)}: choose one in the mapping"
        report.problems.append(Problem(1, None, text))
    return bool(missing)


class RowReader:
    """One row's cells by field key, collecting problems instead of stopping at the first."""

    __slots__ = ("cells", "failed", "fields", "number", "problems")

    def __init__(
        self, cells: dict[str, str], number: int, fields: dict[str, Field], problems: list[Problem]
    ) -> None:
        self.cells = cells
        self.number = number
        self.fields = fields
        self.problems = problems
        self.failed = False

    def text(self, key: str) -> str:
        return self.cells.get(key, "")

    def required(self, key: str) -> str:
        value = self.text(key)
        if not value:
            self.problem(key, "is empty")
        return value

    def parsed(self, key: str, parse: Callable[[str], T]) -> T | None:
        value = self.text(key)
        if not value:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            self.problem(key, str(exc))
            return None

    def problem(self, key: str | None, message: str) -> None:
        label = self.fields[key].label if key in self.fields else None
        self.problems.append(Problem(self.number, label, message))
        self.failed = True


def row_cells(sheet_rows: list[list[str]], mapping: ColumnMap) -> list[dict[str, str]]:
    """Each row as {field key: stripped text}; a short row simply lacks its last cells."""
    columns = list(mapping.items())
    result = []
    for values in sheet_rows:
        width = len(values)
        cells = {key: values[index].strip() for key, index in columns if index < width}
        if "'" in "".join(cells.values()):
            cells = {key: unguard(value) for key, value in cells.items()}
        result.append(cells)
    return result
