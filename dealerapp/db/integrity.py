"""The quick check of a SQLite file, and the mark that lets the next start skip it.

`PRAGMA quick_check` reads the whole file: 0.2 s at 100,000 entries, over a second at a
million, much more with a cold disk cache. It is there to catch a file damaged by a
crash or a failing disk, so it is needed only when the last session did not end well:
the file carries a mark (SQLite's user_version, in the file's own header, never in the
settings) that says "closed cleanly after a check that passed". The first write of a
session takes the mark off, in the same transaction, and a clean close puts it back, so
a crash, a killed process or a power cut after a write leaves the file unmarked and the
next start checks it. Reading alone never touches the file.

The window does not wait for the check: it runs in the background once the window is
up, reads go on meanwhile, and writes wait until it has passed (a damaged file takes
no writes at all).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine

from dealerapp.db.backups import integrity_problems
from dealerapp.db.engine import untouched_uri
from dealerapp.db.faults import damaged
from dealerapp.errors import DamagedDatabaseError, DatabaseError

# "DACL" as a number: a user_version some other tool set is never taken for our mark.
CLEAN_MARK = 0x4441434C
OPEN_MARK = 0
# Writes wait this long for a running check before they are refused in words.
WAIT_SECONDS = 600


def closed_cleanly(path: Path) -> bool:
    """Whether the file carries the mark of a clean close after a passed check."""
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
        try:
            row = conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # the check will say what is wrong with it
    return row is not None and row[0] == CLEAN_MARK


def set_mark(engine: Engine, mark: int) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA user_version = {int(mark)}")


def refuse_damaged(path: Path) -> None:
    """PRAGMA quick_check; a damaged file raises DamagedDatabaseError naming a good backup."""
    if not path.exists():
        return
    problems = integrity_problems(path)
    if problems:
        raise damaged(path, str(path), problems[0])


class IntegrityCheck:
    """The state of one open database's check: passed, skipped, or still to run."""

    def __init__(self, path: Path | None = None, *, done: bool = True) -> None:
        self.path = path
        self._finished = threading.Event()
        self._problem: DamagedDatabaseError | None = None
        self._sound = done
        if done:
            self._finished.set()

    @classmethod
    def to_run(cls, path: Path) -> IntegrityCheck:
        return cls(path, done=False)

    @property
    def pending(self) -> bool:
        return not self._finished.is_set()

    @property
    def sound(self) -> bool:
        """Checked (or rightly skipped) and found sound: the file may be marked clean."""
        return self._finished.is_set() and self._sound

    def run(self) -> None:
        """The check itself, off the UI thread; raises DamagedDatabaseError for a damaged file."""
        if not self.pending or self.path is None:
            return
        try:
            refuse_damaged(self.path)
            self._sound = True
        except DamagedDatabaseError as problem:
            self._problem = problem
            raise
        finally:
            # A disk or lock error says nothing about the file: writes go on, and the file
            # stays unmarked so that the next start checks it again.
            self._finished.set()

    def wait_until_sound(self) -> None:
        """Before a write: wait for a running check; a damaged file is refused."""
        if not self._finished.wait(WAIT_SECONDS):
            raise DatabaseError(
                "The check of the database file has not finished yet; nothing was changed. "
                "Try again in a moment"
            )
        if self._problem is not None:
            raise self._problem
