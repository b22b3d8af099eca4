"""Restoring a backup: checked first, the replaced database kept, stale log files removed."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dealerapp.config import DatabaseLocation
from dealerapp.db.backups import (
    Backup,
    copy_database,
    integrity_problems,
    list_backups,
    make_backup,
    sqlite_file,
    thin_backups,
)
from dealerapp.db.migrate import read_sqlite_revision, refuse_unknown_revision
from dealerapp.errors import DatabaseError, DealerAppError, InputError


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    replaced_copy: Path | None


def check_backup(path: Path) -> str:
    """A backup fit to restore: a dealerapp database, intact, not from a newer version.

    Returns its schema revision; raises InputError naming the problem.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such backup file")
    try:
        revision = read_sqlite_revision(path)
    except DatabaseError as exc:
        raise InputError(f"{path.name}: cannot be restored: {exc}") from exc
    if revision is None:
        raise InputError(f"{path.name}: cannot be restored: it holds no dealerapp data")
    refuse_unknown_revision(revision, path.name)
    problems = integrity_problems(path, quick=False)
    if problems:
        raise InputError(f"{path.name}: cannot be restored, it is damaged: {problems[0]}")
    return revision


def latest_good_backup(database: Path) -> Backup | None:
    for backup in list_backups(database):
        try:
            check_backup(backup.path)
        except (DealerAppError, sqlite3.Error):  # unreadable, damaged or from elsewhere
            continue
        return backup
    return None


def restore_backup(location: DatabaseLocation, backup: Path) -> RestoreResult:
    """Replace the database with `backup` after checking it; the replaced one is kept.

    Close every connection to the database first. Stale -wal/-shm files of the
    replaced database are removed, or SQLite would replay them into the
    restored file.
    """
    database = sqlite_file(location)
    check_backup(backup)
    replaced = None
    if database.exists():
        try:
            replaced = make_backup(database, "before-restore").path
        except sqlite3.DatabaseError:  # too damaged to copy page by page: keep it as it is
            replaced = set_aside_damaged(location)
    staging = database.with_name(f".{database.name}.restoring")
    copy_database(backup, staging)
    for stale in (Path(f"{database}-wal"), Path(f"{database}-shm"), Path(f"{database}-journal")):
        stale.unlink(missing_ok=True)
    staging.replace(database)
    thin_backups(database)
    return RestoreResult(database, replaced)


def set_aside_damaged(location: DatabaseLocation) -> Path | None:
    """Move a damaged database (and its log files) aside before a restore replaces it.

    The backup API cannot copy a file SQLite calls malformed, so the damaged
    file is renamed instead of backed up: nothing is deleted.
    """
    database = sqlite_file(location)
    if not database.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{database}{suffix}")
        if part.exists():
            part.replace(Path(f"{aside}{suffix}"))
    return aside
