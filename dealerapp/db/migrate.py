"""Opening a database: refuse one from a newer dealerapp, back up and upgrade an older one.

Alembic is loaded only when a database is not at this version's schema: reading the
revision stamped in the database is one plain query, and SCHEMA_HEAD says which one
this version writes (tests/db/test_migrations.py holds it to Alembic's own head).
Loading Alembic and its scripts cost every start and every command a third of a second.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dealerapp.config import DatabaseLocation, sqlite_url
from dealerapp.db.backups import looks_damaged, make_backup
from dealerapp.db.engine import create_db_engine, untouched_uri
from dealerapp.errors import DatabaseError, DealerAppError, NewerDatabaseError
from dealerapp.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
# The newest migration in migrations/versions: change it with each new migration.
SCHEMA_HEAD = "0006"


def alembic_config(location: DatabaseLocation | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if location is not None:
        config.set_main_option("sqlalchemy.url", location.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts (for the tests)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships a revision
        raise DatabaseError("dealerapp has no schema migrations installed")
    return head


def is_known_revision(revision: str) -> bool:
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def read_sqlite_revision(path: Path) -> str | None:
    """The schema revision stamped in a SQLite file, read without writing to it."""
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _in_words(exc, path) from exc
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).fetchone()
        if not has_table:
            other = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            if other.fetchone()[0]:
                raise DatabaseError(
                    f"{path}: this is a SQLite database, but not a dealerapp one "
                    "(it has tables and no dealerapp schema revision)"
                )
            return None
        row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if looks_damaged(exc):
            raise DatabaseError(f"{path}: not a dealerapp database or damaged ({exc})") from exc
        # A full disk or a vanished share is not the file's fault: say which it is.
        raise _in_words(exc, path) from exc
    finally:
        conn.close()


def _in_words(error: sqlite3.Error, path: Path) -> DealerAppError:
    from dealerapp.db.faults import explain

    explained = explain(error, DatabaseLocation(sqlite_url(path), path))
    return explained or DatabaseError(f"{path}: cannot be opened ({error})")


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None when it has none (yet)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
        return None if row is None else str(row[0])


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    if revision is not None and not is_known_revision(revision):
        raise NewerDatabaseError(
            f"{where}: this database was written by a newer version of dealerapp "
            f"(schema revision {revision}, this version knows up to {head_revision()}). "
            "Install the newer dealerapp to open it; nothing was changed."
        )


def upgrade_database(location: DatabaseLocation) -> UpgradeResult:
    """Bring the database to the newest schema; back up a SQLite file that has data first."""
    path = location.sqlite_path
    before: str | None
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        before = read_sqlite_revision(path) if path.exists() else None
        refuse_unknown_revision(before, str(path))
    engine = create_db_engine(location)
    try:
        if path is None:
            before = current_revision(engine)
            refuse_unknown_revision(before, location.describe())
            _refuse_foreign_schema(engine, before, location)
        head = head_revision()
        if before == head:
            return UpgradeResult(before, head, None)
        backup = None
        if path is not None and before is not None:
            backup = make_backup(path, f"before-upgrade-{before}").path
        from alembic import command

        config = alembic_config(location)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        if path is not None:
            path.chmod(0o600)
        return UpgradeResult(before, head, backup)
    finally:
        engine.dispose()


def _refuse_foreign_schema(
    engine: Engine, revision: str | None, location: DatabaseLocation
) -> None:
    if revision is None and inspect(engine).get_table_names():
        raise DatabaseError(
            f"{location.describe()}: the database has tables but no dealerapp schema revision; "
            "point dealerapp at an empty database or a dealerapp one"
        )
