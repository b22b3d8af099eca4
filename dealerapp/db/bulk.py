"""Inserting many rows at once with the driver's executemany.

SQLAlchemy's Core insert converts every value of every row through the
column types; for 100,000-row imports that costs more than SQLite's own work.
Here each column's converter runs once per distinct value (dates, statuses
and timestamps repeat a great deal) and the rows go to the driver as tuples.
Other databases take the ordinary Core path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

BATCH = 5000


def table_of(model: type[Any]) -> Table:
    """The Core table behind a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        for start in range(0, len(rows), BATCH):
            session.execute(insert(table), list(rows[start : start + BATCH]))
        return
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = [keys.index(name) for name in compiled.positiontup or keys]
    converters = [_memoised(table.c[keys[i]].type._cached_bind_processor(dialect)) for i in order]
    names = [keys[i] for i in order]
    tuples = [
        tuple(convert(row[name]) for name, convert in zip(names, converters, strict=True))
        for row in rows
    ]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(str(compiled), tuples)
    finally:
        cursor.close()


def _memoised(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    if process is None:
        return _same
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = result = process(value)
            return result
        except TypeError:  # an unhashable value: convert it each time
            return process(value)

    return convert


def _same(value: Any) -> Any:
    return value
