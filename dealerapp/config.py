"""Which database to open: --db, then DEALERAPP_DATABASE_URL, then the one last chosen in the
window (a database file opened, a server connected to), then the user data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

from dealerapp import DATABASE_URL_ENV as DATABASE_URL_ENV

APP_NAME = "dealerapp"
DEFAULT_DB_FILENAME = "dealerapp.sqlite3"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_DB_FILENAME


def log_directory() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def chosen_database_file() -> Path:
    """Where the window keeps the database a person chose, so the command line uses it too."""
    return user_config_path(APP_NAME, appauthor=False) / "database-url.txt"


@dataclass(frozen=True)
class DatabaseLocation:
    """A SQLAlchemy URL and, for SQLite, the file behind it."""

    url: str
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def describe(self) -> str:
        """A file path, or the server URL without its password: for the status bar and messages."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_database(db_option: str | None = None) -> DatabaseLocation:
    """--db wins over the environment, which wins over the default file.

    --db takes a file path or, if it contains '://', any SQLAlchemy URL.
    """
    chosen = db_option or os.environ.get(DATABASE_URL_ENV) or remembered_database() or None
    if chosen is None:
        path = default_database_path()
        return DatabaseLocation(sqlite_url(path), path)
    if "://" in chosen:
        return DatabaseLocation(chosen, _sqlite_path_of(chosen))
    path = Path(chosen).expanduser().resolve()
    return DatabaseLocation(sqlite_url(path), path)


def _sqlite_path_of(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve()


def remembered_database() -> str | None:
    try:
        text = chosen_database_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def remember_database(location: DatabaseLocation) -> None:
    """Open this database from now on (the default file forgets any earlier choice).

    A server URL may hold a password, so the file is readable by its owner alone.
    """
    target = chosen_database_file()
    if location.sqlite_path == default_database_path():
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(location.url + "\n")
    temporary.replace(target)
