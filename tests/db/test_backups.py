"""Backups: online copies while writing, thinning, checked restores, the damaged-file check."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.backups import (
    backup_folder,
    backups_to_keep,
    list_backups,
    make_backup,
    thin_backups,
)
from dealerapp.db.database import Database
from dealerapp.db.filesystems import network_filesystem
from dealerapp.db.restore import check_backup, latest_good_backup, restore_backup
from dealerapp.errors import DamagedDatabaseError, InputError, NewerDatabaseError

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def customers(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    conn.close()
    return int(count)


def rename_first_customer(database: Database, name: str) -> None:
    with database.unit_of_work() as session:
        customer = session.scalars(select(m.Customer).order_by(m.Customer.id)).first()
        assert customer is not None
        customer.family_name = name


def crash_after_a_write(database: Database) -> None:
    """The process dies after a committed write, without a clean close: the next start
    checks the file."""
    rename_first_customer(database, "Written before the crash")
    database.engine.dispose()


def damage(path: Path) -> None:
    """Overwrite the middle of the file: the tables' pages, not the header."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)


def test_a_backup_taken_while_writing_holds_what_is_committed(demo_db: Database) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    rename_first_customer(demo_db, "Committed")
    # A second connection holds a write transaction open: the backup must not wait for it,
    # nor see it.
    with demo_db.engine.connect() as other:
        other.execute(text("UPDATE customers SET family_name = 'Uncommitted' WHERE id = 2"))
        backup = make_backup(path, "test")
        other.rollback()
    assert Path(f"{path}-wal").exists()  # the committed change may still be in the log
    assert backup.path.parent == backup_folder(path)
    assert oct(backup.path.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(backup.path) as conn:
        names = dict(conn.execute("SELECT id, family_name FROM customers WHERE id <= 2"))
    assert names[1] == "Committed" and names[2] != "Uncommitted"
    assert not Path(f"{backup.path}-wal").exists()
    assert [b.path for b in list_backups(path)] == [backup.path]


def test_thinning_keeps_today_then_days_weeks_and_months() -> None:
    today = date(2026, 11, 25)
    hourly = [
        datetime(2026, 11, 25, 8) - timedelta(hours=6 * step) for step in range(4 * 800)
    ]  # four a day for 800 days
    keep = backups_to_keep(hourly, today)
    todays = {moment for moment in keep if moment.date() == today}
    assert len(todays) == 2  # 08:00 and 02:00 today
    earlier = sorted(keep - todays, reverse=True)
    # The newest of each of the 12 previous days...
    assert [moment.date() for moment in earlier[:12]] == [
        today - timedelta(days=days) for days in range(1, 13)
    ]
    assert all(moment.hour == 20 for moment in earlier[:12])  # the day's last one
    # ...then weeks, then months, and nothing older than nine months' worth.
    assert len({moment.isocalendar()[:2] for moment in keep}) >= 10
    assert min(keep) >= datetime(2026, 2, 1)
    assert len(keep) <= 2 + 12 + 10 + 9


def test_thin_backups_deletes_only_what_the_policy_drops(demo_db: Database) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    folder = backup_folder(path)
    folder.mkdir()
    for days in range(40):
        moment = datetime(2026, 11, 25, 9) - timedelta(days=days)
        (folder / f"{path.stem}-{moment:%Y%m%d-%H%M%S}-automatic.sqlite3").write_bytes(b"x")
    (folder / "notes.txt").write_text("not a backup")
    removed = thin_backups(path, today=date(2026, 11, 25))
    left = list_backups(path)
    assert len(left) + len(removed) == 40
    # Today; the 12 days before; the newest of each older ISO week (the Sundays); October's last.
    days_kept = sorted(b.taken_at.day for b in left if b.taken_at.month == 11)
    assert days_kept == [1, 8, *range(13, 26)]
    assert sorted(b.taken_at.day for b in left if b.taken_at.month == 10) == [18, 25, 31]
    assert (folder / "notes.txt").exists()


def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(demo_db: Database) -> None:
    location = demo_db.location
    path = location.sqlite_path
    assert path is not None
    backup = make_backup(path, "before-the-mistake")
    rename_first_customer(demo_db, "Mistake")
    demo_db.close()
    result = restore_backup(location, backup.path)
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert result.replaced_copy is not None and "before-restore" in result.replaced_copy.name
    reopened = Database.open(location)
    with reopened.reading() as session:
        first = session.scalars(select(m.Customer).order_by(m.Customer.id)).first()
        assert first is not None and first.family_name != "Mistake"
    reopened.close()
    with sqlite3.connect(result.replaced_copy) as conn:
        assert conn.execute("SELECT family_name FROM customers ORDER BY id").fetchone()[0] == (
            "Mistake"
        )
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_restore_refuses_bad_backups_and_changes_nothing(demo_db: Database, tmp_path: Path) -> None:
    location = demo_db.location
    path = location.sqlite_path
    assert path is not None
    demo_db.close()
    before = path.read_bytes()
    damaged = make_backup(path, "damaged").path
    damage(damaged)
    newer = make_backup(path, "newer").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.close()
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database at all, just words " * 200)
    for bad, message in (
        (damaged, "damaged"),
        (foreign, "not a dealerapp one"),
        (notes, "cannot be restored"),
        (tmp_path / "missing.sqlite3", "no such backup"),
    ):
        with pytest.raises(InputError, match=message):
            restore_backup(location, bad)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        check_backup(newer)
    assert path.read_bytes() == before
    assert latest_good_backup(path) is None  # the damaged and the newer one are passed over


def test_a_damaged_database_is_refused_on_open_naming_the_good_backup(
    demo_db: Database,
) -> None:
    location = demo_db.location
    path = location.sqlite_path
    assert path is not None
    good = make_backup(path, "good")
    # Ended without a clean close (a crash, a power cut): the next open checks the file.
    crash_after_a_write(demo_db)
    damage(path)
    with pytest.raises(DamagedDatabaseError, match="damaged") as refused:
        Database.open(location)
    assert refused.value.backup == good
    assert good.path.name in str(refused.value)
    restore_backup(location, good.path)
    reopened = Database.open(location)
    with reopened.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Customer)) == customers(good.path)
    reopened.close()


def test_network_file_systems_are_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"server:/share {tmp_path}/share nfs4 rw 0 0\n"
        f"//nas/dealer {tmp_path}/my\\040files cifs rw 0 0\n"
    )
    assert network_filesystem(tmp_path / "share" / "db.sqlite3", mounts) == "nfs4"
    assert network_filesystem(tmp_path / "my files" / "db.sqlite3", mounts) == "cifs"
    assert network_filesystem(tmp_path / "shared" / "db.sqlite3", mounts) is None
    assert network_filesystem(tmp_path / "db.sqlite3", tmp_path / "no-such-file") is None


def test_a_database_on_a_network_share_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dealerapp.db.database.network_filesystem", lambda _path: "nfs4")
    database = Database.open(resolve_database(str(tmp_path / "shared.sqlite3")))
    try:
        assert database.warnings and "network file system (nfs4)" in database.warnings[0]
        with database.reading() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
    finally:
        database.close()


def test_a_failed_backup_leaves_no_file_under_a_backup_name(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database " * 500)
    with pytest.raises(sqlite3.DatabaseError):
        make_backup(broken, "automatic")
    assert list_backups(broken) == []
    assert list(backup_folder(broken).iterdir()) == []  # not even the hidden partial copy
