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

from dealerapp.config import DatabaseLocation, resolve_database  # noqa: E402
from dealerapp.db.database import Database  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dealerapp.sqlite3"


@pytest.fixture
def db_location(db_path: Path) -> DatabaseLocation:
    return resolve_database(str(db_path))


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


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path) -> Iterator[Database]:
    """A private copy of the demo database for one test."""
    shutil.copy(demo_template, db_path)
    database = Database.open(resolve_database(str(db_path)))
    yield database
    database.close()


POSTGRES_ENV = "DEALERAPP_TEST_POSTGRES_URL"


@pytest.fixture
def postgres_location() -> Iterator[DatabaseLocation]:
    """A new, empty PostgreSQL database for one test, dropped afterwards.

    Needs DEALERAPP_TEST_POSTGRES_URL (a role allowed to create databases, e.g.
    postgresql+psycopg://dealerapp:dealerapp@localhost/postgres); .ci/run starts
    a server and sets it. Without it the PostgreSQL tests are skipped.
    """
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server for this run")
    name = f"dealerapp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield DatabaseLocation(url, None)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
