"""An open dealerapp database: where it is, its engine, and units of work on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dealerapp.config import DatabaseLocation
from dealerapp.db.backups import Backup, automatic_backup
from dealerapp.db.engine import create_db_engine, file_writable, make_session_factory
from dealerapp.db.filesystems import network_filesystem
from dealerapp.db.integrity import (
    CLEAN_MARK,
    OPEN_MARK,
    IntegrityCheck,
    closed_cleanly,
    refuse_damaged,
    set_mark,
)
from dealerapp.db.migrate import (
    UpgradeResult,
    head_revision,
    read_sqlite_revision,
    refuse_unknown_revision,
    upgrade_database,
)
from dealerapp.errors import ChangedMeanwhileError, ReadOnlyError


@dataclass
class Database:
    location: DatabaseLocation
    engine: Engine
    sessions: sessionmaker[Session]
    writing_sessions: sessionmaker[Session]
    upgrade: UpgradeResult | None = field(default=None)
    # Things the user should know about this database (a network share, say).
    warnings: tuple[str, ...] = ()
    # A file on a read-only disk or share, or one this user may not write: open to look at,
    # print, export and back up elsewhere; every change is refused before it starts.
    read_only: bool = False
    # The quick check of a SQLite file: passed at open, skipped after a clean close, or
    # (check_later) still to run in the background, with writes waiting for it.
    integrity: IntegrityCheck = field(default_factory=IntegrityCheck)
    # The file said "closed cleanly" when opened and this session has not written since:
    # closing then writes nothing. Every write takes the mark off in its own transaction
    # (another desk or command may have put it back meanwhile), so a crash during one
    # leaves the file to be checked; reading alone cannot damage it.
    marked_clean: bool = False

    @classmethod
    def open(cls, location: DatabaseLocation, *, check_later: bool = False) -> Database:
        """Open after a quick check, upgrading an older schema (after a backup), refusing a newer.

        A damaged SQLite file raises DamagedDatabaseError naming the newest good backup.
        The check is skipped when the file was closed cleanly after its last check, and
        with `check_later` left for `verify()` to run once the window is up.
        """
        path = location.sqlite_path
        warnings: list[str] = []
        network = None
        integrity = IntegrityCheck()
        was_clean = False
        if path is not None:
            was_clean = path.exists() and closed_cleanly(path)
            if path.exists() and not was_clean:
                if check_later:
                    integrity = IntegrityCheck.to_run(path)
                else:
                    refuse_damaged(path)
            network = network_filesystem(path.parent if not path.exists() else path)
            if network:
                warnings.append(
                    f"The database is on a network file system ({network}). SQLite cannot "
                    "share it safely from there, so dealerapp writes it the slow, careful way "
                    "(rollback journal). For a dealer group, use the shared PostgreSQL server "
                    "(see README); for one desk, keep the file on a local disk."
                )
        read_only = path is not None and path.exists() and not file_writable(path)
        result = refuse_outdated(path) if read_only else upgrade_database(location)
        engine = create_db_engine(location, wal=network is None, read_only=read_only)
        return cls(
            location, engine, make_session_factory(engine),
            make_session_factory(engine, writes=True), result, tuple(warnings), read_only,
            integrity, was_clean,
        )  # fmt: skip

    def verify(self) -> None:
        """Run a check left for later (off the UI thread); DamagedDatabaseError if damaged."""
        self.integrity.run()

    def safeguard(self, reason: str) -> Backup | None:
        """An automatic backup before something big (memo apply, import, restore); SQLite only."""
        self.refuse_if_read_only()
        return automatic_backup(self.location, reason)

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyError(
                f"{self.location.describe()} is open read-only (the file, its folder or its "
                "disk cannot be written here); nothing was changed. To work in it, copy it to "
                "a folder you can write to and open the copy"
            )

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        A row changed by someone else between reading and writing it (its
        version moved on) is refused in words, not as a crash.
        """
        self.refuse_if_read_only()
        self.integrity.wait_until_sound()
        try:
            with self.writing_sessions.begin() as session:
                if self.location.sqlite_path is not None:
                    session.connection().exec_driver_sql(f"PRAGMA user_version = {OPEN_MARK}")
                yield session
            self.marked_clean = False
        except StaleDataError as exc:
            raise ChangedMeanwhileError(
                "Someone else changed the same record while this change was being saved; "
                "nothing was saved. Look at it again and redo the change if it still applies."
            ) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it writes nothing and is closed at the end."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        """Closed cleanly: a file found sound is marked so that the next start skips the check."""
        try:
            if (
                self.location.sqlite_path is not None
                and not self.read_only
                and self.integrity.sound
                and not self.marked_clean  # already says so: nothing to write
            ):
                set_mark(self.engine, CLEAN_MARK)
        except DBAPIError:
            pass  # a full disk or a vanished file: left unmarked, so checked next time
        finally:
            self.engine.dispose()


def refuse_outdated(path: Path | None) -> UpgradeResult:
    """A read-only file is opened as it is: it must already have this version's schema."""
    assert path is not None
    revision = read_sqlite_revision(path)
    refuse_unknown_revision(revision, str(path))
    head = head_revision()
    if revision != head:
        raise ReadOnlyError(
            f"{path} is from an older dealerapp and must be upgraded before it can be opened, "
            "but it cannot be written here (read-only); nothing was changed. Copy it to a "
            "folder you can write to and open the copy"
        )
    return UpgradeResult(revision, head, None)
