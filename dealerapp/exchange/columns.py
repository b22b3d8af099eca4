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


class _Invalid:
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _parse(parse: Callable[..., Any], text: str, *context: Any) -> Any:
    """The parsed value, None for an empty cell, or _Invalid with the parser's complaint."""
    if not text:
        return None
    try:
        return parse(text, *context)
    except ValueError as exc:
        return _Invalid(str(exc))


class Columns:
    """The mapped fields' cells (stripped, formula guard undone) and the problems found so far."""

    def __init__(self, sheet: Sheet, mapping: ColumnMap, fields: tuple[Field, ...]) -> None:
        self.sheet = sheet
        self.size = sheet.size
        self.labels = {field.key: field.label for field in fields}
        self.problems: list[Problem] = []
        self.bad: set[int] = set()
        self._cells: dict[str, list[str]] = {}
        self._empty = [""] * self.size
        by_column = sheet.column_texts(set(mapping.values()))
        for key, index in mapping.items():
            column = list(map(str.strip, by_column[index]))
            # One search over the joined column finds a guarded cell far faster than a test
            # per cell; a false alarm only costs the unguard pass, which changes nothing then.
            if sheet.may_hold_guarded and "\n'" in "\n" + "\n".join(column):
                column = list(map(unguard, column))
            self._cells[key] = column
        self.blank = self._blank_rows()

    def _blank_rows(self) -> set[int]:
        """Rows whose mapped cells are all empty (looked for among the rows empty in the
        mapped column with the fewest empty cells)."""
        mapped = list(self._cells.values())
        if not mapped:
            return set(range(self.size))
        fullest = min(mapped, key=lambda cells: cells.count(""))
        if "" not in fullest:
            return set()
        return {
            index
            for index, text in enumerate(fullest)
            if not text and not any(cells[index] for cells in mapped)
        }

    def __getitem__(self, key: str) -> list[str]:
        """The field's text in every row ("" where empty or not mapped)."""
        return self._cells.get(key, self._empty)

    def optional(self, key: str) -> list[str | None]:
        texts = self._cells.get(key)
        if texts is None:
            return [None] * self.size
        if "" not in texts:
            return list(texts)
        return [text or None for text in texts]

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
        values = list(map(found.get, texts))
        if None in found.values():
            for index, text in enumerate(texts):
                if text and found[text] is None:
                    self.problem(index, key, missing.format(text=text))
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
        distinct = set(texts)
        contexts = set(context) if context is not None else set()
        outcomes: Iterable[Any]  # every value parsed, whether or not a row has it
        if context is None:
            found: dict[Any, Any] = {text: _parse(parse, text) for text in distinct}
            values = list(map(found.__getitem__, texts))
            outcomes = found.values()
        elif len(distinct) * len(contexts) <= len(texts):
            # Few dates and few markets: each date parsed for each market beats a pair per row.
            by_context = {
                extra: {text: _parse(parse, text, extra) for text in distinct} for extra in contexts
            }
            values = [by_context[extra][text] for text, extra in zip(texts, context, strict=True)]
            outcomes = [value for table in by_context.values() for value in table.values()]
        else:
            pairs = list(zip(texts, context, strict=True))
            found = {pair: _parse(parse, *pair) for pair in set(pairs)}
            values = list(map(found.__getitem__, pairs))
            outcomes = found.values()
        if any(type(value) is _Invalid for value in outcomes):
            for index, value in enumerate(values):
                if type(value) is _Invalid:
                    self.problem(index, key, value.message)
                    values[index] = None
        return values

    def sorted_problems(self) -> list[Problem]:
        """By row; within a row in the order the checks found them."""
        return sorted(self.problems, key=lambda problem: problem.row)
