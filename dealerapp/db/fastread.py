"""Reading many rows of a Core query straight from the driver's cursor.

For the hottest read (flags for 100,000 entries) SQLAlchemy's Row objects
cost about a third of the query itself. The SQL is still built by
SQLAlchemy for the session's own dialect, inside the session's
transaction; only the result rows skip SQLAlchemy's processing, so this is
for queries whose columns are plain ints and strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import ClauseElement
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler


def fetch_plain_rows(session: Session, query: ClauseElement) -> list[tuple[Any, ...]]:
    return list(iter_plain_rows(session, query))


def iter_plain_rows(
    session: Session, query: ClauseElement, *, batch: int = 10_000
) -> Iterator[tuple[Any, ...]]:
    """The rows in batches, so a caller that turns them into objects never holds both lists."""
    connection = session.connection()
    compiled = cast(
        SQLCompiler,
        query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True}),
    )
    params: Any
    if compiled.positional:
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    else:
        params = compiled.params
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()
