"""The migrations build exactly the models, go down and up again, and guard the schema revision."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from dealerapp.config import DatabaseLocation, resolve_database
from dealerapp.db.database import Database
from dealerapp.db.engine import create_db_engine
from dealerapp.db.migrate import (
    alembic_config,
    alembic_head_revision,
    current_revision,
    head_revision,
    read_sqlite_revision,
)
from dealerapp.db.models import Base, OrderStatusCode
from dealerapp.errors import DatabaseError, NewerDatabaseError
from dealerapp.paths import resources_dir


def _upgrade_to(location: DatabaseLocation, revision: str) -> None:
    engine = create_db_engine(location)
    config = alembic_config(location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _downgrade_to(location: DatabaseLocation, revision: str) -> None:
    engine = create_db_engine(location)
    config = alembic_config(location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1


def test_upgrade_from_empty_gives_exactly_the_models(db_location: DatabaseLocation) -> None:
    _upgrade_to(db_location, "head")
    engine = create_db_engine(db_location)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_revision_goes_down_to_base_and_back_up(db_location: DatabaseLocation) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for revision in revisions:
        _upgrade_to(db_location, revision)
    _downgrade_to(db_location, "base")
    engine = create_db_engine(db_location)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert tables <= {"alembic_version"}
    _upgrade_to(db_location, "head")
    engine = create_db_engine(db_location)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_seeded_status_codes_match_the_resource_file(db: Database) -> None:
    with (resources_dir() / "order_status_codes.csv").open(encoding="utf-8") as handle:
        expected = {(row["oem"], row["code"], row["stage"]) for row in csv.DictReader(handle)}
    with db.reading() as session:
        seeded = {(c.oem, c.code, c.stage.value) for c in session.scalars(select(OrderStatusCode))}
    assert seeded == expected
    assert ("BMW", "037", "entered") in seeded
    assert ("GM", "4B00", "in_transit") in seeded or ("GM", "4B00", "hold") in seeded


@pytest.mark.sqlite_only
def test_database_from_a_newer_version_is_refused_and_left_untouched(
    db_location: DatabaseLocation, db_path: Path
) -> None:
    Database.open(db_location).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    before = _file_digest(db_path)
    with pytest.raises(NewerDatabaseError) as refused:
        Database.open(db_location)
    message = str(refused.value)
    assert str(db_path) in message
    assert "newer version of dealerapp" in message
    assert "f00dcafe9999" in message
    assert _file_digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()
    assert list(db_path.parent.iterdir()) == [db_path]


@pytest.mark.sqlite_only
def test_older_database_is_backed_up_then_upgraded(
    db_location: DatabaseLocation, db_path: Path
) -> None:
    _upgrade_to(db_location, "0001")
    db = Database.open(db_location)
    db.close()
    assert db.upgrade is not None
    assert db.upgrade.from_revision == "0001"
    assert db.upgrade.to_revision == head_revision()
    backup = db.upgrade.backup
    assert backup is not None and backup.parent == db_path.parent / "dealerapp-backups"
    assert "before-upgrade-0001" in backup.name
    assert read_sqlite_revision(backup) == "0001"
    assert read_sqlite_revision(db_path) == head_revision()


@pytest.mark.sqlite_only
def test_a_database_that_is_not_dealerapps_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(DatabaseError, match="not a dealerapp one"):
        Database.open(resolve_database(str(db_path)))


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.write_bytes(b"this is a spreadsheet, honest\n" * 100)
    before = _file_digest(db_path)
    with pytest.raises(DatabaseError, match=str(db_path)):
        Database.open(resolve_database(str(db_path)))
    assert _file_digest(db_path) == before


def test_set_up_revision_keeps_programs_codes_and_dealers_logos(
    db_location: DatabaseLocation,
) -> None:
    """0004: a program whose OEM has status codes keeps using them; every dealer is ours."""
    from sqlalchemy import text

    _upgrade_to(db_location, "0003")
    engine = create_db_engine(db_location)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO programs (id, code, name, oem) VALUES "
                          "(1, '1M', 'BMW 1M', 'BMW'), (2, 'GT', 'Ford GT', 'Ford')"))  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO markets (id, code, name, language, locale, currency, paper) "
                "VALUES (1, 'US', 'United States', 'en', 'en_US', 'USD', 'letter')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO dealers (id, code, market_id, name, street, city, postal_code, "
                "country, signatory_name, logo_png, active, version) VALUES (1, 'US-BAY', 1, "
                "'Bay Area BMW', '1 Main', 'Redwood City', '94061', 'US', 'J W', :logo, "
                ":yes, 1)"
            ),
            {"logo": b"\x89PNG logo", "yes": True},
        )
    engine.dispose()
    _upgrade_to(db_location, "head")
    engine = create_db_engine(db_location)
    with engine.connect() as conn:
        codes = conn.execute(text("SELECT code, status_codes FROM programs ORDER BY id")).all()
        dealer = conn.execute(text("SELECT logo_image, ours FROM dealers")).one()
    engine.dispose()
    assert [tuple(row) for row in codes] == [("1M", "BMW"), ("GT", None)]
    assert (bytes(dealer[0]), bool(dealer[1])) == (b"\x89PNG logo", True)


def test_the_head_this_version_writes_is_alembic_s_own() -> None:
    # A new migration changes both: SCHEMA_HEAD in dealerapp/db/migrate.py too.
    assert head_revision() == alembic_head_revision()


def test_opening_an_up_to_date_database_never_loads_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "d.sqlite3"
    Database.open(resolve_database(str(path))).close()
    probe = (
        "import sys\n"
        "from dealerapp.config import resolve_database\n"
        "from dealerapp.db.database import Database\n"
        f"Database.open(resolve_database({str(path)!r})).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == "[]"
