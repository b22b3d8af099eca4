"""A sheet's mapped cells column by column, checked one field at a time.

A 100,000-row spreadsheet repeats most of its values (dealers, dates,
amounts, statuses): checking a field down its column parses each distinct
value once, where a reader per row would build a dict and parse every cell.
Problems still name their row and field, in the order a person reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from dealerapp.exchange.guard import unguard
from dealerapp.exchange.mapping import ColumnMap, Field
from dealerapp.exchange.report import Problem
from dealerapp.exchange.sheets import Sheet

T = TypeVar("T")
_UNSEEN = object()


class _Invalid:
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class Columns:
    """The mapped fields' cells (stripped, formula guard undone) and the problems found so far."""

    def __init__(self, sheet: Sheet, mapping: ColumnMap, fields: tuple[Field, ...]) -> None:
        self.sheet = sheet
        self.size = len(sheet.rows)
        self.labels = {field.key: field.label for field in fields}
        self.problems: list[Problem] = []
        self.bad: set[int] = set()
        rows: list[list[str]] = sheet.rows
        self._cells: dict[str, list[str]] = {}
        shortest = min(map(len, rows), default=0)
        for key, index in mapping.items():
            if index < shortest:
                column = [row[index] for row in rows]
            else:  # a short row simply lacks its last cells
                column = [row[index] if len(row) > index else "" for row in rows]
            column = list(map(str.strip, column))
            # One search over the joined column finds a guarded cell far faster than a test
            # per cell; a false alarm only costs the unguard pass, which changes nothing then.
            if "\n'" in "\n" + "\n".join(column):
                column = list(map(unguard, column))
            self._cells[key] = column
        self._empty = [""] * self.size
        mapped = list(self._cells.values())
        self.blank = (
            {index for index, cells in enumerate(zip(*mapped, strict=True)) if not any(cells)}
            if mapped
            else set(range(self.size))
        )

    def __getitem__(self, key: str) -> list[str]:
        """The field's text in every row ("" where empty or not mapped)."""
        return self._cells.get(key, self._empty)

    def optional(self, key: str) -> list[str | None]:
        return [text or None for text in self[key]]

    def row_number(self, index: int) -> int:
        return self.sheet.row_number(index)

    def problem(self, index: int, key: str | None, message: str) -> None:
        label = self.labels.get(key) if key else None
        self.problems.append(Problem(self.sheet.row_number(index), label, message))
        self.bad.add(index)

    def checked_rows(self) -> Iterable[int]:
        """Rows that are not blank and have no problem yet."""
        skip = self.blank | self.bad
        return (index for index in range(self.size) if index not in skip)

    def looked_up(
        self, key: str, lookup: Callable[[str], T | None], missing: str
    ) -> list[T | None]:
        """Each row's value found by its text; `missing` (with {text!r}) names one not found."""
        texts = self[key]
        found = {text: lookup(text) for text in set(texts) if text}
        values: list[T | None] = []
        for index, text in enumerate(texts):
            value = found.get(text) if text else None
            if value is None and text:
                self.problem(index, key, missing.format(text=text))
            values.append(value)
        return values

    def parsed(
        self,
        key: str,
        parse: Callable[..., T],
        context: Sequence[Any] | None = None,
    ) -> list[T | None]:
        """Each row's parsed value, None where empty; a ValueError becomes the row's problem.

        With `context`, parse(text, context[row]) (the market, for dates).
        """
        texts = self[key]
        cache: dict[tuple[str, Any], Any] = {}
        values: list[T | None] = []
        extras: Sequence[Any] = context if context is not None else self._empty
        for index, text in enumerate(texts):
            if not text:
                values.append(None)
                continue
            extra = extras[index]
            value = cache.get((text, extra), _UNSEEN)
            if value is _UNSEEN:
                try:
                    value = parse(text, extra) if context is not None else parse(text)
                except ValueError as exc:
                    value = _Invalid(str(exc))
                cache[(text, extra)] = value
            if type(value) is _Invalid:
                self.problem(index, key, value.message)
                value = None
            values.append(value)
        return values

    def sorted_problems(self) -> list[Problem]:
        """By row; within a row in the order the checks found them."""
        return sorted(self.problems, key=lambda problem: problem.row)
