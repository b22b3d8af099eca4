"""Failures of the database, the disk and the server, said in one sentence a person can act on.

SQLite, the operating system and the PostgreSQL driver each report trouble in
their own words, often with the SQL and its parameters (a customer's name)
attached. `explain` turns the ones a person can do something about into a
DealerAppError whose text names the file or server, what went wrong, that
nothing was changed, and what to do; the CLI prints it on one line and the
window in one message box. Anything it does not recognise stays a programming
error for the caller to log.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from dealerapp.config import DatabaseLocation
from dealerapp.db import engine as engine_settings
from dealerapp.db.backups import looks_damaged
from dealerapp.errors import (
    DamagedDatabaseError,
    DealerAppError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    ServerUnreachableError,
    StorageError,
)

NOTHING_CHANGED = "nothing was changed"
# Below this, an "I/O error" from SQLite is most likely a disk too full for its side files.
NEARLY_FULL_BYTES = 1_048_576


def explain(
    error: BaseException, location: DatabaseLocation | None = None
) -> DealerAppError | None:
    """The error as a sentence for a person, or None when it is not one dealerapp can explain."""
    for cause in _causes(error):
        if isinstance(cause, DealerAppError):
            return cause
        if isinstance(cause, DBAPIError) and cause.orig is not None:
            explained = _database_error(cause.orig, location)
            if explained is not None:
                return explained
        if isinstance(cause, sqlite3.Error):
            explained = _database_error(cause, location)
            if explained is not None:
                return explained
        if isinstance(cause, OSError):
            explained = explain_os_error(cause)
            if explained is not None:
                return explained
    return None


def as_sentence(error: BaseException) -> str:
    """The explanation as a message box shows it: the CLI's `error: …` clause, made a sentence."""
    text = str(error).strip()
    # "another program…" becomes "Another program…"; "empty-memo.txt: …" keeps its file's name.
    if re.match(r"[a-z]+ ", text):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _database_error(
    error: BaseException, location: DatabaseLocation | None
) -> DealerAppError | None:
    text = str(error).lower()
    path = location.sqlite_path if location is not None else None
    where = str(path) if path is not None else (location.describe() if location else "the database")
    if location is not None and not location.is_sqlite:
        return _server_error(text, location)
    if "locked" in text or "busy" in text:
        waited = engine_settings.BUSY_TIMEOUT_MS / 1000
        return LockedError(
            f"another program or desk is writing to {where}; waited {waited:g} s; "
            f"{NOTHING_CHANGED}; try again in a moment"
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(
            f"{where} cannot be written: the file, its folder or its disk is read-only; "
            f"{NOTHING_CHANGED}. It can still be opened to look at, export or back up"
        )
    if "disk is full" in text or "database or disk is full" in text:
        return disk_full(path.parent if path is not None else None)
    if "unable to open" in text:
        return _cannot_open(path, where)
    if "disk i/o error" in text:
        folder = path.parent if path is not None else None
        if folder is not None and free_bytes(folder) < NEARLY_FULL_BYTES:
            return disk_full(folder)
        return StorageError(
            f"the disk failed while {where} was read or written (an I/O error); "
            f"{NOTHING_CHANGED}. Check the disk or the network share, then try again"
        )
    if looks_damaged(error):
        return damaged(path, where, str(error))
    return None


def _server_error(text: str, location: DatabaseLocation) -> DealerAppError | None:
    unreachable = (
        "connect", "connection", "timeout expired", "timed out", "no route", "refused",
        "could not translate host", "server closed", "terminating",
    )  # fmt: skip
    if any(word in text for word in unreachable):
        return ServerUnreachableError(
            f"the shared server {location.describe()} cannot be reached or did not answer; "
            f"{NOTHING_CHANGED}. Check the network and that the server is running, then try again"
        )
    if "lock" in text and ("timeout" in text or "deadlock" in text):
        return LockedError(
            f"another desk is changing the same records on {location.describe()}; "
            f"{NOTHING_CHANGED}; try again in a moment"
        )
    return None


def _cannot_open(path: Path | None, where: str) -> DealerAppError:
    if path is None:
        return StorageError(f"{where} cannot be opened; {NOTHING_CHANGED}")
    folder = path.parent
    if not folder.is_dir():
        return StorageError(
            f"{where} cannot be opened: its folder {folder} does not exist or cannot be reached "
            f"(a disconnected drive or share?); {NOTHING_CHANGED}"
        )
    if not os.access(folder, os.R_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK)):
        return StorageError(
            f"{where} cannot be opened: you may not read it or its folder (permission denied); "
            f"{NOTHING_CHANGED}"
        )
    if not os.access(folder, os.W_OK):
        return ReadOnlyError(
            f"{where} cannot be opened for writing: its folder {folder} is read-only; "
            f"{NOTHING_CHANGED}. It can still be opened to look at, export or back up"
        )
    return StorageError(f"{where} cannot be opened; {NOTHING_CHANGED}")


