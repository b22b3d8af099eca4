"""How long `dealerapp demo generate` takes, against the raw driver inserting the same rows.

    python benchmarks/generate.py [--dealers 1000] [--entries 100000] [--db URL]

Prints the app's time (bulk Core inserts through SQLAlchemy, inside one
transaction, with the audit row) and the time of the same rows written with the
driver's executemany into the same schema: the floor (sqlite3, or psycopg on a
PostgreSQL server given with --db).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from bench_db import add_db_option, backend, raw_connection, scratch
from sqlalchemy import select

from dealerapp.config import DatabaseLocation
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.services.synthetic import _Builder, generate


def app_path(location: DatabaseLocation, dealers: int, entries: int) -> float:
    db = Database.open(location)
    started = time.perf_counter()
    with db.unit_of_work() as session:
        generate(session, dealers=dealers, entries=entries, seed=1)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def raw_baseline(location: DatabaseLocation, dealers: int, entries: int) -> tuple[float, float]:
    """Seconds to build the rows in Python, and seconds to write them with the driver."""
    db = Database.open(location)
    with db.reading() as session:
        codes = {(c.oem, c.code): c.id for c in session.scalars(select(m.OrderStatusCode))}
    db.close()
    building = time.perf_counter()
    builder = _Builder(random.Random(1), dealers, entries)
    builder.build()
    tables = builder.tables(codes)
    built = time.perf_counter() - building
    conn = raw_connection(location)
    sqlite = location.sqlite_path is not None
    if sqlite:
        conn.isolation_level = None
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
            conn.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    if sqlite:
        conn.execute("BEGIN")
    for _label, table, rows in tables:
        if not rows:
            continue
        columns = list(rows[0])
        mark = "?" if sqlite else "%s"
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join(mark for _ in columns)})"
        )
        values = ([_plain(r.get(c), sqlite) for c in columns] for r in rows)
        (conn if sqlite else conn.cursor()).executemany(sql, values)
    if sqlite:
        conn.execute("COMMIT")
    else:
        conn.commit()
    elapsed = time.perf_counter() - started
    conn.close()
    return built, elapsed


def _plain(value: object, sqlite: bool) -> object:
    if isinstance(value, Enum):
        return value.value
    if not sqlite:
        return value  # psycopg sends dates and times as they are
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dealers", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=100_000)
    add_db_option(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        with scratch(folder, "app", url=args.db) as target:
            app = app_path(target, args.dealers, args.entries)
        with scratch(folder, "raw", url=args.db) as target:
            built, raw = raw_baseline(target, args.dealers, args.entries)
        where = backend(target)
    print(f"{where}: dealers {args.dealers:,}, entries {args.entries:,}")
    print(f"dealerapp demo generate:        {app:6.2f} s (rows built and written, one transaction)")
    print(f"  of which building the rows:   {built:6.2f} s")
    print(f"raw executemany:                {raw:6.2f} s (the same rows, writing only)")
    print(f"ratio app / (build + raw write): {app / (built + raw):5.2f}x")


if __name__ == "__main__":
    main()
