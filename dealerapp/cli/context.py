"""What every command gets: the chosen database location and a way to open it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from sqlalchemy.orm import Session

from dealerapp.config import DatabaseLocation
from dealerapp.db.database import Database


@dataclass
class CommandContext:
    location: DatabaseLocation
    # None means whatever sys.stdout is when a line is written (tests swap it).
    out: TextIO | None = None

    def open_database(self) -> Database:
        return Database.open(self.location)

    @contextmanager
    def unit_of_work(self, *, backup: str | None = None) -> Iterator[Session]:
        """Open the database, run one transaction, close it again.

        With `backup` (the reason), an automatic backup is taken first: before a
        memo is applied or reverted, or an import is written.
        """
        db = self.open_database()
        try:
            if backup is not None:
                db.safeguard(backup)
            with db.unit_of_work() as session:
                yield session
        finally:
            db.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Open the database, read in one snapshot, close it again."""
        db = self.open_database()
        try:
            with db.reading() as session:
                yield session
        finally:
            db.close()

    def say(self, line: str = "") -> None:
        print(line, file=self.out or sys.stdout)
