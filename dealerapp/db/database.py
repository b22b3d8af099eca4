"""An open dealerapp database: where it is, its engine, and units of work on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dealerapp.config import DatabaseLocation
from dealerapp.db.engine import create_db_engine, make_session_factory
from dealerapp.db.migrate import UpgradeResult, upgrade_database


@dataclass
class Database:
    location: DatabaseLocation
    engine: Engine
    sessions: sessionmaker[Session]
    upgrade: UpgradeResult | None = field(default=None)

    @classmethod
    def open(cls, location: DatabaseLocation) -> Database:
        """Open, upgrading an older schema (after a backup) and refusing a newer one."""
        result = upgrade_database(location)
        engine = create_db_engine(location)
        return cls(location, engine, make_session_factory(engine), result)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; it writes nothing and is closed at the end."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
