"""Engines and sessions: SQLite with foreign keys, WAL and a busy timeout; other URLs as given."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from dealerapp.config import DatabaseLocation

BUSY_TIMEOUT_MS = 10_000
WRITES = "dealerapp_writes"


def create_db_engine(
    location: DatabaseLocation, *, wal: bool = True, read_only: bool = False
) -> Engine:
    """`wal=False` for a file on a network share, where WAL's shared memory cannot work;
    `read_only` for a file dealerapp may not write (see `read_only_uri`)."""
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    url = location.url
    if read_only and location.sqlite_path is not None:
        url = f"sqlite:///{read_only_uri(location.sqlite_path)}&uri=true"
    # The window reads and writes from worker threads; the pool hands each
    # connection to one thread at a time, so pysqlite's same-thread guard
    # would only get in the way.
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    )
    _configure_sqlite(engine, wal, read_only)
    return engine


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens `path` without writing anything, even beside it.

    Read-only mode still needs WAL's -shm file, which a write-protected folder
    cannot take; there, with no -wal file left over, no writer can exist, and
    `immutable=1` reads the file as it is.
    """
    has_log = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_log or folder_writable(path.parent) else "immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def untouched_uri(path: Path) -> str:
    """A SQLite URI that reads `path` as it stands and leaves nothing beside it.

    Without a -wal file everything is in the main file, and immutable=1 reads it without
    creating -wal or -shm files (a newer version's file stays byte for byte as it was);
    with one, the newest commits may sit in the log, and read-only mode sees them.
    """
    has_log = path.with_name(path.name + "-wal").exists()
    return f"{path.resolve().as_uri()}?{'mode=ro' if has_log else 'immutable=1'}"


def folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def file_writable(path: Path) -> bool:
    """Whether SQLite could write `path`: the file and the folder for its side files."""
    return folder_writable(path.parent) and (not path.exists() or os.access(path, os.W_OK))


def _configure_sqlite(engine: Engine, wal: bool, read_only: bool) -> None:
    # pysqlite starts transactions lazily and on its own terms; SQLAlchemy's
    # documented recipe hands that to us, so BEGIN covers DDL and DML alike
    # and a migration or a service call is atomic as a whole.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # A read-only file keeps the journal mode written in it; setting one would write.
            if _is_file_database(dbapi_connection) and not read_only:
                if wal:
                    cursor.execute("PRAGMA journal_mode = WAL")
                    cursor.execute("PRAGMA synchronous = NORMAL")
                else:
                    cursor.execute("PRAGMA journal_mode = DELETE")
                    cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write transaction takes the write lock at its start (IMMEDIATE): one that
        # read first and wrote later would find its snapshot outdated once another
        # desk committed, and fail with "database is locked" however long it waited.
        immediate = connection.get_execution_options().get(WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_file_database(dbapi_connection: sqlite3.Connection) -> bool:
    rows = dbapi_connection.execute("PRAGMA database_list").fetchall()
    return any(name == "main" and path for _seq, name, path in rows)


def make_session_factory(engine: Engine, *, writes: bool = False) -> sessionmaker[Session]:
    """Sessions for reading, or (`writes`) for units of work that take the write lock first."""
    bind = engine.execution_options(**{WRITES: True}) if writes else engine
    # Services return plain data, but objects stay readable after commit so a
    # caller can still look at what it just wrote.
    return sessionmaker(bind, expire_on_commit=False)
