"""After rows are inserted with explicit keys, PostgreSQL's id sequences must catch up."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, text
from sqlalchemy.orm import Session


def advance_id_sequences(session: Session, tables: Iterable[Table]) -> None:
    """Set each table's id sequence past its largest id (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )
