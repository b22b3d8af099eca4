"""Errors a person can read: the CLI prints them on one line, the window in one dialog."""


class DealerAppError(Exception):
    """A problem the user can understand and act on; never a programming error."""


class DatabaseError(DealerAppError):
    """The database cannot be opened or used as it is."""


class DamagedDatabaseError(DatabaseError):
    """SQLite's check found damage; `backup` is the newest backup that checks out, if any."""

    def __init__(self, message: str, backup: object | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer dealerapp than this one."""


class NotEmptyError(DealerAppError):
    """An operation that needs an empty database met one with data in it."""


class InputError(DealerAppError):
    """A file or value given by the user is not acceptable."""


class NotAllowedError(DealerAppError):
    """The user's role does not allow what they asked; nothing was changed."""


class ChangedMeanwhileError(DealerAppError):
    """Someone else changed the record since it was read; this change was not saved."""


class LockedError(DatabaseError):
    """Another program or desk held the write lock for longer than dealerapp waits."""


class ReadOnlyError(DatabaseError):
    """The database, its folder or its disk cannot be written; it can still be read."""


class DiskFullError(DealerAppError):
    """Not enough free space for a step; says how much is free and, where known, what it needs."""


class StorageError(DealerAppError):
    """A file, folder or disk failed: missing, not allowed, read-only, or an I/O error."""


class ServerUnreachableError(DatabaseError):
    """The shared PostgreSQL server did not answer or refused the connection."""
