"""Files as safe as rows: written under a temporary name beside their target, renamed when whole.

A full disk, a pulled stick or a kill in the middle of a write then leaves
either the old file or the complete new one under the chosen name, never half
a PDF; the temporary files of a failed step are removed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dealerapp.errors import StorageError


def check_writable_folder(folder: Path, *, create: bool = False) -> None:
    """Refuse, before any work, a folder that is missing or cannot be written."""
    folder = folder if str(folder) else Path()
    if create and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"{folder}: the folder cannot be created ({exc.strerror or 'not allowed'}); "
                "nothing was written"
            ) from None
    if not folder.is_dir():
        raise StorageError(f"{folder}: the folder does not exist; nothing was written")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            f"{folder}: the folder cannot be written (read-only, or you may not write there); "
            "nothing was written"
        )


class NewFiles:
    """Files of one step: each written to its temporary path, all renamed by `commit`."""

    def __init__(self, mode: int | None = None) -> None:
        self._pending: list[tuple[Path, Path]] = []
        self._mode = mode

    def path_for(self, target: Path) -> Path:
        partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
        if self._mode is not None:
            # Created with its final rights before a byte of customer data goes in.
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self._mode))
        self._pending.append((partial, target))
        return partial

    def write_bytes(self, target: Path, data: bytes) -> None:
        partial = self.path_for(target)
        try:
            with partial.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            # A write's error names no file; the person needs the one they chose.
            raise OSError(exc.errno, exc.strerror, str(target)) from exc

    def commit(self) -> tuple[Path, ...]:
        for partial, target in self._pending:
            partial.replace(target)
        done = tuple(target for _, target in self._pending)
        self._pending.clear()
        return done

    def discard(self) -> None:
        for partial, _ in self._pending:
            partial.unlink(missing_ok=True)
        self._pending.clear()


@contextmanager
def new_files(mode: int | None = None) -> Iterator[NewFiles]:
    """The step's files appear under their names only if the whole block succeeds."""
    files = NewFiles(mode)
    try:
        yield files
        files.commit()
    except BaseException:
        files.discard()
        raise


def write_file_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    with new_files(mode) as files:
        files.write_bytes(target, data)
