"""Reading the CSV files dealerapp ships and accepts, with errors that name the file and line."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from dealerapp.errors import InputError

T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    """One data row of a CSV file and where it stands, for messages."""

    file: str
    line: int
    values: dict[str, str]

    def where(self) -> str:
        return f"{self.file}, line {self.line}"

    def text(self, column: str) -> str:
        value = self.optional(column)
        if value is None:
            raise InputError(f"{self.where()}: {column} is empty")
        return value

    def optional(self, column: str) -> str | None:
        value = (self.values.get(column) or "").strip()
        return value or None

    def parse(self, column: str, convert: Callable[[str], T]) -> T:
        raw = self.text(column)
        try:
            return convert(raw)
        except (ValueError, ArithmeticError, InputError) as exc:
            raise InputError(f"{self.where()}: {column} {raw!r} is not valid ({exc})") from exc

    def parse_optional(self, column: str, convert: Callable[[str], T]) -> T | None:
        return None if self.optional(column) is None else self.parse(column, convert)

    def integer(self, column: str) -> int:
        return self.parse(column, int)

    def day(self, column: str) -> date:
        return self.parse(column, date.fromisoformat)

    def flag(self, column: str) -> bool:
        return self.parse(column, _parse_bool)

    def moment(self, column: str) -> datetime:
        return self.parse(column, datetime.fromisoformat)


def _parse_bool(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in {"true", "yes", "1", "y"}:
        return True
    if lowered in {"false", "no", "0", "n"}:
        return False
    raise ValueError("expected true or false")


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    """Rows of a UTF-8 CSV file with a header; refuses a file missing a required column."""
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path.name}: missing column(s) {', '.join(missing)}")
        try:
            for values in reader:
                yield Row(path.name, reader.line_num, values)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path.name}, line {reader.line_num}: {exc}") from exc
