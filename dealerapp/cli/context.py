"""What every command gets: the chosen database location and a way to open it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

from dealerapp.config import DatabaseLocation
from dealerapp.db.database import Database


@dataclass
class CommandContext:
    location: DatabaseLocation
    # None means whatever sys.stdout is when a line is written (tests swap it).
    out: TextIO | None = None

    def open_database(self) -> Database:
        return Database.open(self.location)

    def say(self, line: str = "") -> None:
        print(line, file=self.out or sys.stdout)