def damaged(path: Path | None, where: str, problem: str) -> DamagedDatabaseError:
    """A damaged file, naming the newest good backup to restore when there is one."""
    from dealerapp.db.restore import latest_good_backup

    backup = latest_good_backup(path) if path is not None else None
    advice = (
        f"The newest good backup is {backup.path.name} ({backup.taken_at:%Y-%m-%d %H:%M}); "
        f"restore it with `dealerapp restore {backup.path}`."
        if backup is not None
        else "There is no good backup of it to restore."
    )
    return DamagedDatabaseError(
        f"{where}: the database is damaged ({problem}). Nothing was changed. {advice}", backup
    )


def explain_os_error(error: OSError) -> DealerAppError | None:
    """A file that could not be written or read, by what the operating system said."""
    target = Path(error.filename) if error.filename else None
    where = str(target) if target is not None else "a file"
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return disk_full(target.parent if target is not None else None, writing=target)
    if error.errno == errno.EROFS:
        return StorageError(
            f"{where}: the disk is read-only, so it cannot be written; {NOTHING_CHANGED}"
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return StorageError(
            f"{where}: you may not write or read here (permission denied); {NOTHING_CHANGED}"
        )
    if error.errno == errno.ENOENT:
        folder = target.parent if target is not None else None
        missing = f"the folder {folder} does not exist" if folder else "it does not exist"
        return StorageError(f"{where}: {missing}; {NOTHING_CHANGED}")
    if error.errno == errno.EIO:
        return StorageError(
            f"{where}: the disk failed (an I/O error); {NOTHING_CHANGED}. Check the disk or "
            "the network share, then try again"
        )
    return None


def free_bytes(folder: Path) -> int:
    """Free space on the disk holding `folder` (or its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return 0


def size_text(count: int) -> str:
    units = ["bytes", "KB", "MB", "GB", "TB"]
    value = float(count)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{count:,} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{count:,} bytes"  # pragma: no cover - the loop always returns


def disk_full(
    folder: Path | None, *, needed: int | None = None, writing: Path | None = None
) -> DiskFullError:
    where = f"the disk holding {folder}" if folder is not None else "the disk"
    free = f"{size_text(free_bytes(folder))} free" if folder is not None else "no space left"
    need = f"; this step needs about {size_text(needed)}" if needed is not None else ""
    what = f" while writing {writing.name}" if writing is not None else ""
    return DiskFullError(
        f"{where} is full{what} ({free}{need}); {NOTHING_CHANGED}. Free some space, then try again"
    )


def ensure_free_space(folder: Path, needed: int, step: str) -> None:
    """Refuse `step` before it starts when the disk holding `folder` has less than `needed` free."""
    free = free_bytes(folder)
    if free < needed:
        raise DiskFullError(
            f"the disk holding {folder} is too full: {size_text(free)} free, and {step} needs "
            f"about {size_text(needed)}; {NOTHING_CHANGED}. Free some space, then try again"
        )
