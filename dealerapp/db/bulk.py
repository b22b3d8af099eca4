"""Inserting many rows at once with the driver's executemany.

SQLAlchemy's Core insert converts every value of every row through the
column types; for 100,000-row imports that costs more than SQLite's own work.
Here the rows arrive column by column, each column's converter runs once per
distinct value (dates, statuses and timestamps repeat a great deal) and the
rows go to the driver as tuples zipped in C. Other databases take the
ordinary Core path, except PostgreSQL, which takes the columns through COPY.

A large import into a small table (bulk_insert_tables) also drops the table's
secondary indexes first and builds them again after, in the same transaction:
SQLite builds an index from sorted rows several times faster than it files
rows into it one by one, and building a unique index proves its constraint
over every row at once (a violation fails the build, and with it the whole
transaction). Only on SQLite, where the writer holds the file anyway: on a
server DROP INDEX would lock the table against every other desk's reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

BATCH = 5000
# Rebuilding costs a sort of the whole table; filing rows one by one costs a B-tree
# descent per row and index. Measured on 100,000 entries (benchmarks/exchange.py), the
# rebuild wins while the rows added are at least half the rows already there.
REBUILD_AT_LEAST = 5000
REBUILD_FRACTION = 0.5
BULK_CACHE_KIB = 65536


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
    if dialect.name == "postgresql":
        _copy_rows(connection, table, {
            name: _plain(_converted(table.c[name].type._cached_bind_processor(dialect), values))
            for name, values in columns.items()
        })  # fmt: skip
        return
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


def _copy_rows(connection: Connection, table: Table, columns: Mapping[str, Sequence[Any]]) -> None:
    """PostgreSQL's COPY: the rows stream to the server in one command, not one statement
    each; psycopg writes each value as its type's text, as it would bind it."""
    quote = connection.dialect.identifier_preparer
    names = ", ".join(quote.quote(name) for name in columns)
    command = f"COPY {quote.format_table(table)} ({names}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(command) as copy:
        for row in zip(*columns.values(), strict=True):
            copy.write_row(row)


def _plain(values: Sequence[Any]) -> Sequence[Any]:
    """Enum members as their stored values (COPY has no column types to bind them by)."""
    first = next((value for value in values if value is not None), None)
    if isinstance(first, Enum):
        return [value.value if isinstance(value, Enum) else value for value in values]
    return values


def refresh_statistics(session: Session, tables: Sequence[Table]) -> None:
    """After a large addition on PostgreSQL, the planner's view of the tables is brought up
    to date at once: planned on the empty tables' statistics, the waitlist export of a
    freshly imported group of 100,000 ran for over six minutes instead of three seconds,
    until autovacuum's next visit. (SQLite plans without such statistics.)"""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        for table in tables:
            connection.exec_driver_sql(
                f"ANALYZE {connection.dialect.identifier_preparer.format_table(table)}"
            )


def bulk_insert_tables(
    session: Session, batches: Sequence[tuple[Table, Mapping[str, Sequence[Any]]]]
) -> None:
    """Several tables' rows (parents first), with each large addition's indexes rebuilt after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        for table, columns in batches:
            bulk_insert_columns(session, table, columns)
        large = [table for table, columns in batches if _length(columns) >= REBUILD_AT_LEAST]
        refresh_statistics(session, large)
        return
    rebuilt: list[str] = []
    for table, columns in batches:
        adding = _length(columns)
        if adding >= REBUILD_AT_LEAST:
            there = session.scalar(select(func.count()).select_from(table)) or 0
            if adding >= there * REBUILD_FRACTION:
                rebuilt.extend(_drop_secondary_indexes(session, table))
    if not rebuilt:
        for table, columns in batches:
            bulk_insert_columns(session, table, columns)
        return
    # The tables' pages stay in memory while they are filled and indexed, instead of going
    # back and forth to the operating system's cache; the usual size returns after.
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        for table, columns in batches:
            bulk_insert_columns(session, table, columns)
        for statement in rebuilt:
            session.execute(text(statement))
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(usual or -2000)}")


def _length(columns: Mapping[str, Sequence[Any]]) -> int:
    return len(next(iter(columns.values()), ()))


def _drop_secondary_indexes(session: Session, table: Table) -> list[str]:
    """Drops the table's own indexes (not those of its primary key or UNIQUE columns);
    returns the statements that create them again, exactly as the schema has them."""
    found = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
             "AND sql IS NOT NULL ORDER BY name"),
        {"table": table.name},
    ).all()  # fmt: skip
    for name, _ in found:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _, sql in found]


def _converted(process: Callable[[Any], Any] | None, values: Sequence[Any]) -> Sequence[Any]:
    if process is None:
        return values
    try:
        once = {value: process(value) for value in set(values)}
    except TypeError:  # an unhashable value: convert each one
        return [process(value) for value in values]
    return [once[value] for value in values]
