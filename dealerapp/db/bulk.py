"""Inserting many rows at once with the driver's executemany.

SQLAlchemy's Core insert converts every value of every row through the
column types; for 100,000-row imports that costs more than SQLite's own work.
Here the rows arrive column by column, each column's converter runs once per
distinct value (dates, statuses and timestamps repeat a great deal) and the
rows go to the driver as tuples zipped in C. Other databases take the
ordinary Core path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
    """Rows given as dicts (all with the same keys)."""
    if rows:
        bulk_insert_columns(session, table, {key: [row[key] for row in rows] for key in rows[0]})


def bulk_insert_columns(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]]
) -> None:
    """Rows given as equally long columns: {column name: its value in each row}."""
    names = list(columns)
    count = len(columns[names[0]]) if names else 0
    if not count:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        for start in range(0, count, BATCH):
            stop = min(start + BATCH, count)
            batch = [{name: columns[name][index] for name in names} for index in range(start, stop)]
            session.execute(insert(table), batch)
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    ordered = list(compiled.positiontup or names)
    converted = [
        _converted(table.c[name].type._cached_bind_processor(dialect), columns[name])
        for name in ordered
    ]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(str(compiled), list(zip(*converted, strict=True)))
    finally:
        cursor.close()


def _converted(process: Callable[[Any], Any] | None, values: Sequence[Any]) -> Sequence[Any]:
    if process is None:
        return values
    try:
        once = {value: process(value) for value in set(values)}
    except TypeError:  # an unhashable value: convert each one
        return [process(value) for value in values]
    return [once[value] for value in values]
