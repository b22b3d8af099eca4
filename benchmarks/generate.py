"""How long `dealerapp demo generate` takes, against raw sqlite3 inserting the same rows.

    python benchmarks/generate.py [--dealers 1000] [--entries 100000]

Prints the app's time (bulk Core inserts through SQLAlchemy, inside one
transaction, with the audit row) and the time of the same rows written with
the stdlib sqlite3 module's executemany into the same schema: the floor.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.services.synthetic import _Builder, generate


def app_path(path: Path, dealers: int, entries: int) -> float:
    db = Database.open(resolve_database(str(path)))
    started = time.perf_counter()
    with db.unit_of_work() as session:
        generate(session, dealers=dealers, entries=entries, seed=1)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def raw_baseline(path: Path, dealers: int, entries: int) -> tuple[float, float]:
    """Seconds to build the rows in Python, and seconds to write them with sqlite3."""
    db = Database.open(resolve_database(str(path)))
    with db.reading() as session:
        codes = {(c.oem, c.code): c.id for c in session.scalars(select(m.OrderStatusCode))}
    db.close()
    building = time.perf_counter()
    builder = _Builder(random.Random(1), dealers, entries)
    builder.build()
    tables = builder.tables(codes)
    built = time.perf_counter() - building
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    started = time.perf_counter()
    conn.execute("BEGIN")
    for _label, table, rows in tables:
        if not rows:
            continue
        columns = list(rows[0])
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        conn.executemany(sql, ([_plain(r.get(c)) for c in columns] for r in rows))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return built, elapsed


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dealers", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = app_path(Path(folder) / "app.sqlite3", args.dealers, args.entries)
        built, raw = raw_baseline(Path(folder) / "raw.sqlite3", args.dealers, args.entries)
    print(f"dealers {args.dealers:,}, entries {args.entries:,}")
    print(f"dealerapp demo generate:        {app:6.2f} s (rows built and written, one transaction)")
    print(f"  of which building the rows:   {built:6.2f} s")
    print(f"raw sqlite3 executemany:        {raw:6.2f} s (the same rows, writing only)")
    print(f"ratio app / (build + raw write): {app / (built + raw):5.2f}x")


if __name__ == "__main__":
    main()
