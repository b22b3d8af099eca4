"""Shared fixtures: a real SQLite file per test, the demo data loaded once and copied."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs: no screen, and never the real
# user's folders or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="dealerapp-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("DEALERAPP_DATABASE_URL", None)
os.environ["DEALERAPP_USER"] = "tester"

import uuid  # noqa: E402

from sqlalchemy import Engine, create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

from dealerapp.config import DatabaseLocation, resolve_database  # noqa: E402
from dealerapp.db.database import Database  # noqa: E402

# The second CI run sets DEALERAPP_TEST_BACKEND=postgresql: every test that takes
# `db` or `demo_db` then runs on a PostgreSQL database of its own.
BACKEND_ENV = "DEALERAPP_TEST_BACKEND"
ON_POSTGRES = os.environ.get(BACKEND_ENV, "sqlite") == "postgresql"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dealerapp.sqlite3"


@pytest.fixture
def db_location(db_path: Path, request: pytest.FixtureRequest) -> Iterator[DatabaseLocation]:
    """A new database for one test: a SQLite file, or (second CI run) a PostgreSQL database."""
    if ON_POSTGRES:
        yield from postgres_database()
        return
    yield resolve_database(str(db_path))


@pytest.fixture
def db(db_location: DatabaseLocation) -> Iterator[Database]:
    database = Database.open(db_location)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the demo data, built once per test run."""
    from dealerapp.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database.open(resolve_database(str(path)))
    with database.unit_of_work() as session:
        load_demo(session)
    database.close()
    return path


@pytest.fixture(scope="session")
def demo_template_postgres() -> Iterator[str]:
    """On the PostgreSQL run: a database with the demo data that each test copies (TEMPLATE)."""
    from dealerapp.services.demo import load_demo

    name = f"dealerapp_demo_{os.getpid()}"
    admin = _admin_engine()
    _drop(admin, name)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database.open(DatabaseLocation(_url_of(name), None))
    with database.unit_of_work() as session:
        load_demo(session)
    database.close()
    yield name
    _drop(admin, name)
    admin.dispose()


@pytest.fixture
def demo_db(
    demo_template: Path, db_path: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """A private copy of the demo database for one test."""
    if ON_POSTGRES:
        template = request.getfixturevalue("demo_template_postgres")
        for location in postgres_database(template=template):
            database = Database.open(location)
            yield database
            database.close()
        return
    shutil.copy(demo_template, db_path)
    database = Database.open(resolve_database(str(db_path)))
    yield database
    database.close()


POSTGRES_ENV = "DEALERAPP_TEST_POSTGRES_URL"


@pytest.fixture
def postgres_location(request: pytest.FixtureRequest) -> Iterator[DatabaseLocation]:
    """A new, empty PostgreSQL database for one test, dropped afterwards.

    Needs DEALERAPP_TEST_POSTGRES_URL (a role allowed to create databases, e.g.
    postgresql+psycopg://dealerapp:dealerapp@localhost/postgres); .ci/run starts
    a server and sets it. Without it the PostgreSQL tests are skipped.
    """
    yield from postgres_database()


def _admin_engine() -> Engine:
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    return create_engine(admin_url, isolation_level="AUTOCOMMIT")


def _drop(admin: Engine, name: str) -> None:
    """Drop a test database, ending any connection a test left open.

    Plain DROP DATABASE first: it stops an autovacuum worker on that database
    itself, while WITH (FORCE) refuses to terminate one unless the role holds
    pg_signal_backend (seen on PostgreSQL 15 as 'must be a member of the role
    whose process is being terminated').
    """
    with admin.connect() as conn:
        try:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        except OperationalError:  # a session still on it: end it
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _url_of(name: str) -> str:
    admin_url = os.environ[POSTGRES_ENV]
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def postgres_database(template: str | None = None) -> Iterator[DatabaseLocation]:
    """A new PostgreSQL database (a copy of `template` if given), dropped afterwards."""
    admin = _admin_engine()
    name = f"dealerapp_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield DatabaseLocation(_url_of(name), None)
    finally:
        _drop(admin, name)
        admin.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL run, skip what is about the SQLite file itself (marked sqlite_only)."""
    if not ON_POSTGRES:
        return
    skip = pytest.mark.skip(reason="sqlite_only (see the test module): runs on the SQLite run")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)
