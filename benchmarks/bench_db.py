"""Where a benchmark's generated dealer group lives: a SQLite file in benchmarks/data/
(the default), or a database on a PostgreSQL server (`--db postgresql+psycopg://…`).

Every benchmark takes `--db URL`. With a server URL, the generated group is built once
in a database of its own on that server (dealerapp_bench_<entries>, made with the
URL's role, which needs CREATEDB), and the raw baseline runs through psycopg against
the same server, so the shared-server mode has ratios of its own.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from dealerapp.config import DatabaseLocation, resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.services.synthetic import generate

DATA = Path(__file__).resolve().parent / "data"
DEALERS = 1000


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="URL",
        help="a PostgreSQL server to run on (postgresql+psycopg://user:password@host/postgres); "
        "default: a SQLite file in benchmarks/data",
    )  # fmt: skip


def database(entries: int, url: str | None = None) -> DatabaseLocation:
    """The generated group of `entries` entries and 1,000 dealers, built on first use."""
    if url is None or not url.startswith("postgresql"):
        DATA.mkdir(exist_ok=True)
        path = DATA / f"generated-{DEALERS}-{entries}.sqlite3"
        location = resolve_database(str(path))
    else:
        location = _server_database(url, f"dealerapp_bench_{DEALERS}_{entries}")
    db = Database.open(location)
    try:
        with db.reading() as session:
            filled = bool(session.scalar(select(func.count()).select_from(m.WaitlistEntry)))
        if not filled:
            print(f"generating {entries:,} entries in {location.describe()} ...", flush=True)
            started = time.perf_counter()
            with db.unit_of_work() as session:
                generate(session, dealers=DEALERS, entries=entries, seed=1)
            print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        db.close()
    return location


def _server_database(url: str, name: str) -> DatabaseLocation:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).first()
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return DatabaseLocation(make_url(url).set(database=name).render_as_string(False), None)


@contextmanager
def scratch(
    folder: Path, name: str, *, url: str | None = None, copy_of: DatabaseLocation | None = None
) -> Iterator[DatabaseLocation]:
    """A database for one run, empty or a copy of `copy_of`, removed afterwards: a file in
    `folder`, or (with a server `url`) a database on that server."""
    if url is None or not url.startswith("postgresql"):
        path = folder / f"{name}.sqlite3"
        if copy_of is not None:
            assert copy_of.sqlite_path is not None
            shutil.copy(copy_of.sqlite_path, path)
        yield resolve_database(str(path))
        return
    database_name = f"dealerapp_bench_scratch_{name}"
    template = make_url(copy_of.url).database if copy_of is not None else None
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)'))
        copying = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{database_name}"{copying}'))
    try:
        yield DatabaseLocation(
            make_url(url).set(database=database_name).render_as_string(False), None
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)'))
        admin.dispose()


def raw_connection(location: DatabaseLocation) -> Any:
    """The driver's own connection, without SQLAlchemy: sqlite3 or psycopg."""
    if location.sqlite_path is not None:
        return sqlite3.connect(location.sqlite_path)
    import psycopg

    plain = make_url(location.url).set(drivername="postgresql").render_as_string(False)
    return psycopg.connect(plain)


def raw_rows(connection: Any, sql: str) -> list[Any]:
    cursor = connection.execute(sql)
    rows = cursor.fetchall()
    if not isinstance(connection, sqlite3.Connection):
        connection.rollback()  # psycopg opened a transaction: end it, as the app does
    return list(rows)


def backend(location: DatabaseLocation) -> str:
    return "SQLite" if location.sqlite_path is not None else "PostgreSQL"
