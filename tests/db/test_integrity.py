"""The quick check at open: skipped after a clean close, run after anything else, and
left to the background for the window with writes (not reads) waiting for it."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dealerapp.config import resolve_database
from dealerapp.db import integrity
from dealerapp.db import models as m
from dealerapp.db.backups import make_backup
from dealerapp.db.database import Database
from dealerapp.errors import DamagedDatabaseError
from tests.db.test_backups import crash_after_a_write, damage

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every quick check run, by file."""
    ran: list[Path] = []
    real = integrity.integrity_problems

    def counted(path: Path, **options: bool) -> list[str]:
        ran.append(path)
        return real(path, **options)

    monkeypatch.setattr(integrity, "integrity_problems", counted)
    return ran


def _mark(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_a_clean_close_lets_the_next_start_skip_the_check(
    demo_db: Database, checks: list[Path]
) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    demo_db.close()
    assert _mark(path) == integrity.CLEAN_MARK
    again = Database.open(demo_db.location)
    assert checks == [] and _mark(path) == integrity.CLEAN_MARK  # reading changes nothing
    with again.unit_of_work() as session:
        session.scalars(select(m.Customer).limit(1)).one().notes = "a write"
    assert _mark(path) == integrity.OPEN_MARK  # from the first write, a crash counts
    again.engine.dispose()  # ... and here it comes
    third = Database.open(demo_db.location)
    assert checks == [path]
    third.close()
    assert _mark(path) == integrity.CLEAN_MARK


def test_the_window_s_check_runs_later_and_only_writes_wait_for_it(
    demo_db: Database, checks: list[Path]
) -> None:
    location = demo_db.location
    crash_after_a_write(demo_db)  # no clean close: a check is due
    db = Database.open(location, check_later=True)
    assert db.integrity.pending and checks == []
    with db.reading() as session:  # reads do not wait
        assert session.scalar(select(func.count()).select_from(m.Customer))
    written = threading.Event()

    def write() -> None:
        with db.unit_of_work() as session:
            session.scalars(select(m.Customer).limit(1)).one().notes = "after the check"
        written.set()

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.3)
    assert not written.is_set()  # held until the check has passed
    db.verify()
    writer.join(10)
    assert written.is_set() and checks == [location.sqlite_path]
    db.close()
    assert _mark(location.sqlite_path) == integrity.CLEAN_MARK  # type: ignore[arg-type]


def test_a_file_found_damaged_later_takes_no_writes_and_stays_unmarked(
    demo_db: Database, tmp_path: Path
) -> None:
    location = demo_db.location
    path = location.sqlite_path
    assert path is not None
    make_backup(path, "good")
    crash_after_a_write(demo_db)
    damage(path)
    db = Database.open(location, check_later=True)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        db.verify()
    with pytest.raises(DamagedDatabaseError), db.unit_of_work():
        pass
    db.close()
    assert _mark(path) != integrity.CLEAN_MARK
    with pytest.raises(DamagedDatabaseError):
        Database.open(location)


def test_a_new_database_is_sound_from_the_start(tmp_path: Path, checks: list[Path]) -> None:
    db = Database.open(resolve_database(str(tmp_path / "new.sqlite3")))
    assert not db.integrity.pending and db.integrity.sound
    db.close()
    assert checks == [] and _mark(tmp_path / "new.sqlite3") == integrity.CLEAN_MARK


def test_a_write_after_another_program_marked_the_file_clean_unmarks_it_again(
    demo_db: Database, checks: list[Path]
) -> None:
    """The window writes, a command opens and closes the same file (marking it clean),
    the window writes again and dies: the next start must check the file."""
    path = demo_db.location.sqlite_path
    assert path is not None
    with demo_db.unit_of_work() as session:
        session.scalars(select(m.Customer).limit(1)).one().notes = "first"
    command = Database.open(demo_db.location)
    command.close()
    assert _mark(path) == integrity.CLEAN_MARK
    with demo_db.unit_of_work() as session:
        session.scalars(select(m.Customer).limit(1)).one().notes = "second"
    assert _mark(path) == integrity.OPEN_MARK
    demo_db.engine.dispose()  # the window dies
    checks.clear()
    Database.open(demo_db.location).close()
    assert checks == [path]
