"""Trying a shared server before dealerapp keeps it: reachable, and empty or a dealerapp one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from dealerapp.config import DatabaseLocation
from dealerapp.db.migrate import current_revision, head_revision, refuse_unknown_revision
from dealerapp.errors import DatabaseError

CONNECT_TIMEOUT_S = 8
EXAMPLE = "postgresql://user:password@server/dealerapp"


@dataclass(frozen=True)
class ServerCheck:
    location: DatabaseLocation
    message: str


def server_url(text: str) -> URL:
    """The URL a person typed, with the driver dealerapp uses; refused in words if not one."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        shown = text.strip()
        raise DatabaseError(f"{shown!r} is not a database address (like {EXAMPLE})") from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseError(
            f"a shared server is PostgreSQL (like {EXAMPLE}); for a file use 'Open a database "
            "file' instead"
        )
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if not url.host or not url.database:
        raise DatabaseError(f"the address needs the server and the database name (like {EXAMPLE})")
    return url


def check_server(text: str) -> ServerCheck:
    """Connect once and look at the schema; nothing is created or changed."""
    url = server_url(text)
    location = DatabaseLocation(url.render_as_string(hide_password=False), None)
    shown = location.describe()
    try:
        engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except NoSuchModuleError as exc:
        raise DatabaseError(f"the PostgreSQL driver is missing from this install ({exc})") from None
    try:
        revision = current_revision(engine)
        refuse_unknown_revision(revision, shown)
        tables = inspect(engine).get_table_names()
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"cannot use {shown}: {reason}") from None
    finally:
        engine.dispose()
    if revision is None and tables:
        raise DatabaseError(
            f"{shown} has tables but is not a dealerapp database; ask for an empty one"
        )
    if revision is None:
        message = f"Connected to {shown}: an empty database; dealerapp will create its tables."
    elif revision == head_revision():
        message = f"Connected to {shown}: a dealerapp database, up to date."
    else:
        message = (f"Connected to {shown}: a dealerapp database from an older version; it will "
                   "be upgraded when opened.")  # fmt: skip
    return ServerCheck(location, message)
